"""The store's commands on a bare Typer app, so the tests (and subprocesses they start)
run them without depending on the rest of the CLI.  usage: python cli_app.py COMMAND ..."""
import typer

from diplograph.store.commands import register

app = typer.Typer(add_completion=False)
register(app)

if __name__ == "__main__":
    app()
