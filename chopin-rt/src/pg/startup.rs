//! Opening a session: socket and TLS ([`super::stream`]), the StartupMessage, the
//! authentication exchange the server chooses (trust, cleartext, MD5, SCRAM-SHA-256,
//! SCRAM-SHA-256-PLUS), then parameters and the cancel key until the first ReadyForQuery.

use super::auth::{self, Binding, Scram};
use super::proto::{self, Body};
use super::stream::Stream;
use super::{ChannelBinding, Config, DbError, Error};

/// What the server told us while the session opened.
pub(crate) struct Session {
    pub(crate) stream: Stream,
    pub(crate) pid: i32,
    pub(crate) key: i32,
    pub(crate) params: Vec<(String, String)>,
    /// Bytes read past the first ReadyForQuery (normally none).
    pub(crate) leftover: Vec<u8>,
}

/// Reads whole messages from a stream during startup.
struct Reader {
    buf: Vec<u8>,
    start: usize,
}

impl Reader {
    async fn next(&mut self, stream: &mut Stream) -> Result<(u8, Vec<u8>), Error> {
        loop {
            if let Some((f, n)) = proto::frame(&self.buf[self.start..])? {
                let out = (f.tag, f.body.to_vec());
                self.start += n;
                return Ok(out);
            }
            self.buf.drain(..self.start);
            self.start = 0;
            let len = self.buf.len();
            self.buf.resize(len + 8192, 0);
            let n = stream.read(&mut self.buf[len..]).await?;
            self.buf.truncate(len + n);
            if n == 0 {
                return Err(Error::Closed);
            }
        }
    }
}

/// Connects and authenticates.
pub(crate) async fn start(cfg: &Config) -> Result<Session, Error> {
    let mut stream = super::stream::connect(cfg).await?;
    let mut out = Vec::with_capacity(256);
    let mut params: Vec<(&str, &str)> =
        vec![("user", &cfg.user), ("database", cfg.get_dbname()), ("client_encoding", "UTF8")];
    if let Some(app) = &cfg.application_name {
        params.push(("application_name", app));
    }
    proto::startup(&mut out, &params)?;
    stream.write_all(&out).await?;

    let mut rd = Reader { buf: Vec::with_capacity(8192), start: 0 };
    let mut scram: Option<Scram> = None;
    let mut bound = false;
    let (mut pid, mut key) = (0, 0);
    let mut server_params = Vec::new();
    loop {
        let (tag, body) = rd.next(&mut stream).await?;
        let mut b = Body(&body);
        match tag {
            b'R' => {
                let code = b.i32()?;
                out.clear();
                match code {
                    0 => {
                        if cfg.channel_binding == ChannelBinding::Require && !bound {
                            return Err(Error::Auth(
                                "channel binding is required, but the server authenticated without it".into(),
                            ));
                        }
                        continue;
                    }
                    3 => {
                        let pw = need_password(cfg, "a cleartext password")?;
                        let mut data = pw.as_bytes().to_vec();
                        data.push(0);
                        proto::password(&mut out, &data)?;
                    }
                    5 => {
                        let salt: [u8; 4] = b.bytes(4)?.try_into().expect("4 bytes");
                        let pw = need_password(cfg, "an MD5 password")?;
                        let mut data = auth::md5_password(&cfg.user, pw, salt).into_bytes();
                        data.push(0);
                        proto::password(&mut out, &data)?;
                    }
                    10 => {
                        let mut mechanisms = Vec::new();
                        loop {
                            let m = b.cstr()?;
                            if m.is_empty() {
                                break;
                            }
                            mechanisms.push(m.to_string());
                        }
                        let pw = need_password(cfg, "a SCRAM password")?;
                        let has = |m: &str| mechanisms.iter().any(|x| x == m);
                        let (mechanism, binding) = if stream.is_tls()
                            && cfg.channel_binding != ChannelBinding::Disable
                            && has("SCRAM-SHA-256-PLUS")
                        {
                            let cert = stream
                                .peer_certificate()
                                .ok_or_else(|| Error::Tls("no server certificate to bind to".into()))?;
                            ("SCRAM-SHA-256-PLUS", Binding::EndPoint(auth::end_point_hash(&cert)))
                        } else if has("SCRAM-SHA-256") {
                            if cfg.channel_binding == ChannelBinding::Require {
                                return Err(Error::Auth(
                                    "channel binding is required, but the connection is not TLS or the server does not offer SCRAM-SHA-256-PLUS".into(),
                                ));
                            }
                            let binding = if stream.is_tls() && cfg.channel_binding != ChannelBinding::Disable {
                                Binding::Unused
                            } else {
                                Binding::None
                            };
                            ("SCRAM-SHA-256", binding)
                        } else {
                            return Err(Error::Auth(format!(
                                "the server offers no supported SASL mechanism (offered: {})",
                                mechanisms.join(", ")
                            )));
                        };
                        bound = matches!(binding, Binding::EndPoint(_));
                        let s = Scram::new(pw, binding)?;
                        proto::sasl_initial(&mut out, mechanism, &s.client_first())?;
                        scram = Some(s);
                    }
                    11 => {
                        let s = scram.as_mut().ok_or_else(|| Error::protocol("SASLContinue without SASL"))?;
                        let fin = s.client_final(b.rest())?;
                        proto::password(&mut out, &fin)?;
                    }
                    12 => {
                        let s = scram.as_ref().ok_or_else(|| Error::protocol("SASLFinal without SASL"))?;
                        s.verify_final(b.rest())?;
                        continue;
                    }
                    other => {
                        return Err(Error::Auth(format!("the server asks for unsupported authentication method {other}")));
                    }
                }
                if cfg.channel_binding == ChannelBinding::Require && code != 10 && code != 11 {
                    return Err(Error::Auth(
                        "channel binding is required, but the server asks for a password without SCRAM".into(),
                    ));
                }
                stream.write_all(&out).await?;
            }
            b'E' => return Err(Error::Db(Box::new(DbError::parse(&body)))),
            b'K' => {
                pid = b.i32()?;
                key = b.i32()?;
            }
            b'S' => {
                let k = b.cstr()?.to_string();
                let v = b.cstr()?.to_string();
                server_params.push((k, v));
            }
            b'Z' => {
                let leftover = rd.buf[rd.start..].to_vec();
                return Ok(Session { stream, pid, key, params: server_params, leftover });
            }
            b'N' | b'v' => {}
            other => return Err(Error::protocol(format!("unexpected message {:?} during startup", other as char))),
        }
    }
}

fn need_password<'a>(cfg: &'a Config, what: &str) -> Result<&'a str, Error> {
    cfg.password
        .as_deref()
        .ok_or_else(|| Error::Auth(format!("the server asks for {what}, but no password is configured")))
}
