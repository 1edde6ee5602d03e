"""Sentences and tokens with character offsets into the article text.

Paragraphs and lines are split first: a headline without a full stop must not glue
itself to the next sentence. Sentence ends are full stops, question and exclamation
marks before an upper-case letter, except after the language's abbreviations and in
"12. November" style ordinals.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from diplograph import lang as langdata
from diplograph.read.lemmatizers import simplemma_lemmatizer

TOKEN = re.compile(r"[$€£¥]|\d+(?:[.,\u202f]\d+)+(?:-\w+)*|\w+(?:[-–'’.]\w+)*\.?(?:-(?=\s|$))?|[^\w\s]", re.UNICODE)
SENT_END = re.compile(r"[.!?…]+[\"”“»«)]*\s+(?=[\"„“«(]?[A-ZÄÖÜА-ЯЁ0-9])")
LINE_SPLIT = re.compile(r"\n\s*")
ORDINAL = re.compile(r"\d{1,2}\.")  # "12. November": no sentence end
INITIAL = re.compile(r"[A-ZÄÖÜ]\.")  # "J. D. Vance"


@dataclass(slots=True)  # (made for every word of every sentence: slots make that and reading them cheaper)
class Token:
    text: str
    start: int
    end: int
    lower: str
    lemma: str
    i: int = 0


class _once:
    """A sentence's feature made on first use and then kept as a plain attribute (as
    ``functools.cached_property``, without its lock: asked for in every sentence)."""

    def __init__(self, make):
        self.make, self.name = make, make.__name__

    def __get__(self, sent, owner=None):
        if sent is None:
            return self
        value = sent.__dict__[self.name] = self.make(sent)
        return value


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: list[Token]

    @_once
    def lowers(self) -> list[str]:
        """Each token's lower case, by index: made once for the stages that scan them all."""
        return [t.lower for t in self.tokens]

    @_once
    def lemmas(self) -> list[str]:
        return [t.lemma for t in self.tokens]

    @_once
    def _starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def token_at(self, char: int) -> int | None:
        """The index of the token holding article offset ``char`` (None: between tokens):
        a binary search, as the stages ask it for every name and date."""
        k = bisect_right(self._starts, char) - 1
        return k if k >= 0 and char < self.tokens[k].end else None


@lru_cache(maxsize=None)
def _abbreviations(lang: str) -> frozenset[str]:
    return frozenset(a.lower() for a in langdata.load(lang)["abbreviations"].get("abbreviations", []))


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    return _lemmatizer(lang)(word).lower()


@lru_cache(maxsize=None)
def _lemmatizer(lang: str):
    """The language's lemmatizer, as its ``morphology.json`` names it: simplemma by
    default; pymorphy3 for Russian (it knows names and case forms simplemma misses)."""
    morph = langdata.load(lang)["morphology"]
    fixes = {k: v for k, v in morph.get("lemmas", {}).items() if not k.startswith("_")}  # forms it gets wrong
    if morph.get("lemmatizer") == "pymorphy3":
        return lambda word: fixes.get(word.lower()) or _reading(word, lang)[0]
    base = simplemma_lemmatizer(lang)
    return (lambda word: fixes.get(word.lower()) or base(word)) if fixes else base


@lru_cache(maxsize=None)
def _analyzer(lang: str):
    """The language's case analyser (pymorphy3), None for a language without one."""
    if langdata.load(lang)["morphology"].get("lemmatizer") != "pymorphy3":
        return None
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=200_000)
def _reading(word: str, lang: str):
    """The lemma and tag of the word's likeliest reading: one analysis per word serves
    the lemma and every question below (a word's analysis is most of a Russian word's
    cost; asked four ways, it was made up to four times)."""
    best = _analyzer(lang).parse(word)[0]
    return best.normal_form, best.tag


@lru_cache(maxsize=200_000)
def is_genitive(word: str, lang: str) -> bool | None:
    """Whether the word's likeliest reading is a genitive (None: cannot tell, as for
    indeclinable names or a language without a case analyser)."""
    if _analyzer(lang) is None:
        return None
    tag = _reading(word, lang)[1]
    if "Fixd" in tag or tag.case is None:
        return None
    return tag.case in ("gent", "gen2")


@lru_cache(maxsize=200_000)
def case_readings(word: str, lang: str) -> frozenset[str]:
    """Every case the word can be read in, not only the likeliest ("Ханой": nominative or
    accusative; "президент": nominative only). Empty without a case analyser. In a free word
    order it is what tells the subject from the object."""
    if not word[:1].isalpha() or _analyzer(lang) is None:
        return frozenset()
    return frozenset(p.tag.case for p in _analyzer(lang).parse(word) if p.tag.case)


@lru_cache(maxsize=200_000)
def is_participle(word: str, lang: str) -> bool:
    """Whether the word's likeliest reading is a full participle ("находящийся",
    "прибывший"): in Russian it opens a phrase of its own after a comma."""
    if not word[:1].isalpha() or _analyzer(lang) is None:
        return False
    return _reading(word, lang)[1].POS == "PRTF"


@lru_cache(maxsize=200_000)
def grammemes(word: str, lang: str) -> frozenset[str]:
    """The grammemes of the word's likeliest reading ("ablt", "pssv", ...); empty for a
    language without a case analyser."""
    if not word[:1].isalpha() or _analyzer(lang) is None:
        return frozenset()
    return frozenset(_reading(word, lang)[1].grammemes)


def tokenize(text: str, offset: int, lang: str) -> list[Token]:
    out = []
    append = out.append
    abbr = _abbreviations(lang)
    forms = _FORMS.get(lang)
    if forms is None:
        forms = _FORMS[lang] = {}
    find = text.find
    pos = 0
    # (only white space lies between tokens, so a token starts where it is next found)
    for w in TOKEN.findall(text):
        s = find(w, pos)
        pos = s + len(w)
        # a trailing full stop belongs to the word only for abbreviations and ordinals
        if w[-1] == "." and len(w) > 1 and w.lower() not in abbr and not w[:-1].isdigit():
            w = w[:-1]
            e = pos - 1
            append(Token(w, offset + s, offset + e, w.lower(), lemma(w, lang), len(out)))
            append(Token(".", offset + e, offset + e + 1, ".", ".", len(out)))
            continue
        f = forms.get(w)
        if f is None:
            if len(forms) > 200_000:
                forms.clear()
            f = forms[w] = _forms(w, lang)
        append(Token(w, offset + s, offset + pos, f[0], f[1], len(out)))
    return out


_FORMS: dict[str, dict[str, tuple[str, str]]] = {}  # language -> word -> (lower case, lemma)


def _forms(word: str, lang: str) -> tuple[str, str]:
    """A token's lower case and lemma (a word not starting with a letter is its own
    lemma): remembered per word (in ``_FORMS``), as most words of a corpus recur."""
    return word.lower(), (lemma(word, lang) if word[0].isalpha() else word.lower())


def _sentence_spans(text: str, lang: str):
    abbr = _abbreviations(lang)
    start = 0
    for line in LINE_SPLIT.split(text):
        pos = text.find(line, start) if line else start
        if not line.strip():
            continue
        begin = 0
        for m in SENT_END.finditer(line):
            before = line[begin:m.start() + 1].rsplit(None, 1)  # (the last word only)
            last = before[-1] if before else ""
            if last.lower() in abbr or ORDINAL.fullmatch(last) or INITIAL.fullmatch(last):
                continue
            yield pos + begin, pos + m.end()
            begin = m.end()
        if begin < len(line):
            yield pos + begin, pos + len(line)
        start = pos + len(line)


def sentences(text: str, lang: str) -> list[Sentence]:
    out = []
    for s, e in _sentence_spans(text, lang):
        while e > s and text[e - 1].isspace():
            e -= 1
        while s < e and text[s].isspace():
            s += 1
        if e <= s:
            continue
        out.append(Sentence(len(out), s, e, text[s:e], tokenize(text[s:e], s, lang)))
    return out
