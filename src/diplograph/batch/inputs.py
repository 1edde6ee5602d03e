"""The inputs of a batch job: files and folders given as local paths or as URIs that
pyarrow's filesystems understand (``s3://bucket/news/``, ``gs://...``, ``hdfs://...``,
``file:///...``), each read as a stream into document rows.

Kinds, by name: JSONL article records (``.jsonl``, ``.ndjson``, also gzip- or
zstd-compressed), Parquet with the same columns (``.parquet``), WARC archives
(``.warc``, ``.warc.gz``). A folder stands for the files of those kinds inside it. One
file is one Ray task, so a sharded input is read in parallel; within a file each line,
row or page is its own document, named as ``extract`` names it (``file:line``,
``file#row``, ``file#url``), and a bad one fails alone.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import PurePosixPath

JSONL = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst")
PARQUET = (".parquet",)
WARC = (".warc", ".warc.gz")


def kind_of(name: str) -> str | None:
    low = name.lower()
    for kind, suffixes in (("jsonl", JSONL), ("parquet", PARQUET), ("warc", WARC)):
        if low.endswith(suffixes):
            return kind
    return None


def _filesystem(item: str):
    """(pyarrow filesystem, path in it, how to name it) for a path or URI."""
    from pyarrow import fs

    if "://" not in item:
        path = os.path.abspath(item)
        return fs.LocalFileSystem(), path, item
    filesystem, path = fs.FileSystem.from_uri(item)
    return filesystem, path, item


def expand(inputs: Iterable[str]) -> tuple[list[dict], list[dict]]:
    """(files to read as ``{"uri", "name", "kind"}``, failures for inputs that are
    missing or of no known kind)."""
    from pyarrow import fs

    files, failures = [], []
    for item in inputs:
        item = str(item)
        try:
            filesystem, path, name = _filesystem(item)
            info = filesystem.get_file_info(path)
        except Exception as exc:  # an unknown scheme, no credentials, a bad bucket
            failures.append({"doc": item, "stage": "input", "reason": f"cannot open: {exc}"})
            continue
        if info.type == fs.FileType.NotFound:
            failures.append({"doc": item, "stage": "input", "reason": "no such file or folder"})
            continue
        if info.type == fs.FileType.Directory:
            found = sorted((f for f in filesystem.get_file_info(fs.FileSelector(path, recursive=True))
                            if f.type == fs.FileType.File and kind_of(f.path)
                            and not os.path.basename(f.path).startswith(".")),
                           key=lambda f: PurePosixPath(f.path).parts)  # as ingest walks a folder
            if not found:
                failures.append({"doc": item, "stage": "input",
                                 "reason": "folder holds no .jsonl, .parquet or .warc files"})
            for f in found:
                rel = os.path.relpath(f.path, path) if "://" not in item else f.path[len(path):].lstrip("/")
                files.append({"uri": _uri(item, f.path), "name": os.path.join(name, rel), "kind": kind_of(f.path)})
            continue
        kind = kind_of(path)
        if kind is None:
            failures.append({"doc": item, "stage": "input",
                             "reason": "not a batch input: give .jsonl, .parquet or .warc(.gz) files or folders"})
            continue
        files.append({"uri": _uri(item, path), "name": name, "kind": kind})
    return files, failures


def _uri(item: str, path: str) -> str:
    if "://" not in item:
        return path
    scheme = item.split("://", 1)[0]
    return f"{scheme}://{path}"


def documents(file: dict, published: date | None = None, lang: str | None = None,
              max_bytes: int = 5_000_000) -> Iterator[tuple]:
    """Every document of one input file as ``(name, Article | None, error | None)``."""
    from diplograph.ingest.files import from_record, iter_jsonl_stream
    from diplograph.ingest.warc import iter_warc_stream

    try:
        filesystem, path, _ = _filesystem(file["uri"])
        name = file["name"]
        if file["kind"] == "parquet":
            yield from _parquet(filesystem, path, name, published, lang, max_bytes, from_record)
            return
        compression = "detect" if file["kind"] == "jsonl" else None
        with filesystem.open_input_stream(path, compression=compression) as fh:
            if file["kind"] == "jsonl":
                yield from iter_jsonl_stream(name, fh, published=published, lang=lang, max_bytes=max_bytes)
            else:
                yield from iter_warc_stream(name, fh, published=published)
    except Exception as exc:  # unreadable file: one failure, the job goes on
        yield file["name"], None, f"cannot read: {type(exc).__name__}: {exc}"


def _parquet(filesystem, path, name, published, lang, max_bytes, from_record) -> Iterator[tuple]:
    import pyarrow.parquet as pq

    with filesystem.open_input_file(path) as fh:
        pf = pq.ParquetFile(fh)
        columns = [c for c in ("id", "text", "published", "lang", "title", "url", "source")
                   if c in pf.schema_arrow.names]
        if "text" not in columns:
            yield name, None, "the Parquet file has no 'text' column"
            return
        row_no = 0
        for batch in pf.iter_batches(columns=columns, batch_size=256):
            for rec in batch.to_pylist():
                row_no += 1
                if isinstance(rec.get("published"), (date, datetime)):
                    rec["published"] = rec["published"].isoformat()[:10]
                yield from_record(f"{name}#{row_no}", rec, f"{os.path.basename(name).split('.')[0]}-{row_no}",
                                  published=published, lang=lang, max_bytes=max_bytes)
