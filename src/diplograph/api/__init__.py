"""The REST API and the server of the web UI (``diplograph serve``)."""
from .app import create_app

__all__ = ["create_app"]
