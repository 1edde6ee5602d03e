"""The search syntax through the REST API: relevance sorting, and a 422 that says what
is wrong with a search text (never a 500)."""


def test_text_filter_syntax_errors_are_422(client):
    for bad in ['"unclosed', "Sam*rk", "*", "--"]:
        r = client.get("/api/events", params={"text": bad})
        assert r.status_code == 422, bad
        assert "search syntax" in r.json()["detail"]
    assert client.get("/api/dyads", params={"text": '"x'}).status_code == 422


def test_sort_by_relevance(client):
    page = client.get("/api/events", params={"text": "Samark*", "sort": "relevance"}).json()
    by_date = client.get("/api/events", params={"text": "Samark*"}).json()
    assert page["total"] == by_date["total"] > 0
    assert {e["id"] for e in page["items"]} == {e["id"] for e in by_date["items"]}
    assert all(any(w.lower().startswith("samark") for m in e["mentions"]
                   for w in m["evidence"]["text"].replace(",", " ").replace(".", " ").split())
               for e in page["items"])
    r = client.get("/api/events", params={"sort": "relevance"})
    assert r.status_code == 400 and "text" in r.json()["detail"]


def test_search_box_is_lenient_and_ranked(client):
    hits = client.get("/api/search", params={"q": '"Samarkand'}).json()  # unclosed quote: read anyway
    assert hits["events"] and hits["articles"]
    assert client.get("/api/search", params={"q": "*"}).json()["events"] == []
    phrase = client.get("/api/search", params={"q": '"Xi Jinping"'}).json()["events"]
    assert phrase and all("xi jinping" in h["evidence"].lower() for h in phrase)
