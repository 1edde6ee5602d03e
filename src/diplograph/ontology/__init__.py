"""PLOVER types and their coding: quad class, CAMEO code and Goldstein score.

The tables are data (``data/plover.json``, ``data/cameo.json``); this module only
answers questions about them, so the reader and the exports code events the same way.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
STATUSES = ("occurred", "announced", "negated", "hypothetical")


@lru_cache(maxsize=None)
def _load(name: str) -> dict:
    return json.loads(resources.files(__package__).joinpath("data", name).read_text("utf-8"))


def plover() -> dict:
    return _load("plover.json")


def quad(event_type: str) -> str | None:
    t = plover()["types"].get(event_type)
    return t["quad"] if t else None


def cameo_code(event_type: str, variant: str | None = None) -> str | None:
    """The closest CAMEO code for a type and a variant (a mode, a sub-kind, or
    ``promise:TYPE`` for AGREE records made from a promise)."""
    t = plover()["types"].get(event_type)
    if not t:
        return None
    table = t["cameo"]
    return table.get(variant or "", table[""])


def goldstein(cameo: str | None) -> float | None:
    row = _load("cameo.json").get(cameo or "")
    return row[1] if row else None


def cameo_label(cameo: str | None) -> str | None:
    row = _load("cameo.json").get(cameo or "")
    return row[0] if row else None


def modes(event_type: str) -> list[str]:
    return plover()["types"].get(event_type, {}).get("modes", [])

