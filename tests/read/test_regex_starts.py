"""The look-ahead for what a pattern can begin with refuses only where it cannot match."""
import re

from diplograph.read.regex_starts import lookahead


PATTERNS = [
    r"\b(?P<d>\d{1,2})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?(?P<m>january|june|july|jan)\.?\b",
    r"\b(?:im|in|since|mid-?)\s+(?P<m>mai|may|march)(?:\s+(?P<y>(?:19|20)\d\d))?\b",
    r"\b(?:last|next)?\s*(?P<wd>monday|tuesday)\b",
    r"[A-Z][a-z]+ (?:de|von) \w+",
]
TEXT = ("On 12 June the ministers met; by mid-May and in March 2024 they had not. Last Monday, "
        "in may 1999, 3rd of July; Tuesday. Jean de Gaulle met Otto von Bismarck in 2 jan.")


def test_same_matches_behind_the_lookahead():
    for pat in PATTERNS:
        for length in (1, 2, 4, 8):
            guard = lookahead(pat, length, re.IGNORECASE)
            plain = re.compile(pat, re.IGNORECASE)
            guarded = re.compile((guard or "") + pat, re.IGNORECASE)
            assert [m.span() for m in plain.finditer(TEXT)] == [m.span() for m in guarded.finditer(TEXT)]
            assert plain.findall(TEXT)  # (the text has matches of every pattern)


def test_refuses_where_no_match_begins():
    guard = re.compile(lookahead(r"\b(?:in|im)\s+(?:may|march)\b", 4, re.IGNORECASE), re.IGNORECASE)
    assert guard.match("in May")
    assert guard.match("IM MAY")  # (under the pattern's flags)
    assert guard.match("on May") is None
    assert guard.match("in Berlin") is None  # the first characters only of a month
    assert guard.match("in Maputo")  # (a look-ahead of four characters: "in M" may begin one)


def test_nothing_to_tell():
    assert lookahead(r"(?:x)?", 4) is None  # may match the empty string
    assert lookahead(r"(?!)", 4) is None  # matches nothing
    assert lookahead(r"\bab", 4) == "(?=ab)"
