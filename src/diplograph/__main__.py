"""``python -m diplograph`` runs the command line, for when the script is not on PATH."""
from diplograph.cli import app

app(prog_name="diplograph")
