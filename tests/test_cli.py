"""`diplograph extract` end to end with the real reader: formats, exit statuses, per-document
errors on stderr, evidence offsets that index the article text exactly."""
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diplograph.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EN = ("Kazakh President Kassym-Jomart Tokayev paid a state visit to France on 5 November 2024. "
      "He held talks with French President Emmanuel Macron at the Elysee Palace in Paris.")
DE = ("Bundeskanzler Olaf Scholz ist am 16. September 2024 in Astana eingetroffen. "
      "Am Folgetag führte er Gespräche mit dem kasachischen Präsidenten Kassym-Schomart Tokajew.")
REQUIRED = ("article", "type", "mode", "context", "source", "target", "symmetric", "date", "status",
            "amount", "quantities", "evidence", "confidence", "language")


@pytest.fixture
def reader():
    mod = pytest.importorskip("diplograph.read")
    if not hasattr(mod, "read"):
        pytest.skip("diplograph.read has no read() yet")
    return mod


def run(*args, input=None):
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


def texts_of(*paths) -> dict[str, str]:
    """Article id -> text, as the CLI reads them (txt: the file; jsonl: the records)."""
    out = {}
    for p in paths:
        p = Path(p)
        if p.suffix == ".jsonl":
            for line in p.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rec = json.loads(line)
                    out[rec["id"]] = rec["text"]
        else:
            out[p.stem] = p.read_text(encoding="utf-8")
    return out


def check_records(records: list[dict], texts: dict[str, str]) -> None:
    for r in records:
        assert all(k in r for k in REQUIRED), r
        assert r["article"] in texts and r["source"]["code"] and r["status"]
        ev = r["evidence"]
        assert texts[r["article"]][ev["start"]:ev["end"]] == ev["text"], (r["article"], ev)


@pytest.fixture
def batch(tmp_path):
    (tmp_path / "paris.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "astana.txt").write_text(DE, encoding="utf-8")
    (tmp_path / "more.jsonl").write_text(
        json.dumps({"id": "rec_en", "text": EN, "published": "2024-11-07", "lang": "en"}) + "\n"
        + json.dumps({"id": "rec_de", "text": DE, "published": "2024-09-18"}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    return [tmp_path / "paris.txt", tmp_path / "astana.txt", tmp_path / "more.jsonl"]


def test_jsonl_one_record_a_line_with_exact_evidence(reader, batch):
    res = run("extract", *batch, "--published", "2024-11-07")
    assert res.exit_code == 0, res.stderr
    lines = res.stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert {r["article"] for r in records} == {"paris", "astana", "rec_en", "rec_de"}
    check_records(records, texts_of(*batch))
    assert "Präsident" in res.stdout or "Tokajew" in res.stdout  # ensure_ascii=False
    assert "4 documents read, 0 failed" in res.stderr


def test_json_is_the_same_records_as_a_list(reader, batch):
    as_jsonl = [json.loads(x) for x in run("extract", *batch).stdout.splitlines()]
    res = run("extract", *batch, "--format", "json")
    assert res.exit_code == 0 and json.loads(res.stdout) == as_jsonl
    empty = run("extract", batch[0], "--format", "json", input=None)
    assert isinstance(json.loads(empty.stdout), list)


def test_table(reader, batch):
    res = run("extract", batch[0], "--format", "table")
    assert res.exit_code == 0
    for column in ("article", "type", "source", "target", "date", "status", "evidence"):
        assert column in res.stdout
    assert "paris" in res.stdout and "KAZ" in res.stdout


def test_output_file(reader, batch, tmp_path):
    out = tmp_path / "events.jsonl"
    res = run("extract", *batch, "-o", out)
    assert res.exit_code == 0 and res.stdout == ""
    check_records([json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()], texts_of(*batch))


def test_stdin(reader):
    res = run("extract", "-", "--published", "2024-11-07", input=EN)
    assert res.exit_code == 0
    records = [json.loads(x) for x in res.stdout.splitlines()]
    assert records and {r["article"] for r in records} == {"stdin"}
    check_records(records, {"stdin": EN})


def test_failed_documents_are_reported_and_the_rest_is_written(reader, batch, tmp_path):
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR")
    (tmp_path / "french.txt").write_text("Le président kazakh a été reçu à l'Élysée par Emmanuel Macron mardi.")
    res = run("extract", tmp_path / "empty.txt", batch[0], tmp_path / "missing.txt",
              tmp_path / "image.txt", tmp_path / "french.txt", batch[1])
    assert res.exit_code == 1
    err = res.stderr
    assert f"diplograph: {tmp_path / 'empty.txt'}: empty text" in err
    assert f"diplograph: {tmp_path / 'missing.txt'}: no such file" in err
    assert f"diplograph: {tmp_path / 'image.txt'}: binary content" in err
    assert f"diplograph: {tmp_path / 'french.txt'}: unsupported language: French" in err
    assert "2 documents read, 4 failed" in err
    assert {json.loads(x)["article"] for x in res.stdout.splitlines()} == {"paris", "astana"}


@pytest.mark.parametrize("args", [
    ["extract"],                                            # no input
    ["extract", "x.txt", "--published", "2024-13-40"],
    ["extract", "x.txt", "--published", "yesterday"],
    ["extract", "x.txt", "--lang", "fr"],
    ["extract", "x.txt", "--format", "xml"],
    ["extract", "x.txt", "--kb", "/nonexistent/kb.json"],
    ["no-such-command"],
])
def test_usage_errors_exit_2(args):
    assert run(*args).exit_code == 2


def test_an_unwritable_output_is_a_usage_error(reader, batch, tmp_path):
    res = run("extract", batch[0], "-o", tmp_path / "no" / "such" / "dir.jsonl")
    assert res.exit_code == 2 and "cannot write" in res.stderr


def test_a_broken_kb_file_is_a_usage_error(reader, batch, tmp_path):
    (tmp_path / "kb.json").write_text("[1, 2, 3]")
    res = run("extract", batch[0], "--kb", tmp_path / "kb.json")
    assert res.exit_code == 2 and "kb.json" in res.stderr


def test_a_user_kb_file_is_used(reader, batch, tmp_path):
    (tmp_path / "kb.json").write_text("{}")
    assert run("extract", batch[0], "--kb", tmp_path / "kb.json").exit_code == 0


def test_bundled_examples(reader):
    inputs = sorted(EXAMPLES.glob("*.txt")) + sorted(EXAMPLES.glob("*.jsonl"))
    texts = texts_of(*inputs)
    assert len(texts) >= 5
    res = run("extract", *inputs)
    assert res.exit_code == 0, res.stderr
    records = [json.loads(x) for x in res.stdout.splitlines()]
    check_records(records, texts)
    assert {r["article"] for r in records} == set(texts)  # every example yields events


def test_python_m_diplograph(reader, batch):
    version = subprocess.run([sys.executable, "-m", "diplograph", "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.strip() == "diplograph 0.1.0"
    res = subprocess.run([sys.executable, "-m", "diplograph", "extract", str(batch[0]), "/nonexistent.txt"],
                         capture_output=True, text=True)
    assert res.returncode == 1 and "diplograph: /nonexistent.txt: no such file" in res.stderr
    assert [json.loads(x)["article"] for x in res.stdout.splitlines()][:1] == ["paris"]


def test_other_commands_are_registered():
    import typer.main

    names = set(typer.main.get_command(app).commands)
    assert "extract" in names
    try:
        import diplograph.kb.commands  # noqa: F401
    except ModuleNotFoundError:
        return
    assert "kb" in names


def test_absent_parts_are_skipped_but_broken_parts_surface(monkeypatch):
    import typer

    import diplograph.cli as cli

    registered = []

    def fake_import(missing):
        """Import that lacks the module ``missing``: what asks for it (or lives in it) fails."""
        def imp(name):
            if name == "diplograph.api.commands" or name.startswith(missing):
                raise ModuleNotFoundError(f"No module named {missing!r}", name=missing)
            return types.SimpleNamespace(register=lambda app: registered.append(name))
        return imp

    for absent in ("diplograph.api", "diplograph.api.commands"):
        monkeypatch.setattr(cli.importlib, "import_module", fake_import(absent))
        registered.clear()
        cli._register_optional(typer.Typer())  # nothing raised: the part is not installed
        assert registered == ["diplograph.kb.commands", "diplograph.store.commands", "diplograph.batch.commands"]
    monkeypatch.setattr(cli.importlib, "import_module", fake_import("sqlalchemy"))
    with pytest.raises(ModuleNotFoundError, match="sqlalchemy"):
        cli._register_optional(typer.Typer())  # the part is there but its dependency is not


def test_jobs_give_the_same_output_errors_and_exit_status(tmp_path):
    """--jobs 2 against --jobs 1 on real files: the examples, the team's English and
    Russian dev articles, and documents that fail (missing, empty, a bad JSONL line)."""
    fixtures = Path(__file__).resolve().parent / "fixtures"
    bad = tmp_path / "mixed.jsonl"
    bad.write_text('{"id": "ok", "lang": "en", "text": "Kazakhstan and Uzbekistan signed a treaty in Tashkent '
                   'on 14 March 2024."}\n{not json\n{"id": "blank", "text": ""}\n', encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    inputs = [*sorted(EXAMPLES.iterdir()), fixtures / "en_dev" / "articles.jsonl",
              fixtures / "ru_dev" / "articles.jsonl", bad, tmp_path / "empty.txt", tmp_path / "missing.txt"]
    one = subprocess.run([sys.executable, "-m", "diplograph", "extract", *map(str, inputs), "--jobs", "1"],
                         capture_output=True, text=True)
    two = subprocess.run([sys.executable, "-m", "diplograph", "extract", *map(str, inputs), "--jobs", "2"],
                         capture_output=True, text=True)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) > 50
    assert one.stderr == two.stderr
    assert "missing.txt" in one.stderr and "empty.txt" in one.stderr and "mixed.jsonl:2" in one.stderr


def test_jobs_workers_use_the_users_kb_file(tmp_path):
    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps({"organisations": {"ZSC": {
        "name": "Zeta Steppe Council", "names": {"en": ["Zeta Steppe Council"]}, "abbr": ["ZSC"], "parent": None}}}),
        encoding="utf-8")
    doc = tmp_path / "doc.jsonl"
    doc.write_text("\n".join(json.dumps({"id": f"d{i}", "lang": "en", "published": "2025-03-10",
                                         "text": "The Zeta Steppe Council accused Russia of violating the treaty."})
                             for i in range(6)) + "\n", encoding="utf-8")
    outs = [subprocess.run([sys.executable, "-m", "diplograph", "extract", str(doc), "--kb", str(mine), "--jobs", j],
                           capture_output=True, text=True) for j in ("1", "2")]
    assert outs[0].returncode == outs[1].returncode == 0
    assert outs[0].stdout == outs[1].stdout
    sources = [json.loads(line)["source"]["code"] for line in outs[1].stdout.splitlines()]
    assert len(sources) >= 6 and set(sources) == {"ZSC"}


RU = ("Президент Казахстана Касым-Жомарт Токаев 12 ноября 2025 года совершил государственный визит "
      "во Францию, где провёл переговоры с Эммануэлем Макроном.")
KK = ("Қазақстан Президенті Қасым-Жомарт Тоқаев Франция Президенті Эммануэль Макронмен келіссөздер "
      "жүргізді. Тараптар екіжақты ынтымақтастық мәселелерін талқылады.")


def test_lang_auto_reads_russian_and_reports_kazakh_per_document(reader, tmp_path):
    (tmp_path / "ru.txt").write_text(RU, encoding="utf-8")
    (tmp_path / "kk.txt").write_text(KK, encoding="utf-8")
    batch = tmp_path / "mixed.jsonl"
    batch.write_text("\n".join(json.dumps({"id": i, "text": t, "published": "2025-11-14"}, ensure_ascii=False)
                               for i, t in (("ru_rec", RU), ("kk_rec", KK))) + "\n", encoding="utf-8")
    res = run("extract", tmp_path / "ru.txt", tmp_path / "kk.txt", batch, "--lang", "auto",
              "--published", "2025-11-14")
    assert res.exit_code == 1  # a document failed, the others were read
    records = [json.loads(x) for x in res.stdout.splitlines()]
    assert {r["article"] for r in records} == {"ru", "ru_rec"}
    visit = next(r for r in records if r["article"] == "ru")
    assert (visit["type"], visit["source"]["code"], visit["target"]["code"], visit["language"]) == \
        ("CONSULT", "KAZ", "FRA", "ru")
    assert f"{tmp_path / 'kk.txt'}: Kazakh (kk) is not yet supported" in res.stderr
    assert f"{batch}:2: Kazakh (kk) is not yet supported" in res.stderr
    assert "2 documents read, 2 failed" in res.stderr
