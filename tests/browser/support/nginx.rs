//! nginx with deploy/nginx.conf, as an organiser's host runs it, and plain HTTP requests
//! to it.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// nginx running deploy/nginx.conf on a free port; stopped when dropped.
pub struct Nginx {
    child: Child,
    pub port: u16,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Nginx {
    /// Serves `folder` at `prefix` (`/`, or a sub-path such as `/events/2026/`) with
    /// deploy/nginx.conf, through scripts/nginx-local.sh.
    pub fn start(folder: &Path, prefix: &str) -> Nginx {
        // The port is free when asked and taken by nginx a moment later: should another
        // process take it in between, this nginx exits and the next port is tried.
        for _ in 0..3 {
            let port = TcpListener::bind("127.0.0.1:0")
                .unwrap()
                .local_addr()
                .unwrap()
                .port();
            let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts/nginx-local.sh");
            let mut child = Command::new(script)
                .arg(folder)
                .arg(port.to_string())
                .arg(prefix)
                .stdout(Stdio::null())
                .spawn()
                .expect("run scripts/nginx-local.sh (nginx is installed by make test)");
            // Ready when it answers HTTP as nginx, not merely when something accepts a
            // connection on the port (once, in CI, the first request was reset right
            // after a bare connect had succeeded), and while it still runs.
            let started = Instant::now();
            loop {
                if child.try_wait().unwrap().is_some() {
                    break;
                }
                if answers_http(port, prefix) && child.try_wait().unwrap().is_none() {
                    return Nginx { child, port };
                }
                assert!(
                    started.elapsed() < Duration::from_secs(10),
                    "nginx did not start (is it installed? make test installs it)"
                );
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        panic!("nginx could not start: see the lines it wrote above")
    }

    /// The address of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }
}

/// An answer: status, headers (lower-case names) and body.
pub struct Answer {
    pub status: u16,
    pub headers: HashMap<String, String>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).map(String::as_str).unwrap_or("")
    }
}

/// Whether nginx on `port` answers `HEAD path` with an HTTP status line.
fn answers_http(port: u16, path: &str) -> bool {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let request = format!("HEAD {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    let mut answer = Vec::new();
    stream.write_all(request.as_bytes()).is_ok()
        && stream.read_to_end(&mut answer).is_ok()
        && answer.starts_with(b"HTTP/1.1 ")
        && String::from_utf8_lossy(&answer)
            .to_ascii_lowercase()
            .contains("\r\nserver: nginx")
}

/// `GET path` on `port`, as a browser asks (HTTP/1.1), with `extra` headers.
pub fn get(port: u16, path: &str, extra: &[(&str, &str)]) -> Answer {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    // HTTP/1.1, as browsers ask (nginx compresses for 1.1 only), one request a connection.
    let mut request = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    for (name, value) in extra {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes()).unwrap();
    let mut raw = Vec::new();
    stream
        .read_to_end(&mut raw)
        .unwrap_or_else(|e| panic!("GET {path}: {e}"));
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    Answer {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
    }
}
