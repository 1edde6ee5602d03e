"""Trigger data (lang/*/triggers.json) on sentences written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def events(text, lang="en", published=date(2025, 3, 14)):
    return read(Article("t", text, published, lang))


def core(evs):
    return {(e.type, e.source.code, e.target.code if e.target else None) for e in evs}


def test_ordering_diplomats_to_leave_is_an_expulsion():
    evs = events("Moscow gave two Estonian diplomats a week to leave Russia. India ordered six Canadian diplomats, "
                 "including the acting high commissioner, to leave the country by Saturday.")
    assert {("SANCTION", "RUS", "EST"), ("SANCTION", "IND", "CAN")} <= core(evs)
    assert "REQUEST" not in {e.type for e in evs}


def test_gas_is_not_gaza():
    evs = events("Путин предложил вьетнамским партнёрам нарастить поставки российской нефти и сжиженного газа.",
                 lang="ru", published=date(2024, 6, 20))
    assert evs and not any(e.target and e.target.code == "PSE" for e in evs)


def test_wanting_another_state_to_act_is_a_request_to_it():
    evs = events("A spokesman said the United States wanted India to cooperate with the Canadian investigation.")
    assert ("REQUEST", "USA", "IND") in core(evs)
    assert "COOPERATE" not in {e.type for e in evs}


def test_a_german_passive_summons_has_the_ministry_as_doer():
    evs = events("Zudem war der russische Geschäftsträger ins Auswärtige Amt einbestellt worden.", lang="de",
                 published=date(2024, 5, 7))
    assert [(e.source.code, e.target.code if e.target else None) for e in evs] == [("DEU", "RUS")]
    evs = events("Der deutsche Botschafter wurde in Moskau ins Außenministerium einbestellt.", lang="de",
                 published=date(2024, 5, 7))
    assert [(e.source.code, e.target.code if e.target else None) for e in evs] == [("RUS", "DEU")]


def test_a_long_list_of_envoys_between_order_and_leave_is_still_an_expulsion():
    evs = events("Ottawa ordered Delhi's high commissioner, a deputy, two counsellors and three other Indian "
                 "diplomats to leave the country.")
    assert ("SANCTION", "CAN", "IND") in core(evs) and "REQUEST" not in {e.type for e in evs}
    assert ("SANCTION", "GBR", "RUS") in core(events("Britain told the Russian ambassador to leave within a week."))


def test_how_a_blamed_act_was_done_is_part_of_the_accusation():
    evs = events('Poland accused Belarus of making a "serious mistake" by supporting the gangs that smuggle migrants.')
    assert core(evs) == {("ACCUSE", "POL", "BLR")}
