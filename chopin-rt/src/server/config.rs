//! Server configuration: every limit and timeout with its default, and the `CHOPIN_*`
//! environment overrides.

use std::fmt;
use std::time::Duration;

use crate::http::MAX_HEADERS;

/// Server settings. Defaults are listed on each field; [`Config::from_env`] applies overrides.
///
/// ```
/// use std::time::Duration;
/// let mut cfg = chopin_rt::Config::default();
/// cfg.bind = "127.0.0.1:0".into();
/// cfg.workers = 1;
/// cfg.idle_timeout = Duration::from_secs(5);
/// assert_eq!(cfg.max_body, 1024 * 1024);
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Config {
    /// Address to listen on; host names resolve (`localhost:8080`). Default `0.0.0.0:8080`;
    /// `CHOPIN_BIND`, or `PORT` for the port alone.
    pub bind: String,
    /// Worker threads. Default: one per core. `CHOPIN_WORKERS`.
    pub workers: usize,
    /// Pin worker *i* to core *i* (modulo the core count). Default true. `CHOPIN_PIN` (0/1).
    pub pin_workers: bool,
    /// Connections per worker (the slab size). When full, the worker stops accepting until a
    /// slot frees; waiting connections stay in the kernel backlog. Default 10,000.
    /// `CHOPIN_MAX_CONNECTIONS`.
    pub max_connections: usize,
    /// Listen backlog. Default 4096. `CHOPIN_BACKLOG`.
    pub backlog: i32,
    /// Time allowed from the first byte of a request head to its end, and between reads of a
    /// body; a stalled request gets 408 and a close. Default 10 s. `CHOPIN_HEADER_TIMEOUT`.
    pub header_timeout: Duration,
    /// Time a keep-alive connection may sit idle between requests. Default 60 s.
    /// `CHOPIN_IDLE_TIMEOUT`.
    pub idle_timeout: Duration,
    /// Time a response may make no progress because the client does not read; then the
    /// connection is closed and its buffers freed. Default 30 s. `CHOPIN_WRITE_TIMEOUT`.
    pub write_timeout: Duration,
    /// After SIGINT/SIGTERM, how long in-flight requests may take before workers exit anyway.
    /// Default 10 s. `CHOPIN_SHUTDOWN_GRACE`.
    pub shutdown_grace: Duration,
    /// How long a closing connection drains the client's unread bytes after sending FIN (so the
    /// last response is not destroyed by a reset). Default 2 s. `CHOPIN_LINGER`.
    pub linger: Duration,
    /// Longest request-target (414 beyond). Default 8 KiB. `CHOPIN_MAX_TARGET`.
    pub max_target: usize,
    /// Largest request head (431 beyond). Default 16 KiB. `CHOPIN_MAX_HEAD`.
    pub max_head: usize,
    /// Most header fields (431 beyond), at most 128. Default 64. `CHOPIN_MAX_HEADERS`.
    pub max_headers: usize,
    /// Largest request body (413 beyond; refused before reading when Content-Length says so).
    /// Default 1 MiB. `CHOPIN_MAX_BODY`.
    pub max_body: u64,
    /// Longest chunk-size line including extensions. Default 1 KiB. `CHOPIN_MAX_CHUNK_LINE`.
    pub max_chunk_line: usize,
    /// Largest trailer section of a chunked body. Default 8 KiB. `CHOPIN_MAX_TRAILERS`.
    pub max_trailers: usize,
    /// Initial read buffer per connection (grows to fit a head and body). Default 8 KiB.
    /// `CHOPIN_READ_BUFFER`.
    pub read_buffer: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            bind: "0.0.0.0:8080".into(),
            workers: std::thread::available_parallelism().map_or(1, |n| n.get()),
            pin_workers: true,
            max_connections: 10_000,
            backlog: 4096,
            header_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(60),
            write_timeout: Duration::from_secs(30),
            shutdown_grace: Duration::from_secs(10),
            linger: Duration::from_secs(2),
            max_target: 8 * 1024,
            max_head: 16 * 1024,
            max_headers: 64,
            max_body: 1024 * 1024,
            max_chunk_line: 1024,
            max_trailers: 8 * 1024,
            read_buffer: 8 * 1024,
        }
    }
}

/// A malformed configuration value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// The variable or field.
    pub key: String,
    /// The offending value.
    pub value: String,
    /// What was expected.
    pub expected: &'static str,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid `{}` value `{}`: expected {}", self.key, self.value, self.expected)
    }
}

impl std::error::Error for ConfigError {}

/// Parses `2s`, `500ms`, `1m`, `1h` or a bare number of seconds.
pub fn parse_duration(s: &str) -> Option<Duration> {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: u64 = num.parse().ok()?;
    let ms = match unit.trim() {
        "" | "s" => n.checked_mul(1000)?,
        "ms" => n,
        "m" | "min" => n.checked_mul(60_000)?,
        "h" => n.checked_mul(3_600_000)?,
        _ => return None,
    };
    Some(Duration::from_millis(ms))
}

/// Parses `1024`, `64KiB`, `1MiB`, `2GiB` (also `K`/`KB`/`M`/`MB`/`G`/`GB`, all binary).
pub fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: u64 = num.parse().ok()?;
    let mul = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return None,
    };
    n.checked_mul(mul)
}

impl Config {
    /// Applies the `CHOPIN_*` (and `PORT`) environment variables to `self`.
    pub fn from_env(self) -> Result<Config, ConfigError> {
        self.apply(|k| std::env::var(k).ok())
    }

    /// Applies overrides from `get` (the environment, or any key-value source).
    pub fn apply(mut self, get: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        fn err(key: &str, value: &str, expected: &'static str) -> ConfigError {
            ConfigError { key: key.into(), value: value.into(), expected }
        }
        let dur = |k: &str, d: &mut Duration| -> Result<(), ConfigError> {
            if let Some(v) = get(k) {
                *d = parse_duration(&v).ok_or_else(|| err(k, &v, "a duration like `2s` or `500ms`"))?;
            }
            Ok(())
        };
        dur("CHOPIN_HEADER_TIMEOUT", &mut self.header_timeout)?;
        dur("CHOPIN_IDLE_TIMEOUT", &mut self.idle_timeout)?;
        dur("CHOPIN_WRITE_TIMEOUT", &mut self.write_timeout)?;
        dur("CHOPIN_SHUTDOWN_GRACE", &mut self.shutdown_grace)?;
        dur("CHOPIN_LINGER", &mut self.linger)?;
        let size = |k: &str| -> Result<Option<u64>, ConfigError> {
            match get(k) {
                Some(v) => parse_size(&v).map(Some).ok_or_else(|| err(k, &v, "a size like `64KiB`")),
                None => Ok(None),
            }
        };
        if let Some(v) = size("CHOPIN_MAX_BODY")? {
            self.max_body = v;
        }
        if let Some(v) = size("CHOPIN_MAX_HEAD")? {
            self.max_head = v as usize;
        }
        if let Some(v) = size("CHOPIN_MAX_TARGET")? {
            self.max_target = v as usize;
        }
        if let Some(v) = size("CHOPIN_MAX_CHUNK_LINE")? {
            self.max_chunk_line = v as usize;
        }
        if let Some(v) = size("CHOPIN_MAX_TRAILERS")? {
            self.max_trailers = v as usize;
        }
        if let Some(v) = size("CHOPIN_READ_BUFFER")? {
            self.read_buffer = v as usize;
        }
        let num = |k: &str| -> Result<Option<usize>, ConfigError> {
            match get(k) {
                Some(v) => v.trim().parse().map(Some).map_err(|_| err(k, &v, "a whole number")),
                None => Ok(None),
            }
        };
        if let Some(v) = num("CHOPIN_WORKERS")? {
            self.workers = v;
        }
        if let Some(v) = num("CHOPIN_MAX_CONNECTIONS")? {
            self.max_connections = v;
        }
        if let Some(v) = num("CHOPIN_MAX_HEADERS")? {
            self.max_headers = v;
        }
        if let Some(v) = num("CHOPIN_BACKLOG")? {
            self.backlog = v.min(i32::MAX as usize) as i32;
        }
        if let Some(v) = get("CHOPIN_PIN") {
            self.pin_workers = match v.trim() {
                "1" | "true" | "yes" => true,
                "0" | "false" | "no" => false,
                _ => return Err(err("CHOPIN_PIN", &v, "0 or 1")),
            };
        }
        if let Some(v) = get("CHOPIN_BIND") {
            self.bind = v;
        } else if let Some(p) = get("PORT") {
            let port: u16 = p.trim().parse().map_err(|_| err("PORT", &p, "a port number"))?;
            let host = self.bind.rsplit_once(':').map_or("0.0.0.0", |(h, _)| h).to_string();
            self.bind = format!("{host}:{port}");
        }
        self.validate()
    }

    /// Checks ranges: workers and max_connections ≥ 1, max_headers 1..=128, max_head ≥ 64 bytes,
    /// max_target ≥ 1, read_buffer ≥ 1 KiB.
    pub fn validate(self) -> Result<Config, ConfigError> {
        let bad = |k: &str, v: String, e| Err(ConfigError { key: k.into(), value: v, expected: e });
        if self.workers == 0 {
            return bad("workers", "0".into(), "at least 1");
        }
        if self.max_connections == 0 {
            return bad("max_connections", "0".into(), "at least 1");
        }
        if self.max_headers == 0 || self.max_headers > MAX_HEADERS {
            return bad("max_headers", self.max_headers.to_string(), "1 to 128");
        }
        if self.max_head < 64 {
            return bad("max_head", self.max_head.to_string(), "at least 64 bytes");
        }
        if self.max_target == 0 {
            return bad("max_target", "0".into(), "at least 1 byte");
        }
        if self.read_buffer < 1024 {
            return bad("read_buffer", self.read_buffer.to_string(), "at least 1 KiB");
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn durations_and_sizes() {
        let d: &[(&str, Option<u64>)] =
            &[("2s", Some(2000)), ("500ms", Some(500)), ("1m", Some(60_000)), ("7", Some(7000)), ("x", None), ("5q", None), ("", None)];
        for (s, want) in d {
            assert_eq!(parse_duration(s).map(|d| d.as_millis() as u64), *want, "{s}");
        }
        let z: &[(&str, Option<u64>)] =
            &[("1024", Some(1024)), ("64KiB", Some(65536)), ("1MiB", Some(1 << 20)), ("2g", Some(2 << 30)), ("1TB", None), ("-1", None)];
        for (s, want) in z {
            assert_eq!(parse_size(s), *want, "{s}");
        }
    }

    #[test]
    fn environment_overrides() {
        let env: HashMap<&str, &str> = [
            ("CHOPIN_WORKERS", "3"),
            ("CHOPIN_HEADER_TIMEOUT", "250ms"),
            ("CHOPIN_MAX_BODY", "64KiB"),
            ("PORT", "9000"),
            ("CHOPIN_PIN", "0"),
        ]
        .into();
        let c = Config::default().apply(|k| env.get(k).map(|v| v.to_string())).unwrap();
        assert_eq!(c.workers, 3);
        assert_eq!(c.header_timeout, Duration::from_millis(250));
        assert_eq!(c.max_body, 65536);
        assert_eq!(c.bind, "0.0.0.0:9000");
        assert!(!c.pin_workers);
        let e = Config::default().apply(|k| (k == "CHOPIN_IDLE_TIMEOUT").then(|| "soon".into())).unwrap_err();
        assert_eq!(e.to_string(), "invalid `CHOPIN_IDLE_TIMEOUT` value `soon`: expected a duration like `2s` or `500ms`");
        let e = Config::default().apply(|k| (k == "CHOPIN_MAX_HEADERS").then(|| "500".into())).unwrap_err();
        assert_eq!(e.key, "max_headers");
        let e = Config::default().apply(|k| (k == "CHOPIN_READ_BUFFER").then(|| "100".into())).unwrap_err();
        assert_eq!(e.to_string(), "invalid `read_buffer` value `100`: expected at least 1 KiB");
    }
}
