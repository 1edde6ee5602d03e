"""The demo database the API and browser tests share: the team's example articles plus
one hostile article, all ingested through the real reader and store (nothing mocked).

The hostile article carries ``<script>`` and HTML in its title and text; every page must
show it as text. Its scripts would set ``window.__pwned`` if they ever ran.
"""
from __future__ import annotations

import json
from pathlib import Path

import diplograph.store.api as store_api

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

HOSTILE_ID = "hostile_script_article"
HOSTILE_TITLE = '<script>window.__pwned = "title"</script><b>Bold</b> visit'
HOSTILE_TEXT = (
    '<script>window.__pwned = "text"</script> <img src=x onerror="window.__pwned=\'img\'">\n\n'
    "ASTANA - Kazakh President Kassym-Jomart Tokayev visited Beijing on 3 July 2024 and met "
    "Chinese President Xi Jinping. <b>Bold claim</b> & 'quotes' \"here\".")


def build(db_path: Path) -> str:
    """Ingest the examples and the hostile article into ``db_path``; returns the path."""
    hostile = db_path.parent / "hostile.jsonl"
    hostile.write_text(json.dumps({"id": HOSTILE_ID, "published": "2024-07-04", "lang": "en",
                                   "title": HOSTILE_TITLE, "text": HOSTILE_TEXT}) + "\n",
                       encoding="utf-8")
    with store_api.open(str(db_path)) as s:
        counts = s.ingest([str(EXAMPLES), str(hostile)])
        assert counts.failed == 0, s.failures()
        assert counts.read >= 6
    return str(db_path)
