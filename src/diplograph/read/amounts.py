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


_PARTS: dict[str, dict] = {}  # language -> token -> its ``_parts``: looked up for every token


def _parts(tok: str, lang: str) -> tuple[tuple[str, bool], ...]:
    """The token's sub-words in lower case, each with whether an amount can begin there
    (a currency, a digit or a number word). Asked for every token of a sentence with a
    digit, so remembered per token (``_PARTS``): most words recur."""
    n, _, currencies, _ = _tables(lang)
    numbers = n.get("words", {})
    out = []
    for p in _split_compound(tok):
        w = p.lower()
        out.append((w, w in currencies or _STARTS_WITH_DIGIT.match(w) is not None or w in numbers))
    return tuple(out)


def _known_parts(lang: str) -> dict:
    """The language's remembered ``_parts`` (token -> its sub-words)."""
    known = _PARTS.get(lang)
    if known is None:
        known = _PARTS[lang] = {}
    return known


def _remember_parts(known: dict, tok: str, lang: str) -> tuple[tuple[str, bool], ...]:
    if len(known) > 200_000:
        known.clear()
    parts = known[tok] = _parts(tok, lang)
    return parts


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=None)
def _number_words(lang: str) -> frozenset:
    return frozenset(_tables(lang)[0].get("words", {}))


@lru_cache(maxsize=None)
def _unit_words(lang: str) -> frozenset:
    """The words ``_unit`` knows (with a unit to give)."""
    return frozenset(k for k, v in lexicon(lang).units.items() if v)


def _names_a_unit(lowers, lemmas, lang: str) -> bool:
    """Whether a word of the sentence (as ``_unit`` reads it: lemma, form or form without
    its plural -s) is one of the language's units: by set operations, as most sentences
    name none."""
    named = _unit_words(lang)
    return not (named.isdisjoint(lowers) and named.isdisjoint(lemmas)
                and named.isdisjoint([w.rstrip("s") for w in lowers]))


def find_amounts(sent: Sentence, lang: str) -> list[AmountMention]:
    toks = sent.tokens
    n, scales, currencies, quals = _tables(lang)
    numbers = n.get("words", {})
    units = lexicon(lang).units
    prefixes = n.get("currency_prefixes", ())  # ("US dollars")
    if _DIGIT.search(sent.text) is None:
        # every amount and count holds a number. Without a digit each token is its own only
        # sub-word, and a number word makes an amount only before a scale or a unit ("two
        # billion", "three (new) agreements"; not "one of the officials"): most sentences have none
        if _number_words(lang).isdisjoint(sent.lowers):
            return []
        if scales.keys().isdisjoint(sent.lowers) and not _names_a_unit(sent.lowers, sent.lemmas, lang):
            return []  # (no scale or unit word anywhere: "ein", "one" count nothing here)
        plain = [(t.lower, t.i, t.lemma) for t in toks]
        if not any(w in numbers and k + 1 < len(plain) and (plain[k + 1][0] in scales
                                                             or _unit_after(plain, k, units, lang) is not None)
                   for k, (w, _, _) in enumerate(plain)):
            return []
    else:
        # a number makes an amount only with a currency or before a unit, and most numbers
        # are days and years: the sentence's sub-words and lemmas hold neither (sub-words
        # other than the word itself only in words that are not all letters: "€1bn", "180-Millionen-...")
        known = _known_parts(lang)
        lowers = set(sent.lowers)
        for t in toks:
            if not t.text.isalpha():
                parts = known.get(t.text) or _remember_parts(known, t.text, lang)
                lowers.update(w for w, _ in parts)
        if currencies.keys().isdisjoint(lowers) and not _names_a_unit(lowers, sent.lemmas, lang):
            return []
    words = []  # (sub-word lower, token index, lemma)
    opens = []  # the only sub-words an amount can begin at: a currency, a digit or a number word
    known = _known_parts(lang)
    for t in toks:
        parts = known.get(t.text) or _remember_parts(known, t.text, lang)
        if len(parts) == 1:  # (most words)
            if parts[0][1]:
                opens.append(len(words))
            words.append((parts[0][0], t.i, t.lemma))
            continue
        for w, o in parts:
            if o:
                opens.append(len(words))
            words.append((w, t.i, t.lemma))
    out = []
    k = 0
    nxt = 0  # the first of ``opens`` not yet passed
    while True:
        while nxt < len(opens) and opens[nxt] < k:
            nxt += 1
        if nxt == len(opens):
            break
        k = opens[nxt]
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
            # a number word counts only what it stands before: a unit, or one behind the words
            # a number may have before its unit ("three new agreements", "три новых соглашения")
            if _unit_after(words, k, units, lang) is None:
                k += 1
                continue
        end = k
        if end + 1 < len(words) and words[end + 1][0] in scales:
            value *= scales[words[end + 1][0]]
            end += 1
        if cur is None and end + 1 < len(words) and words[end + 1][0] in currencies:
            cur = currencies[words[end + 1][0]]
            end += 1
        elif cur is None and end + 2 < len(words) and words[end + 1][0] in prefixes and words[end + 2][0] in currencies:
            cur = currencies[words[end + 2][0]]
            end += 2
        qual = "exact"
        first_tok = words[start][1]
        lowers = sent.lowers
        for q, label in quals.items():
            lo = first_tok - len(q)
            if lo >= 0 and tuple(lowers[lo:first_tok]) == q:
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
