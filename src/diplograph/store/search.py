"""Full-text search over evidence sentences and articles, on SQLite and PostgreSQL.

The query language is ours and small, so it means the same on both databases and
nothing a user types reaches SQL except as a bound parameter:

    Tokayev Beijing      every word must occur (AND)
    Samark*              a trailing * matches any word that starts so
    "state visit"        a quoted phrase: the words in this order, next to each other
    "Nord Str"*          a phrase whose last word is a prefix

Words are compared the way the index stores them: split at anything that is not a
letter or a digit ("U.S." is the phrase "u s", "Kassym-Jomart" the phrase "kassym
jomart"), in any case, without diacritics ("munchen" finds "München"), with ``ё`` read
as ``е`` and ``ß`` as ``ss``. Anything else is a usage error (``SearchSyntaxError``), not
a database error.

The indexes, created by migration 0002:
- SQLite: contentless FTS5 tables ``mentions_fts`` (rowid = ``mentions.id``) and
  ``articles_fts`` (rowid = ``articles.id``), ``unicode61 remove_diacritics 2``, kept in
  step by triggers on ``mentions`` and ``articles`` (so every writer, and any later code
  that moves mentions between events, keeps them right: the index is keyed by mention,
  and the event a mention belongs to is read from ``mentions`` at query time);
- PostgreSQL: a generated column ``search_vector`` on both tables with a GIN index
  (migration 0006), ``diplograph_search_vector(text)`` (0004): the text lower-cased under
  a Unicode collation, whatever the database's locale, then ``to_tsvector(
  'diplograph_search', ...)``, a copy of the ``simple`` configuration with ``unaccent``
  in front when the server has it; PostgreSQL maintains it itself.
Both index the same text: the first ``CAP`` characters, non-letters and non-digits
turned into spaces, folded by ``FOLD``. ``FOLD`` and ``CAP`` are baked into the
migrations' triggers and indexes; changing them needs a migration that rebuilds the index.

A text filter on events matches an event when one of its evidence sentences contains
every term; relevance is that best sentence's score (FTS5's bm25, PostgreSQL's ts_rank).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement

from .schema import mentions

CAP = 100_000  # characters of one text that are indexed (PostgreSQL's tsvector has a size limit)
# Letters that SQLite's unicode61 tokenizer keeps apart and PostgreSQL's unaccent folds:
# folded on both sides so the two databases agree.
FOLD = {"ё": "е", "Ё": "Е", "ß": "ss", "ẞ": "SS"}
PG_CONFIG = "diplograph_search"
MAX_TERMS = 32


class SearchSyntaxError(ValueError):
    """The search text cannot be understood; the message says what to change."""


@dataclass(frozen=True)
class Term:
    """One thing every match must contain: a word, or a phrase of several words; with
    ``prefix`` the last word may go on."""
    words: tuple[str, ...]
    prefix: bool = False


def _is_word_char(ch: str) -> bool:
    # unicode61's token characters: letters, numbers, private use (categories L*, N*, Co)
    cat = unicodedata.category(ch)
    return cat[0] in "LN" or cat == "Co"


def words_of(text: str) -> list[str]:
    """The words of ``text`` as the index splits them."""
    out, cur = [], []
    for ch in unicodedata.normalize("NFC", text):
        if _is_word_char(ch):
            cur.append(FOLD.get(ch, ch))
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


_TOKEN = re.compile(r'"([^"]*)("?)(\*?)|(\S+)')


def parse(text: str, strict: bool = True) -> list[Term]:
    """The terms of a search text; [] for a blank one. Raises ``SearchSyntaxError``
    unless ``strict`` is False (a search box): then an unclosed quote runs to the end, a
    misplaced * or quote counts as a space, and a text without words gives []."""
    def bad(msg: str):
        if strict:
            raise SearchSyntaxError(msg)

    terms: list[Term] = []
    for m in _TOKEN.finditer(text or ""):
        phrase, closed, star, bare = m.groups()
        if bare is not None:
            prefix = bare.endswith("*") and not bare.endswith('"*')
            body = bare[:-1] if prefix else bare
            if '"' in body:
                bad(f"a quote inside {bare!r}: put a phrase in \"double quotes\"")
            if "*" in body:
                bad(f"{bare!r}: * may only end a word (Samark*)")
            ws = words_of(body)
            if not ws:
                if prefix:
                    bad(f"{bare!r}: * needs letters or digits before it")
                continue  # a lone dash or other punctuation: nothing to look for
            if prefix and not _is_word_char(body[-1]):
                bad(f"{bare!r}: * must follow a letter or digit")
                prefix = False
        else:
            if not closed:
                bad(f"unclosed quote in {text!r}: end the phrase with \"")
            if "*" in phrase:
                bad(f"\"{phrase}\": put * after the closing quote (\"Nord Str\"*)")
            ws, prefix = words_of(phrase), bool(star)
            if not ws:
                bad(f"the phrase \"{phrase}\" has no letters or digits")
                continue
        terms.append(Term(tuple(ws), prefix))
    if text and text.strip() and not terms:
        bad(f"nothing to search for in {text!r}: give words of letters or digits")
    if len(terms) > MAX_TERMS:
        bad(f"too many terms ({len(terms)}); at most {MAX_TERMS}")
        terms = terms[:MAX_TERMS]
    return terms


def fts5_query(terms: list[Term]) -> str:
    """FTS5 MATCH syntax: each term a quoted string (words hold only letters and digits,
    so nothing in them is FTS5 syntax), a trailing * for a prefix, AND between terms."""
    return " AND ".join('"' + " ".join(t.words) + '"' + (" *" if t.prefix else "") for t in terms)


def tsquery(terms: list[Term]) -> str:
    """PostgreSQL to_tsquery syntax: quoted lexemes, <-> within a phrase, :* for a prefix."""
    parts = []
    for t in terms:  # lower-cased here: in a C-locale database to_tsquery would not
        lex = [f"'{w.lower()}'" for w in t.words]
        if t.prefix:
            lex[-1] += ":*"
        parts.append("(" + " <-> ".join(lex) + ")")
    return " & ".join(parts)


def pg_vector(table_sql: str) -> str:
    """The indexed tsvector of a row of ``mentions`` or ``articles`` (named or aliased
    ``table_sql``): the ``search_vector`` column PostgreSQL keeps (migration 0006)."""
    return f"{table_sql}.search_vector"


def _pg_query(compiler, value: str, **kw) -> str:
    return f"to_tsquery('{PG_CONFIG}'::regconfig, {compiler.process(sa.bindparam(None, value, type_=sa.String), **kw)})"


class EvidenceMatch(ColumnElement):
    """True for a ``mentions`` row (of ``table``, the table or an alias) whose evidence
    matches ``terms``. Compiled per database (below)."""
    type = sa.types.NullType()  # not Boolean: SQLite would render "(...) = 1"
    inherit_cache = False

    def __init__(self, table, terms: list[Term]):
        self.table = table
        self.terms = terms


@compiles(EvidenceMatch, "sqlite")
def _evidence_sqlite(el, compiler, **kw):
    q = compiler.process(sa.bindparam(None, fts5_query(el.terms), type_=sa.String), **kw)
    return (f"{compiler.process(el.table.c.id, **kw)} IN "
            f"(SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH {q})")


@compiles(EvidenceMatch, "postgresql")
def _evidence_pg(el, compiler, **kw):
    # the table's name or alias as this statement spells it (search_vector is not in
    # the SQLAlchemy table: SQLite has no such column)
    vec = pg_vector(compiler.process(el.table.c.id, **kw).rsplit(".", 1)[0])
    return f"{vec} @@ {_pg_query(compiler, tsquery(el.terms), **kw)}"


def event_filter(text: str):
    """The condition on ``events.id`` for a text filter, or None for a blank text."""
    terms = parse(text)
    if not terms:
        return None
    return sa.select(mentions.c.event_id).where(EvidenceMatch(mentions, terms))


def event_scores(dialect: str, text: str):
    """A subquery (event_id, score) for the events matching ``text``: the score of each
    event's best-matching evidence sentence, higher is better."""
    terms = parse(text)
    if dialect == "sqlite":
        # bm25() only works while FTS5 is on the row: scored in a subquery that SQLite may
        # not flatten into the GROUP BY (LIMIT -1 prevents that), grouped outside it
        sql = ("SELECT m.event_id AS event_id, max(f.score) AS score FROM "
               "(SELECT rowid AS mid, -bm25(mentions_fts) AS score FROM mentions_fts "
               "WHERE mentions_fts MATCH :q LIMIT -1) AS f "
               "JOIN mentions AS m ON m.id = f.mid GROUP BY m.event_id")
        q = fts5_query(terms)
    else:
        vec = pg_vector("m")
        tq = f"to_tsquery('{PG_CONFIG}'::regconfig, :q)"
        sql = (f"SELECT m.event_id AS event_id, max(ts_rank({vec}, {tq})) AS score "
               f"FROM mentions AS m WHERE {vec} @@ {tq} GROUP BY m.event_id")
        q = tsquery(terms)
    return (sa.text(sql).bindparams(q=q)
            .columns(sa.column("event_id", sa.Integer), sa.column("score", sa.Float))
            .subquery("relevance"))


def search_evidence(conn, text: str, limit: int) -> list[dict]:
    """Evidence sentences that contain every term, best first: event, article, sentence.
    Parsed as a search box (``parse(strict=False)``)."""
    terms = parse(text, strict=False)
    if not terms:
        return []
    if conn.dialect.name == "sqlite":
        sql = ("SELECT m.event_id, m.evidence_text, a.doc FROM mentions_fts "
               "CROSS JOIN mentions AS m ON m.id = mentions_fts.rowid JOIN articles AS a ON a.id = m.article_id "
               "WHERE mentions_fts MATCH :q ORDER BY bm25(mentions_fts), m.event_id, m.id LIMIT :n")
        q = fts5_query(terms)
    else:
        vec = pg_vector("m")
        tq = f"to_tsquery('{PG_CONFIG}'::regconfig, :q)"
        sql = (f"SELECT m.event_id, m.evidence_text, a.doc FROM mentions AS m "
               f"JOIN articles AS a ON a.id = m.article_id WHERE {vec} @@ {tq} "
               f"ORDER BY ts_rank({vec}, {tq}) DESC, m.event_id, m.id LIMIT :n")
        q = tsquery(terms)
    rows = conn.execute(sa.text(sql), {"q": q, "n": limit})
    return [{"event_id": r.event_id, "article": r.doc, "evidence": r.evidence_text} for r in rows]


def search_articles(conn, text: str, limit: int) -> list[dict]:
    """Articles whose title or text contains every term, best first (a search box)."""
    terms = parse(text, strict=False)
    if not terms:
        return []
    cols = "a.id, a.doc, a.title, a.published, a.lang"
    if conn.dialect.name == "sqlite":
        sql = (f"SELECT {cols} FROM articles_fts CROSS JOIN articles AS a ON a.id = articles_fts.rowid "
               "WHERE articles_fts MATCH :q ORDER BY bm25(articles_fts), a.id LIMIT :n")
        q = fts5_query(terms)
    else:
        vec = pg_vector("a")
        tq = f"to_tsquery('{PG_CONFIG}'::regconfig, :q)"
        sql = (f"SELECT {cols} FROM articles AS a WHERE {vec} @@ {tq} "
               f"ORDER BY ts_rank({vec}, {tq}) DESC, a.id LIMIT :n")
        q = tsquery(terms)
    return [dict(r._mapping) for r in conn.execute(sa.text(sql), {"q": q, "n": limit})]


__all__ = ["CAP", "FOLD", "PG_CONFIG", "SearchSyntaxError", "Term", "parse", "words_of",
           "fts5_query", "tsquery", "pg_vector", "EvidenceMatch", "event_filter",
           "event_scores", "search_evidence", "search_articles"]
