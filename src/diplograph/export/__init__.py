"""Writing stored events out: PLOVER JSONL, CSV, Parquet and a GDELT-style TSV.

All writers take the records returned by ``store.queries.events_query`` (PLOVER record
plus ``id``, ``n_mentions``, ``n_articles``, ``mentions``), so every export carries the
same fields as the database and the API.
"""
from .flat import COLUMNS, flatten, to_arrow, to_pandas, write_csv, write_parquet
from .gdelt import GDELT_COLUMNS, write_gdelt
from .plover import write_jsonl

FORMATS = ("jsonl", "json", "csv", "parquet", "gdelt")


def write(records: list[dict], fmt: str, out) -> None:
    """Write ``records`` in format ``fmt`` to ``out`` (a path, or a text stream for the
    text formats)."""
    if fmt == "jsonl":
        write_jsonl(records, out)
    elif fmt == "json":
        write_jsonl(records, out, as_array=True)
    elif fmt == "csv":
        write_csv(records, out)
    elif fmt == "parquet":
        write_parquet(records, out)
    elif fmt in ("gdelt", "tsv"):
        write_gdelt(records, out)
    else:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")


__all__ = ["COLUMNS", "FORMATS", "GDELT_COLUMNS", "flatten", "to_arrow", "to_pandas", "write",
           "write_csv", "write_gdelt", "write_jsonl", "write_parquet"]
