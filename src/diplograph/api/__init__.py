"""The REST API and the server of the web UI (``diplograph serve``).

``create_app`` is imported on first use: the command line imports this package to
register ``serve``, and every other command should not pay for loading FastAPI.
"""

__all__ = ["create_app"]


def __getattr__(name: str):
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
