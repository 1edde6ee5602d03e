"""The knowledge base's names compiled for look-up and matching, kept on disk between runs.

``KnowledgeBase.index`` (every surface form by its ``norm`` key), ``_matcher`` (an
Aho-Corasick automaton over all of them) and ``_declined_matcher`` (the same plus every
case form of the names, for Russian) took most of a run's start-up after the
lemmatiser: about a second, three for Russian. They depend only on the knowledge base's
data, so for a base made by ``load()`` they are built once and kept in the cache
directory (``diplograph.cache``) under a hash of that data (the bundled files, the
user's ``--kb`` files and ``$DIPLOGRAPH_KB_DIR``), this module's and the base's source
and the library versions; a base changed later with ``apply()`` has no such hash and
builds them in memory.

The automata hold, for each folded surface form, the numbers of its aliases in one
alias table rather than the ``Alias`` objects themselves: unpickling a few thousand
tuples of numbers is quick, unpickling as many dataclass objects is not.
"""
from __future__ import annotations

from pathlib import Path

from diplograph import cache

SOURCE = Path(__file__)


def build_index(kb) -> tuple[list, dict]:
    """(alias table, norm key -> aliases); every alias of every language, each once."""
    from diplograph.kb import norm

    idx: dict[str, list] = {}
    seen = set()
    for a in kb.aliases("en"):
        if a in seen:
            continue
        seen.add(a)
        idx.setdefault(norm(a.text), []).append(a)
    return [a for group in idx.values() for a in group], idx


def build_automaton(aliases: list):
    """Folded surface form -> (form, alias numbers)."""
    import ahocorasick

    from diplograph.kb import fold

    groups: dict[str, list[int]] = {}
    for i, a in enumerate(aliases):
        key = fold(a.text.strip())
        if key:
            groups.setdefault(key, []).append(i)
    automaton = ahocorasick.Automaton()
    for key, ids in groups.items():
        automaton.add_word(key, (key, tuple(ids)))
    automaton.make_automaton()
    return automaton


def build_declined(kb, lang: str, declension: dict):
    """The base automaton's entries plus (case form, alias numbers, name as listed) for
    every name that may be declined in ``lang``."""
    import ahocorasick

    from diplograph.kb import declined_forms, fold

    base = kb._matcher()
    automaton = ahocorasick.Automaton()
    for key in base.keys():
        automaton.add_word(key, base.get(key))
    forms: dict[str, tuple[str, list[int]]] = {}
    for i, a in enumerate(kb._aliases):
        if a.lang not in (None, lang) or kb.exact_case(a):
            continue
        for form in declined_forms(a.text.strip(), a.kind in ("person", "surname"), declension):
            key = fold(form)
            if key not in base:
                forms.setdefault(key, (a.text.strip(), []))[1].append(i)
    for key, (text, ids) in forms.items():
        automaton.add_word(key, (key, tuple(ids), text))
    automaton.make_automaton()
    return automaton


def names(kb) -> tuple[list, dict, object]:
    """(alias table, index, automaton) for ``kb``, from the cache when it has them."""
    def build():
        aliases, idx = build_index(kb)
        return _pack(aliases, idx, build_automaton(aliases))

    return _unpack(cache.cached("kb-names", _key(kb), build))


def declined(kb, lang: str, declension: dict):
    """``build_declined`` for ``kb``, from the cache when it has it."""
    import json

    key = _key(kb, lang, json.dumps(declension, sort_keys=True, ensure_ascii=False))
    return cache.cached(f"kb-declined-{lang}", key, lambda: build_declined(kb, lang, declension))


def _key(kb, *extra: str) -> str:
    import ahocorasick

    from diplograph import kb as kbmod

    return cache.fingerprint(kb._cache_key, SOURCE, Path(kbmod.__file__),
                             str(getattr(ahocorasick, "__version__", "")), *extra)


def _pack(aliases: list, idx: dict, automaton) -> dict:
    number = {a: i for i, a in enumerate(aliases)}
    return {"aliases": [(a.text, a.kind, a.key, a.lang) for a in aliases],
            "index": [(k, tuple(number[a] for a in group)) for k, group in idx.items()],
            "automaton": automaton}


def _unpack(packed: dict) -> tuple[list, dict, object]:
    from diplograph.kb import Alias

    aliases = [_alias(Alias, row) for row in packed["aliases"]]
    idx = {k: [aliases[i] for i in ids] for k, ids in packed["index"]}
    return aliases, idx, packed["automaton"]


def _alias(cls, row: tuple):
    """An Alias without its dataclass __init__ (a third of the time for 20,000 of them);
    the fields are set as the generated __init__ would set them."""
    a = object.__new__(cls)
    d = a.__dict__
    d["text"], d["kind"], d["key"], d["lang"] = row
    return a


def data_key(user_files: list[bytes]) -> str | None:
    """What a knowledge base made by ``load()`` is built from: every bundled data file,
    then the contents of the user's files in the order they were applied."""
    from diplograph.kb import DATA

    try:
        return cache.fingerprint("kb", sorted(DATA.rglob("*.json")), *user_files)
    except OSError:
        return None
