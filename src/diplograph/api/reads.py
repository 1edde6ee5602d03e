"""Read-only questions the web needs beyond ``Store``: one event, one article with its
event spans, a page of events (offset, sort, total), search, and an actor's year.

Why here and not in store/: the store belongs to another part; these queries only read
its tables and reuse its filter semantics (``queries.filtered``), so the API answers
exactly what ``diplograph events`` answers, plus paging and sorting for a browser.
"""
from __future__ import annotations

import sqlalchemy as sa

from diplograph.store import queries
from diplograph.store import search as fts
from diplograph.store.schema import articles, events, mentions

# the sort keys a client may ask for, and the columns they mean (whitelist: never SQL text)
SORTS = {
    "date": (events.c.date_start,), "type": (events.c.type,), "actor": (events.c.source_code,),
    "partner": (events.c.target_code,), "mentions": (events.c.n_mentions,),
    "amount": (events.c.amount_value,), "id": (events.c.id,),
}


def events_page(engine: sa.Engine, limit: int = 50, offset: int = 0, sort: str = "-date",
                **filters) -> tuple[int, list[dict]]:
    """(total matching, one page of merged events with all their mentions).
    ``sort=relevance`` (with a text filter) puts the best-matching evidence first.

    The total and the page's ids are chosen from narrow rows (the filter columns are in
    an index); only the page's own rows are read in full, with their JSON records."""
    desc = sort.startswith("-")
    key = sort.lstrip("-+")
    if key not in SORTS and key != "relevance":
        raise ValueError(f"sort must be one of {', '.join(sorted([*SORTS, 'relevance']))} "
                         "(prefix - for descending)")
    ids = queries.filtered(**filters).with_only_columns(events.c.id)
    page, order = ids, []
    if key == "relevance":
        if not fts.parse(filters.get("text") or ""):
            raise ValueError("sort=relevance needs a text filter")
        score = fts.event_scores(engine.dialect.name, filters["text"])
        page = ids.join(score, score.c.event_id == events.c.id)
        desc = not desc  # best (highest score) first; - reverses, as for every key
        order.append(score.c.score.desc() if desc else score.c.score.asc())
    for col in SORTS.get(key, ()):
        order += [col.is_(None), col.desc() if desc else col.asc()]
    order.append(events.c.id.desc() if desc else events.c.id.asc())
    with engine.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(ids.subquery())).scalar_one()
        chosen = list(conn.execute(page.order_by(*order).limit(limit).offset(offset)).scalars())
        rows = {r.id: r for r in conn.execute(sa.select(events).where(events.c.id.in_(chosen)))}
        return total, queries.records(conn, [rows[i] for i in chosen])


def event(engine: sa.Engine, event_id: int) -> dict | None:
    """One merged event with every mention (article, evidence sentence, offsets)."""
    with engine.connect() as conn:
        row = conn.execute(sa.select(events).where(events.c.id == event_id)).first()
        if row is None:
            return None
        return queries.records(conn, [row])[0]


def _article_row(conn, key: str):
    row = conn.execute(sa.select(articles).where(articles.c.doc == key)).first()
    if row is None and key.isdigit():
        row = conn.execute(sa.select(articles).where(articles.c.id == int(key))).first()
    return row


def article(engine: sa.Engine, key: str) -> dict | None:
    """An article (by its doc name, or its numeric id) with its text and the span of
    every event read from it, in text order."""
    with engine.connect() as conn:
        row = _article_row(conn, key)
        if row is None:
            return None
        ms = conn.execute(sa.select(mentions.c.event_id, mentions.c.ordinal, mentions.c.record)
                          .where(mentions.c.article_id == row.id)
                          .order_by(mentions.c.ordinal)).all()
    spans = []
    for m in ms:
        rec, ev = m.record, m.record.get("evidence") or {}
        spans.append({"event_id": m.event_id, "ordinal": m.ordinal, "start": ev.get("start"),
                      "end": ev.get("end"), "text": ev.get("text"), "type": rec.get("type"),
                      "mode": rec.get("mode"), "status": rec.get("status"),
                      "source": (rec.get("source") or {}).get("code"),
                      "source_name": (rec.get("source") or {}).get("name"),
                      "target": (rec.get("target") or {}).get("code"),
                      "target_name": (rec.get("target") or {}).get("name"),
                      "date": rec.get("date"), "amount": rec.get("amount")})
    spans.sort(key=lambda s: (s["start"] is None, s["start"] or 0, s["ordinal"]))
    return {"id": row.id, "doc": row.doc, "title": row.title, "url": row.url,
            "source": row.source, "lang": row.lang, "published": row.published,
            "text": row.text, "n_events": row.n_events, "ingested_at": row.ingested_at,
            "spans": spans}


def search(engine: sa.Engine, q: str, actors: list[dict], limit: int = 20) -> dict:
    """Actors by code or name; articles (title and text) and evidence sentences by the
    full-text index, best first (syntax: ``store/search.py``)."""
    low = q.strip().lower()
    hit_actors = [a for a in actors if low and (low == a["code"].lower() or low in (a["name"] or "").lower())]
    with engine.connect() as conn:
        arts = fts.search_articles(conn, q, limit)
        evs = fts.search_evidence(conn, q, limit)
    return {"query": q, "actors": hit_actors[:limit], "articles": arts, "events": evs}


def _visitor_host(rec: dict) -> tuple[str | None, str | None]:
    """Who travelled and who hosted a CONSULT/visit: the side not at the location travelled;
    without a location the source visits the target (PLOVER)."""
    src = (rec.get("source") or {}).get("code")
    tgt = (rec.get("target") or {}).get("code")
    loc = (rec.get("location") or {}).get("code")
    if loc and loc == src and tgt:
        return tgt, src
    return src, tgt or loc


def _line(rec: dict, **extra) -> dict:
    amt = rec.get("amount") or {}
    return {"id": rec["id"], "type": rec.get("type"), "mode": rec.get("mode"),
            "status": rec.get("status"), "date": rec.get("date"),
            "source": rec.get("source"), "target": rec.get("target"),
            "location": rec.get("location"), "amount": amt.get("value"),
            "currency": amt.get("currency"), "qualifier": amt.get("qualifier"),
            "evidence": (rec.get("evidence") or {}).get("text"),
            "sources": [{"article": m["article"], "title": m.get("title"), "url": m.get("url")}
                        for m in rec.get("mentions", [])], **extra}


def visits(records: list[dict], code: str) -> dict:
    """Visits made and received by ``code`` among merged event records."""
    made, received = [], []
    for rec in records:
        if rec.get("type") != "CONSULT" or rec.get("mode") != "visit":
            continue
        visitor, host = _visitor_host(rec)
        if visitor == code and host != code:
            made.append(_line(rec, other=host))
        elif host == code and visitor != code:
            received.append(_line(rec, other=visitor))
    return {"made": made, "received": received}


def review(records: list[dict], code: str) -> dict:
    """The year-in-review: visits, summits hosted, agreements (counted, with amounts), pledges."""
    v = visits(records, code)
    summits = [_line(r) for r in records if r.get("type") == "CONSULT"
               and r.get("mode") == "multilateral" and (r.get("location") or {}).get("code") == code]
    agreements = [_line(r) for r in records if r.get("type") == "AGREE" and r.get("status") == "occurred"]
    pledges = [_line(r) for r in records
               if r.get("status") == "announced" and r.get("type") in ("AGREE", "AID", "COOPERATE", "SUPPORT")]
    money: dict[str, float] = {}
    for line in agreements + pledges:
        if line["amount"] is not None and line["currency"]:
            money[line["currency"]] = money.get(line["currency"], 0) + line["amount"]
    return {"actor": code, "visits_made": v["made"], "visits_received": v["received"],
            "summits_hosted": summits, "agreements": agreements, "pledges": pledges,
            "totals": {"visits_made": len(v["made"]), "visits_received": len(v["received"]),
                       "summits_hosted": len(summits), "agreements": len(agreements),
                       "pledges": len(pledges), "amounts": money}}
