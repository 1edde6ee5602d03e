"""``diplograph batch`` (Ray) and ``diplograph load`` (its shards into the store)."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

RAY_MISSING = ("diplograph batch needs Ray, which is not installed: pip install 'diplograph[batch]' "
               "(or pip install 'ray[data]')")


def batch(
    inputs: Annotated[list[str], typer.Argument(
        metavar="INPUT", help="JSONL, Parquet or WARC files or folders: local paths or URIs (s3://, gs://, ...)")],
    output: Annotated[str, typer.Option("--output", "-o", help="new or empty output directory (path or URI)")],
    address: Annotated[Optional[str], typer.Option(
        "--address", help="Ray cluster: auto (this machine's cluster) or ray://HOST:10001; default: Ray on this machine")] = None,
    num_cpus: Annotated[Optional[int], typer.Option("--num-cpus", min=1, help="CPUs of the local Ray (default: all)")] = None,
    published: Annotated[Optional[str], typer.Option(
        "--published", metavar="YYYY-MM-DD", help="publication date for documents that carry none")] = None,
    lang: Annotated[Optional[str], typer.Option("--lang", help="language of documents that carry none (de, en, ru)")] = None,
    kb_files: Annotated[Optional[list[Path]], typer.Option(
        "--kb", exists=True, dir_okay=False, readable=True, help="your own knowledge-base file; repeatable")] = None,
    domestic: Annotated[bool, typer.Option("--domestic", help="also code events inside one state")] = False,
) -> None:
    """Read whole archives with Ray Data: events as Parquet shards by month in OUTPUT
    (failures in OUTPUT/failures.jsonl); then `diplograph load OUTPUT --db URL`."""
    try:
        import ray  # noqa: F401
        import ray.data  # noqa: F401
    except ImportError:
        typer.echo(f"diplograph: {RAY_MISSING}", err=True)
        raise typer.Exit(2)
    from diplograph.batch import job
    from diplograph.read import worker

    try:
        worker.check(tuple(str(p) for p in kb_files or ()))  # a bad --kb file stops here, not on the cluster (the driver reads nothing)
    except (ValueError, OSError) as exc:
        typer.echo(f"diplograph: cannot use knowledge-base file {exc}", err=True)
        raise typer.Exit(2)
    try:
        summary = job.run(inputs, output, address=address, num_cpus=num_cpus,
                          kb_files=tuple(str(p) for p in kb_files or ()), domestic=domestic,
                          published=date.fromisoformat(published) if published else None, lang=lang)
    except ValueError as exc:
        typer.echo(f"diplograph: {exc}", err=True)
        raise typer.Exit(2)
    typer.echo(f"diplograph: {summary}", err=True)
    if summary.failed:
        typer.echo(f"diplograph: the failures are listed in {output}/failures.jsonl", err=True)
    raise typer.Exit(1 if summary.failed else 0)


def load(
    directory: Annotated[str, typer.Argument(metavar="DIR", help="output directory of `diplograph batch`")],
    db: Annotated[Optional[str], typer.Option(
        "--db", help="SQLite path or postgresql:// URL [default: $DIPLOGRAPH_DB or ./diplograph.db]")] = None,
) -> None:
    """Store the articles and events of a batch job (merged across articles; loading twice changes nothing)."""
    from diplograph.batch.load import load as load_shards

    try:
        counts = load_shards(directory, db)
    except ValueError as exc:
        typer.echo(f"diplograph: {exc}", err=True)
        raise typer.Exit(2)
    typer.echo(str(counts), err=True)


def register(app: typer.Typer) -> None:
    app.command("batch")(batch)
    app.command("load")(load)
