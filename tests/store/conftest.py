"""Databases for the store tests: a fresh SQLite file, and a fresh database on a real
PostgreSQL server.

The server is ``DIPLOGRAPH_TEST_PG`` (a URL) if set; otherwise a throwaway server is
started from Debian's binaries (``/usr/lib/postgresql/*/bin``) in a temporary directory,
as the ``postgres`` user when running as root. Without either the PostgreSQL tests are
skipped with the reason, except under CI (``CI`` set), where that is a failure.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid

import pytest
import sqlalchemy as sa


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_pg_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    runuser = shutil.which("runuser")
    return [runuser, "-u", "postgres", "--", *cmd] if runuser else ["su", "postgres", "-c", " ".join(cmd)]


class _Server:
    """A PostgreSQL cluster in a temporary directory, stopped and removed at the end."""

    def __init__(self):
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if not bins:
            raise RuntimeError("no PostgreSQL binaries (/usr/lib/postgresql/*/bin/initdb); "
                               "run .ci/postgres.sh or set DIPLOGRAPH_TEST_PG")
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                raise RuntimeError("running as root and there is no 'postgres' user to run the server")
        self.bin = os.path.dirname(bins[-1])
        self.dir = tempfile.mkdtemp(prefix="diplograph-pg-")
        os.chmod(self.dir, 0o755)
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        self.data = os.path.join(self.dir, "data")
        self.port = _free_port()
        run = lambda cmd: subprocess.run(_as_pg_user(cmd), check=True, capture_output=True, text=True)
        try:
            run([f"{self.bin}/initdb", "-D", self.data, "-A", "trust", "-U", "postgres",
                 "--no-sync", "-E", "UTF8"])
            run([f"{self.bin}/pg_ctl", "-D", self.data, "-l", os.path.join(self.dir, "log"), "-w",
                 "-o", f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -F", "start"])
        except subprocess.CalledProcessError as exc:
            shutil.rmtree(self.dir, ignore_errors=True)
            raise RuntimeError(f"could not start PostgreSQL: {exc.stderr or exc.stdout}") from exc
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self):
        subprocess.run(_as_pg_user([f"{self.bin}/pg_ctl", "-D", self.data, "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server():
    """The URL of a PostgreSQL server's maintenance database."""
    url = os.environ.get("DIPLOGRAPH_TEST_PG")
    if url:
        yield url
        return
    try:
        server = _Server()
    except RuntimeError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but PostgreSQL is not available: {exc}")
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    yield server.url
    server.stop()


def _pg_admin(url: str):
    return sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1),
                            isolation_level="AUTOCOMMIT")


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty database on the PostgreSQL server, dropped afterwards."""
    name = "dg_test_" + uuid.uuid4().hex[:12]
    admin = _pg_admin(pg_server)
    with admin.connect() as c:
        c.execute(sa.text(f'CREATE DATABASE "{name}"'))
    base, _, _ = pg_server.rpartition("/")
    yield f"{base}/{name}"
    with admin.connect() as c:
        c.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh database of each kind: every store test runs on both."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    return request.getfixturevalue("pg_url")
