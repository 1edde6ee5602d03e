"""Choosing an event's date among the dates its sentence names: which ones are
background (a tally 'since 2022', a date of something long past), and when a plan's
date without a year lies ahead of the publication day.
"""
from __future__ import annotations

from datetime import date, timedelta

from diplograph.model import Event


def since_year(sent, dates, lex, pub: date | None) -> bool:
    """"С 2022 года ЕС ввёл санкции против более чем 2400 лиц": a tally since an earlier year
    (a bare year after a 'since' preposition) is background, not an event."""
    since = lex.preps.get("since", frozenset())
    if not since or pub is None:
        return False
    for d in dates:
        if isinstance(d.value, str) and len(d.value) == 4 and d.value.isdigit() and int(d.value) < pub.year:
            before = [t for t in sent.tokens if t.end <= d.start]
            first = next((t for t in sent.tokens if t.start >= d.start), None)
            if (before and before[-1].lower in since) or (first is not None and first.lower in since):
                return True
    return False


def span_start(d, lex, pub: date | None) -> bool:
    """"zum ersten Mal seit Dezember 2022 telefoniert": a date after a 'since' word (the
    language's ``since_dates``) is when a span began, not the day of the act told; a day of
    the last week ("seit Montag in Peking") still dates a stay that began then."""
    words = lex.preps.get("since_dates", frozenset())
    if not words or d.value is None:
        return False
    head = d.text.split(maxsplit=1)[0].lower()
    if head not in words:
        return False
    start = d.value["start"] if isinstance(d.value, dict) else str(d.value)
    return not (pub is not None and len(start) == 10 and (pub - date.fromisoformat(start)).days <= 7)


def historical(ev: Event, pub: date | None, sent, dates, anchor: int) -> bool:
    """An act the sentence dates, close to its trigger, two or more years before
    publication is background ("a dispute that erupted into fighting in 2021"), not news."""
    if pub is None or ev.date_text is None or ev.date is None:
        return False
    y = ev.date["start"][:4] if isinstance(ev.date, dict) else str(ev.date)[:4]
    if not (y.isdigit() and int(y) <= pub.year - 2):
        return False  # (most events: a recent date, its place in the sentence not asked)
    d = next((d for d in dates if d.text == ev.date_text), None)
    k = sent.token_at(d.start) if d is not None else None
    return k is not None and abs(k - anchor) <= 6


def ahead(value, pub: date | None) -> bool:
    start = value["start"] if isinstance(value, dict) else str(value)
    return pub is not None and start[:len(pub.isoformat())] > pub.isoformat()[:len(start)]


def plausible_anchor(value, pub: date | None) -> bool:
    if pub is None:
        return True
    y = value["start"][:4] if isinstance(value, dict) else str(value)[:4]
    return y.isdigit() and pub.year - 1 <= int(y) <= pub.year


def relative_clause_dates(sent, a: int, clause_of, dates, lex, tok_index) -> list:
    """Dates in the first relative clause after token ``a`` ("..., которая пройдёт в конце марта")."""
    relatives = lex.preps.get("relatives", frozenset())
    toks = sent.tokens
    start = next((k for k in range(a + 1, len(toks) - 1) if toks[k].text == "," and toks[k + 1].lower in relatives), None)
    if start is None:
        return []
    return [d for d in dates if tok_index(d.start) > start and clause_of[tok_index(d.start)] == clause_of[start + 1]]


def retold_day(sent, hits, dates, lex, told: list) -> None:
    """"Trump hat al-Scharaa empfangen. Das Gespräch im Oval Office am Montag fand hinter
    verschlossenen Türen statt.": an act named again by a definite noun that names no one
    (the sentence made no event), soon after the last sentence that told events, gives its
    day to the act of that type told there without one. ``told``: that sentence's events."""
    arts = lex.coref.get("retelling_articles", ())
    days = [d for d in dates if isinstance(d.value, str) and len(d.value) == 10 and d.after_previous is None]
    if not arts or len(days) != 1:
        return
    for h in hits:
        if h.trigger.pos == "noun" and h.index > 0 and sent.tokens[h.index - 1].lower in arts:
            for ev in told:
                if ev.type == h.trigger.type and ev.date is None and ev.status == "occurred":
                    ev.date, ev.date_text = days[0].value, days[0].text
            return


def deadlines_ahead(dates: list, doc: str, lex, pub: date | None) -> list:
    """"verlangt von Kiew, dem Plan bis Donnerstag zuzustimmen": a bare weekday after a
    deadline word (the language's ``deadline`` prepositions) is the next such day, not the
    last one."""
    words = lex.preps.get("deadline", frozenset())
    if not words or pub is None:
        return dates
    for d in dates:
        if d.weekday and isinstance(d.value, str) and len(d.value) == 10 and d.value < pub.isoformat():
            before = doc[max(0, d.start - 20):d.start].split()
            if before and before[-1].lower() in words:
                d.value = (date.fromisoformat(d.value) + timedelta(days=7)).isoformat()
    return dates


def reported_day(sent, dates, lex, told: list) -> None:
    """"Iran hat seine Botschafter zurückbeordert. Das berichtete das Staatsfernsehen am
    Samstagabend.": a sentence that opens by pointing back to the one before as what was
    reported (the language's ``report_of_previous`` cues) gives its day to that sentence's
    acts told without one. ``told``: the events of the sentence before."""
    from diplograph.read.factuality import cue_at

    days = [d for d in dates if isinstance(d.value, str) and len(d.value) == 10 and d.after_previous is None]
    if len(days) != 1 or not sent.tokens or not cue_at(sent.tokens, 0, lex.cues.get("report_of_previous", frozenset())):
        return
    for ev in told:
        if ev.date is None and ev.status == "occurred":
            ev.date, ev.date_text = days[0].value, days[0].text
