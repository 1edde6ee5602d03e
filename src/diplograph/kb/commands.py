"""``diplograph kb ...``: look names up in the knowledge base and see what it covers.

The main CLI calls ``register(app)``; each command also takes ``--kb FILE`` (repeatable)
to merge the user's own files over the bundled base, exactly as ``extract`` does.
"""
from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import List, Optional

import typer

from . import KnowledgeBase, LANGS, load, parse_day

kb_app = typer.Typer(help="Look up actors, places and coverage in the knowledge base.", no_args_is_help=True)

KB_OPTION = typer.Option(None, "--kb", help="Your own knowledge-base file (JSON, same format); repeatable.",
                         exists=True, dir_okay=False, readable=True)


def _load(files: Optional[List[Path]]) -> KnowledgeBase:
    try:
        return load(files or ())
    except (ValueError, OSError) as exc:  # a malformed user file
        typer.echo(f"error: cannot use knowledge-base file {exc}", err=True)
        raise typer.Exit(2)


def _day(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return parse_day(value)
    except (ValueError, TypeError):
        typer.echo(f"error: --date must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}", err=True)
        raise typer.Exit(2)


def _lang(value: str) -> str:
    if value not in LANGS:
        typer.echo(f"error: --lang must be one of {', '.join(LANGS)}", err=True)
        raise typer.Exit(2)
    return value


FIELDS = ("code", "name", "kind", "role", "country", "valid_from", "valid_to", "id", "match", "in_office", "former")


@kb_app.command("lookup")
def lookup(
    name: str = typer.Argument(..., help="A name as a text writes it: 'Tokajew', 'SOZ', 'Moskau', 'Белый дом'."),
    on: Optional[str] = typer.Option(None, "--date", help="Code people by the office they held on this day (YYYY-MM-DD)."),
    lang: str = typer.Option("en", "--lang", help="Language of the name: de, en or ru."),
    kb: Optional[List[Path]] = KB_OPTION,
    every: bool = typer.Option(False, "--all", help="Every person with this surname, without the tie-break."),
) -> None:
    """Print the actors NAME stands for, as JSON (code, name, kind, role, country, valid from/to)."""
    base = _load(kb)
    when = _day(on)
    _lang(lang)
    if every:
        seen, found = set(), []
        for a in base.candidates(name):
            if (a.kind, a.key) not in seen:
                seen.add((a.kind, a.key))
                found.append(dict(base.actor(a, when), match=a.kind))
    else:
        found = base.resolve(name, lang, when)
    rows = [{k: a.get(k) for k in FIELDS} for a in found]
    typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    if not rows:
        raise typer.Exit(1)


@kb_app.command("place")
def place(
    name: str = typer.Argument(..., help="A city as a text names it: 'Rom', 'Samarkand', 'Астана'."),
    lang: str = typer.Option("en", "--lang", help="Language of the name: de, en or ru."),
) -> None:
    """Print the city NAME with its country and coordinates, as JSON."""
    from .places import locate

    found = locate(name, _lang(lang))
    typer.echo(json.dumps(found, ensure_ascii=False))
    if found is None:
        raise typer.Exit(1)


@kb_app.command("stats")
def stats(
    on: Optional[str] = typer.Option(None, "--date", help="Day for office coverage (default: today)."),
    kb: Optional[List[Path]] = KB_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Print what the knowledge base covers: countries, organisations, people, offices,
    aliases per language, and UN members with a head of state, head of government and
    foreign minister on the day."""
    t0 = time.perf_counter()
    base = _load(kb)
    base.index()
    load_s = time.perf_counter() - t0
    figures = base.stats(_day(on))
    figures["load_seconds"] = round(load_s, 3)
    if as_json:
        typer.echo(json.dumps(figures, ensure_ascii=False, indent=1))
        return
    out = sys.stdout
    n = figures["un_members"]
    w = figures["un_members_with"]
    lines = [
        f"knowledge base on {figures['date']} (loaded and indexed in {figures['load_seconds']:.3f} s)",
        f"  countries       {figures['countries']:>6}   (UN members: {n})",
        f"  organisations   {figures['organisations']:>6}",
        f"  people          {figures['people']:>6}   offices: {figures['offices']}",
        f"  companies       {figures['companies']:>6}",
        f"  seats           {figures['seats']:>6}",
        "  aliases         " + "   ".join(f"{k}: {v}" for k, v in figures["aliases"].items())
        + f"   (distinct forms: {figures['distinct_surface_forms']})",
        "  UN members with",
        f"    head of state       {w['head_of_state']:>4} / {n}",
        f"    head of government  {w['head_of_government']:>4} / {n}",
        f"    foreign minister    {w['foreign_minister']:>4} / {n}",
        f"    all three           {figures['un_members_with_all_three']:>4} / {n}",
    ]
    for role, codes in figures["un_members_missing"].items():
        if codes:
            lines.append(f"  missing {role.replace('_', ' ')}: {' '.join(codes)}")
    out.write("\n".join(lines) + "\n")


def register(app: typer.Typer) -> None:
    """Add the ``kb`` command group to the main CLI."""
    app.add_typer(kb_app, name="kb")
