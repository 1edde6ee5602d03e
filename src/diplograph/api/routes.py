"""The read-only REST endpoints under /api (the write endpoint is in ``ingest``).

Every answer comes from the store's own queries (``Store`` and ``store.queries``) or
from ``reads``, which reuse their filters, so the API, the CLI and the exports agree.
Bad input is a 4xx with a message that says what to change.
"""
from __future__ import annotations

import io
import re
from dataclasses import asdict, dataclass
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from diplograph import __version__
from diplograph.ontology import STATUSES, TYPES
from diplograph.store import queries
from diplograph.store import search as fts

from . import reads
from .models import ArticleOut, EventsPage, Health, Record

router = APIRouter(prefix="/api")

_CODE = r"^[A-Za-z0-9_\-]{1,16}$"
_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def store(request: Request):
    return request.app.state.store


@dataclass
class Filters:
    """The filters of ``diplograph events``, as query parameters."""
    actor: str | None = None
    partner: str | None = None
    type: str | None = None
    mode: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None


def filters(
    actor: Annotated[str | None, Query(pattern=_CODE, description="actor code on either side, e.g. KAZ")] = None,
    partner: Annotated[str | None, Query(pattern=_CODE, description="the other side, e.g. CHN")] = None,
    type: Annotated[str | None, Query(description="PLOVER type: " + ", ".join(TYPES))] = None,
    mode: Annotated[str | None, Query(max_length=32, description="PLOVER mode, e.g. visit")] = None,
    status: Annotated[str | None, Query(description="one of " + ", ".join(STATUSES))] = None,
    since: Annotated[str | None, Query(pattern=_DATE, description="from this date: 2024, 2024-06 or 2024-06-12")] = None,
    until: Annotated[str | None, Query(pattern=_DATE, description="up to this date")] = None,
    text: Annotated[str | None, Query(max_length=200, description=(
        'words that one evidence sentence holds: all of them; `word*` a prefix, `"a phrase"`'))] = None,
) -> Filters:
    if type and type.upper() not in TYPES:
        raise HTTPException(400, f"unknown type {type!r}; one of {', '.join(TYPES)}")
    if status and status not in STATUSES:
        raise HTTPException(400, f"unknown status {status!r}; one of {', '.join(STATUSES)}")
    _search_syntax(text)
    return Filters(actor=actor.upper() if actor else None, partner=partner.upper() if partner else None,
                   type=type.upper() if type else None, mode=mode or None, status=status,
                   since=since, until=until, text=text or None)


F = Annotated[Filters, Depends(filters)]


def _search_syntax(text: str | None) -> None:
    """A search text that cannot be understood is a 422 with the reason (syntax: USAGE.md)."""
    try:
        fts.parse(text or "")
    except fts.SearchSyntaxError as exc:
        raise HTTPException(422, f"search syntax: {exc}") from None


def _bad_date(fn, *args, **kwargs):
    """Call a store query; its ValueError (an impossible date) is the client's mistake."""
    try:
        return fn(*args, **kwargs)
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from None


@router.get("/health", response_model=Health, tags=["meta"])
def health(request: Request):
    """Liveness and size of the database; cheap enough for a load balancer."""
    s = store(request)
    return Health(status="ok", version=__version__,
                  database=s.engine.url.render_as_string(hide_password=True),
                  counts=s.counts(), writable=bool(request.app.state.token))


@router.get("/events", response_model=EventsPage, tags=["events"])
def list_events(request: Request, f: F,
                limit: Annotated[int, Query(ge=1, le=1000)] = 50,
                offset: Annotated[int, Query(ge=0)] = 0,
                sort: Annotated[str, Query(pattern=r"^[-+]?[a-z]+$",
                                           description="date, type, actor, partner, mentions, amount, id, or relevance "
                                                       "(with text: best match first); prefix - to reverse")] = "-date"):
    """Merged events matching the filters, one page at a time, each with all its evidence."""
    total, items = _bad_date(reads.events_page, store(request).engine, limit=limit, offset=offset,
                             sort=sort, **asdict(f))
    return EventsPage(total=total, limit=limit, offset=offset, sort=sort, items=items)


@router.get("/events/{event_id}", response_model=Record, tags=["events"])
def one_event(request: Request, event_id: int):
    """One merged event with every article and sentence that reports it."""
    rec = reads.event(store(request).engine, event_id)
    if rec is None:
        raise HTTPException(404, f"no event {event_id}")
    return rec


@router.get("/actors", response_model=list[Record], tags=["actors"])
def list_actors(request: Request):
    """Every actor code with its usual name and how often it acts and is acted upon."""
    return store(request).actors()


@router.get("/actors/{code}", response_model=Record, tags=["actors"])
def actor_profile(request: Request, code: str, f: F):
    """An actor's page: partners ranked, month-by-month engagement, visits, commitments."""
    code = _code(code)
    s = store(request)
    me = next((a for a in s.actors() if a["code"] == code), None)
    if me is None:
        raise HTTPException(404, f"no events for actor {code!r}")
    kw = {k: v for k, v in asdict(f).items() if k != "actor"}
    recs = _bad_date(queries.events_query, s.engine, actor=code, **kw)
    pl = s.pledges(actor=code, **kw)
    return {"actor": me, "partners": s.dyads(actor=code, **kw),
            "timeline": s.timeline(actor=code, by="month", **kw),
            "visits": reads.visits(recs, code),
            "commitments": {"given": [p for p in pl if p["source"] == code],
                            "received": [p for p in pl if p["source"] != code]}}


@router.get("/actors/{code}/review/{year}", response_model=Record, tags=["actors"])
def year_review(request: Request, code: str, year: int):
    """The year in review: visits made and received, summits hosted, agreements with
    counts and amounts, pledges; each line with its sources."""
    if not 1900 <= year <= 2100:
        raise HTTPException(400, "year must be between 1900 and 2100")
    code = _code(code)
    recs = queries.events_query(store(request).engine, actor=code, since=str(year), until=str(year))
    return {"year": year, **reads.review(recs, code)}


@router.get("/dyads", response_model=list[Record], tags=["actors"])
def list_dyads(request: Request, f: F, limit: Annotated[int, Query(ge=1, le=10000)] = 100):
    """Pairs of actors (or, with ``actor``, its partners) ranked by number of events."""
    kw = asdict(f)
    return _bad_date(store(request).dyads, **kw)[:limit]


@router.get("/timeline", response_model=list[Record], tags=["events"])
def timeline(request: Request, f: F, by: Literal["year", "month", "day"] = "month"):
    """Events per period, by type and partner."""
    return _bad_date(store(request).timeline, by=by, **asdict(f))


@router.get("/pledges", response_model=list[Record], tags=["events"])
def pledges(request: Request, f: F):
    """The commitments ledger: agreements, announced or costed aid and cooperation."""
    return _bad_date(store(request).pledges, **asdict(f))


@router.get("/articles", response_model=list[Record], tags=["articles"])
def list_articles(request: Request):
    """Every stored article (without its text)."""
    return store(request).articles()


@router.get("/articles/{key:path}", response_model=ArticleOut, tags=["articles"])
def one_article(request: Request, key: str):
    """One article (by document name or numeric id) with its text and event spans."""
    art = reads.article(store(request).engine, key)
    if art is None:
        raise HTTPException(404, f"no article {key!r}")
    return art


@router.get("/search", response_model=Record, tags=["search"])
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=200)],
           limit: Annotated[int, Query(ge=1, le=200)] = 20):
    """Actors by code or name; articles by title or text and evidence sentences by words,
    best match first (words ANDed, `word*` a prefix, `"a phrase"`; read leniently, as a
    search box: a stray quote or * is taken as a space)."""
    s = store(request)
    return reads.search(s.engine, q, s.actors(), limit=limit)


_MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8",
          "parquet": "application/vnd.apache.parquet"}


@router.get("/export.{fmt}", tags=["events"], response_class=Response,
            responses={200: {"content": {m.split(";")[0]: {} for m in _MEDIA.values()}}})
def export(request: Request, fmt: str, f: F):
    """All events matching the filters as CSV, JSON lines (PLOVER records with evidence)
    or Parquet, as a download."""
    from diplograph.export import write
    if fmt not in _MEDIA:
        raise HTTPException(404, f"no export format {fmt!r}; one of {', '.join(_MEDIA)}")
    recs = _bad_date(store(request).events, **asdict(f))
    buf = io.BytesIO() if fmt == "parquet" else io.StringIO()
    write(recs, fmt, buf)
    body = buf.getvalue()
    return Response(body, media_type=_MEDIA[fmt],
                    headers={"Content-Disposition": f'attachment; filename="events.{fmt}"'})


def _code(code: str) -> str:
    if not re.fullmatch(_CODE, code):
        raise HTTPException(400, "an actor code is 1-16 letters, digits, - or _ (e.g. KAZ, EU)")
    return code.upper()
