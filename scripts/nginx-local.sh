#!/usr/bin/env bash
# Serves a build with nginx and deploy/nginx.conf, in the foreground, as an unprivileged
# process would: http://127.0.0.1:PORT/. For `make bench` (Lighthouse) and
# tests/browser/deploy.rs. Usage: nginx-local.sh DIST PORT
set -euo pipefail
dist=$(cd "$1" && pwd)
port=$2
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/event-portal-nginx.XXXXXX")
brotli=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
[ -f "$brotli" ] || { echo "nginx's brotli_static module is missing: apt-get install libnginx-mod-http-brotli-static (make test does)"; exit 1; }
modules="load_module $brotli;"
# The repository's server block, listening on 127.0.0.1:PORT and serving DIST.
sed -e "s|^\(\s*\)listen 80;|\1listen 127.0.0.1:$port;|" -e '/listen \[::\]:80;/d' \
    -e "s|root /var/www/event-portal/dist;|root $dist;|" \
    "$root/deploy/nginx.conf" > "$work/site.conf"
cat > "$work/nginx.conf" <<CONF
$modules
# One process in the foreground: stopping it (Ctrl-C, or a test's kill) stops all.
daemon off;
master_process off;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    include $work/site.conf;
}
CONF
echo "nginx serving $dist at http://127.0.0.1:$port/"
nginx -e "$work/error.log" -p "$work" -c "$work/nginx.conf" -t -q || { cat "$work/error.log" >&2; exit 1; }
exec nginx -e "$work/error.log" -p "$work" -c "$work/nginx.conf"
