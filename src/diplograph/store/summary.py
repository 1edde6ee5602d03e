"""A short plain-text overview of a database, for `make demo` and `diplograph summary`."""
from __future__ import annotations

from collections import Counter

import sqlalchemy as sa

from . import queries


def _money(value, currency, qualifier) -> str:
    if value is None:
        return ""
    q = {"more_than": "> ", "less_than": "< ", "about": "~", "up_to": "≤ "}.get(qualifier or "", "")
    for scale, suffix in ((1e9, " bn"), (1e6, " m"), (1e3, " k")):
        if abs(value) >= scale:
            return f"{q}{value / scale:g}{suffix} {currency or ''}".strip()
    return f"{q}{value:g} {currency or ''}".strip()


def summary(engine: sa.Engine, top: int = 10) -> str:
    """Counts, events by type, the most frequent dyads and the pledges ledger."""
    n = queries.counts(engine)
    lines = [f"{n['articles']} articles, {n['mentions']} event mentions merged into "
             f"{n['events']} events; {n['failures']} failed documents", "", "Events by type:"]
    evs = queries.events_query(engine)
    for t, k in Counter(e["type"] for e in evs).most_common():
        lines.append(f"  {t:<10} {k:>5}")
    lines += ["", "Top dyads:"]
    for d in queries.dyads(engine)[:top]:
        types = ", ".join(f"{t} {k}" for t, k in d["by_type"].items())
        lines.append(f"  {d['actor']:>5} – {d['partner']:<5} {d['events']:>4}  ({types})")
    lines += ["", "Pledges and agreements:"]
    ledger = queries.pledges(engine)
    for p in ledger[:top]:
        date = p["date"] if not isinstance(p["date"], dict) else f"{p['date']['start']}/{p['date']['end']}"
        what = p["type"] + (f"→{p['promised_type']}" if p["promised_type"] else "")
        lines.append(f"  {str(date or '?'):<10} {p['source']:>5} → {str(p['target'] or '-'):<5} "
                     f"{what:<16} {p['status']:<9} {_money(p['amount'], p['currency'], p['qualifier'])}")
    if len(ledger) > top:
        lines.append(f"  … and {len(ledger) - top} more (diplograph pledges)")
    return "\n".join(lines)
