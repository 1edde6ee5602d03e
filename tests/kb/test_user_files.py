"""The user's own knowledge-base file (``--kb FILE`` / ``$DIPLOGRAPH_KB_DIR``), load time,
and the ``diplograph kb`` commands."""
import json
import time

import pytest
import typer
from typer.testing import CliRunner

from diplograph import kb as kbmod
from diplograph.kb.commands import register

USER = {
    "organisations": {
        "AIFC": {"name": "Astana International Financial Centre",
                 "names": {"de": ["Internationales Finanzzentrum Astana"], "en": ["Astana International Financial Centre"],
                           "ru": ["Международный финансовый центр «Астана»"]},
                 "abbr": ["AIFC", "МФЦА"], "parent": None}},
    "people": [
        {"id": "test_envoy", "name": "Erika Mustermann",
         "names": {"de": ["Erika Mustermann"], "en": ["Erika Mustermann"], "ru": ["Эрика Мустерман"]},
         "surnames": {"de": ["Mustermann"], "en": ["Mustermann"], "ru": ["Мустерман"]},
         "offices": [{"role": "foreign_minister", "org": "KAZ", "from": "2030-01-01", "to": None},
                     {"role": "official", "org": "AIFC", "from": "2020-01-01", "to": "2029-12-31"}]}],
    "country_aliases": {"KAZ": {"de": ["Steppenrepublik"]}},
    "seats": {"KAZ": ["Regierungshaus Astana"]},
    "companies": {"acme": {"name": "Acme Steppe GmbH", "country": "DEU", "names": ["Acme Steppe GmbH", "Acme Steppe"]}},
}


@pytest.fixture
def user_file(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(USER, ensure_ascii=False), encoding="utf-8")
    return path


def test_load_time_is_measured():
    t0 = time.perf_counter()
    base = kbmod.load()
    t1 = time.perf_counter()
    base.index()
    t2 = time.perf_counter()
    base.resolve("Tokajew", "de", "2024-06-01")
    t3 = time.perf_counter()
    print(f"\nload {t1 - t0:.3f} s, index {t2 - t1:.3f} s, first resolve {1000 * (t3 - t2):.2f} ms; "
          f"{len(base.index())} surface forms, {len(base.people)} people")


def test_user_file_adds_and_overrides(user_file):
    base = kbmod.load([user_file])
    assert base.resolve_one("AIFC", "en")["code"] == "AIFC"
    assert base.resolve_one("Internationales Finanzzentrum Astana", "de")["kind"] == "organisation"
    assert base.resolve_one("Mustermann", "de", "2025-01-01")["code"] == "AIFC"
    assert base.resolve_one("Erika Mustermann", "de", "2031-01-01")["code"] == "KAZ"
    assert base.resolve_one("Steppenrepublik", "de")["code"] == "KAZ"
    assert base.resolve_one("Regierungshaus Astana", "de")["code"] == "KAZ"
    assert base.resolve_one("Acme Steppe", "en")["code"] == "DEU"
    # the bundled names are kept next to the user's
    assert base.resolve_one("Kasachstan", "de")["code"] == "KAZ"
    # an organisation with a known code replaces the bundled one
    override = {"organisations": {"BOP": {"name": "Board of Peace (Gaza)", "names": {"en": ["Board of Peace"]},
                                          "abbr": [], "parent": None}}}
    kbmod.apply(base, override)
    assert base.resolve_one("Board of Peace", "en")["name"] == "Board of Peace (Gaza)"
    assert base.resolve("Friedensrat", "de") == []
    # the bundled base itself is unchanged
    assert kbmod.load().resolve("AIFC", "en") == []


def test_kb_dir_environment(user_file, monkeypatch):
    monkeypatch.setenv("DIPLOGRAPH_KB_DIR", str(user_file.parent))
    assert kbmod.load().resolve_one("AIFC", "en")["code"] == "AIFC"


@pytest.fixture
def cli():
    app = typer.Typer()

    @app.callback()
    def main():
        pass

    register(app)
    runner = CliRunner()
    return lambda *args: runner.invoke(app, list(args))


def test_cli_lookup(cli, user_file):
    r = cli("kb", "lookup", "SOZ", "--lang", "de")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert rows[0]["code"] == "SCO" and rows[0]["kind"] == "organisation"
    assert set(rows[0]) >= {"code", "name", "kind", "role", "country", "valid_from", "valid_to"}
    r = cli("kb", "lookup", "Mustermann", "--date", "2025-01-01", "--kb", str(user_file))
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)[0]["code"] == "AIFC"
    assert json.loads(r.output)[0]["valid_from"] == "2020-01-01"
    r = cli("kb", "lookup", "Nobody Atall")
    assert r.exit_code == 1 and json.loads(r.output) == []
    r = cli("kb", "lookup", "Moskau", "--date", "2024-13-45")
    assert r.exit_code == 2


def test_cli_lookup_person_by_date(cli):
    r = cli("kb", "lookup", "Tokajew", "--date", "2024-06-01", "--lang", "de")
    assert r.exit_code == 0, "Tokayev is not in the people files yet"
    assert json.loads(r.output)[0]["code"] == "KAZ"


def test_cli_stats(cli):
    r = cli("kb", "stats", "--date", "2024-06-30", "--json")
    assert r.exit_code == 0, r.output
    s = json.loads(r.output)
    assert s["countries"] >= 249 and s["un_members"] == 193 and s["organisations"] >= 100
    assert set(s["aliases"]) >= {"de", "en", "ru"}
    assert set(s["un_members_with"]) == {"head_of_state", "head_of_government", "foreign_minister"}
    r = cli("kb", "stats")
    assert r.exit_code == 0 and "UN members with" in r.output


def test_cli_place(cli):
    r = cli("kb", "place", "Астана", "--lang", "ru")
    assert r.exit_code == 0 and json.loads(r.output)["code"] == "KAZ"


def test_cli_reports_a_bad_user_file(cli, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"organisations": {"X": {"names": {}}}}', encoding="utf-8")
    r = cli("kb", "lookup", "SOZ", "--kb", str(bad))
    assert r.exit_code == 2 and "bad.json" in r.output and "'name'" in r.output
    bad.write_text("{not json", encoding="utf-8")
    r = cli("kb", "lookup", "SOZ", "--kb", str(bad))
    assert r.exit_code == 2 and "bad.json" in r.output
