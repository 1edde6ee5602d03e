"""Pointing back (read/coreference.py and the pipeline's use of it), on sentences written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def events(text, lang="en", published=date(2025, 3, 14)):
    return read(Article("t", text, published, lang))


def core(evs):
    return {(e.type, e.source.code, e.target.code if e.target else None) for e in evs}


def test_the_two_leaders_are_the_two_people_just_named_in_the_same_sentence():
    evs = events("Macron urged Xi to use his sway over Moscow, as the two leaders met in Paris on Monday.",
                 published=date(2024, 5, 7))
    talks = [e for e in evs if e.type == "CONSULT"]
    assert talks and {talks[0].source.code, talks[0].target.code} == {"FRA", "CHN"}
    assert not any("RUS" in (e.source.code, e.target.code if e.target else None) for e in evs)


def test_concern_with_no_one_named_judges_whom_the_last_accusation_judged():
    evs = events("The Philippines accused China of ramming its supply boats. The United States condemned China's actions and praised the Philippines. "
                 "Japan and Australia also voiced serious concern.")
    assert {("ACCUSE", "JPN", "CHN"), ("ACCUSE", "AUS", "CHN")} <= core(evs)
    assert not any(e.target and e.target.code == "PHL" and e.source.code in ("JPN", "AUS") for e in evs)


def test_two_listed_doers_that_act_on_each_other():
    evs = events("Lithuania and Belarus each expelled two diplomats on Tuesday.")
    assert {("SANCTION", "LTU", "BLR"), ("SANCTION", "BLR", "LTU")} <= core(evs)
    evs = events("Kanada und Indien wiesen am Montag gegenseitig Diplomaten aus.", "de", date(2024, 10, 15))
    assert {("SANCTION", "CAN", "IND"), ("SANCTION", "IND", "CAN")} <= core(evs)
