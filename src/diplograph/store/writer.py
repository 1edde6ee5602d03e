"""Writing one article and its event records: one transaction, merged on arrival.

Everything for a document happens in a single write transaction, so a crash leaves
either the whole article (with its mentions and merged events) or nothing, and running
ingest again picks up where it stopped. Concurrent writers are kept apart by the
database: SQLite's write lock (taken at BEGIN IMMEDIATE), PostgreSQL's unique index on
the article hash (ON CONFLICT DO NOTHING) plus a transaction-scoped advisory lock per
merge block, so two processes never both create "the" event for the same visit.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime, timezone

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from diplograph.model import Article, Event

from . import merge
from .db import writing
from .schema import articles, events, failures, mentions

_SPACE = re.compile(r"\s+")
_INSERT_EVENT = events.insert().returning(events.c.id)


def normalise(text: str) -> str:
    """The text as it is compared for identity: NFC, whitespace collapsed, trimmed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _insert(conn, table):
    return (postgresql.insert(table) if conn.dialect.name == "postgresql" else sqlite.insert(table))


def is_stored(engine: sa.Engine, digest: str) -> bool:
    with engine.connect() as conn:
        return conn.execute(sa.select(articles.c.id).where(articles.c.hash == digest)).first() is not None


def stored_hashes(engine: sa.Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(sa.select(articles.c.hash)).scalars())


def record_failure(engine: sa.Engine, doc: str, stage: str, reason: str) -> None:
    """Remember why a document was not stored (one row per document, counting attempts)."""
    with writing(engine).begin() as conn:
        ins = _insert(conn, failures).values(doc=doc[:1024], stage=stage, reason=reason, at=now())
        conn.execute(ins.on_conflict_do_update(
            index_elements=["doc"],
            set_={"stage": ins.excluded.stage, "reason": ins.excluded.reason,
                  "at": ins.excluded.at, "attempts": failures.c.attempts + 1}))


def _lock_blocks(conn, blocks: list[str]) -> None:
    if conn.dialect.name == "postgresql":
        for b in sorted(set(blocks)):  # sorted: two writers lock in the same order
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(hashtextextended(:b, 0))"), {"b": b})


def _row_facts(row) -> merge.Facts:
    amt = (row.record or {}).get("amount") or {}
    return merge.Facts(type=row.type, status=row.status, source=row.source_code,
                       target=row.target_code, symmetric=bool(row.symmetric), mode=row.mode,
                       start=row.date_start, end=row.date_end, location=row.location_code,
                       amount=row.amount_value, currency=row.amount_currency,
                       qualifier=amt.get("qualifier"))


def _event_values(rec: dict, facts: merge.Facts, stamp: str) -> dict:
    amt, loc = rec.get("amount") or {}, rec.get("location") or {}
    return dict(block=facts.block, type=facts.type, mode=facts.mode, status=facts.status,
                source_code=facts.source, target_code=facts.target, symmetric=facts.symmetric,
                date_start=facts.start, date_end=facts.end, location_code=loc.get("code"),
                amount_value=amt.get("value"), amount_currency=amt.get("currency"),
                cameo=rec.get("cameo"), goldstein=rec.get("goldstein"), quad=rec.get("quad"),
                record=rec, updated_at=stamp)


def _merge_one(conn, rec: dict, published: str | None, stamp: str) -> int:
    """Attach one record to the closest compatible stored event, or start a new one."""
    facts = merge.Facts.of_record(rec, published)
    q = sa.select(events).where(events.c.block == facts.block)
    if facts.start:  # only events whose dates can overlap (a busy pair has many)
        lo = (date.fromisoformat(facts.start) - merge.DAY_TOLERANCE).isoformat()
        hi = (date.fromisoformat(facts.end) + merge.DAY_TOLERANCE).isoformat()
        q = q.where(sa.or_(events.c.date_start.is_(None),
                           sa.and_(events.c.date_start <= hi, events.c.date_end >= lo)))
    rows = conn.execute(q).all()
    best = None
    for row in rows:
        other = _row_facts(row)
        if merge.compatible(facts, other):
            key = (merge.distance(facts, other), -row.n_mentions, row.id)
            if best is None or key < best[0]:
                best = (key, row, other)
    if best is None:
        return conn.execute(_INSERT_EVENT, _event_values(rec, facts, stamp)).scalar_one()
    _, row, other = best
    start, end = merge.narrowed(facts, other)
    update = {"date_start": start, "date_end": end, "updated_at": stamp,
              "mode": row.mode or facts.mode,
              "location_code": row.location_code or facts.location}
    if row.amount_value is None and facts.amount is not None:
        update.update(amount_value=facts.amount, amount_currency=facts.currency)
    if merge.specificity(rec) > merge.specificity(row.record or {}):
        update.update(record=rec, cameo=rec.get("cameo"), goldstein=rec.get("goldstein"),
                      quad=rec.get("quad"))
    conn.execute(events.update().where(events.c.id == row.id), update)
    return row.id


def _refresh_counts(conn, event_ids: set[int]) -> None:
    m = mentions.alias()
    conn.execute(events.update().where(events.c.id.in_(sorted(event_ids))).values(
        n_mentions=sa.select(sa.func.count()).where(m.c.event_id == events.c.id).scalar_subquery(),
        n_articles=sa.select(sa.func.count(sa.distinct(m.c.article_id)))
        .where(m.c.event_id == events.c.id).scalar_subquery()))


def store_article(engine: sa.Engine, article: Article, found: list[Event | dict],
                  digest: str | None = None, doc: str | None = None) -> bool:
    """Store an article with the events read from it. False if it was already stored.
    ``doc`` is the input name under which an earlier failure may be recorded."""
    digest = digest or text_hash(article.text)
    recs = [e.to_dict() if isinstance(e, Event) else dict(e) for e in found]
    published = article.published.isoformat() if article.published else None
    stamp = now()
    with writing(engine).begin() as conn:
        art_id = conn.execute(
            _insert(conn, articles).values(
                hash=digest, doc=article.id[:512], title=article.title, url=article.url,
                source=article.source, lang=article.lang, published=published,
                text=article.text, n_events=len(recs), ingested_at=stamp)
            .on_conflict_do_nothing(index_elements=["hash"]).returning(articles.c.id)).scalar()
        if art_id is None:
            return False
        _lock_blocks(conn, [merge.block_key(r["type"], r["source"]["code"],
                                            (r.get("target") or {}).get("code")) for r in recs])
        touched: set[int] = set()
        rows = []
        for i, rec in enumerate(recs):
            event_id = _merge_one(conn, rec, published, stamp)
            touched.add(event_id)
            src, tgt = rec["source"], rec.get("target") or {}
            iv = merge.date_interval(rec.get("date"))
            rows.append(dict(
                event_id=event_id, article_id=art_id, ordinal=i, type=rec["type"],
                source_code=src["code"], source_name=src.get("name"), source_kind=src.get("kind"),
                target_code=tgt.get("code"), target_name=tgt.get("name"),
                target_kind=tgt.get("kind"), date_start=iv[0] if iv else None,
                date_end=iv[1] if iv else None, language=rec.get("language"),
                confidence=rec.get("confidence"), evidence_text=rec["evidence"]["text"],
                record=rec))
        if rows:
            conn.execute(mentions.insert(), rows)
            _refresh_counts(conn, touched)
        conn.execute(failures.delete().where(failures.c.doc.in_([article.id[:1024],
                                                                 (doc or article.id)[:1024]])))
    return True
