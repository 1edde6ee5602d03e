"""Deciding whether two reports describe the same real-world event.

The same visit or agreement is told by many articles, in several languages, with dates
of different precision ("2024", "im November", "on 5 November 2024"). GDELT counts each
report as an event; we keep one event per real event and every report as its evidence.

Two records are the same event when they agree on type, status and actor pair (either
order when one of them is symmetric), their date intervals overlap (a year-level date is
compatible with any day inside it), their places are not different countries, their
amounts are not different sums, and their modes do not differ (a phone call is not a
visit). An unknown field (null) never separates two records.

The functions here are pure: ``store.writer`` applies them to the rows of one block
(type + unordered pair), which is the only set of rows a new record could join.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

# How far an undated report may lie from its article's publication date.
UNDATED_BEFORE = timedelta(days=31)
UNDATED_AFTER_ANNOUNCED = timedelta(days=183)
DAY_TOLERANCE = timedelta(days=1)  # "yesterday" resolved across time zones, etc.


def date_interval(value) -> tuple[str, str] | None:
    """The first and last day a PLOVER date value can mean, as ISO strings."""
    if value is None:
        return None
    if isinstance(value, dict):
        s, e = date_interval(value.get("start")), date_interval(value.get("end"))
        if s and e:
            return (min(s[0], e[0]), max(s[1], e[1]))
        return s or e
    text = str(value).strip()
    try:
        if len(text) == 4:
            y = int(text)
            return (f"{y:04d}-01-01", f"{y:04d}-12-31")
        if len(text) == 7:
            y, m = int(text[:4]), int(text[5:7])
            last = calendar.monthrange(y, m)[1]
            return (f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{last:02d}")
        d = date.fromisoformat(text[:10])
        return (d.isoformat(), d.isoformat())
    except ValueError:
        return None


def window_for_undated(published: str | None, status: str) -> tuple[str, str] | None:
    """Where an undated report can lie: shortly before publication (or after, if it
    announces something). None when the publication date is unknown too."""
    if not published:
        return None
    try:
        pub = date.fromisoformat(str(published)[:10])
    except ValueError:
        return None
    after = UNDATED_AFTER_ANNOUNCED if status == "announced" else timedelta(0)
    return ((pub - UNDATED_BEFORE).isoformat(), (pub + after).isoformat())


def block_key(event_type: str, source: str, target: str | None) -> str:
    """The bucket a record is merged within: type and unordered actor pair."""
    a, b = sorted([source or "", target or ""])
    return f"{event_type}|{a}|{b}"[:64]


@dataclass
class Facts:
    """What the merge compares, for one record or one stored event."""

    type: str
    status: str
    source: str
    target: str | None
    symmetric: bool
    mode: str | None
    start: str | None
    end: str | None
    location: str | None
    amount: float | None
    currency: str | None
    qualifier: str | None = None

    @classmethod
    def of_record(cls, rec: dict, published: str | None = None) -> "Facts":
        iv = date_interval(rec.get("date")) or window_for_undated(published, rec.get("status", "occurred"))
        amt = rec.get("amount") or {}
        loc = rec.get("location") or {}
        return cls(type=rec["type"], status=rec.get("status") or "occurred",
                   source=rec["source"]["code"], target=(rec.get("target") or {}).get("code"),
                   symmetric=bool(rec.get("symmetric")), mode=rec.get("mode"),
                   start=iv[0] if iv else None, end=iv[1] if iv else None,
                   location=loc.get("code"), amount=amt.get("value"),
                   currency=amt.get("currency"), qualifier=amt.get("qualifier"))

    @property
    def block(self) -> str:
        return block_key(self.type, self.source, self.target)


def _pair_ok(a: Facts, b: Facts) -> bool:
    if (a.source, a.target) == (b.source, b.target):
        return True
    return (a.symmetric or b.symmetric) and (a.source, a.target) == (b.target, b.source)


def _dates_ok(a: Facts, b: Facts) -> bool:
    if not (a.start and b.start):
        return True
    tol = DAY_TOLERANCE if (a.start == a.end or b.start == b.end) else timedelta(0)
    a0, a1 = date.fromisoformat(a.start) - tol, date.fromisoformat(a.end) + tol
    return a0 <= date.fromisoformat(b.end) and date.fromisoformat(b.start) <= a1


def _amount_range(value: float, qualifier: str | None) -> tuple[float, float]:
    q = qualifier or "exact"
    if q == "more_than":
        return (value, value * 3)
    if q in ("less_than", "up_to"):
        return (0.0, value)
    if q == "about":
        return (value * 0.8, value * 1.25)
    return (value * 0.95, value * 1.05)  # "exact" figures are often rounded differently


def _amounts_ok(a: Facts, b: Facts) -> bool:
    if a.amount is None or b.amount is None:
        return True
    if a.currency and b.currency and a.currency != b.currency:
        return False
    lo1, hi1 = _amount_range(float(a.amount), a.qualifier)
    lo2, hi2 = _amount_range(float(b.amount), b.qualifier)
    return lo1 <= hi2 and lo2 <= hi1


def compatible(a: Facts, b: Facts) -> bool:
    """True when ``a`` and ``b`` can be reports of the same real event."""
    return (a.type == b.type and a.status == b.status and _pair_ok(a, b)
            and (a.mode is None or b.mode is None or a.mode == b.mode)
            and (a.location is None or b.location is None or a.location == b.location)
            and _dates_ok(a, b) and _amounts_ok(a, b))


def narrowed(a: Facts, b: Facts) -> tuple[str | None, str | None]:
    """The date interval of a merged event: the overlap of both, else the narrower."""
    if not (a.start and b.start):
        return (a.start, a.end) if a.start else (b.start, b.end)
    s, e = max(a.start, b.start), min(a.end, b.end)
    if s <= e:
        return s, e
    return min(((a.start, a.end), (b.start, b.end)),
               key=lambda iv: date.fromisoformat(iv[1]) - date.fromisoformat(iv[0]))


def distance(a: Facts, b: Facts) -> float:
    """How far apart two compatible records lie in time (days between interval
    midpoints): a new record joins the closest stored event."""
    if not (a.start and b.start):
        return 1e6
    def mid(s, e):
        return date.fromisoformat(s).toordinal() + (date.fromisoformat(e).toordinal() - date.fromisoformat(s).toordinal()) / 2
    return abs(mid(a.start, a.end) - mid(b.start, b.end))


def specificity(rec: dict) -> tuple:
    """Which record of a merged event best represents it: precise date, a place, an
    amount, then the reader's confidence."""
    d = rec.get("date")
    precision = 0
    if isinstance(d, dict):
        precision = 2
    elif d:
        precision = {4: 1, 7: 2}.get(len(str(d)), 3)
    return (precision, rec.get("location") is not None, rec.get("amount") is not None,
            rec.get("target") is not None, float(rec.get("confidence") or 0))
