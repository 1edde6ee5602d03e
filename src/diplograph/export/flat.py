"""Events as flat rows (one column per scalar field) for CSV, Parquet and pandas.

Nested fields become columns (``source_code``, ``amount_value`` …); lists that have no
flat form (quantities, contexts, source articles) become JSON text or "; "-joined text,
so a spreadsheet user sees everything and a program can still parse it back.
"""
from __future__ import annotations

import csv
import json

from ._io import text_out

COLUMNS = ["id", "type", "mode", "status", "source_code", "source_name", "source_kind",
           "target_code", "target_name", "target_kind", "symmetric", "date", "date_start",
           "date_end", "date_text", "location_code", "location_name", "lat", "lon",
           "amount_value", "amount_currency", "amount_qualifier", "quantities",
           "promised_type", "context", "cameo", "goldstein", "quad", "confidence",
           "language", "article", "evidence", "n_mentions", "n_articles", "sources"]

_FLOATS = {"lat", "lon", "amount_value", "goldstein", "confidence"}
_INTS = {"id", "n_mentions", "n_articles"}


def _date_text(d) -> str | None:
    if isinstance(d, dict):
        return f"{d.get('start')}/{d.get('end')}"
    return d


def flatten(rec: dict) -> dict:
    src, tgt = rec.get("source") or {}, rec.get("target") or {}
    loc, amt = rec.get("location") or {}, rec.get("amount") or {}
    srcs = [m.get("url") or m.get("article") for m in rec.get("mentions") or []]
    return {
        "id": rec.get("id"), "type": rec["type"], "mode": rec.get("mode"),
        "status": rec.get("status"), "source_code": src.get("code"),
        "source_name": src.get("name"), "source_kind": src.get("kind"),
        "target_code": tgt.get("code"), "target_name": tgt.get("name"),
        "target_kind": tgt.get("kind"), "symmetric": bool(rec.get("symmetric")),
        "date": _date_text(rec.get("date")), "date_start": rec.get("date_start"),
        "date_end": rec.get("date_end"), "date_text": rec.get("date_text"),
        "location_code": loc.get("code"), "location_name": loc.get("name"),
        "lat": loc.get("lat"), "lon": loc.get("lon"), "amount_value": amt.get("value"),
        "amount_currency": amt.get("currency"), "amount_qualifier": amt.get("qualifier"),
        "quantities": json.dumps(rec.get("quantities") or [], ensure_ascii=False),
        "promised_type": rec.get("promised_type"), "context": "; ".join(rec.get("context") or []),
        "cameo": rec.get("cameo"), "goldstein": rec.get("goldstein"), "quad": rec.get("quad"),
        "confidence": rec.get("confidence"), "language": rec.get("language"),
        "article": rec.get("article"), "evidence": (rec.get("evidence") or {}).get("text"),
        "n_mentions": rec.get("n_mentions"), "n_articles": rec.get("n_articles"),
        "sources": "; ".join(dict.fromkeys(s for s in srcs if s)),
    }


def write_csv(records: list[dict], out) -> None:
    with text_out(out, newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        for rec in records:
            w.writerow(flatten(rec))


def to_arrow(records: list[dict]):
    import pyarrow as pa
    rows = [flatten(r) for r in records]
    fields = []
    for c in COLUMNS:
        t = pa.float64() if c in _FLOATS else pa.int64() if c in _INTS else \
            pa.bool_() if c == "symmetric" else pa.string()
        fields.append(pa.field(c, t))
    schema = pa.schema(fields)
    cols = {c: [r[c] for r in rows] for c in COLUMNS}
    return pa.table(cols, schema=schema)


def to_pandas(records: list[dict]):
    return to_arrow(records).to_pandas()


def write_parquet(records: list[dict], out) -> None:
    import pyarrow.parquet as pq
    pq.write_table(to_arrow(records), out)
