"""The Ray Data pipeline of ``diplograph batch``: files -> documents -> events -> Parquet.

1. One task per input file reads its documents (``inputs.documents``), in parallel over
   the cluster; the documents are materialised before reading starts, so that the
   readers may take every CPU.
2. ``map_batches`` over a pool of ``ReadDocuments`` actors, one per CPU: each actor
   loads the reader and its knowledge base once (``read.worker``) and reads batch after
   batch. A document that fails keeps its reason; the job goes on.
3. The documents read are written to ``DIR/articles``, their event records to
   ``DIR/events`` partitioned by month (hive style), the failures to
   ``DIR/failures.jsonl`` (see the package's docstring). Blocks are put together into
   files of thousands of rows: one file per block and month made thousands of small
   files (2,632 for 1,800 articles) and a write task for each.

Without an address Ray starts on this machine (``num_cpus`` caps it); ``auto`` joins the
cluster this machine belongs to, ``ray://host:10001`` connects as a Ray client. A Ray
session already started by the caller is used as it is.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date

from diplograph.batch import inputs, shards

BATCH_SIZE = 16  # documents per actor call
BLOCK_ROWS = 64  # documents per block (one actor task): fewer blocks, fewer tasks in every later stage,
#                  and still enough of them that no actor waits long for the other at the end
ARTICLE_ROWS_PER_FILE = 5_000   # Parquet files of some megabytes, not one small file per block
EVENT_ROWS_PER_FILE = 50_000


@dataclass
class Summary:
    documents: int = 0
    read: int = 0
    failed: int = 0
    events: int = 0
    output: str = ""

    def __str__(self) -> str:
        return (f"{self.documents} documents: {self.read} read, {self.failed} failed, "
                f"{self.events} event records written to {self.output}")


def _schema():
    import pyarrow as pa

    lists = [("ev_record", pa.large_string())] + [(f, pa.string()) for f in shards.EVENT_LISTS[1:]]
    return pa.schema([(f, pa.string()) for f in shards.ARTICLE_FIELDS] + [(f, pa.int64()) for f in shards.ORDER_FIELDS] +
                     [("n_events", pa.int64()), ("error", pa.string())] + [(f, pa.list_(t)) for f, t in lists])


def _read_file(row: dict, published: str | None, lang: str | None, max_bytes: int) -> list[dict]:
    pub = date.fromisoformat(published) if published else None
    return [shards.document_row(name, article, error, row["file_no"], k)
            for k, (name, article, error) in enumerate(inputs.documents(row, published=pub, lang=lang,
                                                                        max_bytes=max_bytes))]


class ReadDocuments:
    """A Ray actor that holds one loaded reader and reads batches of document rows."""

    def __init__(self, kb_files: tuple[tuple[str, bytes], ...] = (), domestic: bool = False):
        import tempfile
        from pathlib import Path

        from diplograph.read import worker

        # the user's --kb files travel as their contents: a cluster's nodes do not have them
        here = Path(tempfile.mkdtemp(prefix="diplograph-kb-"))
        paths = []
        for i, (name, data) in enumerate(kb_files):
            paths.append(here / f"{i:03d}-{Path(name).name}")
            paths[-1].write_bytes(data)
        worker.load(tuple(str(p) for p in paths), domestic)
        self.worker = worker

    def __call__(self, batch):
        import pyarrow as pa

        out = []
        for row in batch.to_pylist():
            row = dict(row, n_events=0, **shards.event_lists([]))
            if row.get("error") is None:
                try:
                    found = self.worker.dicts(shards.article_of(row))
                    row.update(n_events=len(found), **shards.event_lists(found))
                except Exception as exc:  # one article's bug must not stop the job
                    row["error"] = f"reader failed: {type(exc).__name__}: {exc}"
            if row.get("error") is not None:
                row["text"] = None  # a failed document is not stored
            out.append(row)
        return pa.Table.from_pylist(out, schema=_schema())


def run(paths: list[str], output: str, address: str | None = None, num_cpus: int | None = None,
        kb_files: tuple[str, ...] = (), domestic: bool = False, published: date | None = None,
        lang: str | None = None, max_bytes: int = 5_000_000, batch_size: int = BATCH_SIZE) -> Summary:
    """Read every document of ``paths`` on Ray and write the shards to ``output``."""
    import ray

    out_fs, out_root = _output(output)
    files, failures = inputs.expand(paths)
    started = False
    if not ray.is_initialized():
        ray.init(address=address, num_cpus=None if address else num_cpus, include_dashboard=False,
                 logging_level="WARNING", log_to_driver=False,
                 runtime_env={"env_vars": _passed_env()} if address else None)
        started = True
    try:
        import logging

        import ray.data

        logging.getLogger("ray.data").setLevel(logging.ERROR)
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        summary = Summary(output=output)
        if files:
            actors = max(1, int(ray.cluster_resources().get("CPU", 1)))
            files = [dict(f, file_no=i) for i, f in enumerate(files)]
            # one block per input file, cut into blocks of BLOCK_ROWS documents so that every
            # actor gets work; materialised, because the readers below take every CPU
            docs = ray.data.from_items(files, override_num_blocks=len(files)).flat_map(
                _read_file, fn_kwargs={"published": published.isoformat() if published else None,
                                       "lang": lang, "max_bytes": max_bytes}
            ).repartition(target_num_rows_per_block=max(batch_size, BLOCK_ROWS)).materialize()
            blobs = tuple((str(p), open(p, "rb").read()) for p in kb_files)
            done = docs.map_batches(ReadDocuments, fn_constructor_kwargs={"kb_files": blobs,
                                                                         "domestic": domestic},
                                    batch_size=batch_size, batch_format="pyarrow",
                                    compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=1).materialize()
            # (whole blocks, by Arrow's kernels: no Python object per row or per event)
            done.map_batches(shards.article_table, batch_format="pyarrow", batch_size=None).write_parquet(
                f"{out_root}/articles", filesystem=out_fs, min_rows_per_file=ARTICLE_ROWS_PER_FILE)
            done.map_batches(shards.event_table, batch_format="pyarrow", batch_size=None).write_parquet(
                f"{out_root}/events", filesystem=out_fs, partition_cols=["month"],
                min_rows_per_file=EVENT_ROWS_PER_FILE)
            import pyarrow.compute as pc

            for part in done.select_columns(["doc", "n_events", "error"]).iter_batches(batch_format="pyarrow",
                                                                                         batch_size=None):
                summary.documents += len(part)
                summary.events += pc.sum(part["n_events"]).as_py() or 0
                for r in part.filter(pc.is_valid(part["error"])).to_pylist():
                    failures.append({"doc": r["doc"], "stage": "read", "reason": r["error"]})
        summary.documents += sum(1 for f in failures if f["stage"] == "input")
        summary.failed = len(failures)
        summary.read = summary.documents - summary.failed
        with out_fs.open_output_stream(f"{out_root}/failures.jsonl") as fh:
            for f in failures:
                fh.write((json.dumps(f, ensure_ascii=False) + "\n").encode("utf-8"))
        return summary
    finally:
        if started:
            ray.shutdown()


def _output(output: str):
    """The output directory's filesystem and path; it must be new or empty (a second job
    into the same directory would mix two runs' shards)."""
    from pyarrow import fs

    filesystem, root, _ = inputs._filesystem(output)
    info = filesystem.get_file_info(root)
    if info.type == fs.FileType.File:
        raise ValueError(f"{output} is a file, not a directory")
    if info.type == fs.FileType.Directory and filesystem.get_file_info(fs.FileSelector(root)):
        raise ValueError(f"{output} is not empty: give a new or empty output directory")
    filesystem.create_dir(root, recursive=True)
    return filesystem, root


def _passed_env() -> dict:
    """The environment a remote cluster's workers need from ours (the cache and KB directories)."""
    return {k: v for k, v in os.environ.items() if k in ("DIPLOGRAPH_KB_DIR",)}
