"""Questions asked of the store: events, actors, dyads, timelines, pledges, articles.

Each function takes an engine and plain filter values and returns plain dicts, so the
CLI, the Python API, the REST API and the exports all answer from the same code.
An event is returned as its PLOVER record (EVENTS.md) plus what the store knows beyond
one article: ``id``, ``n_mentions``, ``n_articles`` and ``mentions`` (every article and
evidence sentence that reports it).
"""
from __future__ import annotations

from collections import Counter, defaultdict

import sqlalchemy as sa

from . import search
from .merge import date_interval
from .schema import articles, events, failures, mentions

COMMITMENT_TYPES = ("AID", "COOPERATE")


def _bounds(since: str | None, until: str | None):
    lo = date_interval(since)[0] if since and date_interval(since) else None
    hi = date_interval(until)[1] if until and date_interval(until) else None
    if since and lo is None or until and hi is None:
        raise ValueError(f"not an ISO date: {since if since and lo is None else until!r}")
    return lo, hi


def filtered(actor=None, partner=None, type=None, mode=None, status=None, since=None,
              until=None, text=None):
    """The select of merged events matching the filters: the one definition of what each
    filter means, shared by the CLI, the Python API, the REST API and the exports."""
    q = sa.select(events)
    e = events.c
    if actor:
        q = q.where(sa.or_(e.source_code == actor, e.target_code == actor))
    if partner:
        q = q.where(sa.or_(e.source_code == partner, e.target_code == partner))
        if actor and actor != partner:  # the partner is the *other* side
            q = q.where(sa.or_(sa.and_(e.source_code == actor, e.target_code == partner),
                               sa.and_(e.source_code == partner, e.target_code == actor)))
    if type:
        q = q.where(e.type == type.upper())
    if mode:
        q = q.where(e.mode == mode)
    if status:
        q = q.where(e.status == status)
    lo, hi = _bounds(since, until)
    if lo:
        q = q.where(e.date_end >= lo)
    if hi:
        q = q.where(e.date_start <= hi)
    hits = search.event_filter(text) if text else None
    if hits is not None:  # an evidence sentence holds every term (syntax: store/search.py)
        q = q.where(e.id.in_(hits))
    return q


def _mentions_of(conn, ids: list[int]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = defaultdict(list)
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        rows = conn.execute(
            sa.select(mentions.c.event_id, mentions.c.record, articles.c.doc, articles.c.url,
                      articles.c.title, articles.c.published)
            .join(articles, articles.c.id == mentions.c.article_id)
            .where(mentions.c.event_id.in_(chunk)).order_by(mentions.c.id))
        for r in rows:
            out[r.event_id].append({"article": r.doc, "url": r.url, "title": r.title,
                                    "published": r.published, "date": r.record.get("date"),
                                    "language": r.record.get("language"),
                                    "evidence": r.record.get("evidence")})
    return out


def _as_record(row, found: list[dict]) -> dict:
    rec = dict(row.record)
    rec.update(id=row.id, n_mentions=row.n_mentions, n_articles=row.n_articles,
               date_start=row.date_start, date_end=row.date_end, mentions=found)
    return rec


def records(conn, rows) -> list[dict]:
    """Event rows as PLOVER records, each with every mention that reports it."""
    found = _mentions_of(conn, [r.id for r in rows])
    return [_as_record(r, found.get(r.id, [])) for r in rows]


def events_query(engine: sa.Engine, limit: int | None = None, **filters) -> list[dict]:
    """Merged events matching the filters, oldest first, each with all its mentions."""
    q = filtered(**filters).order_by(events.c.date_start.is_(None), events.c.date_start,
                                      events.c.id)
    if limit:
        q = q.limit(limit)
    with engine.connect() as conn:
        return records(conn, conn.execute(q).all())


def actors(engine: sa.Engine) -> list[dict]:
    """Every actor code with its usual name and how often it acts and is acted upon."""
    e, m = events.c, mentions.c
    with engine.connect() as conn:
        as_source = Counter(dict(conn.execute(
            sa.select(e.source_code, sa.func.count()).group_by(e.source_code)).all()))
        as_target = Counter(dict(conn.execute(
            sa.select(e.target_code, sa.func.count()).where(e.target_code.is_not(None))
            .group_by(e.target_code)).all()))
        # each side counted on its own, in the order of its (code, name, kind) index: no
        # pass over the mention rows and their JSON records (the sums are the same)
        named = [row for code, name, kind in ((m.source_code, m.source_name, m.source_kind),
                                              (m.target_code, m.target_name, m.target_kind))
                 for row in conn.execute(sa.select(code, name, kind, sa.func.count())
                                         .where(code.is_not(None)).group_by(code, name, kind)).all()]
    label: dict[str, Counter] = defaultdict(Counter)
    for code, name, kind, n in named:
        # a country's own name describes the code better than a person acting for it
        label[code][(name or code, kind)] += n * (10 if kind in ("country", "organisation") else 1)
    out = []
    for code in set(as_source) | set(as_target):
        best = max(label[code].items(), key=lambda kv: (kv[1], str(kv[0]))) if label[code] else None
        name, kind = best[0] if best else (code, None)
        out.append({"code": code, "name": name, "kind": kind, "as_source": as_source[code],
                    "as_target": as_target[code], "events": as_source[code] + as_target[code]})
    return sorted(out, key=lambda r: (-r["events"], r["code"]))


def _counts(engine: sa.Engine, width: int, actor: str | None, **filters):
    """(source, target, type, period, n) for the matching events, counted by the database:
    the period is the first ``width`` characters of the event's start date (4 = year)."""
    f = filtered(actor=actor, **filters).subquery()
    period = sa.func.substr(f.c.date_start, 1, width).label("period")
    q = (sa.select(f.c.source_code, f.c.target_code, f.c.type, period, sa.func.count().label("n"))
         .group_by(f.c.source_code, f.c.target_code, f.c.type, period))
    with engine.connect() as conn:
        return conn.execute(q).all()


def _ranked(counter: Counter) -> dict:
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def dyads(engine: sa.Engine, actor: str | None = None, **filters) -> list[dict]:
    """Pairs (or, with ``actor``, that actor's partners) ranked by number of events,
    broken down by type and by year."""
    by_type: dict[tuple, Counter] = defaultdict(Counter)
    by_year: dict[tuple, Counter] = defaultdict(Counter)
    for src, tgt, typ, year, n in _counts(engine, 4, actor, **filters):
        if actor:
            key = (actor, (tgt if src == actor else src) or "-")
        else:
            key = tuple(sorted([src, tgt or "-"]))
        by_type[key][typ] += n
        by_year[key][year or "undated"] += n
    out = [{"actor": a, "partner": b, "events": sum(by_type[(a, b)].values()),
            "by_type": _ranked(by_type[(a, b)]), "by_year": dict(sorted(by_year[(a, b)].items()))}
           for a, b in by_type]
    return sorted(out, key=lambda d: (-d["events"], d["actor"], d["partner"]))


WIDTH = {"year": 4, "month": 7, "day": 10}


def timeline(engine: sa.Engine, actor: str | None = None, by: str = "month",
             **filters) -> list[dict]:
    """Events per period (by the start of their date), with types and partners."""
    if by not in WIDTH:
        raise ValueError("by must be year, month or day")
    by_type: dict[str, Counter] = defaultdict(Counter)
    partners: dict[str, Counter] = defaultdict(Counter)
    for src, tgt, typ, period, n in _counts(engine, WIDTH[by], actor, **filters):
        period = period or "undated"
        by_type[period][typ] += n
        other = (tgt if src == actor else src) if actor else src
        if other:
            partners[period][other] += n
    return [{"period": p, "events": sum(by_type[p].values()), "by_type": _ranked(by_type[p]),
             "partners": _ranked(partners[p])}
            for p in sorted(by_type, key=lambda p: (p == "undated", p))]


def pledges(engine: sa.Engine, actor: str | None = None, **filters) -> list[dict]:
    """The commitments ledger: agreements, and aid or investment that is announced or
    has an amount, with amounts, status and evidence."""
    e = events.c
    q = filtered(actor=actor, **filters).where(sa.or_(
        e.type == "AGREE",
        sa.and_(e.type.in_(COMMITMENT_TYPES),
                sa.or_(e.status == "announced", e.amount_value.is_not(None)))))
    q = q.order_by(e.date_start.is_(None), e.date_start, e.id)
    with engine.connect() as conn:
        rows = conn.execute(q).all()
    out = []
    for r in rows:
        rec, amt = r.record, r.record.get("amount") or {}
        out.append({"id": r.id, "date": rec.get("date"), "type": r.type,
                    "promised_type": rec.get("promised_type"), "status": r.status,
                    "source": r.source_code, "target": r.target_code,
                    "amount": amt.get("value"), "currency": amt.get("currency"),
                    "qualifier": amt.get("qualifier"),
                    "quantities": rec.get("quantities") or [],
                    "n_articles": r.n_articles, "evidence": (rec.get("evidence") or {}).get("text")})
    return out


def articles_list(engine: sa.Engine) -> list[dict]:
    cols = [articles.c[n] for n in ("id", "doc", "title", "url", "lang", "published",
                                    "n_events", "ingested_at")]
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.select(*cols).order_by(articles.c.id))]


def failures_list(engine: sa.Engine) -> list[dict]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(
            sa.select(failures.c.doc, failures.c.stage, failures.c.reason, failures.c.attempts,
                      failures.c.at).order_by(failures.c.id))]


def counts(engine: sa.Engine) -> dict:
    with engine.connect() as conn:
        return {name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                for name, t in (("articles", articles), ("mentions", mentions),
                                ("events", events), ("failures", failures))}
