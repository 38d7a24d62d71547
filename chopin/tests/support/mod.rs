//! Starts the testbed example as a real process and talks to it over loopback sockets.
//! `cargo test --workspace` (the README command) builds the example first; when running one
//! test file alone, `cargo build --example testbed` first.
#![allow(dead_code, missing_docs, unreachable_pub)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub struct Testbed {
    pub child: Child,
    pub addr: SocketAddr,
    pub log: Arc<Mutex<String>>,
}

fn testbed_path() -> std::path::PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().parent().unwrap().join("examples").join("testbed")
}

impl Testbed {
    pub fn start(env: &[(&str, &str)]) -> Testbed {
        Self::try_start(env).unwrap_or_else(|(status, log)| panic!("testbed did not start ({status:?}): {log}"))
    }

    pub fn try_start(env: &[(&str, &str)]) -> Result<Testbed, (Option<ExitStatus>, String)> {
        let mut cmd = Command::new(testbed_path());
        cmd.env("CHOPIN_BIND", "127.0.0.1:0").env("CHOPIN_WORKERS", "1").env("CHOPIN_PIN", "0");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.stderr(Stdio::piped()).stdout(Stdio::null()).spawn().expect("spawn testbed");
        let stderr = child.stderr.take().unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let log2 = log.clone();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stderr);
            let mut line = String::new();
            let mut tx = Some(tx);
            while r.read_line(&mut line).map(|n| n > 0).unwrap_or(false) {
                if let Some(rest) = line.strip_prefix("chopin: listening on http://")
                    && let Some(t) = tx.take() {
                        let _ = t.send(rest.split_whitespace().next().unwrap().to_string());
                    }
                log2.lock().unwrap().push_str(&line);
                line.clear();
            }
        });
        match rx.recv_timeout(Duration::from_secs(20)) {
            Ok(a) => Ok(Testbed { child, addr: a.parse().unwrap(), log }),
            Err(_) => {
                let st = child.wait().ok();
                std::thread::sleep(Duration::from_millis(100));
                let l = log.lock().unwrap().clone();
                Err((st, l))
            }
        }
    }

    pub fn connect(&self) -> TcpStream {
        let s = TcpStream::connect(self.addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        s.set_nodelay(true).unwrap();
        s
    }

    /// Sends `raw` on a new connection and reads until the server closes (or 10 s).
    pub fn exchange(&self, raw: &[u8]) -> Vec<u8> {
        let mut s = self.connect();
        s.write_all(raw).unwrap();
        read_to_close(&mut s)
    }

    pub fn terminate(&mut self) {
        let _ = Command::new("kill").arg("-TERM").arg(self.child.id().to_string()).status();
    }

    pub fn wait_exit(&mut self, limit: Duration) -> ExitStatus {
        let t = Instant::now();
        loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                return s;
            }
            assert!(t.elapsed() < limit, "server did not exit within {limit:?}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Testbed {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn read_to_close(s: &mut TcpStream) -> Vec<u8> {
    let mut out = Vec::new();
    let mut buf = [0u8; 65536];
    loop {
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
            Err(_) => break,
        }
    }
    out
}

/// True when the peer closed (EOF or reset) within `limit`, discarding any data.
pub fn closed_within(s: &mut TcpStream, limit: Duration) -> bool {
    s.set_read_timeout(Some(limit)).unwrap();
    let t = Instant::now();
    let mut buf = [0u8; 65536];
    loop {
        match s.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock || e.kind() == std::io::ErrorKind::TimedOut => return false,
            Err(_) => return true,
        }
        if t.elapsed() > limit {
            return false;
        }
    }
}

#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn header(&self, n: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(n)).map(|(_, v)| v.as_str())
    }
    pub fn count(&self, n: &str) -> usize {
        self.headers.iter().filter(|(k, _)| k.eq_ignore_ascii_case(n)).count()
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Reads one response from a buffered stream (`head_only` for HEAD: no body follows).
pub fn read_resp(r: &mut impl BufRead, head_only: bool) -> Resp {
    let mut line = String::new();
    r.read_line(&mut line).unwrap();
    assert!(line.starts_with("HTTP/1.1 "), "bad status line {line:?}");
    let status: u16 = line[9..12].parse().unwrap();
    let mut headers = Vec::new();
    loop {
        let mut l = String::new();
        r.read_line(&mut l).unwrap();
        let l = l.trim_end_matches("\r\n");
        if l.is_empty() {
            break;
        }
        let (k, v) = l.split_once(':').unwrap();
        headers.push((k.to_string(), v.trim().to_string()));
    }
    let mut resp = Resp { status, headers, body: Vec::new() };
    if head_only || status < 200 || status == 204 || status == 304 {
        return resp;
    }
    if let Some(n) = resp.header("content-length") {
        let mut b = vec![0; n.parse().unwrap()];
        r.read_exact(&mut b).unwrap();
        resp.body = b;
    } else if resp.header("transfer-encoding") == Some("chunked") {
        loop {
            let mut l = String::new();
            r.read_line(&mut l).unwrap();
            let n = usize::from_str_radix(l.trim_end(), 16).unwrap();
            let mut b = vec![0; n + 2];
            r.read_exact(&mut b).unwrap();
            if n == 0 {
                break;
            }
            resp.body.extend_from_slice(&b[..n]);
        }
    } else {
        r.read_to_end(&mut resp.body).unwrap();
    }
    resp
}

pub fn parse_all(raw: &[u8]) -> Vec<Resp> {
    let mut r = BufReader::new(raw);
    let mut v = Vec::new();
    while !r.fill_buf().unwrap().is_empty() {
        v.push(read_resp(&mut r, false));
    }
    v
}
