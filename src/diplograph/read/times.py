"""Date expressions, resolved against the publication date.

Absolute dates ("am 12. November 2025", "Nov. 12", "12 November 2025"), months and
years ("im Juni", "im Jahr 2024", "in January this year") and relative phrases ("Ende
vergangener Woche", "am gestrigen Sonntag", "last Tuesday", "earlier this month") become
ISO dates at the precision the text gives, or a {start, end} range. Month and weekday
names come from CLDR; the relative phrases from the language's ``dates.json``.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from babel.dates import get_day_names, get_month_names

from diplograph.read import regex_starts
from diplograph.read.lexicon import lexicon


@dataclass
class DateMention:
    start: int  # character offsets in the article
    end: int
    text: str
    value: str | dict
    year_given: bool = True  # False: a month or day whose year was inferred from the publication date
    after_previous: int | None = None  # "am Vortag": days from the date told just before, not from publication
    weekday: bool = False  # a bare weekday ("в среду"), resolved to the last such day: a plan's lies ahead


def _iso(d: date) -> str:
    return d.isoformat()


def _range(a: date, b: date) -> dict | str:
    return _iso(a) if a == b else {"start": _iso(a), "end": _iso(b)}


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


@lru_cache(maxsize=None)
def _grammar(lang: str):
    lex = lexicon(lang)
    data = lex.dates
    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for ctx in ("format", "stand-alone"):
            for num, name in get_month_names(width, context=ctx, locale=lang).items():
                months[name.lower().rstrip(".")] = num
    months.update({k: v for k, v in data.get("month_extra", {}).items()})
    days: dict[str, int] = {}
    for width in ("wide",):
        for ctx in ("format", "stand-alone"):
            for num, name in get_day_names(width, context=ctx, locale=lang).items():
                days[name.lower()] = num  # 0 = Monday
    days.update(data.get("day_extra", {}))  # other case forms ("в пятницу")
    month_re = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    day_re = "|".join(sorted(map(re.escape, days), key=len, reverse=True))
    rel_month = data.get("month_relative", {})
    rel_month_re = "|".join(sorted(map(re.escape, rel_month), key=len, reverse=True)) or "(?!)"
    # a weekday of a named week: "Mittwoch vergangener Woche", "am Freitag dieser Woche"
    week_rel = data.get("weekday_week", {})
    week_rel_re = "|".join(sorted(map(re.escape, week_rel), key=len, reverse=True)) or "(?!)"
    wd_pre = "".join("|" + re.escape(w) for w in sorted(data.get("weekday_prefix", []), key=len, reverse=True))
    # a part of the day joined to the weekday: "am Dienstagabend", "Mittwochmorgen"
    wd_suf = "|".join(sorted(map(re.escape, data.get("weekday_suffix", [])), key=len, reverse=True))
    wd_suf = f"(?:{wd_suf})?" if wd_suf else ""
    patterns = [
        ("dmy", rf"\b(?P<d>\d{{1,2}})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{month_re})\.?(?:\s+(?P<y>(?:19|20)\d\d))?\b"),
        ("mdy", rf"\b(?P<m>{month_re})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"),
        ("numeric", r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)\b"),
        ("iso", r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"),
        ("month_rel", rf"\b(?:(?:im|in)\s+)?(?P<m>{month_re})\s+(?P<rel>{rel_month_re})\b"),
        ("my", rf"\b(?P<m>{month_re})\s+(?P<y>(?:19|20)\d\d)\b"),
        ("weekday_week", rf"\b(?:am\s+)?(?P<wd>{day_re})\s+(?P<rel>{week_rel_re})\b"),
        ("weekday", rf"\b(?P<pre>(?:am|on|last|this|next|vergangenen|letzten|kommenden|gestrigen|heutigen|am vergangenen|am gestrigen|am letzten|am kommenden{wd_pre})\s+)?(?P<wd>{day_re}){wd_suf}\b"),
        ("dayword", r"\b(?P<w>" + "|".join(map(re.escape, data.get("day_words", {}))) + r")\b" if data.get("day_words") else r"(?!)"),
    ]
    for k, rel in enumerate(data.get("relative", [])):
        patterns.append((f"rel{k}", r"\b" + rel["pattern"] + r"\b"))
    seasons = data.get("seasons", {})
    if seasons:  # "im vergangenen Herbst", "im Sommer 2020"
        season_re = "|".join(sorted(map(re.escape, seasons), key=len, reverse=True))
        shift_re = "|".join(sorted(map(re.escape, data.get("season_shift", {})), key=len, reverse=True)) or "(?!)"
        patterns.append(("season", rf"\b(?:(?P<rel>{shift_re})\s+|(?:im|in|seit)\s+)(?P<s>{season_re})(?:\s+(?P<y>(?:19|20)\d\d))?\b"))
    anchors = data.get("after_previous", {})
    if anchors:
        patterns.append(("anchor", r"\b(?P<w>" + "|".join(sorted(map(re.escape, anchors), key=len, reverse=True)) + r")\b"))
    # the language's own words before a month or a year ("в декабре", "в 2024 году")
    month_pre = "".join("|" + re.escape(w) for w in data.get("month_prefix", []))
    year_pre = "".join("|" + re.escape(w) for w in data.get("year_prefix", []))
    # a part of a month ("Mitte Juni", "Ende Mai"): its first, middle or last ten days
    month_parts = "|".join(sorted(map(re.escape, data.get("month_parts", {})), key=len, reverse=True))
    if month_parts:
        patterns.append(("month_part", rf"\b(?P<part>{month_parts})\s+(?P<m>{month_re})(?:\s+(?P<y>(?:19|20)\d\d))?\b"))
    patterns += [
        ("month", rf"\b(?P<pre>im|in|since|seit|bis|until|by|anfang|ende|mitte|early|late|mid-?{month_pre})\s+(?P<m>{month_re})(?:\s+(?P<y>(?:19|20)\d\d))?\b"),
        ("year", rf"\b(?:im\s+jahr(?:e)?|in|seit|bis|since|jahr|year{year_pre})\s+(?P<y>(?:19|20)\d\d)\b"),
    ]
    alternatives = [f"(?P<{name}>{pat.replace('(?P<', f'(?P<{name}_')})" for name, pat in patterns]
    # each alternative behind a look-ahead for the first characters it can begin with
    # (regex_starts): the engine then passes over most alternatives at a glance instead of
    # trying their long lists of names one by one, and the grammar is tried only at word
    # boundaries where some alternative can begin (the same matches: a look-ahead only
    # refuses where the alternative could not match anyway)
    guards = [regex_starts.lookahead(alt, _GUARD_LENGTH, re.IGNORECASE) for alt in alternatives]
    combined = re.compile("|".join((g or "") + alt for alt, g in zip(alternatives, guards)), re.IGNORECASE)
    _BOUNDED[lang] = all(pat.startswith(r"\b") or pat == "(?!)" for _, pat in patterns)
    if _BOUNDED[lang]:
        start = regex_starts.lookahead("|".join(alternatives), _START_LENGTH, re.IGNORECASE)
        _STARTS[lang] = re.compile(rf"\b{start}", re.IGNORECASE) if start else _BOUNDARY
        if start and start == start.lower():
            _FOLDED[lang] = (re.compile(rf"\b{start}"), _risky(start))
    # each alternative's groups (the grammar's names are "<kind>_<group>"), read per match
    # by name instead of through groupdict(), which builds the whole grammar's dict
    _GROUPS[lang] = {name: [(g, g[len(name) + 1:]) for g in combined.groupindex if g.startswith(name + "_")]
                     for name, _ in patterns}
    return combined, months, days, data


def _risky(lowercase_pattern: str) -> re.Pattern | None:
    """The characters that match a character of the pattern under IGNORECASE although
    their lower case is not it (the regex engine's extra case pairs, as dotless "ı" for
    "i"): where the lowered text holds one, the starts are looked for the slow way."""
    from re import _casefix

    extra = {chr(x) for ch in set(lowercase_pattern) for x in _casefix._EXTRA_CASES.get(ord(ch), ())}
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(extra)) + "]") if extra else None


_GUARD_LENGTH = 4  # characters each alternative's look-ahead checks
_START_LENGTH = 5  # ... and the look-ahead for where the grammar can begin at all (5, not 4: "in d" and "der "
# let through most German words after "in", "der", "seit" for the grammar to refuse; 6 and more
# cost more to build and compile at start-up than they save in a thousand articles of Russian)
_BOUNDED: dict[str, bool] = {}  # language -> every pattern of its grammar starts at a word boundary
_STARTS: dict[str, re.Pattern] = {}  # language -> the word boundaries where its grammar can match
_BOUNDARY = re.compile(r"\b")
# language -> the starts' look-ahead without IGNORECASE, for the lowered text (about twice as
# fast: the engine folds no case), and the characters that make it unsafe (``_risky``)
_FOLDED: dict[str, tuple[re.Pattern, re.Pattern | None]] = {}
_GROUPS: dict[str, dict[str, list[tuple[str, str]]]] = {}  # language -> kind -> (group, its short name)


def _finditer(pattern: re.Pattern, text: str, lo: int, hi: int, bounded: bool, starts: re.Pattern = _BOUNDARY,
              scan: str | None = None):
    """``pattern.finditer(text, lo, hi)``, tried only where a match can start. When every
    alternative begins with ``\\b`` only word boundaries can start one, and trying the
    (long) grammar there alone, not at every character, makes dates several times cheaper.
    ``scan``: the text the starts are looked for in (the lowered text, offset for offset)."""
    if not bounded:
        yield from pattern.finditer(text, lo, hi)
        return
    pos = lo
    for b in starts.finditer(text if scan is None else scan, lo, hi):
        at = b.start()
        if at < pos:
            continue
        m = pattern.match(text, at, hi)
        if m is not None:
            if m.end() == at:  # an empty match: finditer's own rules apply, use it
                yield from pattern.finditer(text, at, hi)
                return
            yield m
            pos = m.end()


def find_dates(text: str, lang: str, published: date | None, span: tuple[int, int] | None = None) -> list[DateMention]:
    combined, months, days, data = _grammar(lang)
    lo, hi = span or (0, len(text))
    out = []
    starts, scan = _STARTS.get(lang, _BOUNDARY), None
    if lang in _FOLDED:
        # the starts in the lowered text, where it keeps every offset and holds no character
        # that IGNORECASE matches otherwise than by its lower case (then the same places)
        low = text.lower()
        folded, risky = _FOLDED[lang]
        if len(low) == len(text) and (risky is None or risky.search(low, lo, hi) is None):
            starts, scan = folded, low
    groups = _GROUPS[lang]
    for m in _finditer(combined, text, lo, hi, _BOUNDED.get(lang, False), starts, scan):
        kind = m.lastgroup
        g = {short: v for name, short in groups[kind] if (v := m.group(name))}
        if kind == "anchor":
            out.append(DateMention(m.start(), m.end(), text[m.start():m.end()], None,
                                   after_previous=data["after_previous"][" ".join(g["w"].lower().split())]))
            continue
        if kind == "dayword" and g["w"][:1].isupper() and g["w"].lower() in data.get("noun_when_capitalised", ()) \
                and text[:m.start()].rstrip()[-1:] not in ("", ".", "!", "?", "\n", "\"", "„", "«", "(", ":"):
            continue  # "am Morgen", "heute Morgen": the morning, not tomorrow
        value = _resolve(kind, g, months, days, data, published, text[m.start():m.end()].lower())
        if value is not None:
            out.append(DateMention(m.start(), m.end(), text[m.start():m.end()], value,
                                   year_given=not (kind in ("month", "month_part", "dmy", "mdy") and not g.get("y")),
                                   weekday=kind == "weekday" and not _directed(g.get("pre"), data)))
    return out


def _directed(pre: str | None, data) -> bool:
    """Whether a weekday's prefix says which way it lies ("next", "прошлую", "kommenden")."""
    pre = (pre or "").lower()
    words = ("next", "kommenden", "last", "vergangenen", "letzten", "gestrigen", *data.get("weekday_next", ()),
             *data.get("weekday_last", ()))
    return any(w in pre for w in words)


def _year_for(month: int, published: date | None) -> int | None:
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def _resolve(kind, g, months, days, data, pub: date | None, surface: str):
    try:
        if kind in ("dmy", "mdy", "numeric", "iso"):
            mo = int(g["m"]) if g["m"].isdigit() else months[g["m"].lower().rstrip(".")]
            y = int(g["y"]) if g.get("y") else _year_for(mo, pub)
            if y is None:
                return None
            return _iso(date(y, mo, int(g["d"])))
        if kind == "my":
            return f"{int(g['y']):04d}-{months[g['m'].lower()]:02d}"
        if kind == "month_rel":
            if pub is None:
                return None
            shift = data["month_relative"][" ".join(g["rel"].lower().split())]
            return f"{pub.year + shift:04d}-{months[g['m'].lower()]:02d}"
        if kind == "month_part":
            mo = months[g["m"].lower()]
            y = int(g["y"]) if g.get("y") else _year_for(mo, pub)
            if not y:
                return None
            first, last = {"start": (1, 10), "mid": (11, 20), "end": (21, calendar.monthrange(y, mo)[1])}[
                data["month_parts"][g["part"].lower()]]
            return _range(date(y, mo, first), date(y, mo, last))
        if kind == "month":
            mo = months[g["m"].lower()]
            y = int(g["y"]) if g.get("y") else _year_for(mo, pub)
            part = data.get("parts", {}).get(" ".join((g.get("pre") or "").lower().split()))
            if y and part in ("start", "mid", "end"):  # "в конце марта", "Ende März", "early May"
                a, b = date(y, mo, 1), _month_end(y, mo)
                third = (b - a).days // 3
                a, b = {"start": (a, a + timedelta(days=third - 1)), "mid": (a + timedelta(days=third), b - timedelta(days=third)),
                        "end": (b - timedelta(days=third - 1), b)}[part]
                return _range(a, b)
            return f"{y:04d}-{mo:02d}" if y else None
        if kind == "year":
            return g["y"]
        if kind == "season":
            return _season(data, g, pub)
        if pub is None:
            return None
        if kind == "dayword":
            return _iso(pub + timedelta(days=data["day_words"][g["w"].lower()]))
        if kind == "weekday_week":
            shift = data["weekday_week"][" ".join(g["rel"].lower().split())]
            monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
            return _iso(monday + timedelta(days=days[g["wd"].lower()]))
        if kind == "weekday":
            wd = days[g["wd"].lower()]
            pre = (g.get("pre") or "").lower()
            back = (pub.weekday() - wd) % 7
            if any(w in pre for w in data.get("weekday_next", ())):
                return _iso(pub + timedelta(days=(wd - pub.weekday()) % 7 or 7))
            if back == 0 and any(w in pre for w in data.get("weekday_last", ())):
                back = 7
            return _iso(pub - timedelta(days=back))
        if kind.startswith("rel"):
            rel = data["relative"][int(kind[3:])]
            unit = data["units"].get(g["unit"].lower(), "year")
            part = data["parts"].get((g.get("part") or "").lower())
            return _relative(pub, unit, rel["shift"], part)
    except (KeyError, ValueError):
        return None
    return None


def _relative(pub: date, unit: str, shift: int, part: str | None):
    if unit == "weekend":
        # the last Saturday and Sunday begun by publication ("am Wochenende"), the last one
        # over before it ("am vergangenen Wochenende"), or the next one ("am kommenden Wochenende")
        sat = pub - timedelta(days=(pub.weekday() - 5) % 7)
        if shift < 0 and sat + timedelta(days=1) >= pub:
            sat -= timedelta(weeks=1)
        elif shift > 0:
            sat += timedelta(weeks=1)
        return _range(sat, sat + timedelta(days=1))
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
        a, b = monday, monday + timedelta(days=6)
        if shift == 0:
            b = min(b, pub) if part != "end" else b
    elif unit == "month":
        y, m = pub.year, pub.month + shift
        y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        a, b = date(y, m, 1), _month_end(y, m)
        if shift == 0 and part == "before":
            b = pub
    else:
        y = pub.year + shift
        a, b = date(y, 1, 1), date(y, 12, 31)
        if part in (None,) :
            return str(y)
    if part == "before":
        return _range(a, min(b, pub))
    span = (b - a).days + 1
    if part == "start":
        b = a + timedelta(days=max(span // 4 - 1, 0)) if unit == "year" else a + timedelta(days=max(span // 3 - 1, 0))
        if unit == "year":
            b = date(a.year, 3, 31)
    elif part == "end":
        a = b - timedelta(days=max(span // 3 - 1, 0)) if unit != "year" else date(b.year, 10, 1)
        if unit == "week":
            a = b - timedelta(days=3)
    elif part == "mid":
        a, b = a + timedelta(days=span // 3), a + timedelta(days=2 * span // 3)
    return _range(a, b)


def _season(data, g, pub: date | None):
    """A season as a range of months: the one named by its year, else the latest that has
    begun by publication ("im Herbst"), ended before it ("im vergangenen Herbst") or
    begins after it ("im kommenden Frühjahr")."""
    first, last = data["seasons"][g["s"].lower()]
    shift = data.get("season_shift", {}).get((g.get("rel") or "").lower().strip())

    def span(y):
        return date(y, first, 1), _month_end(y + (last < first), last)

    if g.get("y"):
        a, b = span(int(g["y"]))
        return _range(a, b)
    if pub is None:
        return None
    cands = [span(y) for y in range(pub.year - 2, pub.year + 2)]
    if shift is None or shift == 0:
        pick = [c for c in cands if c[0] <= pub][-1]
    elif shift < 0:
        pick = [c for c in cands if c[1] < pub][-1]
    else:
        pick = [c for c in cands if c[0] > pub][0]
    return _range(*pick)
