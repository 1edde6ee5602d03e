"""Security: hostile text stays text, SQL metacharacters are inert, writing needs the
token, and every response carries a Content-Security-Policy."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from diplograph.api import create_app

from .conftest import TOKEN
from .demo_db import HOSTILE_ID, HOSTILE_TEXT, HOSTILE_TITLE

WEB = Path(__file__).resolve().parents[2] / "src" / "diplograph" / "web"

ARTICLE = ("ASTANA - Kazakh President Kassym-Jomart Tokayev visited Beijing on 3 July 2024 "
           "and met Chinese President Xi Jinping.")


def test_hostile_article_is_returned_as_json_text(client):
    r = client.get(f"/api/articles/{HOSTILE_ID}")
    assert r.headers["content-type"].startswith("application/json")
    a = r.json()
    assert a["title"] == HOSTILE_TITLE and a["text"] == HOSTILE_TEXT
    assert a["spans"], "the reader should find Tokayev's visit in the hostile article"


def test_pages_are_static_and_never_contain_article_text(client):
    html = client.get(f"/articles/{HOSTILE_ID}").text
    assert "__pwned" not in html and "<script>" not in html  # only <script src=...>


def test_ui_code_never_uses_html_sinks():
    """The UI sets text with textContent; no innerHTML/outerHTML/document.write/eval."""
    for js in (WEB / "static").glob("*.js"):
        code = js.read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                     "new Function"):
            assert sink not in code, f"{js.name} uses {sink}"
    for page in [WEB / "layout.html", *(WEB / "pages").glob("*.html")]:
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), f"inline script in {page.name}"
        assert not re.search(r"\son\w+=", html), f"inline handler in {page.name}"
        assert "http://" not in html and "https://" not in html, f"external resource in {page.name}"


@pytest.mark.parametrize("url", ["/", "/api/health", "/api/events", "/api/events/999999",
                                 "/static/app.css", "/api/openapi.json", "/nope", "/api/events?type=X"])
def test_csp_on_every_response(client, url):
    r = client.get(url)
    csp = r.headers.get("content-security-policy", "")
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert r.headers.get("x-content-type-options") == "nosniff"


@pytest.mark.parametrize("params", [
    {"text": "' OR 1=1 --"}, {"text": "%"}, {"text": "_"}, {"text": "\"; DROP TABLE events; --"},
    {"mode": "visit' OR '1'='1"}, {"actor": "KAZ' OR 1=1--"}, {"partner": "x;DELETE"},
])
def test_sql_metacharacters_are_harmless(client, params):
    before = client.get("/api/health").json()["counts"]
    r = client.get("/api/events", params=params)
    assert r.status_code in (200, 400, 422)
    if r.status_code == 200 and "text" not in params:
        assert r.json()["total"] == 0
    assert client.get("/api/health").json()["counts"] == before
    assert client.get("/api/search", params={"q": next(iter(params.values()))}).status_code == 200


@pytest.fixture()
def fresh(tmp_path):
    with TestClient(create_app(str(tmp_path / "w.db"), token=TOKEN)) as c:
        yield c


def test_post_without_or_with_wrong_token_is_refused(fresh):
    assert fresh.post("/api/articles", json={"text": ARTICLE}).status_code == 401
    r = fresh.post("/api/articles", json={"text": ARTICLE}, headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401 and "token" in r.json()["error"]
    assert fresh.get("/api/health").json()["counts"]["articles"] == 0


def test_post_is_disabled_without_a_configured_token(tmp_path, monkeypatch):
    monkeypatch.delenv("DIPLOGRAPH_TOKEN", raising=False)
    with TestClient(create_app(str(tmp_path / "r.db"))) as c:
        r = c.post("/api/articles", json={"text": ARTICLE}, headers={"Authorization": "Bearer "})
        assert r.status_code == 403 and "token" in r.json()["error"]
        assert c.get("/api/health").json()["writable"] is False


def test_token_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPLOGRAPH_TOKEN", "from-env")
    with TestClient(create_app(str(tmp_path / "e.db"))) as c:
        r = c.post("/api/articles", json={"text": ARTICLE, "lang": "en"},
                   headers={"Authorization": "Bearer from-env"})
        assert r.status_code == 201


def test_post_text_ingests_through_the_reader(fresh):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = fresh.post("/api/articles", json={"text": ARTICLE, "published": "2024-07-04",
                                          "title": "<script>x()</script>"}, headers=auth)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["stored"] == 1 and body["events"] >= 1
    ev = fresh.get("/api/events", params={"actor": "KAZ", "partner": "CHN"}).json()["items"]
    assert ev and ev[0]["mentions"][0]["article"] == body["article"]
    again = fresh.post("/api/articles", json={"text": ARTICLE}, headers=auth)
    assert again.status_code == 200 and again.json()["stored"] == 0


@pytest.mark.parametrize("body,needle", [
    ({}, "exactly one"), ({"text": "  "}, "exactly one"),
    ({"text": "a", "url": "https://example.org/"}, "exactly one"),
    ({"url": "file:///etc/passwd"}, "url"), ({"text": ARTICLE, "lang": "fr"}, "lang"),
    ({"text": ARTICLE, "published": "not a date"}, "published"),
    ({"text": "Это короткий текст. " * 3 + "Қазақстан Республикасы", "lang": None}, "Kazakh"),
])
def test_post_bad_input_is_4xx_with_message(fresh, body, needle):
    r = fresh.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert 400 <= r.status_code < 500
    assert needle.lower() in r.json()["error"].lower()
