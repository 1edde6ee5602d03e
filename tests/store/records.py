"""Event records for store tests that do not need the reader, in the EVENTS.md shape."""
from __future__ import annotations

from datetime import date

from diplograph.model import Article

ACTORS = {
    "KAZ": {"code": "KAZ", "name": "Kazakhstan", "kind": "country", "country": "KAZ"},
    "FRA": {"code": "FRA", "name": "France", "kind": "country", "country": "FRA"},
    "CHN": {"code": "CHN", "name": "China", "kind": "country", "country": "CHN"},
    "ITA": {"code": "ITA", "name": "Italy", "kind": "country", "country": "ITA"},
    "USA": {"code": "USA", "name": "United States", "kind": "country", "country": "USA"},
    "BOP": {"code": "BOP", "name": "Board of Peace", "kind": "organisation", "country": None},
}


def rec(article: str, type: str, src: str, tgt: str | None, when, text: str = "evidence",
        **extra) -> dict:
    d = {"article": article, "type": type, "mode": None, "context": [], "source": ACTORS[src],
         "target": ACTORS[tgt] if tgt else None, "symmetric": False, "date": when,
         "date_text": None, "location": None, "status": "occurred", "amount": None,
         "quantities": [], "promised_type": None, "cameo": None, "goldstein": None,
         "quad": None, "evidence": {"text": text, "start": 0, "end": len(text), "sentence": 0},
         "confidence": 0.8, "language": "en", "extractor": "test"}
    d.update(extra)
    return d


def article(name: str, text: str | None = None, published: str | None = "2024-12-01") -> Article:
    return Article(id=name, text=text or f"text of {name}",
                   published=date.fromisoformat(published) if published else None, lang="en")
