//! Harness for the PostgreSQL tests: starts a throwaway cluster (Debian's `postgresql`
//! binaries) in a temp dir with TLS, password users of every kind and a TLS-only user, and
//! removes it afterwards. Runs the server as `postgres` when the tests run as root.
//!
//! Each test binary shares one cluster ([`cluster`]); tests that restart or kill the server
//! start their own ([`Cluster::start`]). A guardian process stops and removes every cluster
//! once the test process exits, so a failed or aborted test leaves nothing behind.
#![allow(dead_code, missing_docs, unreachable_pub)]

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

/// Users the cluster has, with their passwords.
pub const SCRAM: (&str, &str) = ("scram_user", "scram-pass");
pub const MD5: (&str, &str) = ("md5_user", "md5-pass");
pub const CLEAR: (&str, &str) = ("clear_user", "clear-pass");
pub const TLS_ONLY: (&str, &str) = ("tls_user", "tls-pass");
/// The superuser (trust on the socket and on 127.0.0.1).
pub const SUPER: &str = "postgres";

const INSTALL_HINT: &str = "PostgreSQL server binaries not found: install Debian's `postgresql` \
     package (`apt-get install postgresql openssl`), or run `scripts/test`, which installs them";

/// A running throwaway cluster.
pub struct Cluster {
    pub bin: PathBuf,
    pub dir: PathBuf,
    pub data: PathBuf,
    pub sock: PathBuf,
    pub port: u16,
    /// The CA that signed the server certificate (PEM).
    pub ca: PathBuf,
    /// A CA that did not (PEM).
    pub wrong_ca: PathBuf,
    as_postgres: bool,
}

/// The cluster shared by the tests of one binary.
pub fn cluster() -> &'static Cluster {
    static C: OnceLock<Cluster> = OnceLock::new();
    C.get_or_init(Cluster::start)
}

fn bin_dir() -> PathBuf {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let v = e.file_name().to_str()?.parse::<u32>().ok()?;
            let bin = e.path().join("bin");
            bin.join("postgres").exists().then_some((v, bin))
        })
        .collect();
    versions.sort();
    match versions.pop() {
        Some((_, bin)) => bin,
        None => panic!("{INSTALL_HINT}"),
    }
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().map(|o| o.stdout.trim_ascii() == b"0").unwrap_or(false)
}

fn run(cmd: &mut Command, what: &str) -> String {
    let out = cmd.stdin(Stdio::null()).output().unwrap_or_else(|e| panic!("{what}: {e}"));
    if !out.status.success() {
        panic!(
            "{what} failed ({}):\n{}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Cluster {
    /// A command running `prog` from the PostgreSQL bin dir as the server's owner.
    fn pg_cmd(&self, prog: &str) -> Command {
        pg_cmd(&self.bin, self.as_postgres, prog)
    }

    /// initdb, configuration, certificates, start, users.
    pub fn start() -> Cluster {
        let bin = bin_dir();
        if Command::new("openssl").arg("version").output().is_err() {
            panic!("the `openssl` command is missing: `apt-get install openssl` (or run scripts/test)");
        }
        let as_postgres = is_root();
        let dir = make_dir();
        let data = dir.join("data");
        let sock = dir.join("sock");
        std::fs::create_dir(&sock).unwrap();
        if as_postgres {
            run(Command::new("chown").args(["-R", "postgres:postgres"]).arg(&dir), "chown");
        }
        guard(&bin, &dir, &data, as_postgres);
        let mut c = Cluster {
            ca: dir.join("ca.pem"),
            wrong_ca: dir.join("wrong-ca.pem"),
            bin,
            dir,
            data,
            sock,
            port: 0,
            as_postgres,
        };
        run(
            c.pg_cmd("initdb")
                .args(["-U", SUPER, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "-D"])
                .arg(&c.data),
            "initdb",
        );
        c.make_certs();
        let hba = format!(
            "local all {SUPER} trust\n\
             local all all scram-sha-256\n\
             hostssl all {tls} 127.0.0.1/32 scram-sha-256\n\
             host all {tls} 127.0.0.1/32 reject\n\
             host all {SUPER} 127.0.0.1/32 trust\n\
             host all {md5} 127.0.0.1/32 md5\n\
             host all {clear} 127.0.0.1/32 password\n\
             host all all 127.0.0.1/32 scram-sha-256\n",
            tls = TLS_ONLY.0,
            md5 = MD5.0,
            clear = CLEAR.0
        );
        c.write_owned(&c.data.join("pg_hba.conf"), &hba);
        let conf = format!(
            "listen_addresses = '127.0.0.1'\n\
             unix_socket_directories = '{}'\n\
             max_connections = 300\n\
             fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n\
             ssl = on\nssl_cert_file = '{}'\nssl_key_file = '{}'\n\
             log_min_messages = warning\n",
            c.sock.display(),
            c.dir.join("server.pem").display(),
            c.dir.join("server.key").display()
        );
        let mut all = std::fs::read_to_string(c.data.join("postgresql.conf")).unwrap();
        all.push_str(&conf);
        c.write_owned(&c.data.join("postgresql.conf"), &all);
        // A port picked now may be taken by the time the server binds it: retry a few times.
        let mut last = String::new();
        for _ in 0..5 {
            c.port = free_port();
            let out = c
                .pg_cmd("pg_ctl")
                .arg("-D")
                .arg(&c.data)
                .arg("-l")
                .arg(c.dir.join("log"))
                .args(["-w", "-t", "60", "-o"])
                .arg(format!("-p {}", c.port))
                .arg("start")
                .stdin(Stdio::null())
                .output()
                .expect("pg_ctl");
            if out.status.success() {
                last.clear();
                break;
            }
            last = std::fs::read_to_string(c.dir.join("log")).unwrap_or_default();
        }
        if !last.is_empty() {
            panic!("the test PostgreSQL did not start:\n{last}");
        }
        c.psql(&format!(
            "SET password_encryption = 'scram-sha-256';\n\
             CREATE USER {scram} PASSWORD '{scram_pw}';\n\
             CREATE USER {clear} PASSWORD '{clear_pw}';\n\
             CREATE USER {tls} PASSWORD '{tls_pw}';\n\
             SET password_encryption = 'md5';\n\
             CREATE USER {md5} PASSWORD '{md5_pw}';\n\
             GRANT ALL ON SCHEMA public TO PUBLIC;",
            scram = SCRAM.0,
            scram_pw = SCRAM.1,
            clear = CLEAR.0,
            clear_pw = CLEAR.1,
            tls = TLS_ONLY.0,
            tls_pw = TLS_ONLY.1,
            md5 = MD5.0,
            md5_pw = MD5.1,
        ));
        c
    }

    fn write_owned(&self, path: &Path, text: &str) {
        std::fs::write(path, text).unwrap();
        if self.as_postgres {
            run(Command::new("chown").arg("postgres:postgres").arg(path), "chown");
        }
    }

    /// A CA, a server certificate it signs (SAN `localhost` only, so verify-full to
    /// `127.0.0.1` fails on the name) and an unrelated CA.
    fn make_certs(&self) {
        let d = &self.dir;
        let ossl = |args: &[&str]| {
            run(Command::new("openssl").current_dir(d).args(args), &format!("openssl {}", args[0]))
        };
        for ca in ["ca", "wrong-ca"] {
            ossl(&[
                "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-keyout", &format!("{ca}.key"), "-out", &format!("{ca}.pem"), "-days", "3",
                "-subj", &format!("/CN=chopin test {ca}"),
            ]);
        }
        ossl(&[
            "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
            "server.key", "-out", "server.csr", "-subj", "/CN=localhost",
        ]);
        std::fs::write(
            d.join("server.ext"),
            "subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n",
        )
        .unwrap();
        ossl(&[
            "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-out", "server.pem", "-days", "3", "-sha256", "-extfile",
            "server.ext",
        ]);
        let key = d.join("server.key");
        if self.as_postgres {
            run(Command::new("chown").arg("postgres:postgres").arg(&key), "chown");
        }
        run(Command::new("chmod").arg("600").arg(&key), "chmod");
    }

    /// Runs `sql` with psql as the superuser over the unix socket; returns unaligned,
    /// tuples-only output.
    pub fn psql(&self, sql: &str) -> String {
        run(
            Command::new(self.bin.join("psql"))
                .arg("-h")
                .arg(&self.sock)
                .args(["-p", &self.port.to_string(), "-U", SUPER, "-d", "postgres"])
                .args(["-X", "-A", "-t", "-q", "-v", "ON_ERROR_STOP=1", "-c", sql]),
            "psql",
        )
    }

    /// A TCP URL for `user`/`password` with extra query parameters.
    pub fn url(&self, user: &str, password: &str, query: &str) -> String {
        let sep = if query.is_empty() { "" } else { "?" };
        format!("postgres://{user}:{password}@127.0.0.1:{}/postgres{sep}{query}", self.port)
    }

    /// A unix-socket URL (the socket directory as the host).
    pub fn socket_url(&self, user: &str, password: &str) -> String {
        let dir = self.sock.display().to_string().replace('/', "%2F");
        format!("postgres://{user}:{password}@{dir}:{}/postgres", self.port)
    }

    /// A superuser TCP URL.
    pub fn super_url(&self) -> String {
        format!("postgres://{SUPER}@127.0.0.1:{}/postgres?sslmode=disable", self.port)
    }

    /// Stops the server (fast shutdown: sessions are terminated).
    pub fn stop(&self) {
        run(self.pg_cmd("pg_ctl").arg("-D").arg(&self.data).args(["-m", "fast", "-w", "stop"]), "pg_ctl stop");
    }

    /// Starts the server again on the same port.
    pub fn start_again(&self) {
        run(
            self.pg_cmd("pg_ctl")
                .arg("-D")
                .arg(&self.data)
                .arg("-l")
                .arg(self.dir.join("log"))
                .args(["-w", "-t", "60", "-o"])
                .arg(format!("-p {}", self.port))
                .arg("start"),
            "pg_ctl start",
        );
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = self
            .pg_cmd("pg_ctl")
            .arg("-D")
            .arg(&self.data)
            .args(["-m", "immediate", "-w", "stop"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn pg_cmd(bin: &Path, as_postgres: bool, prog: &str) -> Command {
    if as_postgres {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(bin.join(prog));
        c
    } else {
        Command::new(bin.join(prog))
    }
}

/// A fresh mode-700 directory under the system temp dir (never under a home directory,
/// which the `postgres` user cannot enter).
fn make_dir() -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let base = PathBuf::from("/tmp");
    for i in 0..100u32 {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        let p = base.join(format!("chopin-pg-{}-{nanos:x}{i}", std::process::id()));
        if std::fs::create_dir(&p).is_ok() {
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o700)).unwrap();
            return p;
        }
    }
    panic!("cannot create a temp dir under /tmp");
}

/// Starts a process that waits for this test process to exit, then stops the cluster and
/// removes its directory (statics are never dropped, and a test may abort).
// The guardian outlives this process by design, so it is never waited for.
#[allow(clippy::zombie_processes)]
fn guard(bin: &Path, dir: &Path, data: &Path, as_postgres: bool) {
    let pg_ctl = bin.join("pg_ctl");
    let stop = if as_postgres {
        format!("runuser -u postgres -- '{}' -D '{}' -m immediate -w stop", pg_ctl.display(), data.display())
    } else {
        format!("'{}' -D '{}' -m immediate -w stop", pg_ctl.display(), data.display())
    };
    let script = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 0.2; done; \
         if [ -f '{data}/postmaster.pid' ]; then {stop} >/dev/null 2>&1; fi; rm -rf '{dir}'",
        pid = std::process::id(),
        data = data.display(),
        dir = dir.display(),
    );
    Command::new("setsid")
        .args(["sh", "-c", &script])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("cannot start the cluster guardian (setsid, sh)");
}
