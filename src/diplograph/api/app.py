"""The application factory: one FastAPI app serving the REST API and the web UI.

Why one app: the UI is static files that call /api, so ``diplograph serve`` is the whole
product, offline, with no build step and nothing fetched from a CDN. FastAPI's own
/docs page loads Swagger from a CDN with inline script, so it is off; /docs is our own
static page that reads /api/openapi.json.
"""
from __future__ import annotations

import os
import re
from importlib import resources

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from diplograph import __version__
from diplograph.store.api import Store

from . import ingest, routes
from .security import security_headers

WEB = resources.files("diplograph.web")

# UI routes and the page that draws each (the page reads its parameters from the URL)
PAGES = {
    "/": "index.html", "/events": "events.html", "/articles": "articles.html",
    "/articles/{key:path}": "article.html", "/actors/{code}": "actor.html",
    "/actors/{code}/review/{year}": "review.html", "/network": "network.html",
    "/docs": "docs.html",
}


def render_page(name: str) -> str:
    """A page is its own <title>, <main> and script tags, set into the one layout
    (head, navigation, shared scripts) that every page shares."""
    layout = WEB.joinpath("layout.html").read_text(encoding="utf-8")
    part = WEB.joinpath("pages", name).read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", part).group(1)
    main = re.search(r"<main\b.*</main>", part, re.S).group(0)
    scripts = "\n".join(re.findall(r"<script src=[^>]*></script>", part))
    return layout.replace("{title}", title).replace("{main}", main).replace("{scripts}", scripts)


def _page(name: str):
    html = render_page(name)  # composed once, when the app is made

    def page() -> HTMLResponse:
        return HTMLResponse(html, headers={"Cache-Control": "no-cache"})
    page.__name__ = "page_" + name.split(".")[0]
    return page


async def _validation_error(request: Request, exc: RequestValidationError):
    """422 with one readable line per problem, plus FastAPI's detail for programs."""
    lines = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body", "path"))
        lines.append(f"{where or 'request'}: {err.get('msg')}")
    detail = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()]
    return JSONResponse({"error": "; ".join(lines), "detail": detail}, status_code=422)


async def _http_error(request: Request, exc: HTTPException):
    return JSONResponse({"error": exc.detail, "detail": exc.detail}, status_code=exc.status_code,
                        headers=getattr(exc, "headers", None))


def create_app(db: str | None = None, token: str | None = None) -> FastAPI:
    """The app over the database ``db`` (path or URL; default as ``diplograph.open``).
    ``token`` enables POST /api/articles; default: ``$DIPLOGRAPH_TOKEN``; none: read-only."""
    app = FastAPI(title="diplograph", version=__version__,
                  description="Diplomatic events (PLOVER) read from the news, with evidence.",
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.store = Store(db)
    app.state.token = token if token is not None else os.environ.get("DIPLOGRAPH_TOKEN") or None
    app.middleware("http")(security_headers)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
    from starlette.exceptions import HTTPException as StarletteHTTPException
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.include_router(routes.router)
    app.include_router(ingest.router)
    app.mount("/static", StaticFiles(directory=str(WEB.joinpath("static"))), name="static")
    for route, name in PAGES.items():
        app.get(route, include_in_schema=False)(_page(name))
    app.router.add_event_handler("shutdown", app.state.store.close)
    return app
