"""Who acts on whom (read/events.py), on English sentences written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def events(text, published=date(2025, 3, 14)):
    return read(Article("t", text, published, "en"))


def core(evs):
    return {(e.type, e.source.code, e.target.code if e.target else None) for e in evs}


def test_listed_doers_acting_on_each_other_make_one_event_each_way():
    evs = events("Kenya and Uganda expelled each other's military attaches on Friday.")
    assert core(evs) == {("SANCTION", "KEN", "UGA"), ("SANCTION", "UGA", "KEN")}


def test_each_of_the_others_after_a_count():
    evs = events("Poland and Belarus each expelled three of the other's diplomats on Friday.")
    assert core(evs) == {("SANCTION", "POL", "BLR"), ("SANCTION", "BLR", "POL")}


def test_a_pair_phrase_acting_on_one_another():
    evs = events("Peru said on Monday it was recalling its ambassador from Mexico. The two neighbours have "
                 "summoned one another's envoys twice this year.")
    assert {("ACCUSE", "PER", "MEX"), ("ACCUSE", "MEX", "PER")} <= core(evs)


def test_without_a_reciprocal_the_object_receives():
    evs = events("Poland and Lithuania expelled three Belarusian diplomats on Friday.")
    assert ("SANCTION", "POL", "BLR") in core(evs)
    assert not any(s in ("POL", "LTU") and t in ("POL", "LTU") for _, s, t in core(evs))


def test_a_passive_host_verb_with_a_place_before_its_agent():
    evs = events("Kenyan President William Ruto arrived in Seoul on Tuesday and was received at the airport "
                 "by South Korean Prime Minister Kim Min-seok.")
    visits = {(e.source.code, e.target.code) for e in evs if e.type == "CONSULT"}
    assert ("KEN", "KOR") in visits and ("KOR", "KEN") not in visits


def test_a_company_before_a_model_designation_names_a_product_not_an_actor():
    evs = events("An Airbus A330 flew from Hanoi to Moscow on Monday.")
    assert not any(e.source.code == "FRA" or (e.target and e.target.code == "FRA") for e in evs)


def test_a_company_before_other_words_still_acts():
    evs = events("Airbus signed a contract with Vietnam on Monday.")
    assert any(e.source.code == "FRA" or (e.target and e.target.code == "FRA") for e in evs)


def test_a_name_in_a_time_phrase_after_the_verb_is_no_recipient():
    evs = events("Moldovan President Maia Sandu said they had discussed energy supplies and urged partners "
                 "to keep Moldova supplied before any talks with Moscow.")
    assert not any(t == "RUS" for _, _, t in core(evs))


def test_a_nationality_word_before_an_attack_noun_names_its_doer():
    evs = events("Egypt and Jordan signed a water agreement, a week after Israeli strikes in Lebanon.")
    assert ("ASSAULT", "ISR", "LBN") in core(evs)
    assert not any(ty == "ASSAULT" and s in ("EGY", "JOR") for ty, s, _ in core(evs))
