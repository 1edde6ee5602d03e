"""The ``diplograph`` command line: ``extract`` here, the other teams' commands registered below.

Why it works this way:
- ``extract`` is a filter in the sqlite-utils spirit: documents in, one PLOVER record per
  line out (or a JSON list, or a table for people), so it composes with pipes.
- A bad document never stops the batch: its reason goes to stderr as
  ``diplograph: DOC: REASON`` and the exit status says whether all were read
  (0 all read, 1 some failed, 2 usage error).
- The knowledge base is loaded once and handed to every ``read()`` call; with ``--jobs N``
  once per worker process (``diplograph.parallel``), and the output is the same. The
  parent then only checks the user's ``--kb`` files: it needs no reader of its own.
- Records are serialised inside the per-document guard (a record that cannot be written
  fails its document, not the batch) and written as each document is read (jsonl/json),
  so a long batch needs little memory and a crash keeps what was written.
"""
from __future__ import annotations

import importlib
import json
import os
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from diplograph import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Read diplomatic news and write PLOVER event records.")


class Format(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


class Lang(str, Enum):
    de = "de"
    en = "en"
    ru = "ru"
    auto = "auto"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"diplograph {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                               help="Print the version and exit.")] = False) -> None:
    """Read diplomatic news (German, English) and write PLOVER event records."""


def _day(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"not a date (YYYY-MM-DD): {value!r}") from None


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(
        metavar="INPUT", help=".txt, .html, .jsonl article records, or - for stdin")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", dir_okay=False,
                                                   help="write here instead of stdout")] = None,
    published: Annotated[Optional[str], typer.Option(
        "--published", metavar="YYYY-MM-DD", callback=_day,
        help="publication date for documents that carry none (resolves 'last Tuesday')")] = None,
    lang: Annotated[Lang, typer.Option("--lang", help="language of documents that carry none")] = Lang.auto,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="jsonl (one record a line), json, table")] = Format.jsonl,
    kb_files: Annotated[Optional[list[Path]], typer.Option(
        "--kb", exists=True, dir_okay=False, readable=True,
        help="your own knowledge-base file merged over the bundled one; repeatable")] = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="largest document read")] = 5_000_000,
    domestic: Annotated[bool, typer.Option(
        "--domestic", help="also code events inside one state (government and rebels, police and protesters), "
                           "as CAMEO does; by default only events with a foreign actor")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1,
                                      help="reader processes (the output is the same, in the same order)")] = 1,
) -> None:
    """Read every INPUT document and write its events (PLOVER records, see EVENTS.md)."""
    from diplograph import parallel
    from diplograph.ingest.files import iter_documents
    from diplograph.read import worker

    kb_args = tuple(str(p) for p in kb_files or ())
    try:  # a bad --kb file is a usage error; with --jobs only the files are checked here (the workers load the reader)
        if jobs > 1:
            worker.check(kb_args)
        else:
            worker.load(kb_args, domestic)
    except (ValueError, OSError) as exc:
        typer.echo(f"diplograph: cannot use knowledge-base file {exc}", err=True)
        raise typer.Exit(2)

    try:
        out = open(output, "w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        typer.echo(f"diplograph: cannot write {output}: {exc.strerror or exc}", err=True)
        raise typer.Exit(2)
    writer = _WRITERS[fmt](out)
    n_read = n_failed = n_events = 0
    try:
        docs = iter_documents(inputs, published=published, lang=lang.value, max_bytes=max_bytes)
        for name, records, error in parallel.ordered(docs, worker.extract_batch, jobs, worker.crashed,
                                                     init=worker.load, initargs=(kb_args, domestic)):
            if error is not None:
                n_failed += 1
                typer.echo(f"diplograph: {name}: {error}", err=True)
                continue
            n_read += 1
            n_events += len(records)
            writer.write(records)
        writer.close()
    except BrokenPipeError:  # `diplograph extract ... | head`: the reader of our output left
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(1)
    finally:
        if output:
            out.close()
    _summary(n_read, n_failed, n_events, output)
    raise typer.Exit(1 if n_failed else 0)


def _summary(n_read: int, n_failed: int, n_events: int, output: Optional[Path]) -> None:
    from rich.console import Console
    from rich.markup import escape

    failed = f"[red]{n_failed} failed[/red]" if n_failed else "0 failed"
    where = f" written to {escape(str(output))}" if output else ""
    Console(stderr=True, highlight=False).print(
        f"[bold]diplograph[/bold]: {n_read} document{'s' * (n_read != 1)} read, {failed}, "
        f"{n_events} event{'s' * (n_events != 1)}{where}")


# ---------------------------------------------------------------- output formats

class _JsonlWriter:
    def __init__(self, out):
        self.out = out

    def write(self, records: list[str]) -> None:
        for r in records:
            self.out.write(r + "\n")
        self.out.flush()

    def close(self) -> None:
        pass


class _JsonWriter(_JsonlWriter):
    """A JSON list, streamed: ``[`` first, records joined by commas, ``]`` at the end."""

    def __init__(self, out):
        super().__init__(out)
        self.first = True
        out.write("[")

    def write(self, records: list[str]) -> None:
        for r in records:
            self.out.write(("\n" if self.first else ",\n") + r)
            self.first = False

    def close(self) -> None:
        self.out.write("]\n" if self.first else "\n]\n")


class _TableWriter:
    """A Rich table for people; printed at the end, when column widths are known."""

    COLUMNS = ("article", "type", "mode", "source", "target", "date", "status", "amount", "evidence")

    def __init__(self, out):
        self.out, self.rows = out, []

    def write(self, records: list[str]) -> None:
        for r in records:
            self.rows.append(_row(json.loads(r)))

    def close(self) -> None:
        from rich.console import Console
        from rich.table import Table

        table = Table(show_lines=False, highlight=False)
        for col in self.COLUMNS:
            table.add_column(col, overflow="fold", max_width=60 if col == "evidence" else None)
        for row in self.rows:
            table.add_row(*row)
        console = Console(file=self.out, width=None if self.out.isatty() else 200, highlight=False)
        console.print(table)


def _row(d: dict) -> tuple[str, ...]:
    from rich.markup import escape

    date_ = d.get("date")
    if isinstance(date_, dict):
        date_ = f"{date_.get('start')}..{date_.get('end')}"
    amount = d.get("amount")
    amount_text = ""
    if amount:
        q = {"exact": "", "more_than": "> ", "less_than": "< ", "about": "~", "up_to": "≤ "}
        amount_text = f"{q.get(amount.get('qualifier'), '')}{amount['value']:,.0f} {amount['currency']}"
    evidence = " ".join(d["evidence"]["text"].split())
    if len(evidence) > 120:
        evidence = evidence[:117] + "..."
    target = d.get("target") or {}
    return (d["article"], d["type"], d.get("mode") or "", d["source"]["code"], target.get("code", ""),
            str(date_ or ""), d.get("status") or "", amount_text, escape(evidence))


_WRITERS = {Format.jsonl: _JsonlWriter, Format.json: _JsonWriter, Format.table: _TableWriter}


# ---------------------------------------------------------------- the other teams' commands

def _register_optional(app: typer.Typer) -> None:
    """Add the commands of the parts that are installed; a part that is absent is skipped,
    but a part that is present and broken fails loudly."""
    for mod in ("diplograph.kb.commands", "diplograph.store.commands", "diplograph.api.commands",
                "diplograph.batch.commands"):
        try:
            module = importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if exc.name is not None and (mod == exc.name or mod.startswith(exc.name + ".")):
                continue  # that part is not there (yet)
            raise
        module.register(app)


_register_optional(app)
