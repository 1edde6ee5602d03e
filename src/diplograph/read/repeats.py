"""One record per real event per article (ANNOTATION.md): a visit and the talks told
in its sentence, the same act told again later or in the headline, meetings at a
visit's place; and which told events are new, not repeats.
"""
from __future__ import annotations

from calendar import monthrange
from datetime import date
from functools import lru_cache

from diplograph.model import Event
from diplograph.read.text import is_participle


class Told:
    """The article's events so far by type, mode and pair, so that ``repeat`` looks only
    at the events it could be a repeat of (in the order they were found)."""

    def __init__(self):
        self.by_key: dict[tuple, list[Event]] = {}

    @staticmethod
    def _key(ev: Event) -> tuple:
        return ev.type, ev.mode, frozenset((ev.source.code, ev.target.code if ev.target else None))

    def alike(self, ev: Event, noun: bool = False) -> list[Event]:
        """``noun``: talks named by a noun ("по итогам переговоров", "after the talks") may
        be the talks of a visit told before, so the pair's visits are looked at too."""
        found = self.by_key.get(self._key(ev), [])
        if noun and ev.type == "CONSULT" and ev.mode is None:
            visits = self.by_key.get(("CONSULT", "visit", self._key(ev)[2]), [])
            found = sorted(found + visits, key=lambda e: (e.evidence.sentence, e.evidence.start))
        return found

    def add(self, ev: Event) -> None:
        self.by_key.setdefault(self._key(ev), []).append(ev)


def merge_sentence(items, clause_of, sent=None, lex=None):
    """Two triggers of one event in one sentence ("Mittel bereitstellen, um Hilfe zu
    leisten") give one record when they are close and agree on type and pair; a weak
    trigger ("agreements" after "signed") adds nothing to a strong one on the same pair
    in its clause. A visit named as the frame of the talks ("В ходе визита в Ташкент
    Токаев провёл переговоры с Мирзиёевым") is one record with them."""
    framed = _framed(sent, lex, [idx for _, idx, _ in items]) if sent is not None else frozenset()
    strong_pairs = [(ev, idx) for ev, idx, weak in items if not weak]
    out = []
    for ev, idx, weak in items:
        if weak and any(_same_pair(s, ev) and s.type != ev.type and clause_of[i] == clause_of[idx]
                        and not (idx < i and _coordinated_acts(sent, lex, idx, i))
                        for s, i in strong_pairs):
            continue
        dup = next((o for o in out if o[0].type == ev.type and _same_pair(o[0], ev)
                    and (abs(o[1] - idx) <= 6 or o[0].mode == ev.mode == "visit" or ev.type == "CONSULT"
                         or (weak and clause_of[o[1]] == clause_of[idx]))  # (how far a weak one stands: its clause says)
                    and (o[1] in framed or idx in framed
                         or not _visit_and_talks(o[0], ev, o[1], idx, clause_of))
                    and not _two_meetings(o[0], ev)), None)
        if dup:
            if ev.mode == "visit" and dup[0].mode != "visit":  # a visit says more than "at the summit"
                ev.amount, ev.quantities = ev.amount or dup[0].amount, ev.quantities or dup[0].quantities
                out[out.index(dup)] = (ev, idx, weak)
                continue
            keep = dup[0]
            if keep.date_text is None and ev.date_text:  # a date read in the sentence beats one carried over
                keep.date, keep.date_text = ev.date, ev.date_text
            keep.amount = keep.amount or ev.amount
            keep.quantities = keep.quantities or ev.quantities
            keep.promised_type = keep.promised_type or ev.promised_type
            continue
        out.append((ev, idx, weak))
    for ev, _, _ in out:
        # "Путин, прибывший в Минск, провёл переговоры с Лукашенко": talks held on the visit
        # a participle tells are the visit's talks (the visitor the source, at the host's)
        visit = next((v for v, i, _ in out if v is not ev and v.mode == "visit" and _talks_on_visit(ev, v)
                      and sent is not None and is_participle(sent.tokens[i].text, lex.lang)), None)
        if visit is not None:
            ev.source, ev.target = visit.source, visit.target
            ev.mode, ev.location = "visit", ev.location or visit.location
            if ev.date_text is None and visit.date_text is not None:  # "прибывший во вторник": that day
                ev.date, ev.date_text = visit.date, visit.date_text
    return out


def _coordinated_acts(sent, lex, first: int, later: int) -> bool:
    """"dismissed the allegations as preposterous, and it accused Trudeau", "denied the claim and
    accused Canada": a weak act told first stands on its own when the later trigger is the verb of a coordinated clause (a verb coordinator
    before it, then a subject pronoun or auxiliaries and adverbs at most, and a verb form that
    is never a noun or comes after the pronoun), so the two are two acts, not one act told by
    a weak word and a strong one ("signed a treaty and agreements"). (A weak verb after the
    strong one tells it again: "declared them persona non grata and ordered them to leave".)"""
    if sent is None or lex is None:
        return False
    toks = sent.tokens
    joins = lex.cues.get("verb_coordinators", frozenset())
    mods = lex.cues.get("verb_modifiers", frozenset())
    pronouns = lex.coref.get("subject_pronouns", ())
    k = later - 1
    while k > first and toks[k].lower in mods:
        k -= 1
    pronoun = k > first and toks[k].lower in pronouns
    if pronoun:
        k -= 1
    verb = pronoun or (bool(lex.verb_endings) and toks[later].lower.endswith(lex.verb_endings))
    return verb and k > first and toks[k].lower in joins


def _two_meetings(a: Event, b: Event) -> bool:
    """"met Premier Li Qiang on Friday and held talks with President Xi on Saturday": meetings
    of one pair with another person on one side, or on another day, are two events."""
    if a.type != "CONSULT" or b.type != "CONSULT":
        return False
    return _other_people(a, b) or (a.date_text is not None and b.date_text is not None and a.date != b.date)


def _talks_on_visit(ev: Event, visit: Event) -> bool:
    return ev.type == visit.type == "CONSULT" and ev.mode is None and ev.target is not None \
        and visit.target is not None and _same_pair(ev, visit) \
        and {ev.source.code, ev.target.code} == {visit.source.code, visit.target.code}


def _framed(sent, lex, idxs) -> frozenset[int]:
    """The triggers that stand in a frame phrase ("в ходе визита", "во время государственного
    визита", "during his visit"; cues ``during`` in cues.json): the act told is the frame's,
    not a second event. Up to two words (adjectives, a possessive) may stand between."""
    cues = lex.cues.get("during", frozenset()) if lex else frozenset()
    if not cues:
        return frozenset()
    by_last = _phrases_by_last(cues)
    words = sent.lowers
    out = set()
    for i in idxs:
        for gap in range(3):
            j = i - gap  # the phrase ends right before token j
            if j < 1:
                break
            if any(j - len(p) >= 0 and tuple(words[j - len(p):j]) == p for p in by_last.get(words[j - 1], ())):
                out.add(i)
                break
    return frozenset(out)


@lru_cache(maxsize=None)
def _phrases_by_last(cues: frozenset) -> dict[str, list[tuple[str, ...]]]:
    """The cue phrases as word tuples, by their last word: a phrase can end before a
    trigger only where its last word stands, so only those are compared."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for c in cues:
        p = tuple(c.split())
        if p:
            out.setdefault(p[-1], []).append(p)
    return out


def _visit_and_talks(a: Event, b: Event, i: int, j: int, clause_of) -> bool:
    """"Arrived in Astana ... and held talks with Tokayev": the visit and the talks held
    during it are two events when told by two verbs of one sentence."""
    if a.type != "CONSULT" or b.type != "CONSULT" or abs(i - j) <= 3:
        return False
    if a.mode == b.mode == "visit":  # "прибывший с визитом, провёл в Акорде переговоры": the talks are joint
        return a.symmetric != b.symmetric
    return {a.mode, b.mode} == {"visit", None} and not (a.symmetric and b.symmetric)


def _same_pair(a: Event, b: Event) -> bool:
    if a.symmetric or b.symmetric:
        return {a.source.code, a.target.code if a.target else None} == {b.source.code, b.target.code if b.target else None}
    return _pair(a) == _pair(b)


def precision(value) -> int:
    """How fine a date is: a day 10, a month 7, a year 4; a range of days ("Ende Oktober",
    "last week") lies between a day and its month."""
    if isinstance(value, dict):
        start, end = str(value.get("start") or ""), str(value.get("end") or value.get("start") or "")
        return 10 if start == end else 9 if start[:7] == end[:7] else 8
    return len(value or "")


def _span(value) -> tuple[date, date] | None:
    """A date's first and last day ('2025-05' -> 1 and 31 May; a range its ends)."""
    if isinstance(value, dict):
        a, b = _span(value.get("start")), _span(value.get("end") or value.get("start"))
        return (a[0], b[1]) if a and b else None
    try:
        parts = [int(p) for p in str(value).split("-")] if isinstance(value, str) else []
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], monthrange(parts[0], parts[1])[1])
        if len(parts) == 3:
            return date(*parts), date(*parts)
    except ValueError:
        return None
    return None


def apart(old, new) -> bool:
    """Whether two dates cannot be of one event: their spans lie more than three days apart
    ("im Mai in Riad getroffen" is another meeting than the one of 7 November; a visit's
    arrival and its talks the next day are one)."""
    a, b = _span(old), _span(new)
    return bool(a and b) and max((b[0] - a[1]).days, (a[0] - b[1]).days) > 3


def _pair(ev: Event):
    s, t = ev.source.code, ev.target.code if ev.target else None
    return frozenset((s, t)) if ev.symmetric else (s, t)


def _people(ev: Event) -> dict[str, str]:
    return {x.code: x.name for x in (ev.source, ev.target) if x is not None and x.kind == "person" and x.name}


def _other_people(a: Event, b: Event) -> bool:
    """Two meetings of one pair with different people on one side ("Токаев принял Блинкена"
    and "Блинкен провёл переговоры с Тлеуберди")."""
    pa, pb = _people(a), _people(b)
    return any(code in pb and pb[code] != name for code, name in pa.items())


def _another_meeting(ev: Event, found: list[Event]) -> bool:
    """A meeting of the pair with someone on one side whom none of its earlier meetings named
    there, where they named someone ("Токаев принял Блинкена", then "Блинкен провёл переговоры
    с Тлеуберди"; "Ван И провёл переговоры с Лавровым", then "был принят Путиным") is a new
    event, not the visit or the talks told again."""
    named: dict[str, set[str]] = {}
    for old in found:
        if old.type == "CONSULT":
            for code, name in _people(old).items():
                named.setdefault(code, set()).add(name)
    return any(code in named and name not in named[code] for code, name in _people(ev).items())


def _consult(ev: Event) -> bool:
    return ev.type == "CONSULT" or (ev.type == "AGREE" and ev.promised_type == "CONSULT")


def seat_visits(items, sent, lex, clause_of):
    """"wird in Brüssel erwartet, wo er den Nato-Generalsekretär treffen will": a trip to a
    city that stands for an organisation, and a meeting told at that place, are the one
    meeting: the partner met says whom the visit is to, not the city."""
    there = lex.coref.get("place", [])
    linked = [(ev, idx) for ev, idx, _ in items if _consult(ev) and ev.target is not None and any(
        t.lower in there and clause_of[t.i] == clause_of[idx] and t.i < idx for t in sent.tokens)]
    # "wird zum Nato-Gipfel in Den Haag erwartet": the trip is to the summit in that city
    summits = [(ev, idx) for ev, idx, _ in items if _consult(ev) and ev.target is not None
               and ev.target.kind == "organisation" and ev.location is not None]
    if not linked and not summits:
        return items
    out = []
    for ev, idx, weak in items:
        if not _consult(ev) or ev.target is None or ev.symmetric:
            out.append((ev, idx, weak))
            continue
        meeting = next((m for m, j in linked if j > idx and m is not ev and m.source.code == ev.source.code
                        and ev.target.kind == "organisation" and m.target.code != ev.target.code), None) or \
            next((m for m, j in summits if m is not ev and m.source.code == ev.source.code
                  and clause_of[j] == clause_of[idx] and ev.target.kind == "country"
                  and ev.location is not None and m.location.code == ev.location.code == ev.target.code), None)
        if meeting is not None:
            meeting.mode = meeting.mode or ev.mode
            meeting.location = meeting.location or ev.location
            meeting.date, meeting.date_text = meeting.date or ev.date, meeting.date_text or ev.date_text
            continue
        out.append((ev, idx, weak))
    return out


def at_visit(ev: Event, idx: int, sent, lex, clause_of, seen: Told) -> bool:
    """A meeting told at the place of a visit just told is that visit: "reiste weiter nach
    Warschau, wo er mit Tusk zusammentraf", "ist nach Rom gereist. Dort traf er Meloni"
    (a word of the language's ``place`` list in the meeting's clause, the visit in this
    sentence or the one before, the same pair). The meeting's date fills the visit's;
    told on another day, they stay two events."""
    if ev.type != "CONSULT" or ev.mode == "visit" or ev.target is None:
        return False
    there = lex.coref.get("place", [])
    if not any(t.lower in there and clause_of[t.i] == clause_of[idx] and t.i < idx for t in sent.tokens):
        return False
    pair = frozenset((ev.source.code, ev.target.code))
    for visit in reversed(seen.by_key.get(("CONSULT", "visit", pair), [])):
        if visit.evidence.sentence < sent.index - 1 or visit.status != ev.status or _other_people(visit, ev):
            continue
        if visit.date and ev.date and not _overlap(visit.date, ev.date):
            return False
        if ev.date and precision(ev.date) > precision(visit.date):
            visit.date, visit.date_text = ev.date, ev.date_text
        visit.location = visit.location or ev.location
        return True
    return False


def _overlap(a, b) -> bool:
    def span(v):
        return (v["start"], v["end"]) if isinstance(v, dict) else (str(v), str(v) + "\uffff")
    (a0, a1), (b0, b1) = span(a), span(b)
    return a0 <= b1 and b0 <= a1


def repeat(ev: Event, found: list[Event], noun: bool = False, retold: bool = False) -> bool:
    """An event told again later in the article ("der Besuch", "the visit", "принял
    приглашение" after the invitation, "the signing ceremony") is the same event: same
    type, mode and pair, compatible dates, nothing new in amount. ``retold``: its doer is
    named by pointing back to the states told of ("Die drei Regierungen wollen ... mit
    Sanktionen belegen" after "haben ... Strafmaßnahmen angekündigt"): the story goes on."""
    if ev.type == "CONSULT" and _another_meeting(ev, found):
        return False
    for old in found:
        if old.type == "CONSULT" == ev.type and old.mode == ev.mode == "visit" and old.symmetric != ev.symmetric:
            continue  # the visit and the talks held during it
        if ev.date_text and apart(old.date, ev.date):
            continue  # a date of its own that the earlier telling's does not meet: another event
        # talks named by a noun after the talks of a visit ("..., провёл переговоры с Алиевым. По
        # итогам переговоров ...") are those talks; after the visit alone they are talks of their own
        retold_talks = noun and ev.type == old.type == "CONSULT" and ev.mode is None and old.mode == "visit" \
            and old.symmetric and ev.symmetric
        if old.type == ev.type and (old.mode == ev.mode or retold_talks) and _same_pair(old, ev) \
                and (old.type == "CONSULT" or old.promised_type == ev.promised_type == "CONSULT"
                     or (noun and ev.type == "SUPPORT" and ev.amount is None and not ev.quantities) or retold
                     or (old.amount is not None and old.amount == ev.amount)) \
                and (ev.amount is None or old.amount is None or old.amount == ev.amount) and old.status == ev.status:
            if precision(ev.date) > precision(old.date):
                # the later telling is more exact: keep its date, place and sentence
                old.date, old.date_text, old.evidence = ev.date, ev.date_text, ev.evidence
                old.location = ev.location or old.location
            if not old.location and ev.location:
                old.location = ev.location
            return True
    return False
