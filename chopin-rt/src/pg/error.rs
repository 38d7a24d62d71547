//! The driver's one error type, the server's error fields ([`DbError`]) and the
//! classification callers act on ([`ErrorClass`]: retry, wait for the pool, fix the request,
//! or give up).

use std::fmt;
use std::io;
use std::rc::Rc;

/// What a caller can do about an [`Error`].
///
/// ```
/// use chopin_rt::pg::{Error, ErrorClass};
/// fn retry_worthy(e: &Error) -> bool {
///     e.class() == ErrorClass::Transient
/// }
/// assert!(retry_worthy(&Error::QueryTimeout));
/// assert!(!retry_worthy(&Error::Config("bad url".into())));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorClass {
    /// Retrying may succeed: the connection was lost, the server is restarting, a
    /// serialization failure or deadlock, a timeout, a cancelled query.
    Transient,
    /// The pool could not hand out a connection in time (or was closed).
    Pool,
    /// The request itself is wrong: bad SQL, a constraint violation, bad data, a type that
    /// does not match the column, a bad configuration value.
    Client,
    /// Nothing the caller can change at run time fixes it: authentication, TLS certificate
    /// checks, protocol violations, internal server errors.
    Permanent,
}

/// An error reported by the server (an `ErrorResponse`).
///
/// ```no_run
/// # chopin_rt::block_on(async {
/// # let db = chopin_rt::pg::Client::connect("postgres://127.0.0.1/x").await.unwrap();
/// let e = db.query("SELECT 1 FROM", &[]).await.unwrap_err();
/// let db_err = e.as_db().unwrap();
/// assert_eq!(db_err.code, "42601"); // syntax error
/// assert_eq!(db_err.position, Some(14));
/// # });
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DbError {
    /// `ERROR`, `FATAL` or `PANIC` (the non-localised severity when the server sends it).
    pub severity: String,
    /// The five-character SQLSTATE code, e.g. `23505`.
    pub code: String,
    /// The primary message.
    pub message: String,
    /// Optional secondary detail.
    pub detail: Option<String>,
    /// Optional hint.
    pub hint: Option<String>,
    /// 1-based character position in the query text the error refers to.
    pub position: Option<u32>,
    /// The table, column or constraint named by the error, when the server says.
    pub constraint: Option<String>,
}

impl DbError {
    /// Parses the fields of an `ErrorResponse`/`NoticeResponse` body.
    pub(crate) fn parse(body: &[u8]) -> DbError {
        let mut e = DbError {
            severity: String::new(),
            code: String::new(),
            message: String::new(),
            detail: None,
            hint: None,
            position: None,
            constraint: None,
        };
        let mut localized = String::new();
        let mut rest = body;
        while let Some((&field, tail)) = rest.split_first() {
            if field == 0 {
                break;
            }
            let end = tail.iter().position(|&b| b == 0).unwrap_or(tail.len());
            let v = String::from_utf8_lossy(&tail[..end]).into_owned();
            rest = tail.get(end + 1..).unwrap_or(&[]);
            match field {
                b'V' => e.severity = v,
                b'S' => localized = v,
                b'C' => e.code = v,
                b'M' => e.message = v,
                b'D' => e.detail = Some(v),
                b'H' => e.hint = Some(v),
                b'P' => e.position = v.parse().ok(),
                b'n' => e.constraint = Some(v),
                _ => {}
            }
        }
        if e.severity.is_empty() {
            e.severity = localized;
        }
        e
    }

    /// The class of this SQLSTATE.
    pub fn class(&self) -> ErrorClass {
        classify_sqlstate(&self.code)
    }
}

/// Classifies a SQLSTATE (Appendix A of the PostgreSQL manual).
///
/// ```
/// use chopin_rt::pg::{classify_sqlstate, ErrorClass};
/// assert_eq!(classify_sqlstate("23505"), ErrorClass::Client);
/// assert_eq!(classify_sqlstate("40P01"), ErrorClass::Transient);
/// ```
pub fn classify_sqlstate(code: &str) -> ErrorClass {
    match code {
        // serialization_failure, deadlock_detected, lock_not_available, query_canceled,
        // admin_shutdown, crash_shutdown, cannot_connect_now, idle_session_timeout.
        "40001" | "40P01" | "55P03" | "57014" | "57P01" | "57P02" | "57P03" | "57P05" => {
            ErrorClass::Transient
        }
        // too_many_connections is the server's pool being full.
        "53300" => ErrorClass::Transient,
        _ => match code.get(..2) {
            // connection exception, insufficient resources.
            Some("08") | Some("53") => ErrorClass::Transient,
            // data, integrity, syntax/access, cardinality, transaction state, feature not
            // supported, invalid parameters, PL/pgSQL raise.
            Some("21" | "22" | "23" | "25" | "2B" | "2F" | "34" | "3D" | "3F" | "42" | "44" | "0A"
            | "P0" | "26" | "24" | "27" | "2D" | "40") => ErrorClass::Client,
            _ => ErrorClass::Permanent,
        },
    }
}

/// Every way the driver can fail.
///
/// ```
/// use chopin_rt::pg::Error;
/// let e: Error = "redis://h".parse::<chopin_rt::pg::Config>().unwrap_err();
/// assert!(matches!(e, Error::Config(_)));
/// assert_eq!(e.to_string(), "invalid postgres configuration: the url must start with postgres:// or postgresql://");
/// ```
#[derive(Debug, Clone)]
pub enum Error {
    /// A configuration value (URL, builder) is invalid.
    Config(String),
    /// The socket failed (connect, read or write).
    Io(Rc<io::Error>),
    /// The connection is gone (closed by the server or after an earlier I/O error).
    Closed,
    /// TLS could not be set up or the server's certificate was rejected.
    Tls(String),
    /// The server rejected the credentials, or could not agree on a method.
    Auth(String),
    /// The server reported an error.
    Db(Box<DbError>),
    /// Connecting took longer than the configured connect timeout.
    ConnectTimeout,
    /// The query took longer than its timeout (a CancelRequest was sent).
    QueryTimeout,
    /// No pooled connection became free within the checkout timeout.
    PoolTimeout,
    /// The server sent something the protocol does not allow here.
    Protocol(String),
    /// A value could not be converted to or from a column's type.
    Conversion(String),
    /// An earlier query of the same batch failed, so the server skipped this one.
    Skipped,
    /// The operating system's random source failed.
    Random(Rc<io::Error>),
}

impl Error {
    /// What the caller can do about it.
    ///
    /// ```
    /// use chopin_rt::pg::{Error, ErrorClass};
    /// assert_eq!(Error::Closed.class(), ErrorClass::Transient);
    /// assert_eq!(Error::PoolTimeout.class(), ErrorClass::Pool);
    /// ```
    pub fn class(&self) -> ErrorClass {
        match self {
            Error::Io(_) | Error::Closed | Error::ConnectTimeout | Error::QueryTimeout => {
                ErrorClass::Transient
            }
            Error::PoolTimeout => ErrorClass::Pool,
            Error::Config(_) | Error::Conversion(_) | Error::Skipped => ErrorClass::Client,
            Error::Db(e) => e.class(),
            Error::Tls(_) | Error::Auth(_) | Error::Protocol(_) | Error::Random(_) => {
                ErrorClass::Permanent
            }
        }
    }

    /// The server's error, if this is one.
    pub fn as_db(&self) -> Option<&DbError> {
        match self {
            Error::Db(e) => Some(e),
            _ => None,
        }
    }

    /// The SQLSTATE, if the server reported this error.
    pub fn code(&self) -> Option<&str> {
        self.as_db().map(|e| e.code.as_str())
    }

    /// True when the connection this error came from can no longer be used.
    pub(crate) fn is_fatal(&self) -> bool {
        match self {
            Error::Io(_) | Error::Closed | Error::Tls(_) | Error::Protocol(_) => true,
            Error::Db(e) => e.severity == "FATAL" || e.severity == "PANIC",
            _ => false,
        }
    }

    pub(crate) fn protocol(what: impl Into<String>) -> Error {
        Error::Protocol(what.into())
    }

    pub(crate) fn conversion(what: impl Into<String>) -> Error {
        Error::Conversion(what.into())
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Error {
        Error::Io(Rc::new(e))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Config(m) => write!(f, "invalid postgres configuration: {m}"),
            Error::Io(e) => write!(f, "postgres connection i/o error: {e}"),
            Error::Closed => f.write_str("postgres connection closed"),
            Error::Tls(m) => write!(f, "postgres tls error: {m}"),
            Error::Auth(m) => write!(f, "postgres authentication failed: {m}"),
            Error::Db(e) => fmt::Display::fmt(e, f),
            Error::ConnectTimeout => f.write_str("postgres connect timed out"),
            Error::QueryTimeout => f.write_str("postgres query timed out (cancel sent)"),
            Error::PoolTimeout => f.write_str("no pooled postgres connection became free in time"),
            Error::Protocol(m) => write!(f, "postgres protocol error: {m}"),
            Error::Conversion(m) => write!(f, "postgres value conversion failed: {m}"),
            Error::Skipped => f.write_str("query skipped because an earlier query of its batch failed"),
            Error::Random(e) => write!(f, "os random source failed: {e}"),
        }
    }
}

impl fmt::Display for DbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "db error {} ({}): {}", self.code, self.severity.to_lowercase(), self.message)?;
        if let Some(d) = &self.detail {
            write!(f, "; detail: {d}")?;
        }
        if let Some(h) = &self.hint {
            write!(f, "; hint: {h}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}
impl std::error::Error for DbError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlstates_are_classified() {
        let table = [
            ("23505", ErrorClass::Client),
            ("42601", ErrorClass::Client),
            ("22012", ErrorClass::Client),
            ("40001", ErrorClass::Transient),
            ("40P01", ErrorClass::Transient),
            ("57P01", ErrorClass::Transient),
            ("08006", ErrorClass::Transient),
            ("53300", ErrorClass::Transient),
            ("57014", ErrorClass::Transient),
            ("28P01", ErrorClass::Permanent),
            ("XX000", ErrorClass::Permanent),
        ];
        for (code, class) in table {
            assert_eq!(classify_sqlstate(code), class, "{code}");
        }
    }

    #[test]
    fn error_fields_parse() {
        let body = b"SERROR\0VERROR\0C23505\0Mduplicate key\0Dkey (id)=(1)\0Hfix it\0P7\0nt_pkey\0\0";
        let e = DbError::parse(body);
        assert_eq!(e.severity, "ERROR");
        assert_eq!(e.code, "23505");
        assert_eq!(e.message, "duplicate key");
        assert_eq!(e.detail.as_deref(), Some("key (id)=(1)"));
        assert_eq!(e.hint.as_deref(), Some("fix it"));
        assert_eq!(e.position, Some(7));
        assert_eq!(e.constraint.as_deref(), Some("t_pkey"));
        assert_eq!(
            e.to_string(),
            "db error 23505 (error): duplicate key; detail: key (id)=(1); hint: fix it"
        );
    }
}
