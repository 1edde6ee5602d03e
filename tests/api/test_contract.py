"""Contract tests: every /api endpoint over a real store filled by the real reader."""
from __future__ import annotations

import csv
import io
import json

import pytest

from .demo_db import HOSTILE_ID

EVENT_KEYS = {"id", "type", "source", "status", "evidence", "mentions", "n_mentions", "n_articles"}


def test_health(client):
    r = client.get("/api/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and body["writable"] is True
    assert body["counts"]["articles"] >= 7 and body["counts"]["events"] > 10


def test_events_page_shape_and_paging(client):
    r = client.get("/api/events", params={"limit": 3, "offset": 0, "sort": "date"})
    assert r.status_code == 200
    page = r.json()
    assert page["limit"] == 3 and len(page["items"]) == 3 and page["total"] > 3
    for e in page["items"]:
        assert EVENT_KEYS <= set(e)
        assert e["mentions"] and e["mentions"][0]["evidence"]["text"]
    nxt = client.get("/api/events", params={"limit": 3, "offset": 3, "sort": "date"}).json()
    assert not {e["id"] for e in page["items"]} & {e["id"] for e in nxt["items"]}
    starts = [e["date_start"] for e in page["items"] + nxt["items"] if e["date_start"]]
    assert starts == sorted(starts)
    desc = [e["date_start"] for e in client.get("/api/events", params={"sort": "-date"}).json()["items"]
            if e["date_start"]]
    assert desc == sorted(desc, reverse=True)


def test_events_filters(client):
    kaz = client.get("/api/events", params={"actor": "kaz", "limit": 1000}).json()
    assert kaz["total"] > 0
    assert all("KAZ" in (e["source"]["code"], (e.get("target") or {}).get("code")) for e in kaz["items"])
    pair = client.get("/api/events", params={"actor": "KAZ", "partner": "CHN"}).json()["items"]
    assert pair and all({e["source"]["code"], e["target"]["code"]} == {"KAZ", "CHN"} for e in pair)
    consult = client.get("/api/events", params={"type": "consult", "mode": "visit"}).json()["items"]
    assert consult and all(e["type"] == "CONSULT" and e["mode"] == "visit" for e in consult)
    ann = client.get("/api/events", params={"status": "announced"}).json()["items"]
    assert all(e["status"] == "announced" for e in ann)
    y24 = client.get("/api/events", params={"since": "2024", "until": "2024-12"}).json()["items"]
    assert y24 and all(e["date_start"] <= "2024-12-31" and e["date_end"] >= "2024-01-01" for e in y24)
    words = client.get("/api/events", params={"text": "Samarkand"}).json()["items"]
    assert words and all(any("samarkand" in m["evidence"]["text"].lower() for m in e["mentions"]) for e in words)


def test_one_event_has_all_evidence(client):
    first = client.get("/api/events", params={"sort": "-mentions", "limit": 1}).json()["items"][0]
    r = client.get(f"/api/events/{first['id']}")
    assert r.status_code == 200
    e = r.json()
    assert e["id"] == first["id"] and len(e["mentions"]) == e["n_mentions"]
    assert client.get("/api/events/999999").status_code == 404
    assert client.get("/api/events/abc").status_code == 422


def test_actors_and_profile(client):
    actors = client.get("/api/actors").json()
    assert any(a["code"] == "KAZ" for a in actors)
    p = client.get("/api/actors/KAZ").json()
    assert p["actor"]["code"] == "KAZ"
    assert p["partners"] and p["partners"][0]["events"] >= p["partners"][-1]["events"]
    assert p["timeline"] and {"made", "received"} == set(p["visits"])
    assert {"given", "received"} == set(p["commitments"])
    assert client.get("/api/actors/NOPE").status_code == 404


def test_year_review(client):
    r = client.get("/api/actors/KAZ/review/2024")
    assert r.status_code == 200
    rev = r.json()
    assert rev["year"] == 2024 and rev["actor"] == "KAZ"
    # Tokayev's state visit to France (Nov 2024) is a visit made; Xi's to Astana one received
    assert any(v["other"] == "FRA" for v in rev["visits_made"]), rev["visits_made"]
    assert any(v["other"] == "CHN" for v in rev["visits_received"]), rev["visits_received"]
    for line in rev["visits_made"] + rev["visits_received"] + rev["agreements"] + rev["pledges"]:
        assert line["sources"] and line["sources"][0]["article"]
    assert rev["totals"]["visits_made"] == len(rev["visits_made"])
    assert client.get("/api/actors/KAZ/review/99").status_code == 400


def test_dyads_timeline_pledges(client):
    d = client.get("/api/dyads", params={"limit": 5}).json()
    assert 0 < len(d) <= 5 and d[0]["events"] >= d[-1]["events"]
    mine = client.get("/api/dyads", params={"actor": "KAZ"}).json()
    assert all(x["actor"] == "KAZ" for x in mine)
    t = client.get("/api/timeline", params={"by": "year"}).json()
    assert t and all(len(x["period"]) == 4 or x["period"] == "undated" for x in t)
    assert client.get("/api/timeline", params={"by": "week"}).status_code == 422
    p = client.get("/api/pledges").json()
    assert all(x["type"] in ("AGREE", "AID", "COOPERATE") for x in p)


def test_articles_and_spans(client):
    arts = client.get("/api/articles").json()
    assert len(arts) >= 7 and all("text" not in a for a in arts)
    for a in arts:
        full = client.get(f"/api/articles/{a['doc']}").json()
        assert full["doc"] == a["doc"] and full["text"]
        for s in full["spans"]:  # EVENTS.md invariant, as the UI relies on it
            assert full["text"][s["start"]:s["end"]] == s["text"]
    by_id = client.get(f"/api/articles/{arts[0]['id']}").json()
    assert by_id["doc"] == arts[0]["doc"]
    assert client.get("/api/articles/no_such_article").status_code == 404


def test_search(client):
    r = client.get("/api/search", params={"q": "Samarkand"}).json()
    assert r["articles"] and r["events"]
    assert client.get("/api/search", params={"q": "KAZ"}).json()["actors"][0]["code"] == "KAZ"
    assert client.get("/api/search").status_code == 422
    assert client.get("/api/search", params={"q": "100%_"}).json()["articles"] == []


def test_exports(client):
    total = client.get("/api/events", params={"actor": "KAZ"}).json()["total"]
    r = client.get("/api/export.csv", params={"actor": "KAZ"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == total and {"id", "type", "evidence"} <= set(rows[0])
    r = client.get("/api/export.jsonl", params={"actor": "KAZ"})
    recs = [json.loads(line) for line in r.text.splitlines()]
    assert len(recs) == total and all(x["mentions"] for x in recs)
    r = client.get("/api/export.parquet")
    assert r.status_code == 200 and r.content[:4] == b"PAR1"
    assert client.get("/api/export.xml").status_code == 404


@pytest.mark.parametrize("url,code", [
    ("/api/events?since=2024-13", 400), ("/api/events?type=FOO", 400),
    ("/api/events?status=maybe", 400), ("/api/events?limit=0", 422),
    ("/api/events?limit=100000", 422), ("/api/events?sort=bogus", 400),
    ("/api/events?since=yesterday", 422),
])
def test_bad_input_is_4xx_with_message(client, url, code):
    r = client.get(url)
    assert r.status_code == code
    assert isinstance(r.json()["error"], str) and r.json()["error"]


def test_openapi_documents_every_endpoint(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for p in ("/api/events", "/api/events/{event_id}", "/api/actors", "/api/actors/{code}",
              "/api/actors/{code}/review/{year}", "/api/dyads", "/api/timeline", "/api/pledges",
              "/api/articles", "/api/articles/{key}", "/api/search", "/api/export.{fmt}", "/api/health"):
        assert p in paths, p
    assert "post" in paths["/api/articles"]


@pytest.mark.parametrize("page", ["/", "/events", "/articles", f"/articles/{HOSTILE_ID}", "/actors/KAZ",
                                  "/actors/KAZ/review/2024", "/network", "/docs"])
def test_pages_are_served(client, page):
    r = client.get(page)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "<script src=\"/static/" in r.text
