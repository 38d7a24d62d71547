//! Connection settings: parsed from a `postgres://` URL (libpq's names and meanings) or built
//! with methods.

use std::path::PathBuf;
use std::rc::Rc;
use std::time::Duration;

use super::Error;

/// libpq's `sslmode`: whether to use TLS and what to check.
///
/// ```
/// use chopin_rt::pg::{Config, SslMode};
/// let c: Config = "postgres://h/db?sslmode=verify-ca&sslrootcert=/etc/ca.pem".parse().unwrap();
/// assert_eq!(c.get_ssl_mode(), SslMode::VerifyCa);
/// assert_eq!(Config::new().get_ssl_mode(), SslMode::Prefer);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    /// Never use TLS.
    Disable,
    /// Ask for TLS; use plaintext only when the server declines (never after a TLS failure).
    /// The certificate is not checked.
    Prefer,
    /// TLS or nothing; the certificate is not checked.
    Require,
    /// TLS, and the certificate chain must lead to a CA of `sslrootcert`.
    VerifyCa,
    /// As `VerifyCa`, and the certificate must name the host connected to.
    VerifyFull,
}

/// libpq's `channel_binding`: whether SCRAM must bind the TLS channel (SCRAM-SHA-256-PLUS).
///
/// ```
/// use chopin_rt::pg::{ChannelBinding, Config};
/// // Refuse to authenticate unless the password exchange is bound to this TLS session.
/// let c = Config::new().channel_binding(ChannelBinding::Require);
/// # let _ = c;
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChannelBinding {
    /// Never bind.
    Disable,
    /// Bind when the connection is TLS and the server offers it.
    Prefer,
    /// Fail unless the server authenticates with channel binding.
    Require,
}

/// Where the server is.
///
/// ```
/// use chopin_rt::pg::{Config, Host};
/// assert_eq!(Config::new().host("/run/postgresql").get_host(), &Host::Unix("/run/postgresql".into()));
/// assert_eq!(Config::new().host("db").get_host(), &Host::Tcp("db".into()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Host {
    /// A host name or IP address (TCP).
    Tcp(String),
    /// A directory holding the server's socket `.s.PGSQL.<port>`.
    Unix(PathBuf),
}

/// Connection settings.
///
/// ```
/// use chopin_rt::pg::{Config, Host, SslMode};
/// let c: Config = "postgres://app:s%40cret@db.local:6432/shop?sslmode=require&connect_timeout=3"
///     .parse()
///     .unwrap();
/// assert_eq!(c.get_host(), &Host::Tcp("db.local".into()));
/// assert_eq!((c.get_port(), c.get_user(), c.get_dbname()), (6432, "app", "shop"));
/// assert_eq!(c.get_password(), Some("s@cret"));
/// assert_eq!(c.get_ssl_mode(), SslMode::Require);
///
/// let sock: Config = "postgres://app@%2Fvar%2Frun%2Fpostgresql/shop".parse().unwrap();
/// assert_eq!(sock.get_host(), &Host::Unix("/var/run/postgresql".into()));
///
/// let built = Config::new().host("127.0.0.1").user("app").password("pw").dbname("shop");
/// assert_eq!(built.get_port(), 5432);
/// ```
#[derive(Debug, Clone)]
pub struct Config {
    pub(crate) host: Host,
    pub(crate) port: u16,
    pub(crate) user: String,
    pub(crate) password: Option<Rc<str>>,
    pub(crate) dbname: Option<String>,
    pub(crate) application_name: Option<String>,
    pub(crate) ssl_mode: SslMode,
    pub(crate) ssl_root_cert: Option<PathBuf>,
    pub(crate) channel_binding: ChannelBinding,
    pub(crate) connect_timeout: Option<Duration>,
    pub(crate) query_timeout: Option<Duration>,
}

impl Default for Config {
    fn default() -> Config {
        Config::new()
    }
}

impl Config {
    /// Defaults: `localhost:5432`, user `postgres`, `sslmode=prefer`,
    /// `channel_binding=prefer`, no timeouts.
    pub fn new() -> Config {
        Config {
            host: Host::Tcp("localhost".into()),
            port: 5432,
            user: "postgres".into(),
            password: None,
            dbname: None,
            application_name: None,
            ssl_mode: SslMode::Prefer,
            ssl_root_cert: None,
            channel_binding: ChannelBinding::Prefer,
            connect_timeout: None,
            query_timeout: None,
        }
    }

    /// Sets the host: a name or address, or (starting with `/`) a unix-socket directory.
    pub fn host(mut self, host: &str) -> Config {
        self.host = if host.starts_with('/') { Host::Unix(host.into()) } else { Host::Tcp(host.into()) };
        self
    }
    /// Sets the port (also names the unix socket file).
    pub fn port(mut self, port: u16) -> Config {
        self.port = port;
        self
    }
    /// Sets the user name.
    pub fn user(mut self, user: &str) -> Config {
        self.user = user.into();
        self
    }
    /// Sets the password.
    pub fn password(mut self, password: &str) -> Config {
        self.password = Some(password.into());
        self
    }
    /// Sets the database (default: the user name).
    pub fn dbname(mut self, dbname: &str) -> Config {
        self.dbname = Some(dbname.into());
        self
    }
    /// Sets `application_name`.
    pub fn application_name(mut self, name: &str) -> Config {
        self.application_name = Some(name.into());
        self
    }
    /// Sets the TLS mode.
    pub fn ssl_mode(mut self, mode: SslMode) -> Config {
        self.ssl_mode = mode;
        self
    }
    /// Sets the PEM file of CA certificates for `verify-ca` / `verify-full`.
    pub fn ssl_root_cert(mut self, path: impl Into<PathBuf>) -> Config {
        self.ssl_root_cert = Some(path.into());
        self
    }
    /// Sets the channel-binding policy.
    pub fn channel_binding(mut self, cb: ChannelBinding) -> Config {
        self.channel_binding = cb;
        self
    }
    /// Bounds the whole connect (socket, TLS, authentication).
    pub fn connect_timeout(mut self, d: Duration) -> Config {
        self.connect_timeout = Some(d);
        self
    }
    /// Bounds every query; on expiry the query fails with [`Error::QueryTimeout`] and a
    /// CancelRequest is sent to the server.
    pub fn query_timeout(mut self, d: Duration) -> Config {
        self.query_timeout = Some(d);
        self
    }

    /// The host.
    pub fn get_host(&self) -> &Host {
        &self.host
    }
    /// The port.
    pub fn get_port(&self) -> u16 {
        self.port
    }
    /// The user.
    pub fn get_user(&self) -> &str {
        &self.user
    }
    /// The password, if set.
    pub fn get_password(&self) -> Option<&str> {
        self.password.as_deref()
    }
    /// The database (the user name when unset).
    pub fn get_dbname(&self) -> &str {
        self.dbname.as_deref().unwrap_or(&self.user)
    }
    /// The TLS mode.
    pub fn get_ssl_mode(&self) -> SslMode {
        self.ssl_mode
    }
    /// The query timeout.
    pub fn get_query_timeout(&self) -> Option<Duration> {
        self.query_timeout
    }
}

impl std::str::FromStr for Config {
    type Err = Error;

    /// Parses `postgres[ql]://[user[:password]@][host][:port][/dbname][?k=v&…]`. The host may
    /// be a percent-encoded socket directory (`%2Frun%2Fpostgresql`) or `[v6 address]`.
    /// Query keys: `sslmode`, `sslrootcert`, `channel_binding`, `connect_timeout` and
    /// `query_timeout` (seconds), `application_name`, `host` (overrides), `port`, `user`,
    /// `password`, `dbname`. Unknown keys are an error.
    fn from_str(url: &str) -> Result<Config, Error> {
        let bad = |m: &str| Error::Config(m.to_string());
        let rest = url
            .strip_prefix("postgres://")
            .or_else(|| url.strip_prefix("postgresql://"))
            .ok_or_else(|| bad("the url must start with postgres:// or postgresql://"))?;
        let (main, query) = match rest.split_once('?') {
            Some((m, q)) => (m, Some(q)),
            None => (rest, None),
        };
        let (authority, path) = match main.find('/') {
            Some(i) => (&main[..i], Some(&main[i + 1..])),
            None => (main, None),
        };
        let mut c = Config::new();
        let hostport = match authority.rsplit_once('@') {
            Some((userinfo, hp)) => {
                let (u, p) = match userinfo.split_once(':') {
                    Some((u, p)) => (u, Some(p)),
                    None => (userinfo, None),
                };
                if !u.is_empty() {
                    c.user = decode(u)?;
                }
                if let Some(p) = p {
                    c.password = Some(decode(p)?.into());
                }
                hp
            }
            None => authority,
        };
        let (host, port) = if let Some(v6) = hostport.strip_prefix('[') {
            let (h, after) = v6.split_once(']').ok_or_else(|| bad("unclosed [ in the host"))?;
            (h.to_string(), after.strip_prefix(':'))
        } else {
            match hostport.rsplit_once(':') {
                Some((h, p)) => (decode(h)?, Some(p)),
                None => (decode(hostport)?, None),
            }
        };
        if !host.is_empty() {
            c = c.host(&host);
        }
        if let Some(p) = port.filter(|p| !p.is_empty()) {
            c.port = p.parse().map_err(|_| bad(&format!("port `{p}` is not a number from 0 to 65535")))?;
        }
        if let Some(db) = path.filter(|p| !p.is_empty()) {
            c.dbname = Some(decode(db)?);
        }
        for pair in query.into_iter().flat_map(|q| q.split('&')).filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let v = decode(v)?;
            match k {
                "sslmode" => {
                    c.ssl_mode = match v.as_str() {
                        "disable" => SslMode::Disable,
                        "prefer" | "allow" => SslMode::Prefer,
                        "require" => SslMode::Require,
                        "verify-ca" => SslMode::VerifyCa,
                        "verify-full" => SslMode::VerifyFull,
                        _ => return Err(bad(&format!(
                            "sslmode `{v}`: expected disable, prefer, require, verify-ca or verify-full"
                        ))),
                    }
                }
                "channel_binding" => {
                    c.channel_binding = match v.as_str() {
                        "disable" => ChannelBinding::Disable,
                        "prefer" => ChannelBinding::Prefer,
                        "require" => ChannelBinding::Require,
                        _ => return Err(bad(&format!(
                            "channel_binding `{v}`: expected disable, prefer or require"
                        ))),
                    }
                }
                "sslrootcert" => c.ssl_root_cert = Some(v.into()),
                "connect_timeout" => c.connect_timeout = Some(seconds(k, &v)?),
                "query_timeout" => c.query_timeout = Some(seconds(k, &v)?),
                "application_name" => c.application_name = Some(v),
                "host" => c = c.host(&v),
                "port" => c.port = v.parse().map_err(|_| bad(&format!("port `{v}` is not a number")))?,
                "user" => c.user = v,
                "password" => c.password = Some(v.into()),
                "dbname" => c.dbname = Some(v),
                _ => return Err(bad(&format!("unknown url parameter `{k}`"))),
            }
        }
        Ok(c)
    }
}

fn seconds(key: &str, v: &str) -> Result<Duration, Error> {
    v.parse::<f64>()
        .ok()
        .filter(|s| s.is_finite() && *s >= 0.0)
        .map(Duration::from_secs_f64)
        .ok_or_else(|| Error::Config(format!("{key} `{v}` is not a number of seconds")))
}

/// Percent-decoding of one URL component.
fn decode(s: &str) -> Result<String, Error> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = b.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
            let v = hex.and_then(|h| u8::from_str_radix(h, 16).ok());
            match v {
                Some(v) => out.push(v),
                None => return Err(Error::Config(format!("bad percent-escape in `{s}`"))),
            }
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| Error::Config(format!("`{s}` is not UTF-8 once decoded")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_parse() {
        let c: Config = "postgresql://u:p%3Aw@[::1]:7/d?channel_binding=require&query_timeout=0.5"
            .parse()
            .unwrap();
        assert_eq!(c.host, Host::Tcp("::1".into()));
        assert_eq!((c.port, c.user.as_str(), c.get_password()), (7, "u", Some("p:w")));
        assert_eq!(c.get_dbname(), "d");
        assert_eq!(c.channel_binding, ChannelBinding::Require);
        assert_eq!(c.query_timeout, Some(Duration::from_millis(500)));
        let c: Config = "postgres:///db?host=/tmp/sock&port=5555&user=me".parse().unwrap();
        assert_eq!(c.host, Host::Unix("/tmp/sock".into()));
        assert_eq!((c.port, c.user.as_str()), (5555, "me"));
        let c: Config = "postgres://h".parse().unwrap();
        assert_eq!((c.get_dbname(), c.ssl_mode), ("postgres", SslMode::Prefer));
    }

    #[test]
    fn bad_urls_are_errors() {
        for url in [
            "mysql://h",
            "postgres://h:99999",
            "postgres://h?sslmode=maybe",
            "postgres://h?frobnicate=1",
            "postgres://h/%zz",
            "postgres://h?connect_timeout=-1",
            "postgres://[::1",
        ] {
            let e = url.parse::<Config>().unwrap_err();
            assert!(matches!(e, Error::Config(_)), "{url}: {e}");
        }
    }
}
