"""People out of office: coded by the state or organisation they served (CAMEO's practice
for former officials), marked ``former`` with a ``former_<role>``; surnames alone only when
every person with the surname is coded alike, and only when written with a capital."""
import pytest

from diplograph.kb import KnowledgeBase, apply


def base_of(people):
    base = KnowledgeBase()
    apply(base, {"countries": {c: {"name": c} for c in ("AAA", "BBB", "CCC")},
                 "organisations": {"ORG": {"name": "Org", "names": {}, "abbr": []}},
                 "people": people})
    return base


def person(pid, name, surname, *offices):
    return {"id": pid, "name": name, "names": {"en": [name]}, "surnames": {"en": [surname]},
            "offices": [{"role": r, "org": o, "from": f, "to": t} for r, o, f, t in offices]}


def test_former_holder_of_one_state_keeps_its_code():
    base = base_of([person("n", "Nur Baev", "Baev", ("head_of_state", "AAA", "1991-12-16", "2019-03-20"))])
    a = base.resolve_one("Nur Baev", "en", "2024-06-01")
    assert a["code"] == "AAA" and a["country"] == "AAA"
    assert a["role"] == "former_head_of_state" and a["former"] is True and a["in_office"] is False
    assert base.resolve_one("Baev", "en", "2024-06-01")["code"] == "AAA"
    now = base.resolve_one("Baev", "en", "2010-06-01")
    assert now["role"] == "head_of_state" and now["in_office"] is True and now["former"] is False


def test_mixed_offices_code_by_the_office_that_ended_last():
    base = base_of([person("g", "Ann Gut", "Gut", ("head_of_government", "AAA", "1995-10-28", "2002-04-06"),
                           ("secretary_general", "ORG", "2017-01-01", "2026-12-31"))])
    assert base.resolve_one("Gut", "en", "2020-01-01")["code"] == "ORG"  # in office
    a = base.resolve_one("Gut", "en", "2027-06-01")
    assert a["code"] == "ORG" and a["role"] == "former_secretary_general" and a["valid_to"] == "2026-12-31"
    between = base.resolve_one("Ann Gut", "en", "2010-01-01")
    assert between["code"] == "AAA" and between["role"] == "former_head_of_government"
    assert base.resolve_one("Ann Gut", "en", None)["code"] == "ORG"  # undated: the latest office


def test_before_the_first_office_no_role_but_the_code():
    base = base_of([person("m", "Fred Merr", "Merr", ("head_of_government", "AAA", "2025-05-06", None))])
    a = base.resolve_one("Merr", "en", "2020-01-01")
    assert a["code"] == "AAA" and a["role"] is None and a["in_office"] is False and a["former"] is False


def test_surname_of_former_holders_resolves_only_when_all_code_alike():
    bushes = [person("b1", "George Bush", "Bush", ("head_of_state", "AAA", "1989-01-20", "1993-01-20")),
              person("b2", "George W. Bush", "Bush", ("head_of_state", "AAA", "2001-01-20", "2009-01-20"))]
    base = base_of(bushes)
    assert base.resolve_one("Bush", "en", None)["code"] == "AAA"  # undated: either Bush is AAA
    assert base.resolve_one("Bush", "en", None)["id"] == "b2"  # the latest of them names the record
    assert base.resolve_one("Bush", "en", "1995-01-01")["id"] == "b1"  # nobody in office: the nearest before
    assert base.resolve_one("Bush", "en", "2012-01-01")["id"] == "b2"
    assert base.resolve_one("Bush", "en", "2004-01-01")["role"] == "head_of_state"
    base = base_of(bushes + [person("b3", "Jeb Bush", "Bush", ("minister", "BBB", "2001-01-01", "2003-01-01"))])
    assert base.resolve_one("Bush", "en", "2012-01-01") is None  # AAA or BBB: ambiguous
    assert base.resolve_one("Bush", "en", None) is None
    assert base.resolve_one("Bush", "en", "2004-01-01")["id"] == "b2"  # in office wins
    assert base.resolve_one("George Bush", "en", "2012-01-01")["code"] == "AAA"  # the full name is enough


def test_surname_alone_needs_its_capital():
    base = base_of([person("s", "Bui Thanh Son", "Son", ("foreign_minister", "CCC", "2021-04-08", None))])
    assert base.resolve_one("Son", "en", "2024-01-01")["code"] == "CCC"
    assert base.resolve("son", "en", "2024-01-01") == []
    assert [m.text for m in base.find("his son met the Son delegation", "en")] == ["Son"]
    assert base.resolve_one("bui thanh son", "en", "2024-01-01")["code"] == "CCC"  # full names in any case


# -- the bundled base ---------------------------------------------------------------
@pytest.mark.parametrize("text,lang,when,code,role", [
    ("Nursultan Nazarbayev", "en", "2024-06-01", "KAZ", "former_head_of_state"),
    ("Nasarbajew", "de", "2024-06-01", "KAZ", "former_head_of_state"),
    ("Назарбаев", "ru", "2024-06-01", "KAZ", "former_head_of_state"),
    ("Annalena Baerbock", "de", "2025-07-01", "DEU", "former_foreign_minister"),
    ("Kaja Kallas", "en", "2024-09-01", "EST", "former_head_of_government"),
    ("Angela Merkel", "de", "2023-03-01", "DEU", "former_head_of_government"),
    ("Trump", "en", "2022-06-01", "USA", "former_head_of_state"),
    ("Ali Khamenei", "en", "2026-04-01", "IRN", "former_head_of_state"),
    ("Khamenei", "en", "2026-04-01", "IRN", "head_of_state"),
    ("Tedros", "en", "2015-06-01", "ETH", "foreign_minister"),
    ("Tedros", "en", "2020-06-01", "WHO", "secretary_general"),
    ("Philemon Yang", "en", "2025-01-01", "UN", "president_general_assembly"),
    ("Philemon Yang", "en", "2015-01-01", "CMR", "head_of_government"),
])
def test_bundled_people_in_and_out_of_office(kb, text, lang, when, code, role):
    a = kb.resolve_one(text, lang, when)
    assert a and (a["code"], a["role"]) == (code, role)
