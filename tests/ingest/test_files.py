"""Local files and stdin become Articles; every bad input kind gets its own reason and the
rest of the batch is still read. All inputs are written here, in tmp_path."""
import io
import json
import sys
from datetime import date

import pytest

from diplograph.ingest.files import decode, iter_documents, Refused

DE = ("Der kasachische Präsident Kassym-Schomart Tokajew ist zu einem Staatsbesuch in "
      "Frankreich eingetroffen und wurde von Präsident Emmanuel Macron empfangen.")
EN = ("Kazakh President Kassym-Jomart Tokayev arrived in Paris on a state visit and held "
      "talks with French President Emmanuel Macron at the Elysee Palace.")
FR = "Le président kazakh est arrivé à Paris pour une visite d'État et a rencontré Emmanuel Macron."
KK = "Қазақстан Президенті Қасым-Жомарт Тоқаев Парижге мемлекеттік сапармен барып, Макронмен кездесті."
RU = "Президент Казахстана Касым-Жомарт Токаев прибыл в Париж с государственным визитом."
PAGE = ("<html><head><title>State visit to France</title></head><body><nav>Home | World</nav>"
        f"<article><p>{EN}</p><p>The two presidents signed a roadmap on energy cooperation.</p>"
        "</article><footer>Copyright Example News</footer></body></html>")


def docs(paths, **kw):
    return [(name, art, err) for name, art, err in iter_documents([str(p) for p in paths], **kw)]


def test_good_text_html_and_jsonl_files(tmp_path):
    (tmp_path / "visit.txt").write_text(DE, encoding="utf-8")
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "recs.jsonl").write_text(
        json.dumps({"id": "r1", "text": EN, "published": "2024-11-06T08:00:00Z", "url": "https://x.example/1"})
        + "\n\n" + json.dumps({"id": "r2", "text": RU, "title": "Визит"}) + "\n", encoding="utf-8")
    got = docs([tmp_path / "visit.txt", tmp_path / "page.html", tmp_path / "recs.jsonl"])
    assert [err for _, _, err in got] == [None] * 4
    (n1, txt, _), (n2, html, _), (n3, r1, _), (n4, r2, _) = got
    assert txt.id == "visit" and txt.text == DE and txt.lang == "de" and txt.published is None
    assert html.id == "page" and html.title == "State visit to France" and html.lang == "en"
    assert EN in html.text and "Copyright" not in html.text and "Home" not in html.text
    assert (r1.id, r1.published, r1.url, r1.lang) == ("r1", date(2024, 11, 6), "https://x.example/1", "en")
    assert (r2.id, r2.title, r2.lang) == ("r2", "Визит", "ru")
    assert n3.endswith("recs.jsonl:1") and n4.endswith("recs.jsonl:3")  # names carry the line


def test_every_bad_input_has_its_reason_and_the_batch_goes_on(tmp_path):
    files = {
        "ok1.txt": EN.encode(),
        "empty.txt": b"  \n\t\n",
        "nul.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "noise.txt": bytes([1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16] * 40),  # no NUL, not text
        "undecodable.txt": b"Tokajew \x81\x8d\x90 besucht \xff\xfe\x9d Paris " * 5,
        "big.txt": (DE + " ").encode() * 20,
        "french.txt": FR.encode(),
        "kazakh.txt": KK.encode(),
        "short.txt": b"Astana 2024",
        "page_empty.html": b"<html><head><title>x</title></head><body></body></html>",
        "ok2.txt": DE.encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "recs.jsonl").write_text("\n".join([
        json.dumps({"id": "a", "text": EN}),
        '{"id": "broken", "text": ',
        json.dumps(["not", "a", "record"]),
        json.dumps({"id": "no_text"}),
        json.dumps({"id": "bad_date", "text": EN, "published": "yesterday"}),
        json.dumps({"id": "fr", "text": FR}),
        json.dumps({"id": "b", "text": DE}),
    ]) + "\n", encoding="utf-8")
    paths = [tmp_path / n for n in files] + [tmp_path / "missing.txt", tmp_path / "recs.jsonl"]
    got = {name.rsplit("/", 1)[-1]: (art, err) for name, art, err in docs(paths, max_bytes=1000)}

    reasons = {name: err for name, (art, err) in got.items() if err}
    assert reasons == {
        "empty.txt": "empty text",
        "nul.txt": "binary content (NUL bytes), not text",
        "noise.txt": "binary content (mostly non-text characters)",
        "undecodable.txt": reasons["undecodable.txt"],
        "big.txt": f"too large: {len(files['big.txt']):,} bytes (limit 1,000)",
        "french.txt": "unsupported language: French (fr); diplograph reads de, en, ru",
        "kazakh.txt": "Kazakh (kk) is not yet supported; diplograph reads de, en, ru",
        "short.txt": reasons["short.txt"],
        "page_empty.html": "no main text found in the page",
        "missing.txt": "no such file",
        "recs.jsonl:2": reasons["recs.jsonl:2"],
        "recs.jsonl:3": "not an article record: a JSON list, expected an object",
        "recs.jsonl:4": "the record has no 'text' field",
        "recs.jsonl:5": "'published' is not a date (YYYY-MM-DD): 'yesterday'",
        "recs.jsonl:6": "unsupported language: French (fr); diplograph reads de, en, ru",
    }
    assert reasons["undecodable.txt"].startswith("undecodable: neither UTF-8 (invalid byte 0x81 at offset 8)")
    assert reasons["short.txt"].startswith("language could not be determined")
    assert reasons["recs.jsonl:2"].startswith("malformed JSON")
    read = {name: art for name, (art, err) in got.items() if not err}
    assert sorted(read) == ["ok1.txt", "ok2.txt", "recs.jsonl:1", "recs.jsonl:7"]
    assert all(art.text.strip() for art in read.values())


def test_order_is_the_input_order(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(EN)
    names = [n for n, _, _ in docs([tmp_path / "2.txt", tmp_path / "0.txt", tmp_path / "1.txt"])]
    assert [n.rsplit("/", 1)[-1] for n in names] == ["2.txt", "0.txt", "1.txt"]


def test_decoding_rules():
    assert decode("Präsident".encode("utf-8")) == "Präsident"
    assert decode(b"\xef\xbb\xbf" + "Präsident".encode()) == "Präsident"  # BOM dropped
    assert decode("Präsident".encode("utf-16")) == "Präsident"
    assert decode("Präsident – „Gespräche“".encode("cp1252")) == "Präsident – „Gespräche“"
    with pytest.raises(Refused, match="control characters"):
        decode(b"Pr\xe4sident\x1b[0m")  # cp1252-clean bytes, but an escape code is not prose
    with pytest.raises(Refused, match="NUL"):
        decode(b"abc\x00def")


def test_html_declared_charset(tmp_path):
    page = PAGE.replace("<head>", '<head><meta charset="iso-8859-1">').replace(EN, DE)
    (tmp_path / "alt.html").write_bytes(page.encode("latin-1"))
    ((_, art, err),) = docs([tmp_path / "alt.html"])
    assert err is None and DE in art.text and art.lang == "de"


def test_published_and_lang_come_from_the_record_then_the_options(tmp_path):
    (tmp_path / "t.txt").write_text(EN)
    (tmp_path / "r.jsonl").write_text(
        json.dumps({"id": "own", "text": EN, "published": "2025-04-05", "lang": "en"}) + "\n"
        + json.dumps({"id": "none", "text": EN}) + "\n" + json.dumps({"id": "auto", "text": DE, "lang": "auto"}) + "\n")
    got = docs([tmp_path / "t.txt", tmp_path / "r.jsonl"], published=date(2024, 7, 4), lang="de")
    arts = {a.id: a for _, a, _ in got}
    assert arts["own"].published == date(2025, 4, 5) and arts["own"].lang == "en"
    assert arts["none"].published == date(2024, 7, 4) and arts["none"].lang == "de"  # the option, not detection
    assert arts["t"].published == date(2024, 7, 4) and arts["t"].lang == "de"
    assert arts["auto"].lang == "de"
    detected = {a.id: a.lang for _, a, _ in docs([tmp_path / "r.jsonl"], lang="auto")}
    assert detected == {"own": "en", "none": "en", "auto": "de"}
    ((_, _, err),) = docs([tmp_path / "t.txt"], lang="fr")
    assert err.startswith("unsupported language: French")


def test_a_jsonl_record_over_the_limit_fails_alone(tmp_path):
    (tmp_path / "r.jsonl").write_text(json.dumps({"id": "big", "text": EN * 50}) + "\n"
                                      + json.dumps({"id": "small", "text": EN}) + "\n")
    (name1, _, err1), (_, small, err2) = docs([tmp_path / "r.jsonl"], max_bytes=2000)
    assert err1.startswith("too large") and err2 is None and small.id == "small"


def test_binary_jsonl_is_one_failure(tmp_path):
    (tmp_path / "r.jsonl").write_bytes(b"\x1f\x8b\x08\x00" + b"\x00" * 100)  # a gzip by mistake
    assert docs([tmp_path / "r.jsonl"]) == [(str(tmp_path / "r.jsonl"), None, "binary content (NUL bytes), not JSONL")]


def _stdin(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text_is_one_document(monkeypatch):
    _stdin(monkeypatch, (EN + "\n\n" + EN + "\n").encode())
    ((name, art, err),) = list(iter_documents(["-"], published=date(2024, 11, 6)))
    assert (name, art.id, art.lang, art.published, err) == ("stdin", "stdin", "en", date(2024, 11, 6), None)


def test_stdin_jsonl_is_many_documents(monkeypatch):
    _stdin(monkeypatch, (json.dumps({"id": "x", "text": EN}) + "\n\n" + json.dumps({"id": "y", "text": DE}) + "\n").encode())
    got = list(iter_documents(["-"]))
    assert [(n, a.id, a.lang) for n, a, _ in got] == [("stdin:1", "x", "en"), ("stdin:3", "y", "de")]


def test_unknown_suffix_is_sniffed(tmp_path):
    (tmp_path / "feed").write_text(json.dumps({"id": "x", "text": EN}) + "\n")
    (tmp_path / "page.php").write_text("<!DOCTYPE html>" + PAGE)
    (tmp_path / "note").write_text(DE)
    got = docs([tmp_path / "feed", tmp_path / "page.php", tmp_path / "note"])
    assert [(a.id, a.title) for _, a, _ in got] == [("x", None), ("page", "State visit to France"), ("note", None)]


def test_a_folder_is_its_readable_files_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(EN)
    (tmp_path / "a.txt").write_text(DE)
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\x00")
    (tmp_path / ".hidden.txt").write_text(EN)
    got = docs([tmp_path])
    assert [(a.id, err) for _, a, err in got] == [("a", None), ("2", None)]
    (tmp_path / "empty").mkdir()
    assert docs([tmp_path / "empty"]) == [(str(tmp_path / "empty"), None, "folder holds no .txt, .html or .jsonl files")]


def test_a_json_file_holds_one_record_or_a_list(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"text": EN, "published": "2024-11-06"}))
    (tmp_path / "many.json").write_text(json.dumps([{"id": "x", "text": EN}, {"text": DE}, {"id": "no_text"}]))
    (tmp_path / "bad.json").write_text("{not json")
    got = [(n.rsplit("/", 1)[-1], a.id if a else None, e) for n, a, e in
           docs([tmp_path / "one.json", tmp_path / "many.json", tmp_path / "bad.json"])]
    assert got[:4] == [("one.json", "one", None), ("many.json[1]", "x", None), ("many.json[2]", "many-2", None),
                       ("many.json[3]", None, "the record has no 'text' field")]
    assert got[4][0] == "bad.json" and got[4][2].startswith("malformed JSON")
