"""Opening a database: URL rules, connection settings, and migration to the newest schema.

Why the settings:
- SQLite runs in WAL mode with a long busy timeout so that readers never block the
  writer and two ingest processes wait for each other instead of failing; write
  transactions start with ``BEGIN IMMEDIATE`` so that the merge's read-then-write is
  atomic (no two writers can both see "no such event yet").
- PostgreSQL is reached through psycopg 3 (``postgresql+psycopg``), whatever the user typed.
- Migrations run under a lock (SQLite's write lock, PostgreSQL's advisory lock) so that
  two processes opening a fresh database do not both create the tables.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from importlib import resources
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

DEFAULT_DB = "diplograph.db"
BUSY_TIMEOUT_MS = 60_000
_MIGRATION_LOCK = 7_142_001  # PostgreSQL advisory lock id for schema upgrades


def resolve_url(db: str | os.PathLike | None = None) -> str:
    """A SQLAlchemy URL from what the user gave: a URL, a file path, or nothing
    (then ``DIPLOGRAPH_DB``, then ``./diplograph.db``)."""
    db = str(db) if db else os.environ.get("DIPLOGRAPH_DB") or DEFAULT_DB
    if db.startswith(("postgres://", "postgresql://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return "sqlite:///" + str(Path(db).expanduser().resolve())


def _sqlite_events(engine: sa.Engine) -> None:
    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _to_wal(cur)
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(conn):
        immediate = conn.get_execution_options().get("write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _to_wal(cur) -> None:
    """Switch the file to WAL (once set, the file keeps it). The switch needs the exclusive
    lock, and when another process is committing just then SQLite refuses at once instead
    of waiting, since waiting could deadlock: so wait here, a little longer each time, and
    try again, for as long as the busy timeout."""
    waited, pause = 0.0, 0.01
    while True:
        try:
            cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or waited * 1000 >= BUSY_TIMEOUT_MS:
                raise
        time.sleep(pause)
        waited += pause
        pause = min(pause * 2, 0.5)


def make_engine(url: str) -> sa.Engine:
    """An engine with the settings above; no schema work."""
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _sqlite_events(engine)
        return engine
    return sa.create_engine(url, pool_pre_ping=True)


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location",
                        str(resources.files("diplograph.store").joinpath("migrations")))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@contextlib.contextmanager
def _migration_lock(engine: sa.Engine):
    """PostgreSQL: a session advisory lock. SQLite needs none: the migration's own
    transaction starts with BEGIN IMMEDIATE, which already excludes other writers."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as conn:
        conn.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": _MIGRATION_LOCK})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": _MIGRATION_LOCK})
            conn.commit()


def upgrade(engine: sa.Engine) -> None:
    """Bring the schema to the newest revision if it is not there yet."""
    head = head_revision()
    if current_revision(engine) == head:
        return
    with _migration_lock(engine):
        cfg = _alembic_config()
        with writing(engine).begin() as conn:  # alembic re-reads the version in here
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")


def connect(db: str | os.PathLike | None = None, migrate: bool = True) -> sa.Engine:
    """Open (and by default create or upgrade) the database named by ``db``."""
    url = resolve_url(db)
    engine = make_engine(url)
    if migrate:
        upgrade(engine)
    return engine


def writing(engine: sa.Engine) -> sa.Engine:
    """The same engine, but its transactions take SQLite's write lock at BEGIN."""
    return engine.execution_options(write=True)
