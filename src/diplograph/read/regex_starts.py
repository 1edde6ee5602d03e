"""What a regular expression can begin with: the first few characters of every string it
matches, read off its parse, as a look-ahead that refuses at a glance where it cannot match.

The date grammar is long (every month and weekday name in several forms, many phrases)
and is tried at word boundaries; behind such a look-ahead the engine passes over most
places, and most alternatives, without trying the lists of names one by one. A
look-ahead only refuses where the pattern could not match anyway, so the matches stay
the same. Where a part cannot be told (a back-reference, a flag set inside), the
prefix stops there and allows anything after it.
"""
from __future__ import annotations

import re
from re import _constants as c

_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
_CATEGORIES = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
               c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}


def lookahead(pattern: str, length: int, flags: int = 0) -> str | None:
    """``(?=...)`` for the first ``length`` characters of what ``pattern`` matches (to be
    used under the same flags), or None when it may match the empty string or its start
    cannot be told at all."""
    states = _extend({((), True)}, re._parser.parse(pattern, flags).data, length)
    prefixes = {p for p, _ in states}
    if not prefixes or () in prefixes:
        return None
    return f"(?={_trie(prefixes)})"


def _extend(states: set, items, k: int) -> set:
    """States (prefix, open) after the items: a prefix of at most k character classes, and
    whether the pattern may go on after it (False: it ended here, or is cut off)."""
    for op, av in items:
        if not any(e and len(p) < k for p, e in states):
            break
        states = _item(states, op, av, k)
    return states


def _item(states: set, op, av, k: int) -> set:
    done = {(p, False) for p, e in states if not e or len(p) >= k}
    live = {p for p, e in states if e and len(p) < k}
    if not live:
        return done
    if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
        f = _char(op, av)
        return done | ({(p, False) for p in live} if f is None else {(p + (f,), True) for p in live})
    if op is c.ASSERT_NOT and not av[1].data:  # "(?!)": matches nothing
        return done
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero width: a weaker look-ahead without it
        return done | {(p, True) for p in live}
    if op is c.BRANCH:
        out = set(done)
        for alt in av[1]:
            out |= _extend({(p, True) for p in live}, alt.data, k)
        return out
    if op is c.SUBPATTERN and not (av[1] or av[2]):
        return done | _extend({(p, True) for p in live}, av[3].data, k)
    if op in _REPEATS:
        lo, hi, sub = av
        out, now, r = set(done), {(p, True) for p in live}, 0
        while True:  # r copies of the repeated part so far
            going = set()
            for p, e in now:
                if not e or len(p) >= k:
                    out.add((p, False))
                else:
                    going.add(p)
                    if r >= lo:
                        out.add((p, True))
            if not going or r >= hi:
                break
            if r > lo + k:  # (a part that matches the empty string: stop counting)
                out |= {(p, False) for p in going}
                break
            now = _extend({(p, True) for p in going}, sub.data, k)
            r += 1
        return out
    return done | {(p, False) for p in live}  # cannot tell: anything may follow


def _char(op, av) -> str | None:
    """One character's class as regex text, or None."""
    if op is c.LITERAL:
        return re.escape(chr(av))
    if op is c.NOT_LITERAL:
        return "[^" + re.escape(chr(av)) + "]"
    if op is c.ANY:
        return r"[\s\S]"
    negate, parts = False, []
    for iop, iav in av:
        if iop is c.NEGATE:
            negate = True
        elif iop is c.LITERAL:
            parts.append(re.escape(chr(iav)))
        elif iop is c.RANGE:
            parts.append(re.escape(chr(iav[0])) + "-" + re.escape(chr(iav[1])))
        elif iop is c.CATEGORY and iav in _CATEGORIES:
            parts.append(_CATEGORIES[iav])
        else:
            return None
    if not parts:
        return None
    if not negate and len(parts) == 1 and (len(parts[0]) == 1 or parts[0] in _CATEGORIES.values()):
        return parts[0]
    return "[" + "^" * negate + "".join(parts) + "]"


def _trie(prefixes) -> str:
    """The prefixes as one alternation that shares their common beginnings ("jan", "jun",
    "jul": "j(?:an|u(?:l|n))"), so the engine tests each character once."""
    root: dict = {}
    for p in prefixes:
        node = root
        for ch in p:
            node = node.setdefault(ch, {})
        node[None] = None

    def emit(node) -> str:
        if None in node:
            return ""  # a shorter prefix is enough: anything may follow it
        alts = [ch + emit(node[ch]) for ch in sorted(node)]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return emit(root)
