"""Money and counts: "180-Millionen-Dollar-Projekt", "mehr als 1,5 Milliarden US-Dollar",
"€1bn", "US$28.7 billion", "über 500 Stipendien", "45 experts".

Number formats, scale words, currency names and qualifiers are the language's
``numbers.json``; the countable nouns and their English units are ``units.json``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from diplograph.model import Amount, Quantity
from diplograph.read.lexicon import lexicon
from diplograph.read.text import Sentence


@dataclass
class AmountMention:
    first: int  # token index in the sentence
    last: int
    amount: Amount | None = None
    quantity: Quantity | None = None


@lru_cache(maxsize=None)
def _tables(lang: str):
    n = lexicon(lang).numbers
    quals = {tuple(k.lower().split()): v for k, v in n.get("qualifiers", {}).items()}
    return n, {k.lower(): float(v) for k, v in n.get("scales", {}).items()}, \
        {k.lower(): v for k, v in n.get("currencies", {}).items()}, quals


_DIGITS = re.compile(r"\d[\d.,\u202f\u00a0]*")
_STARTS_WITH_DIGIT = re.compile(r"\d")
_COMPOUND_PART = re.compile(r"(US\$|\$|€|£|¥)?(\d[\d.,]*)?([a-zA-Zа-яА-Я]+)?")


@lru_cache(maxsize=None)
def _grouped(dec: str, grp: str) -> re.Pattern:
    return re.compile(rf"\d{{1,3}}(?:{re.escape(grp)}\d{{3}})+(?:{re.escape(dec)}\d+)?")


def parse_number(word: str, lang: str) -> float | None:
    n, *_ = _tables(lang)
    w = word.strip()
    if w.lower() in n.get("words", {}):
        return float(n["words"][w.lower()])
    if not _DIGITS.fullmatch(w):
        return None
    dec, grp = n.get("decimal", "."), n.get("group", ",")
    if w.count(grp) and not _grouped(dec, grp).fullmatch(w):
        if dec in w or grp != dec:
            w = w.replace(grp, dec) if w.count(grp) == 1 and len(w.split(grp)[1]) != 3 else w
    w = w.replace(grp, "").replace("\u202f", "").replace("\u00a0", "").replace(dec, ".")
    try:
        return float(w)
    except ValueError:
        return None


@lru_cache(maxsize=100_000)
def _split_compound(tok: str) -> tuple[str, ...]:
    """'180-Millionen-Dollar-Projekt' -> ['180', 'Millionen', 'Dollar', 'Projekt'];
    '€1bn' -> ['€', '1', 'bn']; 'US$28.7' -> ['US$', '28.7']. (Remembered per token:
    most words of a corpus recur.)"""
    parts = []
    for piece in tok.split("-") if _STARTS_WITH_DIGIT.match(tok) else [tok]:
        m = _COMPOUND_PART.fullmatch(piece)
        if m and (m.group(1) or m.group(2)):
            parts += [g for g in m.groups() if g]
        else:
            parts.append(piece)
    return tuple(parts)


@lru_cache(maxsize=200_000)
def _has_number(tok: str, lang: str) -> bool:
    """Whether a part of the token is a number (a digit or a number word): asked for every
    token, before any amount is looked for (remembered per token: most words recur)."""
    numbers = _tables(lang)[0].get("words", {})
    return any(p.lower()[:1].isdecimal() or p.lower() in numbers for p in _split_compound(tok))


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=None)
def _number_words(lang: str) -> re.Pattern | None:
    """Any of the language's number words, anywhere (inside words too: a quick test that
    a sentence holds none)."""
    words = _tables(lang)[0].get("words", {})
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True))) if words else None


@lru_cache(maxsize=100_000)
def _lower_parts(tok: str) -> tuple[str, ...]:
    return tuple(p.lower() for p in _split_compound(tok))


def find_amounts(sent: Sentence, lang: str) -> list[AmountMention]:
    n, scales, currencies, quals = _tables(lang)
    numbers = n.get("words", {})
    units = lexicon(lang).units
    toks = sent.tokens
    words_re = _number_words(lang)
    if _DIGIT.search(sent.text) is None and (words_re is None or words_re.search(sent.text.lower()) is None):
        return []  # (no digit and no number word anywhere in the text: the token check below would say so)
    if not any(_has_number(t.text, lang) for t in toks):
        return []  # every amount and count holds a number: most sentences have none
    words = [(p, t.i, t.lemma) for t in toks for p in _lower_parts(t.text)]  # (sub-word lower, token index, lemma)
    # the only words an amount can begin at: a currency, a digit or a number word
    opens = [w in currencies or _STARTS_WITH_DIGIT.match(w) is not None or w in numbers for w, _, _ in words]
    out = []
    k = 0
    while k < len(words):
        if not opens[k]:
            k += 1
            continue
        w, ti, _ = words[k]
        cur = None
        start = k
        if w in currencies and k + 1 < len(words) and parse_number(words[k + 1][0], lang) is not None:
            cur = currencies[w]
            k += 1
            w, ti, _ = words[k]
        value = parse_number(w, lang) if _STARTS_WITH_DIGIT.match(w) or w in n.get("words", {}) else None
        if value is None:
            k += 1
            continue
        if w in n.get("words", {}) and not (k + 1 < len(words) and words[k + 1][0] in scales):
            if not (k + 1 < len(words) and _unit(words[k + 1], units)):
                k += 1
                continue
        end = k
        if end + 1 < len(words) and words[end + 1][0] in scales:
            value *= scales[words[end + 1][0]]
            end += 1
        if cur is None and end + 1 < len(words) and words[end + 1][0] in currencies:
            cur = currencies[words[end + 1][0]]
            end += 1
        elif cur is None and end + 2 < len(words) and words[end + 1][0] in ("us", "u.s.") and words[end + 2][0] in currencies:
            cur = currencies[words[end + 2][0]]
            end += 2
        qual = "exact"
        first_tok = words[start][1]
        for q, label in quals.items():
            lo = first_tok - len(q)
            if lo >= 0 and tuple(t.lower for t in toks[lo:first_tok]) == q:
                qual, first_tok = label, lo
                break
        last_tok = words[end][1]
        text = sent.text[toks[first_tok].start - sent.start:toks[last_tok].end - sent.start]
        if cur:
            if not (1990 <= value <= 2100 and value.is_integer() and False):
                out.append(AmountMention(first_tok, last_tok, amount=Amount(value, cur, qual, text)))
        elif not (1900 <= value <= 2100) and (u := _unit_after(words, end, units, lang)) is not None:
            unit = _unit(words[u], units)
            ut = words[u][1]
            text = sent.text[toks[first_tok].start - sent.start:toks[ut].end - sent.start]
            out.append(AmountMention(first_tok, ut, quantity=Quantity(value, unit, qual, text)))
        k = end + 1
    return out


def _unit_after(words, end: int, units, lang: str) -> int | None:
    """The unit noun after a number: next to it, or in a language with case endings
    after adjectives ("20 межправительственных и межведомственных документов")."""
    lex = lexicon(lang)
    coords = lex.preps.get("coordinators", frozenset())
    j = end + 1
    while lex.adjective_endings and j < len(words) and j - end <= 4 and not _unit(words[j], units) \
            and (words[j][2].endswith(lex.adjective_endings) or words[j][0] in coords) and words[j][0].isalpha():
        j += 1
    if not lex.adjective_endings:  # "18 cooperation agreements", "18 neue Abkommen": up to two modifiers
        small = set().union(*lex.preps.values()) | coords
        while j < len(words) and j - end <= 2 and not _unit(words[j], units) and words[j][0].isalpha() \
                and words[j][0] not in small:
            j += 1
    return j if j < len(words) and _unit(words[j], units) else None


def _unit(word, units) -> str | None:
    w, _, lemma = word
    return units.get(lemma) or units.get(w) or units.get(w.rstrip("s"))
