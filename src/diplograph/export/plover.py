"""PLOVER JSONL: one event record per line, exactly the shape of EVENTS.md plus the
store's ``id``, ``n_mentions``, ``n_articles`` and ``mentions`` (all evidence)."""
from __future__ import annotations

import json

from ._io import text_out


def write_jsonl(records: list[dict], out, as_array: bool = False) -> None:
    with text_out(out) as fh:
        if as_array:
            json.dump(records, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
            return
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def read_jsonl(path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
