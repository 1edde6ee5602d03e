"""Typed records shared by every part of diplograph.

The event record is the contract between the reader, the store, the API and the
exports (see EVENTS.md); these dataclasses are its single definition, and
``Event.to_dict`` / ``Event.from_dict`` are the only places that know its JSON shape.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Union

DateValue = Union[str, dict, None]  # "2024", "2024-06", "2024-06-12" or {"start", "end"}


@dataclass
class Article:
    """One document to read: its text and what is known about it."""

    id: str
    text: str
    published: date | None = None
    lang: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass
class Actor:
    """Who acts or is acted upon, coded by affiliation (ISO3 or organisation code)."""

    code: str
    name: str
    text: str = ""
    kind: str = "country"  # country | organisation | person | company | group
    role: str | None = None
    country: str | None = None

    def to_dict(self) -> dict:
        d = {"code": self.code, "name": self.name, "text": self.text, "kind": self.kind,
             "country": self.country}
        if self.role:
            d["role"] = self.role
        return d

    @classmethod
    def from_dict(cls, d: dict | None) -> "Actor | None":
        if not d:
            return None
        return cls(code=d["code"], name=d.get("name", d["code"]), text=d.get("text", ""),
                   kind=d.get("kind", "country"), role=d.get("role"), country=d.get("country"))


@dataclass
class Location:
    code: str
    name: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict:
        return {"code": self.code, "name": self.name, "lat": self.lat, "lon": self.lon}


@dataclass
class Amount:
    value: float
    currency: str
    qualifier: str = "exact"  # exact | more_than | less_than | about | up_to
    text: str = ""


@dataclass
class Quantity:
    value: float
    unit: str
    qualifier: str = "exact"
    text: str = ""


@dataclass
class Evidence:
    text: str
    start: int
    end: int
    sentence: int


@dataclass
class Event:
    article: str
    type: str
    source: Actor
    evidence: Evidence
    status: str = "occurred"  # occurred | announced | negated | hypothetical
    target: Actor | None = None
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    symmetric: bool = False
    date: DateValue = None
    date_text: str | None = None
    location: Location | None = None
    amount: Amount | None = None
    quantities: list[Quantity] = field(default_factory=list)
    promised_type: str | None = None
    cameo: str | None = None
    goldstein: float | None = None
    quad: str | None = None
    confidence: float = 0.5
    language: str | None = None
    extractor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "symmetric": self.symmetric,
            "date": self.date,
            "date_text": self.date_text,
            "location": self.location.to_dict() if self.location else None,
            "status": self.status,
            "amount": asdict(self.amount) if self.amount else None,
            "quantities": [asdict(q) for q in self.quantities],
            "promised_type": self.promised_type,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad": self.quad,
            "evidence": asdict(self.evidence),
            "confidence": self.confidence,
            "language": self.language,
            "extractor": self.extractor,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        loc = d.get("location")
        amt = d.get("amount")
        return cls(
            article=d["article"], type=d["type"], mode=d.get("mode"),
            context=list(d.get("context") or []),
            source=Actor.from_dict(d["source"]), target=Actor.from_dict(d.get("target")),
            symmetric=bool(d.get("symmetric")), date=d.get("date"), date_text=d.get("date_text"),
            location=Location(**loc) if loc else None, status=d.get("status", "occurred"),
            amount=Amount(**amt) if amt else None,
            quantities=[Quantity(**q) for q in d.get("quantities") or []],
            promised_type=d.get("promised_type"), cameo=d.get("cameo"),
            goldstein=d.get("goldstein"), quad=d.get("quad"),
            evidence=Evidence(**d["evidence"]), confidence=d.get("confidence", 0.5),
            language=d.get("language"), extractor=d.get("extractor"),
        )
