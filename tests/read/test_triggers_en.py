"""English trigger words (lang/en/triggers.json), on sentences written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def events(text):
    return read(Article("t", text, date(2025, 3, 14), "en"))


def core(evs):
    return {(e.type, e.source.code, e.target.code if e.target else None) for e in evs}


def test_the_british_spelling_of_apologise_is_an_apology():
    evs = events("Japanese Prime Minister Shigeru Ishiba apologised to South Korea on Tuesday for the remarks.")
    assert ("SUPPORT", "JPN", "KOR") in core(evs) or ("CONCEDE", "JPN", "KOR") in core(evs)


def test_a_tariff_deal_is_no_sanction():
    evs = events("Vietnamese officials said they would settle the details of the tariff deal with the United "
                 "States next week.")
    assert not any(e.type == "SANCTION" for e in evs)


def test_a_tariff_itself_stays_a_sanction():
    evs = events("The United States imposed a 46% tariff on Vietnamese goods on Wednesday.")
    assert ("SANCTION", "USA", "VNM") in core(evs)


def test_holding_someone_responsible_is_an_accusation_of_what_they_did():
    from datetime import date

    from diplograph.model import Article
    from diplograph.read import read

    evs = read(Article("t", "The Czech Republic held Russia responsible for attacks on state institutions.",
                       date(2024, 5, 6), "en"))
    assert {(e.type, e.source.code, e.target.code) for e in evs} == {("ACCUSE", "CZE", "RUS")}


def test_joining_the_leaders_at_a_summit_is_attending_it():
    from datetime import date

    from diplograph.model import Article
    from diplograph.read import read

    text = ("G7 leaders agreed at their summit in Apulia to provide Ukraine with loans. "
            "Ukrainian President Volodymyr Zelensky joined the leaders in Apulia on Thursday.")
    evs = [e for e in read(Article("t", text, date(2024, 6, 14), "en")) if e.source.code == "UKR"]
    assert [(e.type, e.mode, e.target.code) for e in evs] == [("CONSULT", "multilateral", "G7")]
    evs = read(Article("t", "Sweden joined NATO in March.", date(2024, 6, 14), "en"))
    assert [(e.type, e.target.code) for e in evs] == [("SUPPORT", "NATO")]
