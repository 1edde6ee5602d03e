"""PLOVER coding of a drafted event: promise -> AGREE, CAMEO code, Goldstein score, quad.

PLOVER codes a promised cooperative act ("will provide aid") as AGREE and keeps what
was promised in ``promised_type``. A promise or announcement of a hostile act ("vowed
to fight", "would boycott", "will withdraw unless ...") is a THREATEN, and an
announced retreat is a CONCEDE (PLOVER manual 3.4, 3.7, 3.11). These rules are
PLOVER's, the same in every language.
"""
from __future__ import annotations

from diplograph import ontology
from diplograph.model import Event
from diplograph.read.lexicon import Trigger

COOPERATIVE = {"AID", "COOPERATE", "CONSULT", "SUPPORT"}
HOSTILE = {"THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}
# a hostile act announced for the future is a threat; sanctions are coded when announced
THREAT_WHEN_ANNOUNCED = {"PROTEST", "COERCE", "ASSAULT"}
# ... and any of these made conditional ("unless", "if") is one
THREAT_WHEN_CONDITIONAL = HOSTILE | {"RETREAT"}
# announced, these retreats are concessions ("announced it would withdraw its troops")
MATERIAL_RETREATS = {"withdraw", "release", "disarm", "access", "demobilize", "resign"}
# refused, these become REJECT ("will not accept refugees", "would not attend")
REFUSABLE = COOPERATIVE | {"AGREE", "CONCEDE", "RETREAT"}


# armed groups that "arrive" or "go" somewhere are deployed, not visiting (PLOVER 3.6, 3.14)
DEPLOYED = {"military": "MOBILIZE", "police": "MOBILIZE", "rebels": "MOBILIZE", "peacekeepers": "AID"}


def code(event: Event, variant: str | None, complement: Trigger | None = None,
         conditional: bool = False, frame: Trigger | None = None) -> Event:
    if event.type == "CONSULT" and event.mode == "visit" and event.source.kind == "group" \
            and event.source.role in DEPLOYED:
        event.type, event.mode, variant = DEPLOYED[event.source.role], None, None
    if complement is not None and event.type == "AGREE":
        if complement.type in HOSTILE:  # "vowed to fight", "pledged to retaliate"
            event.type, event.mode, variant = (frame.hostile_as if frame else "THREATEN"), None, None
        elif complement.type in COOPERATIVE:  # "pledged to invest": what was promised
            event.promised_type = complement.type
            variant = f"promise:{complement.type}"
            event.context = sorted(set(event.context) | set(complement.context))
    if event.status == "announced" and frame is not None and frame.announced_as:
        event.type, event.mode, variant = frame.announced_as, None, None  # "Москва примет ответные меры"
    elif event.status == "announced" and event.type in THREAT_WHEN_ANNOUNCED:
        event.type, event.mode, variant = "THREATEN", None, None
    elif event.status == "hypothetical" and conditional and event.type in THREAT_WHEN_CONDITIONAL:
        # (the threat is the act told: it was made, whatever becomes of the condition)
        event.type, event.mode, variant, event.status = "THREATEN", None, None, "occurred"
    elif event.status == "announced" and event.type == "RETREAT" and variant in MATERIAL_RETREATS:
        event.type, event.mode, variant = "CONCEDE", None, None
    if event.status == "announced" and event.type in COOPERATIVE:
        event.promised_type = event.type
        event.type = "AGREE"
        event.mode = None
        variant = f"promise:{event.promised_type}"
    if event.type == "CONSULT" and event.mode is None and variant in ("visit", "host"):
        event.mode = "visit"
    event.cameo = ontology.cameo_code(event.type, variant)
    event.goldstein = ontology.goldstein(event.cameo)
    event.quad = ontology.quad(event.type)
    return event
