"""The knowledge base: countries, organisations, office holders, seats and companies.

All of it is data under ``kb/data/`` (see its README); this module loads it, merges a
user's own files over it, and answers the one question the reader asks: *which actor
does this name stand for on this date?* People are coded by the office they hold at
the event's date, so Kaja Kallas is EST in 2023 and EU in 2025.
"""
from __future__ import annotations

import json
import os
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

DATA = Path(__file__).with_name("data")
LANGS = ("de", "en", "ru")


def parse_day(value: str | None, end: bool = False) -> date | None:
    """ISO day, month or year -> a date (the first day, or the last with ``end``)."""
    if not value:
        return None
    parts = [int(p) for p in str(value)[:10].split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)
    if len(parts) == 2:
        if end:
            nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        return date(parts[0], parts[1], 1)
    return date(*parts[:3])


@dataclass(frozen=True)
class Office:
    role: str
    org: str
    start: date | None
    end: date | None  # None: still in office

    def holds(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass
class Person:
    id: str
    name: str
    names: dict[str, list[str]]
    surnames: dict[str, list[str]]
    offices: list[Office]

    def office_at(self, when: date | None) -> Office | None:
        """The office held at ``when``; else the nearest one before it; else the first."""
        if not self.offices:
            return None
        if when is None:
            return max(self.offices, key=lambda o: o.start or date.min)
        held = [o for o in self.offices if o.holds(when)]
        if held:
            return min(held, key=lambda o: ROLE_RANK.get(o.role, 9))
        before = [o for o in self.offices if o.start and o.start <= when]
        if before:
            return max(before, key=lambda o: o.start)
        return min(self.offices, key=lambda o: o.start or date.max)


# When a person holds two offices at once, the higher one names the role.
ROLE_RANK = {"head_of_state": 0, "secretary_general": 1, "high_representative": 1,
             "commission_president": 1, "council_president": 1, "president_general_assembly": 1,
             "head_of_government": 2, "foreign_minister": 3, "minister": 4, "official": 5}


@dataclass
class Organisation:
    code: str
    name: str
    names: dict[str, list[str]]
    abbr: list[str]
    parent: str | None = None


@dataclass
class Country:
    code: str
    iso2: str
    name: str
    names: dict[str, list[str]]
    capital: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Alias:
    """One surface form to look for in text, and what it stands for."""

    text: str
    kind: str  # country | seat | organisation | person | surname | company
    key: str  # country/organisation code, person id or company id
    lang: str | None = None  # the language the name is listed for; None: any (seats, abbreviations, companies)


@dataclass
class KnowledgeBase:
    countries: dict[str, Country] = field(default_factory=dict)
    country_aliases: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    seats: dict[str, list[str]] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    companies: dict[str, dict] = field(default_factory=dict)
    un_members: list[str] = field(default_factory=list)
    # language -> names that are also common words of it (lowercased), see data/homographs.json
    homographs: dict[str, set[str]] = field(default_factory=dict)
    # casefolded surface form -> aliases; built on first resolve, dropped by apply()
    _index: dict[str, list[Alias]] | None = field(default=None, repr=False, compare=False)
    # (org, role) -> [(office, person)]; built on first use, dropped by apply()
    _offices: dict[tuple[str, str], list] | None = field(default=None, repr=False, compare=False)
    # Aho-Corasick automaton over every alias (``find``); built on first use, dropped by apply()
    _automaton: object | None = field(default=None, repr=False, compare=False)
    # language -> automaton that also holds the names' case forms (Russian); see ``find``
    _declined: dict | None = field(default=None, repr=False, compare=False)
    # the aliases the automata's entries number (see compiled.py); built with the index
    _aliases: list | None = field(default=None, repr=False, compare=False)
    # what the base was loaded from (set by load(), dropped by apply()): names the
    # compiled index and matchers in the disk cache
    _cache_key: str | None = field(default=None, repr=False, compare=False)
    # alias -> exact_case(alias); dropped by apply()
    _exact_memo: dict | None = field(default=None, repr=False, compare=False)
    # (text, lang, when's epoch) -> resolve_one's answer; dropped by apply()
    _resolve_memo: dict | None = field(default=None, repr=False, compare=False)
    # (text, lang) -> the days on which resolve_one's answer for it may change (``_epoch``); dropped by apply()
    _days_memo: dict | None = field(default=None, repr=False, compare=False)
    # (automaton entry, surface, lang, genitive) -> the aliases ``find`` keeps; dropped by apply()
    _found_memo: dict | None = field(default=None, repr=False, compare=False)

    # -- names and codes ---------------------------------------------------
    def name_of(self, code: str) -> str:
        if code in self.countries:
            return self.countries[code].name
        if code in self.organisations:
            return self.organisations[code].name
        return code

    def org_code(self, code: str) -> str:
        """An organisation's code for coding: agencies take their parent's code."""
        seen = set()
        while code in self.organisations and self.organisations[code].parent and code not in seen:
            seen.add(code)
            code = self.organisations[code].parent
        return code

    def kind_of(self, code: str) -> str:
        return "country" if code in self.countries else "organisation"

    # -- aliases for matching ---------------------------------------------
    def aliases(self, lang: str) -> Iterator[Alias]:
        """Every surface form the reader should look for in ``lang`` text.

        Names of other languages are included too: news in German quotes English
        organisation names ("Board of Peace") and Latin-script names travel."""
        for code, c in self.countries.items():
            for forms in (c.names, self.country_aliases.get(code, {})):
                for lg, names in forms.items():
                    for n in names:
                        yield Alias(n, "country", code, lg)
        for code, names in self.seats.items():
            for n in names:
                yield Alias(n, "seat", code)
        for code, o in self.organisations.items():
            for lg, names in o.names.items():
                for n in names:
                    yield Alias(n, "organisation", code, lg)
            for a in o.abbr:
                yield Alias(a, "organisation", code)
        for pid, p in self.people.items():
            for lg, names in p.names.items():
                for n in names:
                    yield Alias(n, "person", pid, lg)
            for lg, names in p.surnames.items():
                for n in names:
                    yield Alias(n, "surname", pid, lg)
        for cid, c in self.companies.items():
            for n in c.get("names", [c["name"]]):
                yield Alias(n, "company", cid)

    # -- resolution -----------------------------------------------------------
    def person_actor(self, pid: str, when: date | None) -> dict:
        """The actor record of person ``pid`` at ``when``.

        In office on the day: coded by that office (the higher one if two). Out of office
        (a former leader, or someone not yet in office): coded by ``former_code``, with
        ``role`` ``former_<role>`` of the highest office held for that code before the day
        (None if none had ended), ``in_office`` False and ``former`` True after a term. Undated: coded
        by the one code all offices share, else by the latest office; ``in_office`` None."""
        p = self.people[pid]
        base = {"name": p.name, "kind": "person", "id": pid}
        if not p.offices:
            return dict(base, code=None, role=None, country=None, valid_from=None, valid_to=None,
                        in_office=None, former=False)
        held = [o for o in p.offices if o.holds(when)] if when else []
        if held:
            office = min(held, key=lambda o: ROLE_RANK.get(o.role, 9))
            code, role, in_office, former = self.org_code(office.org), office.role, True, False
        elif when is None:
            office = p.office_at(None)
            codes = {self.org_code(o.org) for o in p.offices}
            code = codes.pop() if len(codes) == 1 else self.org_code(office.org)
            role, in_office, former = office.role, None, False
        else:
            code = self.former_code(p, when)
            ended = [o for o in p.offices if o.end and o.end < when]
            mine = [o for o in ended if self.org_code(o.org) == code] or ended
            # the highest office held for that code names the former role (Nazarbayev: president)
            last = min(mine, key=lambda o: (ROLE_RANK.get(o.role, 9), -o.end.toordinal())) if mine else None
            office = last or p.office_at(when)
            role = f"former_{last.role}" if last else None
            in_office, former = False, last is not None
        return dict(base, code=code, role=role, country=code if code in self.countries else None,
                    valid_from=office.start.isoformat() if office.start else None,
                    valid_to=office.end.isoformat() if office.end else None,
                    in_office=in_office, former=former)

    def former_code(self, p: "Person", when: date) -> str | None:
        """The code a person out of office at ``when`` is coded by (CAMEO codes a former
        official by what he served, as ``...ELI``): the code all the person's offices
        share; else that of the office which ended last before ``when`` (Borrell after
        2024 is still the EU's former High Representative, Baerbock between her two
        offices Germany's former foreign minister); before any office ended, that of the
        first office."""
        codes = {self.org_code(o.org) for o in p.offices}
        if len(codes) == 1:
            return codes.pop()
        ended = [o for o in p.offices if o.end and o.end < when]
        if ended:
            last = max(ended, key=lambda o: (o.end, -ROLE_RANK.get(o.role, 9)))
        else:
            last = min(p.offices, key=lambda o: o.start or date.max)
        return self.org_code(last.org)

    def surname_candidates(self, pids: Iterable[str], when: date | None) -> list[str]:
        """Among people sharing a name, the ones the tie-break rule keeps at ``when``.

        1. Those holding an office at ``when``; among several, those whose office ranks
           highest (head of state before head of government before foreign minister,
           see ``ROLE_RANK``). More than one left: all of them (the mention is ambiguous).
        2. Nobody in office: only if every person with the name is coded alike out of
           office (``person_actor``: "Bush" is USA whichever Bush) — then the one whose
           last office ended nearest before ``when`` (else whose first office starts
           nearest after it). Coded differently: all of them (ambiguous).
        3. Without a date: if all are coded alike, the one whose last office is the
           latest; else all of them."""
        pids = list(dict.fromkeys(pids))
        if len(pids) < 2:
            return pids
        if when is None:
            if len({self.person_actor(pid, None)["code"] for pid in pids}) > 1:
                return pids

            def latest(pid: str) -> date:
                return max((o.end or date.max for o in self.people[pid].offices), default=date.min)
            return [max(pids, key=latest)]
        active = {}
        for pid in pids:
            held = [o for o in self.people[pid].offices if o.holds(when)]
            if held:
                active[pid] = min(ROLE_RANK.get(o.role, 9) for o in held)
        if active:
            best = min(active.values())
            return [p for p in pids if active.get(p) == best]
        if len({self.person_actor(pid, when)["code"] for pid in pids}) > 1:
            return pids

        def distance(pid: str) -> int:
            gaps = []
            for o in self.people[pid].offices:
                if o.end and o.end < when:
                    gaps.append((when - o.end).days)
                elif o.start and o.start > when:
                    gaps.append((o.start - when).days + 36500)  # the past counts before the future
            return min(gaps, default=10 ** 7)

        return [min(pids, key=distance)]

    def index(self) -> dict[str, list[Alias]]:
        """Every alias of every language by its ``norm`` key (built once, cached)."""
        if self._index is None:
            from diplograph.kb import compiled

            if self._cache_key:
                self._aliases, self._index, self._automaton = compiled.names(self)
            else:
                self._aliases, self._index = compiled.build_index(self)
        return self._index

    def exact_case(self, a: Alias) -> bool:
        """Whether ``a`` matches only as written: abbreviations ("WHO", not "who"; "US",
        not "us"). A matcher built from ``aliases()`` should honour this. (Asked for every
        candidate of every name found, so remembered per alias until apply().)"""
        memo = self._exact_memo
        if memo is None:
            memo = self._exact_memo = {}
        hit = memo.get(a)
        if hit is None:
            hit = memo[a] = self._exact_case(a)
        return hit

    def _exact_case(self, a: Alias) -> bool:
        if a.kind == "organisation" and a.text in self.organisations[a.key].abbr:
            return True
        return is_abbreviation(a.text) or any(norm(a.text) in words for words in self.homographs.values())

    def usable(self, a: Alias, surface: str, lang: str | None) -> bool:
        """Whether alias ``a`` may stand for ``surface`` in a text of language ``lang``:
        abbreviations and homographs as written, a surname alone only with its capital,
        and a homograph of ``lang`` only as a name of ``lang`` (or of no language)."""
        if self.exact_case(a) and a.text.strip() != surface:
            return False
        if a.kind == "surname" and a.text[:1].isupper() and not surface.strip()[:1].isupper():
            return False  # a surname alone only with its capital: "Son", "Rice", "Bush", not "his son"
        if lang and norm(surface) in self.homographs.get(lang, ()):
            return a.lang in (None, lang)
        return True

    def candidates(self, text: str, lang: str | None = None) -> list[Alias]:
        """The aliases whose surface form is ``text`` (names case-insensitively,
        abbreviations case-sensitively; see ``usable``)."""
        text = text.strip()
        return [a for a in self.index().get(norm(text), ()) if self.usable(a, text, lang)]

    def find(self, text: str, lang: str | None = None) -> list["Match"]:
        """Every name of the base in ``text``: leftmost-longest, whole words only, names in
        any case and abbreviations as written. A person's name may carry the German
        genitive -s ("Tokajews"): the match spans it, ``text`` is the name without it.
        Offsets index ``text`` itself. Each match carries all its aliases;
        ``resolve(m.text, lang, when)`` codes it. Russian case endings are not handled
        here but for languages whose ``morphology.json`` gives a ``declension`` table:
        there the case forms of the names match too ("Токаева", "Казахстану", "Пекином"),
        when written with a capital; ``text`` is then the name as listed."""
        declension = _declension(lang)
        automaton = self._declined_matcher(lang, declension) if declension else self._matcher()
        folded = fold(text)
        found = []
        size = len(text)
        found_aliases = self._found_aliases
        # (the loop runs for every raw hit, two thirds of them inside a word: kept lean)
        for end, entry in automaton.iter(folded):  # entry: (key, ids) or (key, ids, name as listed)
            start = end - len(entry[0]) + 1
            if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
                continue
            stop = end + 1
            if len(entry) > 2:  # a case form: as a name only with its capital
                if (stop < size and text[stop].isalnum()) or not text[start].isupper():
                    continue
                found.append(Match(start, stop, entry[2], found_aliases(entry[1], None, None, False)))
                continue
            genitive = False
            if stop < size and text[stop].isalnum() and text[end].isalnum():
                # a German genitive of a person's or a capital's name: "die Teilnahme Tokajews",
                # "Pekings Unterstützung", "die Waffenlieferungen Teherans"
                genitive = (text[stop] == "s" and (stop + 1 == size or not text[stop + 1].isalnum()))
                if not genitive:
                    continue
                stop += 1
            surface = text[start:end + 1]
            usable = found_aliases(entry[1], surface, lang, genitive)
            if usable:
                found.append(Match(start, stop, surface, usable))
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        out, reach = [], 0
        for m in found:
            if m.start >= reach:
                out.append(m)
                reach = m.end
        return out

    def _found_aliases(self, ids, surface: str | None, lang: str | None, genitive: bool) -> tuple:
        """The aliases of an automaton entry (``ids``) that ``surface`` may stand for in
        ``lang`` (see ``usable``; a genitive only a person's, a surname's or a seat's;
        ``surface`` None: all of them). Remembered per question until apply(): the same
        names recur in every article."""
        memo = self._found_memo
        if memo is None:
            memo = self._found_memo = {}
        key = (ids, surface, lang, genitive)
        hit = memo.get(key)
        if hit is None:
            if len(memo) > 200_000:
                memo.clear()
            aliases = tuple(self._aliases[i] for i in ids)
            if surface is not None:
                if genitive:
                    aliases = tuple(a for a in aliases if a.kind in ("person", "surname", "seat"))
                aliases = tuple(a for a in aliases if self.usable(a, surface, lang))
            hit = memo[key] = aliases
        return hit

    def _matcher(self):
        """Aho-Corasick over every folded alias (see compiled.py; cached on disk for a
        base made by load())."""
        self.index()
        if self._automaton is None:
            from diplograph.kb import compiled

            self._automaton = compiled.build_automaton(self._aliases)
        return self._automaton

    def _declined_matcher(self, lang: str, declension: dict):
        """The matcher of ``_matcher`` plus the case forms of every name written in the
        language's script (built once per language, dropped by apply())."""
        if self._declined is None:
            self._declined = {}
        if lang not in self._declined:
            from diplograph.kb import compiled

            self._matcher()
            self._declined[lang] = (compiled.declined(self, lang, declension) if self._cache_key
                                    else compiled.build_declined(self, lang, declension))
        return self._declined[lang]

    def actor(self, a: Alias, when: date | None) -> dict:
        """The actor record an alias stands for at ``when``."""
        if a.kind in ("person", "surname"):
            return self.person_actor(a.key, when)
        if a.kind in ("country", "seat") and a.key in self.countries:
            return {"code": a.key, "name": self.name_of(a.key), "kind": "country", "role": None, "country": a.key}
        if a.kind in ("organisation", "seat"):  # an organisation's seat: Brussels for the EU
            o = self.organisations[a.key]
            return {"code": self.org_code(a.key), "name": o.name, "kind": "organisation", "role": None,
                    "country": None, "id": a.key}
        c = self.companies[a.key]
        return {"code": c["country"], "name": c["name"], "kind": "company", "role": None,
                "country": c["country"], "id": a.key}

    def resolve(self, text: str, lang: str = "en", when: date | str | None = None) -> list[dict]:
        """Actors whose name is exactly ``text``, coded at ``when``.

        Names match case-insensitively, abbreviations ("WHO", "US", "SOZ") as written.
        People sharing a surname are narrowed by ``surname_candidates``. The list holds
        every kind that matches (a surname may also be a country); ``resolve_one``
        applies the kind order to pick one."""
        if isinstance(when, str):
            when = parse_day(when)
        hits: dict[str, list[str]] = {}
        for a in self.candidates(text, lang):
            hits.setdefault(a.kind, []).append(a.key)
        out = []
        for kind in KIND_ORDER:
            keys = list(dict.fromkeys(hits.get(kind, [])))
            if kind == "surname":
                # a full-name match for the same person makes the surname hit redundant
                keys = [k for k in keys if k not in hits.get("person", [])]
            if kind in ("person", "surname"):
                # namesakes ("King Abdullah"): the one in office on the day, as for surnames
                keys = self.surname_candidates(keys, when)
            for k in keys:
                out.append(dict(self.actor(Alias(text, kind, k), when), match=kind))
        unique: dict[tuple, dict] = {}
        for a in out:
            unique.setdefault((a["code"], a["name"], a["kind"], a.get("id")), a)  # first (best) match kind wins
        return list(unique.values())

    def resolve_one(self, text: str, lang: str = "en", when: date | str | None = None) -> dict | None:
        """The one actor ``text`` stands for at ``when``, or None when unknown or ambiguous.

        Tie-break between kinds, in ``KIND_ORDER``: a person's full name, then a country,
        an organisation, a seat, a company, and a surname last ("Jordan" is the country).
        Within the first kind that matches, the hits must agree on one person, or on one
        code (two organisations that both code as UN agree).

        Asked for every name of every sentence, so the answer is remembered per (text,
        language, epoch of the day, see ``_epoch``) until apply(); each caller gets its own
        copy of the record."""
        memo = self._resolve_memo
        if memo is None:
            memo = self._resolve_memo = {}
        # an answer that holds on every day (no person is read) is kept under (text, language)
        # alone: each article has its own day, but "China" is China on all of them
        hit = memo.get((text, lang), _DATED)
        if hit is _DATED:
            if isinstance(when, str):
                when = parse_day(when)
            key = (text, lang, self._epoch(text, lang, when))
            if key not in memo:
                if len(memo) > 200_000:
                    memo.clear()
                answer, dated = self._resolve_one(text, lang, when)
                memo[key if dated else (text, lang)] = answer
                return dict(answer) if answer is not None else None
            hit = memo[key]
        return dict(hit) if hit is not None else None

    def _epoch(self, text: str, lang: str, when: date | None) -> int | None:
        """Which stretch of days ``when`` falls in, between the days on which the answer for
        ``text`` may change: a person's answer depends on the day only by comparing it with
        the start and end of the offices of the people the text may name (``person_actor``,
        ``surname_candidates``), so it is the same on every day of a stretch, and the
        articles of other days reuse it (every article has its own day). The days: each
        office's first day and the day after its last; and, for the tie-break by distance,
        the days where a gap to a past office and one to a future one (36,500 days added)
        or the default of 10**7 change order. None: no day."""
        if when is None:
            return None
        memo = self._days_memo
        if memo is None:
            memo = self._days_memo = {}
        days = memo.get((text, lang))
        if days is None:
            if len(memo) > 200_000:
                memo.clear()
            offices = [o for a in self.candidates(text, lang) if a.kind in ("person", "surname")
                       for o in self.people[a.key].offices]
            starts = [o.start.toordinal() for o in offices if o.start]
            ends = [o.end.toordinal() for o in offices if o.end]
            found = set(starts) | {e + 1 for e in ends} | {e + 10 ** 7 for e in ends}
            for e in ends:
                for s in starts:
                    half = (s + e + 36500) // 2  # past gap (w - e) against future gap (s - w + 36500)
                    found.update((half, half + 1))
            days = memo[(text, lang)] = sorted(found)
        return bisect_right(days, when.toordinal())

    def _resolve_one(self, text: str, lang: str, when) -> tuple[dict | None, bool]:
        """The answer, and whether it depends on the day (only a person's does: the
        office held then; countries, organisations, seats and companies are the same
        on every day, and a name matching nothing matches nothing on any day)."""
        found = self.resolve(text, lang, when)
        for kind in KIND_ORDER:
            group = [a for a in found if a["match"] == kind]
            if group:
                break
        else:
            return None, False
        if kind in ("person", "surname"):
            return (group[0] if len({a["id"] for a in group}) == 1 else None), True
        return (group[0] if len({a["code"] for a in group}) == 1 else None), False

    # -- coverage ---------------------------------------------------------------
    def holders(self, code: str, role: str, when: date | str) -> list[Person]:
        """People holding ``role`` for country/organisation ``code`` at ``when``."""
        if isinstance(when, str):
            when = parse_day(when)
        if self._offices is None:
            offices: dict[tuple[str, str], list] = {}
            for p in self.people.values():
                for o in p.offices:
                    offices.setdefault((o.org, o.role), []).append((o, p))
            self._offices = offices
        found = [p for o, p in self._offices.get((code, role), ()) if o.holds(when)]
        return list({p.id: p for p in found}.values())

    def office_holder(self, code: str, role: str, when: date | str | None) -> dict | None:
        """The actor holding ``role`` for ``code`` at ``when``, for role descriptions
        ("der kasachische Präsident", "UN-Generalsekretär"); None when nobody or several
        (a collective presidency) hold it. Bodies count for their parent: the EU's
        high representative is found under "EU" also when filed under "EEAS"."""
        if isinstance(when, str):
            when = parse_day(when)
        when = when or date.today()
        found = self.holders(code, role, when)
        if not found:
            for sub, o in self.organisations.items():
                if sub != code and self.org_code(sub) == code:
                    found += [p for p in self.holders(sub, role, when) if p not in found]
        if len(found) != 1:
            return None
        return self.person_actor(found[0].id, when)

    def stats(self, when: date | str | None = None) -> dict:
        """Coverage figures for ``diplograph kb stats``."""
        when = parse_day(when) if isinstance(when, str) else (when or date.today())
        per_lang = {}
        for lang in LANGS:
            n = sum(len(c.names.get(lang, [])) + len(self.country_aliases.get(code, {}).get(lang, []))
                    for code, c in self.countries.items())
            n += sum(len(o.names.get(lang, [])) for o in self.organisations.values())
            n += sum(len(p.names.get(lang, [])) + len(p.surnames.get(lang, [])) for p in self.people.values())
            per_lang[lang] = n
        per_lang["any"] = (sum(len(v) for v in self.seats.values()) + sum(len(o.abbr) for o in self.organisations.values())
                           + sum(len(c.get("names", [c["name"]])) for c in self.companies.values()))
        roles = ("head_of_state", "head_of_government", "foreign_minister")
        covered = {}
        missing = {}
        for role in roles:
            have = [c for c in self.un_members if self.holders(c, role, when)]
            covered[role] = len(have)
            missing[role] = sorted(set(self.un_members) - set(have))
        all_three = [c for c in self.un_members if all(self.holders(c, r, when) for r in roles)]
        return {
            "date": when.isoformat(),
            "countries": len(self.countries),
            "un_members": len(self.un_members),
            "organisations": len(self.organisations),
            "people": len(self.people),
            "offices": sum(len(p.offices) for p in self.people.values()),
            "companies": len(self.companies),
            "seats": sum(len(v) for v in self.seats.values()),
            "aliases": per_lang,
            "distinct_surface_forms": len(self.index()),
            "un_members_with": covered,
            "un_members_with_all_three": len(all_three),
            "un_members_missing": missing,
        }


_DATED = object()  # (resolve_one's memo: no answer kept for every day)

# Which kinds a surface form is read as first, when it names several things.
KIND_ORDER = ("person", "country", "organisation", "seat", "company", "surname")


@dataclass(frozen=True)
class Match:
    """A name found in a text by ``KnowledgeBase.find``: ``text[start:end]`` of the
    source, ``text`` the name as listed (without a genitive -s)."""

    start: int
    end: int
    text: str
    aliases: tuple[Alias, ...]


_FOLD = {"ё": "е", "Ё": "е", "’": "'", "ʼ": "'", "\u00a0": " "}


def fold(text: str) -> str:
    """Lower case, one character for one (so offsets stay), ё as е, ’ as '."""
    # Fast path: the whole text at once. ``str.lower`` differs from lowering each
    # character only where a character lowers to several (the length changes) and for
    # the Greek final sigma; such texts take the character-by-character path below.
    # (``str.replace`` per folded character, not ``str.translate``: a translation table
    # is a dict look-up per character of the article in a text with any non-ASCII letter,
    # ten times the cost of five scans)
    fast = text
    for ch, to in _FOLD.items():
        fast = fast.replace(ch, to)
    fast = fast.lower()
    if len(fast) == len(text) and "Σ" not in text:
        return fast
    out = []
    for ch in text:
        low = _FOLD.get(ch) or ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out)


def norm(text: str) -> str:
    """The index key of a surface form: casefolded, spaces collapsed, ё as е, ’ as '."""
    t = " ".join(text.split()).casefold()
    return t.replace("ё", "е").replace("’", "'").replace("ʼ", "'")


@lru_cache(maxsize=None)
def _declension(lang: str | None) -> dict | None:
    if lang not in LANGS:
        return None
    from diplograph import lang as langdata

    morph = langdata.load(lang)["morphology"]
    table = morph.get("declension")
    return dict(table, _adjective=morph.get("adjective_endings", [])) if table else None


_VOWELS = set("аеёиоуыэюяaeiouy")


def declined_forms(name: str, every_word: bool, table: dict) -> set[str]:
    """The case forms of ``name`` by the ending table of a language's morphology.json:
    every word of a person's name declines (or, as in East Asian names, only the last); in other names the words up to the first
    noun do ("Шанхайская организация сотрудничества" -> "Шанхайской организации
    сотрудничества"). Words of another script, abbreviations and lower-case particles
    ("бен", "аль") stay as they are."""
    from itertools import product

    words = name.split()
    per_word = []  # for each word: five lists of forms (one per case), or None
    head_seen = False
    for w in words:
        low = w.lower()
        rule = None
        if not head_seen and (w[:1].isupper() or not every_word) and not is_abbreviation(w) and any("а" <= ch <= "я" for ch in low):
            # (an ending is never the whole word: "Ын" in "Ким Чен Ын" is a syllable, not the
            # surname suffix of "Пушкин")
            ending = max((e for e in table if not e.startswith("_") and low.endswith(e) and len(low) > len(e)),
                         key=len, default=None)
            if ending is not None:
                rule = [[w[:len(w) - len(ending)] + r for r in alt.split("|")] for alt in table[ending]]
            elif low[-1] not in _VOWELS and low[-1].isalpha():
                rule = [[w + r for r in alt.split("|")] for alt in table["_consonant"]]
            if not every_word and not any(low.endswith(e) for e in table["_adjective"]):
                head_seen = True  # the head noun: what follows is its complement
        per_word.append(rule)
    if not any(per_word):
        return set()
    out = set()
    for case in range(5):
        options = [r[case] if r else [w] for w, r in zip(words, per_word)]
        for combo in product(*options):
            out.add(" ".join(combo))
        if every_word and len(words) > 1 and per_word[-1]:
            # a name of syllables only its last word declines ("Мин Аун Хлайну", "Ким Чен Ыном")
            out.update(" ".join(words[:-1] + [f]) for f in per_word[-1][case])
    out.discard(name)
    return out


def is_abbreviation(text: str) -> bool:
    """A short form written with capitals inside it: "USA", "U.S.", "EuGH", "ФРГ", "C5"."""
    t = text.strip()
    if " " in t or len(t) > 8:
        return False
    upper = sum(ch.isupper() for ch in t)
    return upper >= 2 or (upper == 1 and any(ch.isdigit() for ch in t))


# -- loading ----------------------------------------------------------------------

def _read(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def _merge_names(into: dict[str, list[str]], extra: dict[str, list[str]]) -> None:
    for lang, names in extra.items():
        into.setdefault(lang, [])
        into[lang].extend(n for n in names if n not in into[lang])


def _person(d: dict) -> Person:
    offices = [Office(o["role"], o["org"], parse_day(o.get("from")), parse_day(o.get("to"), end=True))
               for o in d.get("offices", [])]
    return Person(d["id"], d["name"], d.get("names", {}), d.get("surnames", {}), offices)


def apply(kb: KnowledgeBase, data: dict) -> None:
    """Merge one file's worth of data (any subset of the sections) into ``kb``.

    A user file is a JSON object with the sections ``countries``, ``country_aliases``,
    ``seats``, ``organisations``, ``people`` and ``companies``; entries with a known key
    replace (people, organisations, companies) or extend (names, aliases) what is there."""
    kb._index = None
    kb._offices = None
    kb._automaton = None
    kb._declined = None
    kb._aliases = None
    kb._cache_key = None
    kb._exact_memo = None
    kb._resolve_memo = None
    kb._days_memo = None
    kb._found_memo = None
    for code, c in data.get("countries", {}).items():
        kb.countries[code] = Country(code, c.get("iso2", ""), c["name"], c.get("names", {}),
                                     c.get("capital"), c.get("lat"), c.get("lon"))
    for code, forms in data.get("country_aliases", {}).items():
        _merge_names(kb.country_aliases.setdefault(code, {}), forms)
    for code, names in data.get("seats", {}).items():
        kb.seats.setdefault(code, [])
        kb.seats[code].extend(n for n in names if n not in kb.seats[code])
    for code, o in data.get("organisations", {}).items():
        kb.organisations[code] = Organisation(code, o["name"], o.get("names", {}), o.get("abbr", []),
                                              o.get("parent"))
    for p in data.get("people", []):
        kb.people[p["id"]] = _person(p)
    for cid, c in data.get("companies", {}).items():
        kb.companies[cid] = c
    if "un_members" in data:
        kb.un_members = list(data["un_members"])


def load(extra: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The bundled knowledge base, with the user's files merged over it.

    User files come from ``extra`` and from ``*.json`` in ``$DIPLOGRAPH_KB_DIR``."""
    kb = KnowledgeBase()
    apply(kb, {"countries": _read(DATA / "countries.json")})
    for name, section in (("country_aliases.json", "country_aliases"), ("seats.json", "seats"),
                          ("organisations.json", "organisations"), ("companies.json", "companies")):
        if (DATA / name).exists():
            apply(kb, {section: _read(DATA / name)})
    if (DATA / "homographs.json").exists():
        words = _read(DATA / "homographs.json")
        kb.homographs = {lg: {norm(w) for w in words.get(lg, [])} for lg in LANGS}
        kb._exact_memo = None
        kb._resolve_memo = None
        kb._days_memo = None
        kb._found_memo = None
    if (DATA / "un_members.json").exists():
        kb.un_members = _read(DATA / "un_members.json")["members"]
    for path in sorted((DATA / "people").glob("*.json")):
        apply(kb, {"people": _read(path)})
    user_files = list(extra)
    if os.environ.get("DIPLOGRAPH_KB_DIR"):
        user_files += sorted(Path(os.environ["DIPLOGRAPH_KB_DIR"]).glob("*.json"))
    read_bytes = []
    for path in user_files:
        try:
            raw = Path(path).read_bytes()
            read_bytes.append(raw)
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise TypeError("the file must hold a JSON object with sections such as 'people'")
            apply(kb, data)
        except KeyError as exc:
            raise ValueError(f"{path}: an entry lacks the field {exc}") from exc
        except (TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"{path}: {exc}") from exc
    from diplograph.kb import compiled

    kb._cache_key = compiled.data_key(read_bytes)  # set last: apply() drops it
    return kb


@lru_cache(maxsize=1)
def default() -> KnowledgeBase:
    """The bundled knowledge base (plus ``$DIPLOGRAPH_KB_DIR``), loaded once per process."""
    return load()
