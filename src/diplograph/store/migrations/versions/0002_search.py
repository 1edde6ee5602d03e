"""Full-text search over evidence sentences and articles (see ``store/search.py``).

SQLite: contentless FTS5 tables ``mentions_fts`` and ``articles_fts`` (rowid = the row's
id; tokenizer ``unicode61 remove_diacritics 2``), kept in step by triggers, and filled
here from the rows already stored. Contentless because what is indexed is not the
stored text as it is (capped, ё/ß folded), so FTS5 must never read it back.
PostgreSQL: a text search configuration ``diplograph_search`` (``simple``, with
``unaccent`` in front when the server has that extension) and GIN expression indexes,
which PostgreSQL fills and maintains itself.

The SQL is written out here (not taken from ``search.py``) so that this revision stays
what it was; ``CAP`` and ``FOLD`` in ``search.py`` must agree with it.

Note for later revisions: an Alembic batch operation on ``mentions`` or ``articles`` under
SQLite rebuilds the table and drops its triggers; such a revision must create them again.

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_CAP = 100000
_TOKENIZE = "unicode61 remove_diacritics 2"


def _fold(expr: str) -> str:
    """The text as SQLite indexes it: capped, ё and ß folded as PostgreSQL's unaccent does."""
    expr = f"substr({expr}, 1, {_CAP})"
    for a, b in (("ё", "е"), ("Ё", "Е"), ("ß", "ss"), ("ẞ", "SS")):
        expr = f"replace({expr}, '{a}', '{b}')"
    return expr


# table -> (FTS table, FTS column, the indexed text of a row as SQL over "{r}.")
_SQLITE = {
    "mentions": ("mentions_fts", "evidence", "{r}.evidence_text"),
    "articles": ("articles_fts", "doc", "coalesce({r}.title, '') || ' ' || {r}.text"),
}
_WATCHED = {"mentions": "evidence_text", "articles": "title, text"}


def _sqlite_upgrade() -> None:
    for table, (fts, col, text) in _SQLITE.items():
        new, old = _fold(text.format(r="new")), _fold(text.format(r="old"))
        op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({col}, content='', tokenize='{_TOKENIZE}')")
        op.execute(f"INSERT INTO {fts}(rowid, {col}) SELECT id, {_fold(text.format(r=table))} FROM {table}")
        op.execute(f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN "
                   f"INSERT INTO {fts}(rowid, {col}) VALUES (new.id, {new}); END")
        op.execute(f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN "
                   f"INSERT INTO {fts}({fts}, rowid, {col}) VALUES ('delete', old.id, {old}); END")
        op.execute(f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {_WATCHED[table]} ON {table} BEGIN "
                   f"INSERT INTO {fts}({fts}, rowid, {col}) VALUES ('delete', old.id, {old}); "
                   f"INSERT INTO {fts}(rowid, {col}) VALUES (new.id, {new}); END")


def _pg_vector(text: str) -> str:
    return (f"to_tsvector('diplograph_search'::regconfig, "
            f"regexp_replace(left({text}, {_CAP}), '[^[:alnum:]]+', ' ', 'g'))")


def _pg_unaccent(conn) -> bool:
    """Create the unaccent extension if the server has it and we may; False otherwise
    (then search is case- but not diacritic-insensitive on this server)."""
    have = conn.execute(sa.text(
        "SELECT count(*) FROM pg_available_extensions WHERE name = 'unaccent'")).scalar()
    if not have:
        return False
    try:
        with conn.begin_nested():
            conn.execute(sa.text("CREATE EXTENSION IF NOT EXISTS unaccent"))
    except sa.exc.DBAPIError:
        return False
    return True


def _pg_upgrade() -> None:
    conn = op.get_bind()
    op.execute("CREATE TEXT SEARCH CONFIGURATION diplograph_search (COPY = pg_catalog.simple)")
    if _pg_unaccent(conn):
        op.execute("ALTER TEXT SEARCH CONFIGURATION diplograph_search ALTER MAPPING FOR "
                   "asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, "
                   "hword_part, hword_numpart WITH unaccent, simple")
    op.execute(f"CREATE INDEX ix_mentions_evidence_search ON mentions USING gin "
               f"({_pg_vector('evidence_text')})")
    article = "(coalesce(title, '') || ' ' || text)"
    op.execute(f"CREATE INDEX ix_articles_search ON articles USING gin ({_pg_vector(article)})")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_upgrade()
    else:
        _pg_upgrade()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for fts, _col, _text in _SQLITE.values():
            for what in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{what}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    else:
        op.execute("DROP INDEX IF EXISTS ix_articles_search")
        op.execute("DROP INDEX IF EXISTS ix_mentions_evidence_search")
        op.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS diplograph_search")
