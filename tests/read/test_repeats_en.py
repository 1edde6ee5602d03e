"""One record per act (read/repeats.py): when a weak trigger is the same act as a strong one
and when it is an act of its own. English sentences written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def events(text):
    return read(Article("t", text, date(2025, 3, 14), "en"))


def core(evs):
    return {(e.type, e.source.code, e.target.code if e.target else None) for e in evs}


def test_a_denial_and_a_coordinated_accusation_are_two_acts():
    evs = events("Ghana accused Togo of sheltering the gunmen. Togo denied the charge and accused Ghana of "
                 "spreading lies.")
    assert {("REJECT", "TGO", "GHA"), ("ACCUSE", "TGO", "GHA")} <= core(evs)


def test_a_dismissal_then_a_clause_with_its_own_pronoun():
    evs = events("Togo's foreign ministry dismissed the Ghanaian allegations as absurd, and it accused Accra "
                 "of meddling.")
    assert {("REJECT", "TGO", "GHA"), ("ACCUSE", "TGO", "GHA")} <= core(evs)


def test_a_weak_verb_after_the_strong_act_tells_it_again():
    evs = events("Ghana declared two Togolese diplomats persona non grata and ordered them to leave by Friday.")
    assert ("SANCTION", "GHA", "TGO") in core(evs)
    assert ("REQUEST", "GHA", "TGO") not in core(evs)
