"""Names the knowledge base lacks (read/ner.py, natasha): an actor only when the text
ties them to a state. The people named here are made up for the tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import ner, read

PUB = date(2025, 11, 14)


def events(text, lang="ru"):
    return read(Article("t", text, PUB, lang))


def triples(evs):
    return [(e.type, e.source.code, e.target.code if e.target else None) for e in evs]


def test_the_tagger_finds_people_and_organisations():
    found = ner.find("Посол Азербайджана в Москве Рахман Мустафаев посетил компанию «Казатомпром».", "ru")
    kinds = {(n.kind, n.text) for n in found}
    assert ("person", "Рахман Мустафаев") in kinds
    assert ("organisation", "Казатомпром") in kinds
    assert ner.find("Tokayev met Macron.", "en") == ()


def test_unknown_minister_tied_by_role_and_country():
    evs = events("Министр иностранных дел Мальдив Ахмед Рашидов прибыл в Астану. Рашидов провёл переговоры с Нуртлеу.")
    assert triples(evs) == [("CONSULT", "MDV", "KAZ"), ("CONSULT", "MDV", "KAZ")]
    assert evs[0].source.name == "Ахмед Рашидов" and evs[1].source.name == "Ахмед Рашидов"


def test_unknown_person_tied_by_apposition_and_remembered_in_a_case_form():
    evs = events("Ахмед Рашидов, министр иностранных дел Мальдив, посетил Ташкент. "
                 "Узбекистан подписал меморандум с Рашидовым.")
    assert triples(evs) == [("CONSULT", "MDV", "UZB"), ("SUPPORT", "UZB", "MDV")]


def test_unknown_envoy_after_his_posting():
    evs = events("Посол Азербайджана в Москве Рахман Мустафаев выступил на форуме. Мустафаев встретился с Лавровым.")
    assert triples(evs) == [("CONSULT", "AZE", "RUS")]


def test_nationality_adjective_ties_an_unknown_person():
    evs = events("Казахстанский посол Ержан Сапаров встретился с Лавровым.")
    assert triples(evs) == [("CONSULT", "KAZ", "RUS")]


def test_untied_unknown_person_is_no_actor_and_no_guess():
    # the discourse has a country at hand (Kazakhstan), which must not become the doer
    evs = events("Токаев провёл переговоры с Путиным. Ахмед Рашидов посетил Астану.")
    assert triples(evs) == [("CONSULT", "KAZ", "RUS")]
    evs = events("Токаев встретился с Ахмедом Рашидовым в Астане.")
    assert evs == []


def test_a_first_name_that_is_someones_surname_is_not_that_person():
    # "Рахман" alone would be a Bangladeshi office holder's surname
    evs = events("Рахман Мустафаев посетил Баку.")
    assert evs == []


def test_unknown_organisation_tied_by_a_nationality_adjective():
    evs = events("Банк Китая подписал соглашение о покупке доли в американском отделении Zeta Steppe Bank.")
    sign = next(e for e in evs if e.type == "SUPPORT")
    assert {sign.source.code, sign.target.code} == {"CHN", "USA"}
    assert sign.target.kind == "organisation" or sign.source.kind == "organisation"
