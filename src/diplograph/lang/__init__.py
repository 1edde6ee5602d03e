"""Per-language data: what the reader needs to know about a language, as files.

Each language is a folder (``de/``, ``en/``, ``ru/``) of JSON files that a linguist can
edit without touching code (the layout follows spaCy's ``lang/`` and dateparser's
locale files). ``load(lang)`` returns them as one mapping; missing files are empty.
Month and weekday names come from CLDR (Babel), so they are not repeated here.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

SUPPORTED = ("de", "en", "ru")
FILES = ("morphology", "demonyms", "roles", "groups", "triggers", "cues", "dates", "numbers",
         "units", "prepositions", "coreference", "abbreviations", "names")


@lru_cache(maxsize=None)
def load(lang: str) -> dict:
    if lang not in SUPPORTED:
        raise ValueError(f"language not supported: {lang!r} (supported: {', '.join(SUPPORTED)})")
    root = resources.files(__package__).joinpath(lang)
    data = {}
    for name in FILES:
        f = root.joinpath(f"{name}.json")
        data[name] = json.loads(f.read_text("utf-8")) if f.is_file() else {}
    return data
