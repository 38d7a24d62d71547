//! Harness for the integration tests: starts `examples/testbed` as a real process (the binary
//! `cargo test` builds next to the test binaries), learns its address from its stderr, and
//! talks to it over loopback sockets with a small, strict HTTP/1.1 response reader.
//!
//! Every socket has a read timeout (at most [`IO_TIMEOUT`]) and every loop is bounded, so a
//! misbehaving server fails a test instead of hanging it.
#![allow(dead_code, missing_docs, unreachable_pub)]

use std::io::{self, BufRead, BufReader, ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The longest any single socket read may block.
pub const IO_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a testbed may take to print its address.
const START_TIMEOUT: Duration = Duration::from_secs(10);

/// Variables of the test's own environment that must not leak into the testbed.
fn inherited_knob(key: &str) -> bool {
    key.starts_with("CHOPIN_") || key == "PORT" || key == "STATIC_DIR"
}

/// Path of an example: `target/<profile>/deps/<test>` → `target/<profile>/examples/<name>`.
pub fn example_path(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("current_exe");
    let dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target/<profile>/deps/<test>");
    dir.join("examples").join(name)
}

/// A running testbed process.
pub struct Testbed {
    child: Child,
    pub addr: SocketAddr,
    log: Arc<Mutex<String>>,
}

/// How a testbed that never started listening ended.
#[derive(Debug)]
pub struct StartFailure {
    /// Its exit status, when it exited within the start timeout.
    pub status: Option<ExitStatus>,
    /// Everything it wrote to stderr.
    pub log: String,
}

impl Testbed {
    /// Starts a testbed with `CHOPIN_BIND=127.0.0.1:0`, one unpinned worker and `env` on top.
    /// Panics (with its stderr) if it does not start listening within ~10 s.
    pub fn start(env: &[(&str, &str)]) -> Testbed {
        match Testbed::try_start(env) {
            Ok(t) => t,
            Err(f) => panic!(
                "testbed did not start (exit status {:?}); stderr:\n{}",
                f.status, f.log
            ),
        }
    }

    /// Starts a testbed, or reports how it ended when it exits (or stays silent) instead.
    pub fn try_start(env: &[(&str, &str)]) -> Result<Testbed, StartFailure> {
        Testbed::try_start_example("testbed", env)
    }

    /// Starts another example the same way (it must print the runtime's listening line).
    #[allow(dead_code)]
    pub fn start_example(name: &str, env: &[(&str, &str)]) -> Testbed {
        match Testbed::try_start_example(name, env) {
            Ok(t) => t,
            Err(f) => panic!("{name} did not start (exit status {:?}); stderr:\n{}", f.status, f.log),
        }
    }

    fn try_start_example(name: &str, env: &[(&str, &str)]) -> Result<Testbed, StartFailure> {
        let path = example_path(name);
        assert!(
            path.exists(),
            "{} is missing: build it with `cargo build -p chopin --example {name}`",
            path.display()
        );
        let mut cmd = Command::new(&path);
        for (k, _) in std::env::vars_os() {
            if k.to_str().is_some_and(inherited_knob) {
                cmd.env_remove(k);
            }
        }
        cmd.env("CHOPIN_BIND", "127.0.0.1:0")
            .env("CHOPIN_WORKERS", "1")
            .env("CHOPIN_PIN", "0");
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let mut child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot spawn {}: {e}", path.display()));
        let stderr = child.stderr.take().expect("piped stderr");
        let log = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = mpsc::channel::<String>();
        {
            let log = Arc::clone(&log);
            std::thread::spawn(move || {
                // Drains stderr for the life of the process (ends at EOF, when it exits).
                let mut r = BufReader::new(stderr);
                let mut tx = Some(tx);
                let mut line = Vec::new();
                loop {
                    line.clear();
                    match r.read_until(b'\n', &mut line) {
                        Ok(0) | Err(_) => break,
                        Ok(_) => {}
                    }
                    let text = String::from_utf8_lossy(&line).into_owned();
                    log.lock().unwrap().push_str(&text);
                    if let Some(rest) = text.strip_prefix("chopin: listening on http://")
                        && let Some(t) = tx.take()
                    {
                        let _ = t.send(rest.split_whitespace().next().unwrap_or("").to_string());
                    }
                }
            });
        }
        match rx.recv_timeout(START_TIMEOUT) {
            Ok(a) => {
                let addr = a
                    .parse()
                    .unwrap_or_else(|_| panic!("bad address in the listening line: {a:?}"));
                Ok(Testbed { child, addr, log })
            }
            Err(e) => {
                // Disconnected: stderr closed, so the process is exiting. Timeout: kill it.
                let status = match e {
                    mpsc::RecvTimeoutError::Disconnected => {
                        wait_child(&mut child, Duration::from_secs(5))
                    }
                    mpsc::RecvTimeoutError::Timeout => None,
                };
                if status.is_none() {
                    let _ = child.kill();
                    let _ = child.wait();
                }
                std::thread::sleep(Duration::from_millis(50));
                let log = log.lock().unwrap().clone();
                Err(StartFailure { status, log })
            }
        }
    }

    /// Starts a testbed that is expected to exit before listening; returns its status and stderr.
    pub fn start_failure(env: &[(&str, &str)]) -> (ExitStatus, String) {
        match Testbed::try_start(env) {
            Ok(t) => panic!("the testbed started on {} but should have failed", t.addr),
            Err(StartFailure {
                status: Some(s),
                log,
            }) => (s, log),
            Err(StartFailure { status: None, log }) => {
                panic!("the testbed neither listened nor exited: {log}")
            }
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Everything the process wrote to stderr so far.
    pub fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// Waits (bounded) until stderr contains `needle`.
    pub fn wait_log(&self, needle: &str, limit: Duration) -> bool {
        let t = Instant::now();
        loop {
            if self.log.lock().unwrap().contains(needle) {
                return true;
            }
            if t.elapsed() > limit {
                return false;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// A new raw connection (read timeout [`IO_TIMEOUT`], `TCP_NODELAY`).
    pub fn stream(&self) -> TcpStream {
        raw_connect(self.addr)
    }

    /// A new connection wrapped for request/response exchanges.
    pub fn connect(&self) -> Client {
        Client::new(self.stream())
    }

    /// Sends `bytes` on a fresh connection and reads until the server closes it (or the timeout).
    pub fn send(&self, bytes: &[u8]) -> Exchange {
        exchange(self.addr, bytes, IO_TIMEOUT)
    }

    /// Sends SIGTERM.
    pub fn terminate(&self) {
        self.signal("-TERM");
    }

    /// Sends a signal by name (`-TERM`, `-INT`) with `kill(1)`.
    pub fn signal(&self, sig: &str) {
        let st = Command::new("kill")
            .arg(sig)
            .arg(self.child.id().to_string())
            .status()
            .expect("run kill");
        assert!(st.success(), "kill {sig} failed");
    }

    /// Waits for the process to exit; panics after `limit`.
    pub fn wait_exit(&mut self, limit: Duration) -> ExitStatus {
        match wait_child(&mut self.child, limit) {
            Some(s) => s,
            None => panic!(
                "the testbed did not exit within {limit:?}; stderr:\n{}",
                self.log()
            ),
        }
    }

    /// CPU time (user + system) the process has used, in clock ticks (`/proc/<pid>/stat`).
    pub fn cpu_ticks(&self) -> u64 {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id()))
            .expect("read /proc/<pid>/stat");
        let after = &stat[stat.rfind(')').expect("comm field") + 2..];
        let f: Vec<&str> = after.split_whitespace().collect();
        // Fields 14 (utime) and 15 (stime) of stat(5); `after` starts at field 3.
        f[11].parse::<u64>().unwrap() + f[12].parse::<u64>().unwrap()
    }
}

impl Drop for Testbed {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

fn wait_child(child: &mut Child, limit: Duration) -> Option<ExitStatus> {
    let t = Instant::now();
    loop {
        if let Some(s) = child.try_wait().expect("try_wait") {
            return Some(s);
        }
        if t.elapsed() > limit {
            return None;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

pub fn raw_connect(addr: SocketAddr) -> TcpStream {
    let s = TcpStream::connect_timeout(&addr, IO_TIMEOUT)
        .unwrap_or_else(|e| panic!("connect {addr}: {e}"));
    s.set_read_timeout(Some(IO_TIMEOUT)).unwrap();
    s.set_write_timeout(Some(IO_TIMEOUT)).unwrap();
    s.set_nodelay(true).unwrap();
    s
}

// ---------------------------------------------------------------------------------------------
// Raw exchanges
// ---------------------------------------------------------------------------------------------

/// How reading a connection to its end stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// Orderly close (read returned 0).
    Eof,
    /// Connection reset (or another read error than a timeout).
    Reset,
    /// Nothing more arrived within the timeout: the server kept the connection open.
    Timeout,
}

/// What came back on a connection.
#[derive(Debug)]
pub struct Exchange {
    pub bytes: Vec<u8>,
    pub end: End,
}

impl Exchange {
    /// True when the server closed the connection (FIN or reset).
    pub fn closed(&self) -> bool {
        self.end != End::Timeout
    }
    /// Every response in the bytes; panics if they are not a sequence of whole responses.
    pub fn responses(&self) -> Vec<Response> {
        parse_responses(&self.bytes)
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }
}

/// Connects to `addr`, writes `bytes`, and reads until EOF or `limit` of silence.
pub fn exchange(addr: SocketAddr, bytes: &[u8], limit: Duration) -> Exchange {
    let mut s = raw_connect(addr);
    s.write_all(bytes).expect("write request");
    read_until_end(&mut s, limit)
}

/// `send(addr, bytes)`: connect, write, read until EOF or a timeout.
pub fn send(addr: SocketAddr, bytes: &[u8]) -> Vec<u8> {
    exchange(addr, bytes, IO_TIMEOUT).bytes
}

/// Reads everything until EOF, a reset, or `limit` without data (the whole call is also bounded
/// by 6 × `limit`, so a server trickling bytes cannot hold it forever).
pub fn read_until_end(s: &mut TcpStream, limit: Duration) -> Exchange {
    s.set_read_timeout(Some(limit.min(IO_TIMEOUT))).unwrap();
    let started = Instant::now();
    let mut bytes = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        match s.read(&mut buf) {
            Ok(0) => {
                return Exchange {
                    bytes,
                    end: End::Eof,
                };
            }
            Ok(n) => bytes.extend_from_slice(&buf[..n]),
            Err(e) if is_timeout(&e) => {
                return Exchange {
                    bytes,
                    end: End::Timeout,
                };
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(_) => {
                return Exchange {
                    bytes,
                    end: End::Reset,
                };
            }
        }
        if started.elapsed() > limit * 6 {
            return Exchange {
                bytes,
                end: End::Timeout,
            };
        }
    }
}

pub fn is_timeout(e: &io::Error) -> bool {
    matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut)
}

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

/// One parsed response.
#[derive(Clone, Debug)]
pub struct Response {
    pub status: u16,
    pub reason: String,
    /// Header fields in order, as sent.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The body was sent with chunked framing.
    pub chunked: bool,
    /// Chunk sizes as framed (chunked bodies only, the final 0 excluded).
    pub chunk_sizes: Vec<usize>,
}

impl Response {
    /// The value of header `name` (case-insensitive); panics when it appears more than once.
    pub fn header(&self, name: &str) -> Option<&str> {
        let mut it = self
            .headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name));
        let first = it.next().map(|(_, v)| v.as_str());
        assert!(
            it.next().is_none(),
            "header {name} appears more than once: {:?}",
            self.headers
        );
        first
    }
    /// How many times header `name` appears.
    pub fn count(&self, name: &str) -> usize {
        self.headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .count()
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    /// Headers without `Date` (which may differ between two otherwise equal responses).
    pub fn headers_without_date(&self) -> Vec<(String, String)> {
        self.headers
            .iter()
            .filter(|(k, _)| !k.eq_ignore_ascii_case("date"))
            .cloned()
            .collect()
    }
}

fn bad(msg: impl Into<String>) -> io::Error {
    io::Error::new(ErrorKind::InvalidData, msg.into())
}

fn read_line(r: &mut impl BufRead, what: &str) -> io::Result<String> {
    let mut line = Vec::new();
    let n = Read::take(&mut *r, 64 * 1024).read_until(b'\n', &mut line)?;
    if n == 0 {
        return Err(io::Error::new(
            ErrorKind::UnexpectedEof,
            format!("connection closed before the {what}"),
        ));
    }
    if !line.ends_with(b"\r\n") {
        return Err(bad(format!(
            "{what} does not end in CRLF: {:?}",
            String::from_utf8_lossy(&line)
        )));
    }
    line.truncate(line.len() - 2);
    String::from_utf8(line).map_err(|e| bad(format!("{what} is not UTF-8: {e}")))
}

/// Reads one response. `head_only`: the request was HEAD, so no body follows whatever the
/// headers say. Interim (1xx) responses are returned like any other (without a body).
pub fn read_response(r: &mut impl BufRead, head_only: bool) -> io::Result<Response> {
    let line = read_line(r, "status line")?;
    let rest = line
        .strip_prefix("HTTP/1.1 ")
        .ok_or_else(|| bad(format!("bad status line {line:?}")))?;
    let (code, reason) = rest
        .split_once(' ')
        .ok_or_else(|| bad(format!("bad status line {line:?}")))?;
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad(format!("bad status code in {line:?}")));
    }
    let status: u16 = code.parse().unwrap();
    let mut headers = Vec::new();
    loop {
        let l = read_line(r, "header line")?;
        if l.is_empty() {
            break;
        }
        let (k, v) = l
            .split_once(':')
            .ok_or_else(|| bad(format!("header line without colon {l:?}")))?;
        if k.is_empty() || k.bytes().any(|b| b <= b' ' || b >= 0x7f) {
            return Err(bad(format!("bad header name {k:?}")));
        }
        if !v.starts_with(' ') || v.ends_with(' ') {
            return Err(bad(format!(
                "header {k:?} is not formatted as `Name: value`: {v:?}"
            )));
        }
        headers.push((k.to_string(), v[1..].to_string()));
        if headers.len() > 200 {
            return Err(bad("more than 200 header lines"));
        }
    }
    let mut resp = Response {
        status,
        reason: reason.to_string(),
        headers,
        body: Vec::new(),
        chunked: false,
        chunk_sizes: Vec::new(),
    };
    if resp.count("content-length") > 1 || resp.count("transfer-encoding") > 1 {
        return Err(bad(format!("repeated framing headers: {:?}", resp.headers)));
    }
    let te = resp.header("transfer-encoding").map(str::to_string);
    let cl = resp.header("content-length").map(str::to_string);
    if te.is_some() && cl.is_some() {
        return Err(bad(format!(
            "both Content-Length and Transfer-Encoding: {:?}",
            resp.headers
        )));
    }
    if head_only || (100..200).contains(&status) || status == 204 || status == 304 {
        return Ok(resp);
    }
    if let Some(te) = te {
        if te != "chunked" {
            return Err(bad(format!("unexpected Transfer-Encoding {te:?}")));
        }
        resp.chunked = true;
        for _ in 0..1_000_000 {
            let l = read_line(r, "chunk size line")?;
            let n = usize::from_str_radix(&l, 16)
                .map_err(|_| bad(format!("bad chunk size line {l:?}")))?;
            if n == 0 {
                // Trailer section, then the final CRLF.
                for _ in 0..100 {
                    if read_line(r, "trailer")?.is_empty() {
                        return Ok(resp);
                    }
                }
                return Err(bad("too many trailer lines"));
            }
            let at = resp.body.len();
            resp.body.resize(at + n, 0);
            r.read_exact(&mut resp.body[at..])?;
            resp.chunk_sizes.push(n);
            let mut crlf = [0u8; 2];
            r.read_exact(&mut crlf)?;
            if &crlf != b"\r\n" {
                return Err(bad("chunk data not followed by CRLF"));
            }
        }
        return Err(bad("too many chunks"));
    }
    if let Some(cl) = cl {
        let n: usize = cl
            .parse()
            .map_err(|_| bad(format!("bad Content-Length {cl:?}")))?;
        resp.body = vec![0; n];
        r.read_exact(&mut resp.body)?;
        return Ok(resp);
    }
    // No framing: the body runs to the close (the runtime never does this).
    r.read_to_end(&mut resp.body)?;
    Ok(resp)
}

/// Splits `bytes` into whole responses, or says why they are not a sequence of whole responses
/// (stray or truncated bytes). `head_only[i]` marks responses to HEAD requests (missing: false).
pub fn try_parse_responses(bytes: &[u8], head_only: &[bool]) -> Result<Vec<Response>, String> {
    let mut r = BufReader::new(bytes);
    let mut out = Vec::new();
    while !r.fill_buf().unwrap().is_empty() {
        let head = head_only.get(out.len()).copied().unwrap_or(false);
        match read_response(&mut r, head) {
            Ok(resp) => out.push(resp),
            Err(e) => {
                let rest = r.buffer();
                return Err(format!(
                    "response #{} does not parse ({e}); after {} whole responses the bytes are: {:?}",
                    out.len() + 1,
                    out.len(),
                    String::from_utf8_lossy(&rest[..rest.len().min(2000)])
                ));
            }
        }
    }
    Ok(out)
}

/// Like [`try_parse_responses`], panicking on bytes that are not whole responses.
pub fn parse_responses_with(bytes: &[u8], head_only: &[bool]) -> Vec<Response> {
    try_parse_responses(bytes, head_only).unwrap_or_else(|e| panic!("{e}"))
}

pub fn parse_responses(bytes: &[u8]) -> Vec<Response> {
    parse_responses_with(bytes, &[])
}

// ---------------------------------------------------------------------------------------------
// A keep-alive client
// ---------------------------------------------------------------------------------------------

/// What a connection does when read with nothing expected.
#[derive(Debug, PartialEq, Eq)]
pub enum State {
    /// EOF or reset.
    Closed,
    /// Still open, silent for the whole wait.
    Open,
    /// Bytes arrived.
    Data(Vec<u8>),
}

/// A connection with a buffered reader, for reading responses one by one.
pub struct Client {
    r: BufReader<TcpStream>,
}

impl Client {
    pub fn new(s: TcpStream) -> Client {
        Client {
            r: BufReader::with_capacity(256 * 1024, s),
        }
    }

    pub fn stream(&self) -> &TcpStream {
        self.r.get_ref()
    }

    pub fn send(&mut self, bytes: &[u8]) {
        let mut s = self.r.get_ref();
        s.write_all(bytes).expect("write to the server");
    }

    /// Like [`Client::send`] but returns the error (the server may have closed).
    pub fn try_send(&mut self, bytes: &[u8]) -> io::Result<()> {
        let mut s = self.r.get_ref();
        s.write_all(bytes)
    }

    pub fn set_timeout(&self, t: Duration) {
        self.r
            .get_ref()
            .set_read_timeout(Some(t.min(IO_TIMEOUT)))
            .unwrap();
    }

    /// Reads one response (panics with the error).
    pub fn response(&mut self) -> Response {
        self.try_response(false)
            .unwrap_or_else(|e| panic!("reading a response: {e}"))
    }

    /// Reads one response to a HEAD request.
    pub fn head_response(&mut self) -> Response {
        self.try_response(true)
            .unwrap_or_else(|e| panic!("reading a HEAD response: {e}"))
    }

    pub fn try_response(&mut self, head_only: bool) -> io::Result<Response> {
        read_response(&mut self.r, head_only)
    }

    /// Sends a request and reads its response.
    pub fn roundtrip(&mut self, bytes: &[u8]) -> Response {
        self.send(bytes);
        self.response()
    }

    /// Reads exactly `n` bytes.
    pub fn read_exact(&mut self, n: usize) -> Vec<u8> {
        let mut v = vec![0; n];
        self.r
            .read_exact(&mut v)
            .unwrap_or_else(|e| panic!("reading {n} bytes: {e}"));
        v
    }

    /// Waits up to `limit` and reports whether the connection closed, stayed silent, or sent
    /// bytes (everything that arrived within the wait).
    pub fn state(&mut self, limit: Duration) -> State {
        self.set_timeout(limit);
        let t = Instant::now();
        let mut got = Vec::new();
        let mut buf = [0u8; 16 * 1024];
        let st = loop {
            match self.r.read(&mut buf) {
                Ok(0) => break State::Closed,
                Ok(n) => {
                    got.extend_from_slice(&buf[..n]);
                    if t.elapsed() >= limit {
                        break State::Open;
                    }
                }
                Err(e) if is_timeout(&e) => break State::Open,
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(_) => break State::Closed,
            }
        };
        self.set_timeout(IO_TIMEOUT);
        if got.is_empty() { st } else { State::Data(got) }
    }

    /// `is_closed`: EOF or reset within `limit`, with no bytes before it.
    pub fn is_closed(&mut self, limit: Duration) -> bool {
        self.state(limit) == State::Closed
    }

    /// Asserts that the server closes the connection within `limit` without sending anything.
    #[track_caller]
    pub fn assert_closed(&mut self, limit: Duration, what: &str) {
        match self.state(limit) {
            State::Closed => {}
            State::Open => panic!("{what}: the connection is still open after {limit:?}"),
            State::Data(d) => panic!(
                "{what}: unexpected bytes instead of a close: {:?}",
                String::from_utf8_lossy(&d)
            ),
        }
    }

    /// Asserts that nothing arrives within `limit` and the connection stays open.
    #[track_caller]
    pub fn assert_open_and_silent(&mut self, limit: Duration, what: &str) {
        match self.state(limit) {
            State::Open => {}
            State::Closed => panic!("{what}: the connection was closed"),
            State::Data(d) => panic!(
                "{what}: unexpected bytes: {:?}",
                String::from_utf8_lossy(&d)
            ),
        }
    }

    /// Reads everything until the server closes.
    pub fn read_to_end(&mut self) -> Exchange {
        let mut bytes = self.r.buffer().to_vec();
        self.r.consume(bytes.len());
        let mut rest = read_until_end(self.r.get_mut(), IO_TIMEOUT);
        bytes.append(&mut rest.bytes);
        Exchange {
            bytes,
            end: rest.end,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/// `GET <path>` with a Host header and optional extra header lines (each ending in CRLF).
pub fn get(path: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: t\r\n\r\n").into_bytes()
}

pub fn get_close(path: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n").into_bytes()
}

/// A configuration for an `app!` service started in the test process (`App::start`): a free
/// loopback port, one unpinned worker.
pub fn one_worker_config() -> chopin::Config {
    let mut cfg = chopin::Config::default();
    cfg.bind = "127.0.0.1:0".into();
    cfg.workers = 1;
    cfg.pin_workers = false;
    cfg
}

/// The bytes of `/big` and of the pieces of `/stream`: byte i is `b'a' + i % 26`.
pub fn big_byte(i: usize) -> u8 {
    b'a' + (i % 26) as u8
}

/// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) strictly into Unix seconds.
pub fn parse_imf_fixdate(s: &str) -> Option<u64> {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]; // 1970-01-01 was a Thursday
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let b = s.as_bytes();
    if b.len() != 29
        || &s[3..5] != ", "
        || b[7] != b' '
        || b[11] != b' '
        || b[16] != b' '
        || b[19] != b':'
        || b[22] != b':'
        || &s[25..] != " GMT"
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u64> {
        let t = &s[r];
        t.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| t.parse().ok())
            .flatten()
    };
    let (day, year, hh, mm, ss) = (
        num(5..7)?,
        num(12..16)?,
        num(17..19)?,
        num(20..22)?,
        num(23..25)?,
    );
    let month = MONTHS.iter().position(|m| *m == &s[8..11])? as u64 + 1;
    if !(1..=31).contains(&day) || hh > 23 || mm > 59 || ss > 60 || year < 1970 {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm).
    let (y, m) = if month <= 2 {
        (year as i64 - 1, month as i64 + 9)
    } else {
        (year as i64, month as i64 - 3)
    };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    if DAYS[days.rem_euclid(7) as usize] != &s[..3] {
        return None;
    }
    Some(days as u64 * 86_400 + hh * 3600 + mm * 60 + ss)
}

pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// A fresh temporary directory (removed by the guard's drop).
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        use std::sync::atomic::{AtomicU32, Ordering};
        static N: AtomicU32 = AtomicU32::new(0);
        let p = std::env::temp_dir().join(format!(
            "chopin-test-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
    pub fn path(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}


// ---------------------------------------------------------------------------------------------
// curl
// ---------------------------------------------------------------------------------------------

/// What a curl run printed.
#[derive(Debug)]
pub struct CurlOut {
    pub status: ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

impl CurlOut {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
}

/// Runs `curl -sS --noproxy '*' --max-time 10 <args>` (no proxy from the environment).
pub fn curl(args: &[&str]) -> CurlOut {
    let out = Command::new("curl")
        .args(["-sS", "--noproxy", "*", "--max-time", "10"])
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("curl is installed (scripts/test installs it)");
    CurlOut {
        status: out.status,
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs curl and asserts it succeeded.
#[track_caller]
pub fn curl_ok(args: &[&str]) -> CurlOut {
    let out = curl(args);
    assert!(
        out.status.success(),
        "curl {args:?} failed ({}): {}",
        out.status,
        out.stderr
    );
    out
}

/// `curl -i` for one URL, parsed as one response (`head_only` for HEAD).
#[track_caller]
pub fn curl_response(args: &[&str], head_only: bool) -> Response {
    let mut all = vec!["-i"];
    all.extend_from_slice(args);
    let out = curl_ok(&all);
    let rs = parse_responses_with(&out.stdout, &[head_only]);
    assert_eq!(
        rs.len(),
        1,
        "curl {args:?}: one response expected: {}",
        out.text()
    );
    rs.into_iter().next().unwrap()
}
