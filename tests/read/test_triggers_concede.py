"""Easing sanctions is a CONCEDE (lang/de/triggers.json), on sentences written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def core(text):
    return {(e.type, e.source.code, e.target.code if e.target else None)
            for e in read(Article("t", text, date(2025, 6, 3), "de"))}


def test_suspending_sanctions_concedes():
    assert ("CONCEDE", "GBR", "BLR") in core("Großbritannien setzte am Montag die Sanktionen gegen Belarus aus.")
    assert ("CONCEDE", "EU", "BLR") in core("Die EU will die Sanktionen gegen Belarus für sechs Monate aussetzen.")


def test_taking_someone_off_a_list_concedes():
    assert ("CONCEDE", "USA", "VEN") in core(
        "Washington hat den venezolanischen Außenminister von der Sanktionsliste gestrichen.")


def test_an_announced_lifting_named_by_a_noun():
    got = {(e.type, e.source.code, e.target.code if e.target else None, e.status)
           for e in read(Article("t", "Die Regierung in London kündigte die Aufhebung der Sanktionen gegen Belarus an.",
                                 date(2025, 6, 3), "de"))}
    assert ("CONCEDE", "GBR", "BLR", "announced") in got


def test_suspending_aid_is_still_a_sanction():
    assert ("SANCTION", "GBR", "BLR") in core("Großbritannien setzte am Montag seine Hilfe für Belarus aus.")
