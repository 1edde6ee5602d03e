"""Denials (lang/de/triggers.json), on sentences written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def core(text):
    return {(e.type, e.source.code, e.target.code if e.target else None)
            for e in read(Article("t", text, date(2025, 5, 6), "de"))}


def test_a_denial_answers_the_accuser():
    got = core("Äthiopien wirft Eritrea vor, Rebellen im Norden zu bewaffnen. Eritrea bestreitet das.")
    assert ("REJECT", "ERI", "ETH") in got


def test_denying_a_deed_done_to_someone():
    assert ("REJECT", "ERI", "ETH") in core("Eritrea bestreitet, Waffen nach Äthiopien geliefert zu haben.")


def test_a_denial_in_a_clause_opened_by_was_answers_the_accuser():
    got = core("Der Präsident Äthiopiens wirft Eritrea vor, Rebellen zu bewaffnen und Grenzdörfer zu besetzen, "
               "was Eritrea entschieden zurückweist.")
    assert ("ACCUSE", "ETH", "ERI") in got and ("REJECT", "ERI", "ETH") in got and ("REJECT", "ETH", "ERI") not in got


def test_a_rejected_proposal_answers_its_maker_in_each_language():
    from datetime import date

    from diplograph.model import Article
    from diplograph.read import read

    for text, lang in (("Putin said Russia would order a ceasefire as soon as Ukraine pulled its troops out of four "
                        "regions. Zelenskiy dismissed the proposal as an ultimatum.", "en"),
                       ("Russland bot der Ukraine eine Waffenruhe an. Selenskyj wies den Vorschlag als Ultimatum zurück.",
                        "de"),
                       ("Россия предложила Украине перемирие. Зеленский отверг это предложение.", "ru")):
        evs = read(Article("t", text, date(2024, 6, 16), lang))
        assert ("REJECT", "UKR", "RUS") in {(e.type, e.source.code, e.target and e.target.code) for e in evs}, text
