"""``diplograph serve``: the API and the web UI in one local server (Uvicorn)."""
from __future__ import annotations

from typing import Annotated, Optional

import typer


def serve(
    db: Annotated[Optional[str], typer.Option(
        "--db", help="SQLite path or postgresql:// URL [default: $DIPLOGRAPH_DB or ./diplograph.db]")] = None,
    host: Annotated[str, typer.Option("--host", help="interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port")] = 8000,
    token: Annotated[Optional[str], typer.Option(
        "--token", envvar="DIPLOGRAPH_TOKEN", show_envvar=True,
        help="bearer token that enables POST /api/articles (otherwise read-only)")] = None,
) -> None:
    """Serve the REST API (/api, documented at /docs) and the browser UI (/)."""
    import uvicorn

    from .app import create_app
    app = create_app(db, token=token or "")
    typer.echo(f"diplograph: http://{host}:{port}/  (API /api, docs /docs; "
               f"{'writable with token' if token else 'read-only'})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
