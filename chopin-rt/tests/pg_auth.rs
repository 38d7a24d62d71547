//! Connection tests against the harness cluster: every auth method, every sslmode, channel
//! binding, timeouts and configuration errors.

mod pg_harness;

use std::time::{Duration, Instant};

use chopin_rt::block_on;
use chopin_rt::pg::{Client, Config, Error, ErrorClass};
use pg_harness::{cluster, CLEAR, MD5, SCRAM, SUPER, TLS_ONLY};

/// Connects with `url` and returns (current_user, ssl in use).
fn who(url: &str) -> Result<(String, bool), Error> {
    block_on(async {
        let c = Client::connect(url).await?;
        let row = c
            .query_one("SELECT current_user::text, ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", &[])
            .await?;
        Ok((row.get(0), row.get(1)))
    })
}

#[test]
fn harness_cluster_has_its_users() {
    let c = cluster();
    let users = c.psql("SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles WHERE rolname LIKE '%_user'");
    assert_eq!(users.trim(), "clear_user,md5_user,scram_user,tls_user");
    let md5 = c.psql("SELECT left(rolpassword, 3) FROM pg_authid WHERE rolname = 'md5_user'");
    assert_eq!(md5.trim(), "md5");
}

#[test]
fn trust_over_tcp_and_scram_over_the_unix_socket() {
    let c = cluster();
    assert_eq!(who(&c.super_url()).unwrap(), (SUPER.to_string(), false));
    let (user, ssl) = who(&c.socket_url(SCRAM.0, SCRAM.1)).unwrap();
    assert_eq!((user.as_str(), ssl), (SCRAM.0, false));
}

#[test]
fn each_password_method_accepts_the_right_password_and_rejects_a_wrong_one() {
    let c = cluster();
    for (user, pw) in [SCRAM, MD5, CLEAR] {
        for mode in ["disable", "require"] {
            let (got, ssl) = who(&c.url(user, pw, &format!("sslmode={mode}"))).unwrap();
            assert_eq!((got.as_str(), ssl), (user, mode == "require"), "{user} {mode}");
        }
        let e = who(&c.url(user, "wrong", "sslmode=disable")).unwrap_err();
        assert_eq!(e.code(), Some("28P01"), "{user}: {e}");
        assert_eq!(e.class(), ErrorClass::Permanent);
    }
    // No password configured at all.
    let e = who(&format!("postgres://{}@127.0.0.1:{}/postgres?sslmode=disable", SCRAM.0, c.port)).unwrap_err();
    assert!(matches!(e, Error::Auth(_)), "{e}");
}

#[test]
fn channel_binding() {
    let c = cluster();
    // Over TLS the server offers SCRAM-SHA-256-PLUS; `require` succeeds only if it was used.
    let (u, ssl) = who(&c.url(SCRAM.0, SCRAM.1, "sslmode=require&channel_binding=require")).unwrap();
    assert_eq!((u.as_str(), ssl), (SCRAM.0, true));
    // With a wrong password, channel binding does not help.
    let e = who(&c.url(SCRAM.0, "nope", "sslmode=require&channel_binding=require")).unwrap_err();
    assert_eq!(e.code(), Some("28P01"));
    // Required but unavailable: no TLS, or a method without SCRAM.
    for (user, pw, mode) in [(SCRAM.0, SCRAM.1, "disable"), (MD5.0, MD5.1, "require"), (CLEAR.0, CLEAR.1, "require")] {
        let e = who(&c.url(user, pw, &format!("sslmode={mode}&channel_binding=require"))).unwrap_err();
        assert!(matches!(&e, Error::Auth(m) if m.contains("channel binding")), "{user} {mode}: {e}");
    }
    // Trust authenticates without any exchange: also refused when binding is required.
    let e = who(&format!("{}&channel_binding=require", c.super_url())).unwrap_err();
    assert!(matches!(e, Error::Auth(_)), "{e}");
    // Disabled binding still authenticates over TLS (plain SCRAM-SHA-256).
    assert!(who(&c.url(SCRAM.0, SCRAM.1, "sslmode=require&channel_binding=disable")).unwrap().1);
}

#[test]
fn sslmodes() {
    let c = cluster();
    let ca = c.ca.display().to_string();
    let wrong = c.wrong_ca.display().to_string();
    let (u, p) = SCRAM;
    assert!(!who(&c.url(u, p, "sslmode=disable")).unwrap().1);
    assert!(who(&c.url(u, p, "sslmode=prefer")).unwrap().1);
    assert!(who(&c.url(u, p, "")).unwrap().1, "prefer is the default");
    assert!(who(&c.url(u, p, "sslmode=require")).unwrap().1);
    // verify-ca checks the chain only: connecting by IP to a cert naming `localhost` is fine.
    assert!(who(&c.url(u, p, &format!("sslmode=verify-ca&sslrootcert={ca}"))).unwrap().1);
    // verify-full also checks the name.
    let e = who(&c.url(u, p, &format!("sslmode=verify-full&sslrootcert={ca}"))).unwrap_err();
    assert!(matches!(&e, Error::Tls(m) if m.contains("not valid for name") || m.contains("NotValidForName")), "{e}");
    let by_name = format!("postgres://{u}:{p}@localhost:{}/postgres?sslmode=verify-full&sslrootcert={ca}", c.port);
    assert!(who(&by_name).unwrap().1);
    // A CA that did not sign the server's certificate.
    for mode in ["verify-ca", "verify-full"] {
        let e = who(&c.url(u, p, &format!("sslmode={mode}&sslrootcert={wrong}"))).unwrap_err();
        assert!(matches!(&e, Error::Tls(m) if m.contains("UnknownIssuer") || m.contains("unknown issuer")), "{e}");
        assert_eq!(e.class(), ErrorClass::Permanent);
    }
    // verify-* without a CA file, or with a missing one, is a configuration error.
    let e = who(&c.url(u, p, "sslmode=verify-ca")).unwrap_err();
    assert!(matches!(e, Error::Config(_)), "{e}");
    let e = who(&c.url(u, p, "sslmode=verify-ca&sslrootcert=/nonexistent.pem")).unwrap_err();
    assert!(matches!(e, Error::Config(_)), "{e}");
    // The unix socket never uses TLS (as libpq), even with sslmode=require.
    let sock = format!("{}?sslmode=require", c.socket_url(u, p));
    assert!(!who(&sock).unwrap().1);
}

#[test]
fn the_tls_only_user_needs_tls() {
    let c = cluster();
    let (u, p) = TLS_ONLY;
    assert_eq!(who(&c.url(u, p, "sslmode=require")).unwrap(), (u.to_string(), true));
    let e = who(&c.url(u, p, "sslmode=disable")).unwrap_err();
    assert_eq!(e.code(), Some("28000"), "{e}");
}

#[test]
fn prefer_falls_back_to_plaintext_only_when_the_server_declines() {
    // A fake server that answers SSLRequest with `N`, then expects a StartupMessage.
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    let server = std::thread::spawn(move || {
        use std::io::{Read, Write};
        let (mut s, _) = l.accept().unwrap();
        let mut req = [0u8; 8];
        s.read_exact(&mut req).unwrap();
        assert_eq!(req, [0, 0, 0, 8, 4, 0xd2, 0x16, 0x2f]);
        s.write_all(b"N").unwrap();
        let mut len = [0u8; 4];
        s.read_exact(&mut len).unwrap();
        let mut rest = vec![0u8; u32::from_be_bytes(len) as usize - 4];
        s.read_exact(&mut rest).unwrap();
        assert_eq!(&rest[..4], &[0, 3, 0, 0], "a plaintext v3 StartupMessage follows");
        // Refuse it, like a server would refuse an unknown user.
        let msg = b"SFATAL\0VFATAL\0C28000\0Mno such user\0\0";
        let mut e = vec![b'E'];
        e.extend_from_slice(&((msg.len() + 4) as u32).to_be_bytes());
        e.extend_from_slice(msg);
        s.write_all(&e).unwrap();
    });
    let e = who(&format!("postgres://u:p@127.0.0.1:{port}/d?sslmode=prefer")).unwrap_err();
    assert_eq!(e.code(), Some("28000"), "{e}");
    server.join().unwrap();
    // With `require`, the same refusal of TLS is an error.
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    let server = std::thread::spawn(move || {
        use std::io::{Read, Write};
        let (mut s, _) = l.accept().unwrap();
        let mut req = [0u8; 8];
        s.read_exact(&mut req).unwrap();
        s.write_all(b"N").unwrap();
    });
    let e = who(&format!("postgres://u:p@127.0.0.1:{port}/d?sslmode=require")).unwrap_err();
    assert!(matches!(e, Error::Tls(_)), "{e}");
    server.join().unwrap();
}

#[test]
fn connect_timeout_bounds_a_silent_server() {
    // Accepted by the kernel's backlog, never answered.
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    let t = Instant::now();
    let e = who(&format!("postgres://u:p@127.0.0.1:{port}/d?sslmode=disable&connect_timeout=0.3")).unwrap_err();
    assert!(matches!(e, Error::ConnectTimeout), "{e}");
    assert_eq!(e.class(), ErrorClass::Transient);
    assert!(t.elapsed() < Duration::from_secs(3));
    drop(l);
    // A closed port is an I/O error.
    let e = who(&format!("postgres://u:p@127.0.0.1:{port}/d?sslmode=disable")).unwrap_err();
    assert!(matches!(e, Error::Io(_)), "{e}");
}

#[test]
fn query_timeout_cancels_the_query_and_the_connection_goes_on() {
    let c = cluster();
    let url = c.url(SCRAM.0, SCRAM.1, "sslmode=disable&query_timeout=0.3");
    block_on(async {
        let db = Client::connect(&url).await.unwrap();
        let t = Instant::now();
        let e = db.query("SELECT pg_sleep(20)", &[]).await.unwrap_err();
        assert!(matches!(e, Error::QueryTimeout), "{e}");
        // Without the CancelRequest, the next query would queue behind the 20 s sleep.
        let n: i32 = db.query_one("SELECT 7", &[]).await.unwrap().get(0);
        assert_eq!(n, 7);
        assert!(t.elapsed() < Duration::from_secs(10), "{:?}", t.elapsed());
    });
}

#[test]
fn builder_config_connects() {
    let c = cluster();
    let cfg = Config::new()
        .host(&c.sock.display().to_string())
        .port(c.port)
        .user(SCRAM.0)
        .password(SCRAM.1)
        .dbname("postgres")
        .application_name("chopin-test");
    block_on(async {
        let db = Client::connect_with(cfg).await.unwrap();
        let name: String = db.query_one("SELECT current_setting('application_name')", &[]).await.unwrap().get(0);
        assert_eq!(name, "chopin-test");
        assert!(db.server_param("server_version").is_some());
    });
}
