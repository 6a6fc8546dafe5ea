"""A throwaway PostgreSQL + PostGIS cluster on a free loopback port, for the tests and benchmarks.

    python tools/pg_cluster.py        # start one, print its URL, stop it on Enter

Debian's ``postgresql-15-postgis-3`` provides the binaries. PostgreSQL refuses to
run as root, so when this runs as root the server runs as the ``postgres`` user.
The cluster trusts nothing: the app's role logs in with a password (scram-sha-256),
so the tests can check that the password never shows.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

#: The login the app uses in the tests, and its password (test-only; the tests check it never shows).
APP_USER = "briefmap_app"
APP_PASSWORD = "Test-Only-S3cret-pw"
TEMPLATE = "briefmap_template"


class ClusterUnavailable(RuntimeError):
    """PostgreSQL or PostGIS is not installed here."""


def find_bin() -> Path:
    """The newest PostgreSQL server binaries with PostGIS beside them."""
    for bindir in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        version = Path(bindir).parent.name
        postgis = glob.glob(f"/usr/share/postgresql/{version}/extension/postgis.control")
        if (Path(bindir) / "initdb").exists() and postgis:
            return Path(bindir)
    raise ClusterUnavailable("PostgreSQL with PostGIS is not installed "
                             "(Debian: apt-get install postgresql-15-postgis-3)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """One throwaway cluster: ``start()``, then ``url(database)``; ``stop()`` deletes it."""

    def __init__(self):
        self.bindir = find_bin()
        self.base = Path(tempfile.mkdtemp(prefix="briefmap-pg-"))
        self.data = self.base / "data"
        self.port = free_port()
        self._as_postgres = os.geteuid() == 0
        self._n = 0

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self._as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, check=check, cwd=self.base)

    def start(self) -> "Cluster":
        os.chmod(self.base, 0o755)
        if self._as_postgres:
            shutil.chown(self.base, "postgres", "postgres")
        pwfile = self.base / "pw"
        pwfile.write_text("postgres-admin-pw\n")
        if self._as_postgres:
            shutil.chown(pwfile, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-E", "UTF8", "--locale=C",
                  "--auth-local=trust", "--auth-host=scram-sha-256", f"--pwfile={pwfile}")
        self.start_server()
        self.psql("postgres", f"CREATE ROLE {APP_USER} LOGIN PASSWORD '{APP_PASSWORD}' CREATEDB")
        self.psql("postgres", f"CREATE DATABASE {TEMPLATE} OWNER {APP_USER}")
        self.psql(TEMPLATE, "CREATE EXTENSION postgis")
        return self

    def start_server(self) -> None:
        opts = (f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-w", "-t", "60", "-l", str(self.base / "log"), "start")

    def stop_server(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop", check=False)

    def psql(self, database: str, sql: str) -> str:
        run = self._run("psql", "-h", str(self.base), "-p", str(self.port), "-U", "postgres", "-d", database,
                        "-v", "ON_ERROR_STOP=1", "-Atc", sql)
        return run.stdout

    def dump(self, database: str, path: Path) -> None:
        """``pg_dump --format=custom`` of ``database`` into ``path`` (what the README's backup does)."""
        out = self.base / "dump.bin"
        self._run("pg_dump", "-h", str(self.base), "-p", str(self.port), "-U", "postgres", "--format=custom",
                  "-f", str(out), database)
        path.write_bytes(out.read_bytes())

    def restore(self, path: Path) -> str:
        """``pg_restore`` of a dump, as the database's administrator, into a new, empty database owned by the
        app's login (as the README says); its URL."""
        self._n += 1
        name = f"restored_{os.getpid()}_{self._n}"
        self.psql("postgres", f"CREATE DATABASE {name} OWNER {APP_USER}")
        target = self.base / "restore.bin"
        target.write_bytes(path.read_bytes())
        if self._as_postgres:
            shutil.chown(target, "postgres", "postgres")
        self._run("pg_restore", "-h", str(self.base), "-p", str(self.port), "-U", "postgres", "-d", name, str(target))
        return self.url(name)

    def new_database(self) -> str:
        """A fresh database (PostGIS installed, owned by the app's role); its URL."""
        self._n += 1
        name = f"briefmap_{os.getpid()}_{self._n}_{int(time.time() * 1000) % 100000}"
        self.psql("postgres", f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} OWNER {APP_USER}")
        return self.url(name)

    def url(self, database: str, password: str = APP_PASSWORD) -> str:
        return f"postgresql://{APP_USER}:{password}@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        self.stop_server()
        shutil.rmtree(self.base, ignore_errors=True)


if __name__ == "__main__":
    cluster = Cluster().start()
    try:
        print(cluster.new_database(), flush=True)
        input("Press Enter to stop the cluster… ")
    finally:
        cluster.stop()
