#!/usr/bin/env bash
# Serves a build with nginx and deploy/nginx.conf, in the foreground, as an unprivileged
# process would: http://127.0.0.1:PORT/. For `make bench` (Lighthouse) and
# tests/browser/deploy.rs and release.rs. Usage: nginx-local.sh DIST PORT [PREFIX]
# (PREFIX: the sub-path to serve DIST under, such as /events/2026/; default /).
set -euo pipefail
dist=$(cd "$1" && pwd)
port=$2
prefix=${3:-/}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/event-portal-nginx.XXXXXX")
brotli=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
[ -f "$brotli" ] || { echo "nginx's brotli_static module is missing: apt-get install libnginx-mod-http-brotli-static (make test does)"; exit 1; }
modules="load_module $brotli;"
# The repository's server block, listening on 127.0.0.1:PORT and serving DIST; under
# PREFIX, with its sub-path locations (marked #SUB-PATH) in place of the root's.
python3 - "$root/deploy/nginx.conf" "$dist" "$port" "$prefix" > "$work/site.conf" <<'PY'
import re, sys
conf, dist, port, prefix = sys.argv[1:]
conf = open(conf).read()
conf = conf.replace("listen 80;", f"listen 127.0.0.1:{port};").replace("    listen [::]:80;\n", "")
if prefix == "/":
    conf = conf.replace("root /var/www/event-portal/dist;", f"root {dist};")
else:
    root_locations = re.compile(r"    location / \{.*?\n    \}\n\n    location ~ .*?\n    \}\n", re.S)
    if not root_locations.search(conf):
        sys.exit("nginx-local.sh: deploy/nginx.conf's root locations are not as expected")
    conf = root_locations.sub("", conf, count=1)
    conf = re.sub(r"^(\s*)#SUB-PATH ", r"\1", conf, flags=re.M)
    conf = conf.replace("/var/www/event-portal/dist/", f"{dist}/").replace("/events/2026/", prefix)
    conf = conf.replace("root /var/www/event-portal/dist;", f"root {dist}/.unused;")
print(conf)
PY
# TLS=1: over HTTPS with HTTP/2, as the hosts of docs/DEPLOY.md serve (one connection for
# every request of a page), with a certificate made here for 127.0.0.1 (browsers are told
# to take it: --ignore-certificate-errors).
if [ "${TLS:-}" = 1 ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2> /dev/null
  sed -i "s#listen 127.0.0.1:$port;#listen 127.0.0.1:$port ssl http2;\n    ssl_certificate $work/cert.pem;\n    ssl_certificate_key $work/key.pem;#" "$work/site.conf"
  grep -q "ssl http2" "$work/site.conf" || { echo "nginx-local.sh: no listen line to serve over TLS" >&2; exit 1; }
fi
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
echo "nginx serving $dist at http$([ "${TLS:-}" = 1 ] && echo s)://127.0.0.1:$port$prefix"
nginx -e "$work/error.log" -p "$work" -c "$work/nginx.conf" -t -q || { cat "$work/error.log" >&2; exit 1; }
exec nginx -e "$work/error.log" -p "$work" -c "$work/nginx.conf"
