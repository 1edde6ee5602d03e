"""PLOVER coding of a drafted event: promise -> AGREE, CAMEO code, Goldstein score, quad.

PLOVER codes a promised cooperative act ("will provide aid") as AGREE and keeps what
was promised in ``promised_type``.
"""
from __future__ import annotations

from diplograph import ontology
from diplograph.model import Event

COOPERATIVE = {"AID", "COOPERATE", "CONSULT", "SUPPORT"}


def code(event: Event, variant: str | None) -> Event:
    if event.status == "announced" and event.type in COOPERATIVE:
        event.promised_type = event.type
        event.type = "AGREE"
        event.mode = None
        variant = f"promise:{event.promised_type}"
    if event.type == "CONSULT" and event.mode is None and variant in ("visit", "host"):
        event.mode = "visit"
    event.cameo = ontology.cameo_code(event.type, variant if variant and (variant.startswith("promise:") or True) else None)
    event.goldstein = ontology.goldstein(event.cameo)
    event.quad = ontology.quad(event.type)
    return event
