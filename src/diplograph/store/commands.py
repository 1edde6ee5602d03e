"""The store's command-line commands, added to the main CLI by ``register(app)``.

Each command does one thing and composes with pipes (``--format csv|json|jsonl``), in
the manner of sqlite-utils; tables are for people, the other formats for programs.
"""
from __future__ import annotations

import json
import sys
from datetime import date
from typing import Annotated, Optional

import typer

DbOpt = Annotated[Optional[str], typer.Option(
    "--db", help="SQLite path or postgresql:// URL [default: $DIPLOGRAPH_DB or ./diplograph.db]")]
FmtOpt = Annotated[str, typer.Option("--format", "-f", help="table, csv, json or jsonl")]
OutOpt = Annotated[Optional[str], typer.Option("--output", "-o", help="write to this file")]
ActorOpt = Annotated[Optional[str], typer.Option("--actor", help="actor code (either side), e.g. KAZ")]
SinceOpt = Annotated[Optional[str], typer.Option("--since", help="from this date (2024, 2024-06, 2024-06-12)")]
UntilOpt = Annotated[Optional[str], typer.Option("--until", help="up to this date")]


def _store(db):
    from .api import Store
    return Store(db)


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, dict):
        if "start" in v and "end" in v and len(v) == 2:
            return f"{v['start']}/{v['end']}"
        return ", ".join(f"{k} {n}" for k, n in v.items())
    if isinstance(v, list):
        return "; ".join(_cell(x) for x in v)
    return str(v)


def emit(rows: list[dict], fmt: str, out: str | None, columns: list[str] | None = None,
         title: str | None = None) -> None:
    """Print or write rows as a table, CSV, a JSON array or JSON lines."""
    columns = columns or (list(rows[0]) if rows else [])
    if fmt == "table":
        from rich.console import Console
        from rich.table import Table
        table = Table(title=title, show_lines=False)
        for c in columns:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*[_cell(r.get(c)) for c in columns])
        console = Console(file=open(out, "w", encoding="utf-8") if out else None)
        if not console.is_terminal:  # a file or a pipe: do not wrap at 80 columns
            console.width = 220
        console.print(table)
        return
    fh = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        if fmt == "csv":
            import csv
            w = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({c: _cell(r.get(c)) if isinstance(r.get(c), (dict, list)) else r.get(c)
                            for c in columns})
        elif fmt == "json":
            fh.write(json.dumps(rows, ensure_ascii=False, indent=1, default=str) + "\n")
        elif fmt == "jsonl":
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        else:
            raise typer.BadParameter(f"unknown format {fmt!r}")
    finally:
        if out:
            fh.close()


def ingest(inputs: Annotated[list[str], typer.Argument(help="files, folders, URLs, feeds, or - for stdin")],
           db: DbOpt = None,
           published: Annotated[Optional[str], typer.Option(help="publication date for inputs that have none (YYYY-MM-DD)")] = None,
           jobs: Annotated[int, typer.Option("--jobs", "-j", help="reader processes")] = 1,
           quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
           domestic: Annotated[bool, typer.Option(
               "--domestic", help="also code events inside one state (government and rebels, police and protesters)")] = False):
    """Read documents and store their events (idempotent; failures are recorded)."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    pub = date.fromisoformat(published) if published else None
    store = _store(db)
    err = Console(stderr=True)
    if quiet or not err.is_terminal:
        counts = store.ingest(inputs, jobs=jobs, published=pub, domestic=domestic)
    else:
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                      console=err, transient=True) as bar:
            task = bar.add_task("starting", total=None)

            def show(c, name):
                bar.update(task, description=f"{c.read} read · {c.skipped} skipped · "
                                             f"{c.failed} failed · {name[-50:]}")
            counts = store.ingest(inputs, jobs=jobs, published=pub, progress=show, domestic=domestic)
    err.print(str(counts))
    if counts.failed:
        err.print("see `diplograph failures` for the reasons")


def failures(db: DbOpt = None, fmt: FmtOpt = "table", out: OutOpt = None):
    """Documents that could not be stored, and why."""
    emit(_store(db).failures(), fmt, out, ["doc", "stage", "reason", "attempts", "at"], "failures")


def _event_rows(records):
    from diplograph.export import flatten
    rows = []
    for r in records:
        f = flatten(r)
        amount = f"{f['amount_value']:g} {f['amount_currency'] or ''}".strip() if f["amount_value"] is not None else ""
        rows.append({"id": f["id"], "date": f["date"], "type": f["type"], "mode": f["mode"],
                     "status": f["status"], "source": f["source_code"], "target": f["target_code"],
                     "place": f["location_name"] or f["location_code"], "amount": amount,
                     "articles": f["n_articles"], "evidence": (f["evidence"] or "")[:160]})
    return rows


def events(db: DbOpt = None, actor: ActorOpt = None,
           partner: Annotated[Optional[str], typer.Option(help="the other side's code")] = None,
           type: Annotated[Optional[str], typer.Option("--type", help="PLOVER type")] = None,
           mode: Annotated[Optional[str], typer.Option(help="PLOVER mode")] = None,
           status: Annotated[Optional[str], typer.Option(help="occurred, announced, negated, hypothetical")] = None,
           since: SinceOpt = None, until: UntilOpt = None,
           text: Annotated[Optional[str], typer.Option(help=(
               'words that one evidence sentence holds (all of them); word* is a prefix, "a phrase" a phrase'))] = None,
           limit: Annotated[Optional[int], typer.Option(help="at most this many")] = None,
           fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, json, jsonl or parquet")] = "table",
           out: OutOpt = None):
    """Merged events with their evidence and sources."""
    from diplograph import export
    try:
        recs = _store(db).events(actor=actor, partner=partner, type=type, mode=mode, status=status,
                                 since=since, until=until, text=text, limit=limit)
    except ValueError as exc:  # a search syntax error or an impossible date: the user's to fix
        raise typer.BadParameter(str(exc)) from None
    if fmt == "table":
        emit(_event_rows(recs), "table", out, title=f"{len(recs)} events")
    elif fmt == "parquet":
        if not out:
            raise typer.BadParameter("parquet needs --output FILE")
        export.write(recs, "parquet", out)
    else:
        export.write(recs, fmt, out or sys.stdout)


def actors(db: DbOpt = None, fmt: FmtOpt = "table", out: OutOpt = None):
    """Every actor with the number of events it takes part in."""
    emit(_store(db).actors(), fmt, out, title="actors")


def dyads(db: DbOpt = None, actor: ActorOpt = None, since: SinceOpt = None, until: UntilOpt = None,
          fmt: FmtOpt = "table", out: OutOpt = None):
    """Pairs of actors (or one actor's partners) ranked, by type and year."""
    emit(_store(db).dyads(actor=actor, since=since, until=until), fmt, out, title="dyads")


def timeline(db: DbOpt = None, actor: ActorOpt = None,
             by: Annotated[str, typer.Option("--by", help="year, month or day")] = "month",
             since: SinceOpt = None, until: UntilOpt = None,
             fmt: FmtOpt = "table", out: OutOpt = None):
    """Events per period, with their types and partners."""
    emit(_store(db).timeline(actor=actor, by=by, since=since, until=until), fmt, out,
         title=f"timeline{' of ' + actor if actor else ''} by {by}")


def pledges(db: DbOpt = None, actor: ActorOpt = None, since: SinceOpt = None,
            until: UntilOpt = None, fmt: FmtOpt = "table", out: OutOpt = None):
    """The commitments ledger: agreements, announced aid and investments, with amounts."""
    cols = ["id", "date", "source", "target", "type", "promised_type", "status", "amount",
            "currency", "qualifier", "quantities", "n_articles", "evidence"]
    emit(_store(db).pledges(actor=actor, since=since, until=until), fmt, out, cols, "pledges")


def articles(db: DbOpt = None, fmt: FmtOpt = "table", out: OutOpt = None):
    """Stored articles with their number of event records."""
    emit(_store(db).articles(), fmt, out, title="articles")


def export_cmd(fmt: Annotated[str, typer.Option("--format", "-f", help="plover (JSONL), csv, parquet or gdelt (TSV)")] = "plover",
               out: OutOpt = None, db: DbOpt = None, actor: ActorOpt = None,
               since: SinceOpt = None, until: UntilOpt = None):
    """Write all (or the selected) events in an exchange format."""
    from diplograph import export
    name = {"plover": "jsonl", "tsv": "gdelt"}.get(fmt, fmt)
    if name == "parquet" and not out:
        raise typer.BadParameter("parquet needs --output FILE")
    recs = _store(db).events(actor=actor, since=since, until=until)
    export.write(recs, name, out or sys.stdout)
    if out:
        typer.echo(f"{len(recs)} events written to {out}", err=True)


def summary(db: DbOpt = None):
    """Counts, events by type, top dyads and pledges."""
    typer.echo(_store(db).summary())


def register(app: typer.Typer) -> None:
    """Add the store's commands to the main CLI."""
    for fn in (ingest, failures, events, actors, dyads, timeline, pledges, articles, summary):
        app.command(fn.__name__)(fn)
    app.command("export")(export_cmd)
