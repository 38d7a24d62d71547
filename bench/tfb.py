#!/usr/bin/env python3
"""The TechEmpower tests against Chopin's peers, one command (bench/run calls this).

Builds every server (release), starts a throwaway PostgreSQL with the TechEmpower schema, starts
the servers (one worker each, pinned to core 0; wrk and PostgreSQL on core 1), validates every
server (validate.py) and refuses to measure one that fails, then measures each test with wrk
(repeats interleaved across servers, medians reported) together with the server's own CPU time
per request, and the repeatable counters: user-space instructions per request (callgrind) and
syscalls per request (strace), each the marginal cost between N1 and N2 requests over one
keep-alive connection. Writes CSV, markdown and an SVG chart under bench/results/<date>/.
Every target is a loopback address; every loop is bounded; servers and PostgreSQL are stopped
on exit, on error and on Ctrl-C.
"""
import argparse
import csv
import datetime
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
sys.path.insert(0, BENCH)
import validate  # noqa: E402
import report  # noqa: E402

# name, target, validator test, pipelining depth, database test
TESTS = [
    ("plaintext", "/plaintext", "plaintext", 16, False),
    ("json", "/json", "json", 1, False),
    ("db", "/db", "db", 1, True),
    ("queries-1", "/queries?q=1", "queries", 1, True),
    ("queries-20", "/queries?q=20", "queries", 1, True),
    ("fortunes", "/fortunes", "fortunes", 1, True),
    ("updates-20", "/updates?q=20", "updates", 1, True),
    ("cached-20", "/cached-queries?q=20", "cached-queries", 1, True),
]
TEST_BY_NAME = {t[0]: t for t in TESTS}
PEERS = ["hyper", "axum", "actix-web", "may-minihttp", "xitca-web", "ntex"]
SERVERS = ["chopin"] + PEERS
ACCEPT = "text/plain,text/html;q=0.9,application/xhtml+xml;q=0.9,application/xml;q=0.8,*/*;q=0.7"
DB_USER, DB_PASS, DB_NAME = "benchmarkdbuser", "benchmarkdbpass", "hello_world"


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def sh(cmd, **kw):
    """Runs a command, failing loudly."""
    return subprocess.run(cmd, check=True, **kw)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, proc=None, timeout=120.0):
    end = time.time() + timeout
    while time.time() < end:
        if proc is not None and proc.poll() is not None:
            return False
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return True
        except OSError:
            time.sleep(0.1)
    return False


def is_root():
    return os.geteuid() == 0


# ---------------------------------------------------------------------------------------------
# tools


def ensure_tools(need_counters):
    wanted = {"wrk": "wrk", "taskset": "util-linux", "psql": "postgresql-client"}
    if need_counters:
        wanted.update({"valgrind": "valgrind", "strace": "strace"})
    missing = [pkg for tool, pkg in wanted.items() if shutil.which(tool) is None]
    if not pg_bindir():
        missing.append("postgresql")
    if missing:
        if not is_root():
            raise SystemExit(f"missing tools; install: {' '.join(missing)}")
        log(f"installing {' '.join(missing)}")
        sh(["apt-get", "update", "-qq"])
        sh(["apt-get", "install", "-y", "-qq", *missing], env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def pg_bindir():
    root = "/usr/lib/postgresql"
    if not os.path.isdir(root):
        return None
    vers = sorted((v for v in os.listdir(root) if os.path.isfile(f"{root}/{v}/bin/initdb")), key=lambda v: float(v))
    return f"{root}/{vers[-1]}/bin" if vers else None


# ---------------------------------------------------------------------------------------------
# PostgreSQL


class Postgres:
    """A throwaway cluster in a temp dir under /tmp, run as `postgres` when we are root."""

    def __init__(self, pin):
        self.bindir = pg_bindir()
        self.dir = tempfile.mkdtemp(prefix="chopin-bench-pg-", dir="/tmp")
        self.data = os.path.join(self.dir, "data")
        self.port = free_port()
        self.pin = pin
        self.started = False
        if is_root():
            shutil.chown(self.dir, "postgres", "postgres")
        self.url = f"postgres://{DB_USER}:{DB_PASS}@127.0.0.1:{self.port}/{DB_NAME}"
        self.admin = f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def _as_pg(self, cmd):
        return (["runuser", "-u", "postgres", "--"] if is_root() else []) + cmd

    def start(self):
        log(f"PostgreSQL: initdb in {self.dir}")
        sh(self._as_pg([f"{self.bindir}/initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "-E", "UTF8",
                        "--locale=C"]), stdout=subprocess.DEVNULL)
        # Durability off: a throwaway cluster, the same for every server.
        opts = (f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c max_connections=400 "
                "-c shared_buffers=256MB -c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        pin = ["taskset", "-c", self.pin] if self.pin else []
        sh(self._as_pg(pin + [f"{self.bindir}/pg_ctl", "-D", self.data, "-l", os.path.join(self.dir, "log"), "-w",
                              "-o", opts, "start"]), stdout=subprocess.DEVNULL)
        self.started = True
        psql = ["psql", "-v", "ON_ERROR_STOP=1", "-q"]
        sh(psql + [self.admin, "-c", f"CREATE USER {DB_USER} PASSWORD '{DB_PASS}'"])
        sh(psql + [self.admin, "-c", f"CREATE DATABASE {DB_NAME} OWNER {DB_USER}"])
        sh(psql + [f"postgres://postgres@127.0.0.1:{self.port}/{DB_NAME}", "-f", os.path.join(BENCH, "schema.sql")],
           stdout=subprocess.DEVNULL)
        log(f"PostgreSQL {os.path.basename(os.path.dirname(self.bindir))} on 127.0.0.1:{self.port}")

    def version(self):
        out = subprocess.run(["psql", self.admin, "-Atc", "SHOW server_version"], capture_output=True, text=True)
        return out.stdout.strip()

    def stop(self):
        if self.started:
            subprocess.run(self._as_pg([f"{self.bindir}/pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop"]),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self.started = False
        shutil.rmtree(self.dir, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# building


def target_base():
    return os.environ.get("BENCH_TARGET_DIR") or os.path.join(REPO, "target", "bench")


def cargo(args, cwd, target_dir, log_path):
    env = {**os.environ, "CARGO_TARGET_DIR": target_dir}
    with open(log_path, "a") as f:
        f.write(f"$ (cd {cwd} && CARGO_TARGET_DIR={target_dir} {' '.join(args)})\n")
        f.flush()
        r = subprocess.run(["nice", *args], cwd=cwd, env=env, stdout=f, stderr=subprocess.STDOUT)
    return r.returncode == 0


def may_db_project(base, spec):
    """Copies the may-minihttp project, adds the may_postgres dependency named by `spec` (a local
    checkout or a git URL) and returns the copy's directory."""
    src = os.path.join(BENCH, "peers", "may-minihttp")
    dst = os.path.join(base, "may-minihttp-db-src")
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("target"))
    toml = open(os.path.join(dst, "Cargo.toml")).read()
    toml = toml.replace('path = "../common"', f'path = "{os.path.join(BENCH, "peers", "common")}"')
    if os.path.isdir(spec):
        dep = f'path = "{os.path.abspath(spec)}"'
    else:
        dep = f'git = "{spec}"'
    toml += f"\n[dependencies.may_postgres]\n{dep}\n"
    open(os.path.join(dst, "Cargo.toml"), "w").write(toml)
    lock = os.path.join(src, "Cargo.lock")
    if os.path.exists(lock):
        shutil.copy(lock, os.path.join(dst, "Cargo.lock"))
    return dst


def build(servers, out):
    """Builds what `servers` need; returns {server: (binary, tests it serves, note)}."""
    base = target_base()
    os.makedirs(base, exist_ok=True)
    blog = os.path.join(out, "build.log")
    bins = {}
    all_tests = [t[0] for t in TESTS]
    if "chopin" in servers:
        log("building chopin (examples/techempower.rs)")
        tdir = os.path.join(base, "chopin")
        if cargo(["cargo", "build", "--release", "--example", "techempower"], REPO, tdir, blog):
            bins["chopin"] = (os.path.join(tdir, "release", "examples", "techempower"), all_tests, "")
        else:
            log(f"chopin did not build; see {blog}")
    peer_bins = {"hyper": "peer-hyper", "axum": "peer-axum", "actix-web": "peer-actix", "xitca-web": "peer-xitca",
                 "ntex": "peer-ntex"}
    if any(s in peer_bins for s in servers):
        log("building the peers workspace (bench/peers)")
        tdir = os.path.join(base, "peers")
        ok = cargo(["cargo", "build", "--release"], os.path.join(BENCH, "peers"), tdir, blog)
        for s, b in peer_bins.items():
            if s in servers and ok:
                bins[s] = (os.path.join(tdir, "release", b), all_tests, "")
        if not ok:
            log(f"the peers did not build; see {blog}")
    if "may-minihttp" in servers:
        spec = os.environ.get("MAY_POSTGRES")
        tdir = os.path.join(base, "may")
        built = False
        if spec:
            log(f"building may-minihttp with may_postgres from {spec}")
            proj = may_db_project(base, spec)
            if cargo(["cargo", "build", "--release", "--features", "db"], proj, tdir, blog):
                bins["may-minihttp"] = (os.path.join(tdir, "release", "peer-may-minihttp"), all_tests, "")
                built = True
            else:
                log("may-minihttp with may_postgres did not build; falling back to plaintext/json")
        if not built:
            log("building may-minihttp (plaintext and json only: MAY_POSTGRES not given or not buildable)")
            if cargo(["cargo", "build", "--release"], os.path.join(BENCH, "peers", "may-minihttp"), tdir, blog):
                note = ("plaintext and json only: its database driver may_postgres is git-only"
                        + (" and did not build from MAY_POSTGRES" if spec else " and MAY_POSTGRES was not given"))
                bins["may-minihttp"] = (os.path.join(tdir, "release", "peer-may-minihttp"), ["plaintext", "json"], note)
    return bins


# ---------------------------------------------------------------------------------------------
# servers


class Server:
    def __init__(self, name, binary, tests, note, db_url, out, workers, pin, wrapper=None):
        self.name, self.binary, self.tests, self.note = name, binary, tests, note
        self.port = free_port()
        self.db_url, self.out, self.workers, self.pin = db_url, out, workers, pin
        self.wrapper = wrapper or []
        self.proc = None

    def env(self):
        w = str(self.workers)
        return {**os.environ, "PORT": str(self.port), "DATABASE_URL": self.db_url, "WORKERS": w, "DB_POOL": "4",
                "CHOPIN_WORKERS": w, "CHOPIN_PIN": "0" if self.pin else "1", "RUST_LOG": "off"}

    def start(self, logname=None):
        cmd = (["taskset", "-c", self.pin] if self.pin else []) + self.wrapper + [self.binary]
        logf = open(os.path.join(self.out, "logs", logname or f"{self.name}.log"), "ab")
        self.proc = subprocess.Popen(cmd, env=self.env(), stdout=logf, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        logf.close()
        if not wait_port(self.port, self.proc, timeout=300 if self.wrapper else 60):
            self.stop()
            return False
        return True

    def pids(self):
        """The server process and, under strace, the traced children."""
        pids = [self.proc.pid]
        try:
            for t in os.listdir(f"/proc/{self.proc.pid}/task"):
                with open(f"/proc/{self.proc.pid}/task/{t}/children") as f:
                    pids += [int(p) for p in f.read().split()]
        except OSError:
            pass
        return pids

    def cpu_seconds(self):
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self, grace=30.0):
        if self.proc is None or self.proc.poll() is not None:
            return
        # Under strace, signal the traced server itself (strace does not forward SIGTERM); strace
        # then exits with its summary. Otherwise the process is the server (taskset and valgrind
        # run it in place).
        targets = self.pids()[1:] if self.wrapper and self.wrapper[0] == "strace" else [self.proc.pid]
        for pid in targets or [self.proc.pid]:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        try:
            self.proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


# ---------------------------------------------------------------------------------------------
# wrk


UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def ms(text):
    m = re.match(r"([\d.]+)(us|ms|s|m)$", text)
    return float(m.group(1)) * UNIT[m.group(2)] if m else float("nan")


def parse_wrk(out):
    r = {}
    m = re.search(r"Latency\s+(\S+)\s+(\S+)\s+(\S+)", out)
    r["lat_max_ms"] = ms(m.group(3)) if m else float("nan")
    for pct, key in (("50", "lat_p50_ms"), ("99", "lat_p99_ms")):
        m = re.search(rf"^\s+{pct}%\s+(\S+)", out, re.M)
        r[key] = ms(m.group(1)) if m else float("nan")
    m = re.search(r"latency-us p50 (\d+) p99 (\d+) max (\d+)", out)
    if m:
        p50, p99, mx = (int(x) / 1000.0 for x in m.groups())
        r["lat_p50_ms"], r["lat_max_ms"] = p50, mx
        r["lat_p99_ms"] = p99 if p99 > 0 else float("nan")
    m = re.search(r"(\d+) requests in", out)
    r["requests"] = int(m.group(1)) if m else 0
    m = re.search(r"Requests/sec:\s+([\d.]+)", out)
    r["rps"] = float(m.group(1)) if m else 0.0
    errors = 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if m:
        errors += sum(int(x) for x in m.groups())
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if m:
        errors += int(m.group(1))
    r["errors"] = errors
    return r


def wrk_cmd(server, test, duration, conns, threads, pin):
    name, target, _, depth, _ = TEST_BY_NAME[test]
    # pipeline.lua for every test (depth 1 = one request per write): its done() prints the
    # latency percentiles from wrk's histogram.
    cmd = (["taskset", "-c", pin] if pin else []) + [
        "wrk", f"-t{threads}", f"-c{conns}", f"-d{duration}s", "--timeout", "8", "--latency",
        "-H", "Host: localhost", "-H", f"Accept: {ACCEPT}", "-H", "Connection: keep-alive",
        "-s", os.path.join(BENCH, "pipeline.lua")]
    return cmd + [f"http://127.0.0.1:{server.port}{target}"], {**os.environ, "DEPTH": str(depth)}


def measure(server, test, a, wrk_pin, threads):
    conns = a.conns
    warm, env = wrk_cmd(server, test, a.warmup, conns, threads, wrk_pin)
    subprocess.run(warm, env=env, capture_output=True, timeout=a.warmup + 60)
    cmd, env = wrk_cmd(server, test, a.duration, conns, threads, wrk_pin)
    c0 = server.cpu_seconds()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=a.duration + 60).stdout
    c1 = server.cpu_seconds()
    with open(os.path.join(server.out, "logs", "wrk.log"), "a") as f:
        f.write(f"=== {server.name} {test} {time.strftime('%H:%M:%S')}\n$ {' '.join(cmd)}\n{out}\n")
    r = parse_wrk(out)
    r["cpu_s"] = c1 - c0
    r["cpu_us_per_req"] = (c1 - c0) / r["requests"] * 1e6 if r["requests"] else float("nan")
    r["conns"] = conns
    r["command"] = " ".join(cmd)
    return r


# ---------------------------------------------------------------------------------------------
# counters


def count_once(server, tool, test, n, tmp):
    """Starts `server` under `tool`, sends n requests of `test` on one connection, stops it and
    returns the counter (instructions or syscalls) for the whole process life."""
    _, target, _, depth, _ = TEST_BY_NAME[test]
    if tool == "callgrind":
        pattern = os.path.join(tmp, "cg.%p")
        server.wrapper = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={pattern}"]
    else:
        server.wrapper = ["strace", "-f", "-c", "-o", os.path.join(tmp, "st")]
    for f in os.listdir(tmp):
        os.remove(os.path.join(tmp, f))
    if not server.start(logname=f"{server.name}.{tool}.log"):
        raise RuntimeError(f"{server.name} did not start under {tool}")
    try:
        r = subprocess.run([sys.executable, os.path.join(BENCH, "load.py"), f"127.0.0.1:{server.port}", target, str(n),
                            str(depth)], capture_output=True, text=True, timeout=3600)
        if r.returncode != 0:
            raise RuntimeError(f"load.py failed against {server.name} {test}: {r.stderr.strip() or r.stdout.strip()}")
    finally:
        server.stop(grace=120)
        server.wrapper = []
    if tool == "callgrind":
        total = 0
        for f in os.listdir(tmp):
            if f.startswith("cg."):
                for line in open(os.path.join(tmp, f)):
                    if line.startswith("summary:") or line.startswith("totals:"):
                        total += int(line.split()[1])
                        break
        return total
    for line in open(os.path.join(tmp, "st")):
        if line.rstrip().endswith(" total"):
            return int(line.split()[3])
    raise RuntimeError("no strace summary")


def counters(server, test, n1, n2, tmp):
    res = {}
    for tool, key in (("callgrind", "instr_per_req"), ("strace", "syscalls_per_req")):
        a = count_once(server, tool, test, n1, tmp)
        b = count_once(server, tool, test, n2, tmp)
        res[key] = (b - a) / (n2 - n1)
    return res


# ---------------------------------------------------------------------------------------------
# main


def machine_info():
    model = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": model, "kernel": platform.release(),
            "load_before": open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else []}


def lock_versions(path, names):
    out = {}
    try:
        text = open(path).read()
    except OSError:
        return out
    for m in re.finditer(r'\[\[package\]\]\nname = "([^"]+)"\nversion = "([^"]+)"', text):
        if m.group(1) in names:
            out.setdefault(m.group(1), m.group(2))
    return out


def versions(pg):
    v = {}
    v["rustc"] = subprocess.run(["rustc", "--version"], capture_output=True, text=True, cwd=REPO).stdout.strip()
    v["chopin"] = "git " + subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                          cwd=REPO).stdout.strip()
    v.update(lock_versions(os.path.join(BENCH, "peers", "Cargo.lock"),
                           {"hyper", "axum", "actix-web", "xitca-web", "xitca-postgres", "ntex", "tokio",
                            "tokio-postgres"}))
    v.update(lock_versions(os.path.join(BENCH, "peers", "may-minihttp", "Cargo.lock"), {"may_minihttp", "may"}))
    v["postgresql"] = pg.version() if pg else ""
    wrk = subprocess.run(["wrk", "-v"], capture_output=True, text=True)
    v["wrk"] = (wrk.stdout + wrk.stderr).split("\n")[0].strip()
    return v


def parse_args(argv):
    ap = argparse.ArgumentParser(prog="bench/run", description=__doc__.split("\n\n")[0])
    ap.add_argument("--servers", default=",".join(SERVERS), help=f"comma list (default all: {','.join(SERVERS)})")
    ap.add_argument("--tests", default=",".join(t[0] for t in TESTS), help="comma list (default all)")
    ap.add_argument("--duration", type=int, default=10, help="seconds per measured wrk run (default 10)")
    ap.add_argument("--warmup", type=int, default=3, help="seconds of warm-up before each run (default 3)")
    ap.add_argument("--repeats", type=int, default=3, help="wall-clock repeats, interleaved (default 3)")
    ap.add_argument("--repeat-only", default="",
                    help="comma list of tests that get all the repeats; the others run once (default: all repeat)")
    ap.add_argument("--conns", type=int, default=256, help="wrk connections for every test (default 256)")
    ap.add_argument("--counters", default="all",
                    help="tests to count instructions and syscalls for: all, none, or a comma list")
    ap.add_argument("--counter-n", default="2000,10000", help="N1,N2 requests for the counters (default 2000,10000)")
    ap.add_argument("--counter-n-db", default="2000,20000",
                    help="N1,N2 for the database tests' counters (default 2000,20000: a database reply's "
                         "timing varies, and the wider span keeps its figure within a few instructions "
                         "run to run)")
    ap.add_argument("--no-wrk", action="store_true", help="counters only")
    ap.add_argument("--all-cores", action="store_true",
                    help="larger machines: no pinning, one worker per core for every server, wrk threads = cores")
    ap.add_argument("--skip-build", action="store_true", help="use the binaries of the last build")
    ap.add_argument("--skip-failing-tests", action="store_true",
                    help="measure a server's passing tests even when others fail validation (default: skip the server)")
    ap.add_argument("--out", default=None, help="results directory (default bench/results/<UTC date>)")
    a = ap.parse_args(argv)
    a.servers = [s for s in a.servers.split(",") if s]
    a.tests = [t for t in a.tests.split(",") if t]
    for s in a.servers:
        if s not in SERVERS:
            ap.error(f"unknown server {s!r}; available: {', '.join(SERVERS)}")
    for t in a.tests:
        if t not in TEST_BY_NAME:
            ap.error(f"unknown test {t!r}; available: {', '.join(TEST_BY_NAME)}")
    a.repeat_only = [t for t in a.repeat_only.split(",") if t]
    a.counter_tests = (a.tests if a.counters == "all" else [] if a.counters == "none"
                       else [t for t in a.counters.split(",") if t in a.tests])
    a.n1, a.n2 = (int(x) for x in a.counter_n.split(","))
    a.n1db, a.n2db = (int(x) for x in a.counter_n_db.split(","))
    return a


def main(argv):
    a = parse_args(argv)
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")
    out = a.out or os.path.join(BENCH, "results", date)
    os.makedirs(os.path.join(out, "logs"), exist_ok=True)
    ensure_tools(bool(a.counter_tests))
    ncpu = os.cpu_count() or 1
    if a.all_cores:
        server_pin, wrk_pin, pg_pin, workers, threads = None, None, None, ncpu, ncpu
    else:
        if ncpu < 2:
            raise SystemExit("the pinned mode needs 2 cores (server on core 0, wrk and PostgreSQL on core 1)")
        server_pin, wrk_pin, pg_pin, workers, threads = "0", "1", "1", 1, 1
    info = machine_info()
    command = "bench/run " + " ".join(argv)
    log(f"results in {out}")

    if a.skip_build:
        base = target_base()
        bins = {"chopin": (os.path.join(base, "chopin", "release", "examples", "techempower"), [t[0] for t in TESTS], "")}
        for s, b in {"hyper": "peer-hyper", "axum": "peer-axum", "actix-web": "peer-actix",
                     "xitca-web": "peer-xitca", "ntex": "peer-ntex"}.items():
            bins[s] = (os.path.join(base, "peers", "release", b), [t[0] for t in TESTS], "")
        bins["may-minihttp"] = (os.path.join(base, "may", "release", "peer-may-minihttp"),
                                [t[0] for t in TESTS] if os.environ.get("MAY_POSTGRES") else ["plaintext", "json"],
                                "" if os.environ.get("MAY_POSTGRES") else
                                "plaintext and json only: its database driver may_postgres is git-only and MAY_POSTGRES was not given")
        bins = {s: v for s, v in bins.items() if s in a.servers and os.path.exists(v[0])}
    else:
        bins = build(a.servers, out)
    notes = {s: v[2] for s, v in bins.items() if v[2]}
    for s in a.servers:
        if s not in bins:
            notes[s] = "did not build (see build.log)"

    pg = Postgres(pg_pin)
    servers = []
    raw_rows, counter_rows, validation = [], [], {}
    locals_for_meta = {"a": a, "date": date, "command": command, "info": info, "ver": {}, "notes": notes,
                       "validation": validation}

    def cleanup(*_):
        for s in servers:
            s.stop(grace=10)
        pg.stop()

    def on_signal(signum, _frame):
        cleanup()
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        pg.start()
        locals_for_meta["ver"] = versions(pg)
        for name in a.servers:
            if name not in bins:
                continue
            binary, tests, note = bins[name]
            s = Server(name, binary, [t for t in a.tests if t in tests], note, pg.url, out, workers, server_pin)
            skipped = [t for t in a.tests if t not in tests]
            if skipped:
                log(f"{name}: not run: {', '.join(skipped)} ({note})")
            if not s.start():
                notes[name] = "did not start (see logs/)"
                log(f"{name} did not start")
                continue
            vtests = sorted({TEST_BY_NAME[t][2] for t in s.tests}, key=validate.TESTS.index)
            res = validate.validate("127.0.0.1", s.port, vtests, pg.url)
            validation[name] = res
            failed = {t: f for t, f in res.items() if f}
            if failed:
                log(f"{name} FAILED validation:")
                for t, fs in failed.items():
                    for f in fs[:10]:
                        log(f"  {t}: {f}")
                if a.skip_failing_tests:
                    s.tests = [t for t in s.tests if not res.get(TEST_BY_NAME[t][2])]
                else:
                    notes[name] = "refused: failed validation (" + ", ".join(failed) + ")"
                    s.stop()
                    continue
            else:
                log(f"{name} passed validation ({', '.join(vtests)})")
            servers.append(s)

        if not a.no_wrk:
            for test in a.tests:
                reps = a.repeats if (not a.repeat_only or test in a.repeat_only) else 1
                for rep in range(1, reps + 1):
                    for s in servers:  # interleaved: every server once per repeat
                        if test not in s.tests:
                            continue
                        r = measure(s, test, a, wrk_pin, threads)
                        r.update(server=s.name, test=test, repeat=rep)
                        raw_rows.append(r)
                        log(f"{test:11} {s.name:13} #{rep}: {r['rps']:>12,.0f} req/s  {r['cpu_us_per_req']:7.2f} µs CPU/req"
                            f"  p99 {r['lat_p99_ms']:.2f} ms  errors {r['errors']}")
        for s in servers:
            s.stop()
        if raw_rows:
            save(out, raw_rows, counter_rows, meta_of(locals_for_meta))

        if a.counter_tests:
            tmp = tempfile.mkdtemp(prefix="chopin-bench-cnt-", dir="/tmp")
            try:
                for test in a.counter_tests:  # test-major, so an interrupted run covers every server
                    for s in servers:
                        if test not in s.tests:
                            continue
                        db = TEST_BY_NAME[test][4]
                        n1, n2 = (a.n1db, a.n2db) if db else (a.n1, a.n2)
                        t0 = time.time()
                        try:
                            c = counters(s, test, n1, n2, tmp)
                        except RuntimeError as e:
                            log(f"counters {s.name} {test}: {e}")
                            continue
                        c.update(server=s.name, test=test, n1=n1, n2=n2)
                        counter_rows.append(c)
                        log(f"counters {test:11} {s.name:13}: {c['instr_per_req']:>10,.0f} instr/req "
                            f"{c['syscalls_per_req']:6.2f} syscalls/req ({time.time() - t0:.0f} s)")
                        save(out, raw_rows, counter_rows, meta_of(locals_for_meta))
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
    finally:
        cleanup()

    save(out, raw_rows, counter_rows, meta_of(locals_for_meta))
    log(f"wrote {out}/results.md, summary.csv, raw.csv, counters.csv, chart.svg")


def meta_of(m):
    a = m["a"]
    return {"date": m["date"], "command": m["command"], "machine": m["info"], "versions": m["ver"],
            "mode": "all cores" if a.all_cores else "server pinned to core 0, wrk and PostgreSQL to core 1, one worker",
            "duration": a.duration, "warmup": a.warmup, "repeats": a.repeats, "repeat_only": a.repeat_only,
            "conns": a.conns, "counter_n": (a.n1, a.n2), "counter_n_db": (a.n1db, a.n2db),
            "notes": m["notes"], "validation": m["validation"], "servers": a.servers, "tests": a.tests}


def save(out, raw_rows, counter_rows, meta):
    report.write(out, raw_rows, counter_rows, meta)


if __name__ == "__main__":
    main(sys.argv[1:])
