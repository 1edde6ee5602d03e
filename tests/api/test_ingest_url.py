"""POST /api/articles with a URL: fetched by the store's ingest from a local HTTP server
(offline: the server is started by the test)."""
from __future__ import annotations

import functools
import http.server
import threading

import pytest
from fastapi.testclient import TestClient

from diplograph.api import create_app

from .conftest import TOKEN

PAGE = """<!doctype html><html lang="en"><head><title>Tokayev in Beijing</title>
<meta property="article:published_time" content="2024-07-04"></head><body><article>
<h1>Tokayev in Beijing</h1>
<p>ASTANA - Kazakh President Kassym-Jomart Tokayev visited Beijing on 3 July 2024 and met
Chinese President Xi Jinping. The two leaders discussed trade, transport and energy links
between their countries and agreed to meet again in the autumn.</p>
</article></body></html>"""


@pytest.fixture()
def site(tmp_path):
    (tmp_path / "news.html").write_text(PAGE, encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *a, **k: None
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


def test_post_url_fetches_and_stores(tmp_path, site):
    with TestClient(create_app(str(tmp_path / "u.db"), token=TOKEN)) as c:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        r = c.post("/api/articles", json={"url": site + "/news.html"}, headers=auth)
        assert r.status_code == 201, r.text
        assert r.json()["stored"] == 1 and r.json()["events"] >= 1
        assert c.post("/api/articles", json={"url": site + "/news.html"}, headers=auth).status_code == 200
        missing = c.post("/api/articles", json={"url": site + "/missing.html"}, headers=auth)
        assert missing.status_code == 422 and "could not ingest" in missing.json()["error"]
