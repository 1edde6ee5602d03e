"""PostgreSQL search that does not depend on the database's locale.

0002 indexed ``to_tsvector(regexp_replace(left(text), '[^[:alnum:]]+', ' '))``. In a
database created with the C locale (a common default) ``[:alnum:]`` and lower-casing know
only ASCII, so Cyrillic words vanished from the index and "МОСКВЕ" stayed upper case.
This revision wraps the indexed text in one function, ``diplograph_search_vector(text)``,
that lower-cases and splits under a Unicode collation (ICU's ``und-x-icu``, else
``C.utf8``, else the database's own), and indexes that. Queries call the same function;
search terms are lower-cased before they reach ``to_tsquery``. SQLite is unchanged.

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_CAP = 100000
_ARTICLE = "(coalesce(title, '') || ' ' || text)"


def _collation(conn) -> str:
    """A collation clause under which lower() and [:alnum:] know every script."""
    have = set(conn.execute(sa.text(
        "SELECT collname FROM pg_collation WHERE collname IN ('und-x-icu', 'C.utf8', 'C.UTF-8') "
        "AND collencoding IN (-1, pg_char_to_encoding(current_setting('server_encoding')))")).scalars())
    for name in ("und-x-icu", "C.utf8", "C.UTF-8"):
        if name in have:
            return f' COLLATE pg_catalog."{name}"'
    return ""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    conn = op.get_bind()
    schema = conn.execute(sa.text("SELECT current_schema()")).scalar()
    config = f"{schema}.diplograph_search".replace("'", "''")
    # schema-qualified inside: index maintenance and pg_restore run with other search paths
    op.execute(f"""
        CREATE FUNCTION diplograph_search_vector(doc text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT pg_catalog.to_tsvector('{config}'::regconfig, pg_catalog.regexp_replace(
            pg_catalog.lower(pg_catalog.left(doc, {_CAP}){_collation(conn)}), '[^[:alnum:]]+', ' ', 'g'))
        $$""")
    op.execute("DROP INDEX IF EXISTS ix_mentions_evidence_search")
    op.execute("DROP INDEX IF EXISTS ix_articles_search")
    op.execute("CREATE INDEX ix_mentions_evidence_search ON mentions USING gin "
               "(diplograph_search_vector(evidence_text))")
    op.execute(f"CREATE INDEX ix_articles_search ON articles USING gin (diplograph_search_vector({_ARTICLE}))")


def _vector_0002(text: str) -> str:
    return (f"to_tsvector('diplograph_search'::regconfig, "
            f"regexp_replace(left({text}, {_CAP}), '[^[:alnum:]]+', ' ', 'g'))")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_mentions_evidence_search")
    op.execute("DROP INDEX IF EXISTS ix_articles_search")
    op.execute("DROP FUNCTION IF EXISTS diplograph_search_vector(text)")
    op.execute(f"CREATE INDEX ix_mentions_evidence_search ON mentions USING gin ({_vector_0002('evidence_text')})")
    op.execute(f"CREATE INDEX ix_articles_search ON articles USING gin ({_vector_0002(_ARTICLE)})")
