"""Russian word order, East Asian names in their cases, and clauses that tell background, on
sentences written for these tests."""
from datetime import date

from diplograph.kb import _declension, declined_forms
from diplograph.model import Article
from diplograph.read import read

PUB = date(2025, 4, 10)


def pairs(text, published=PUB):
    return {(e.type, e.source.code, e.target.code if e.target else None) for e in read(Article("t", text, published, "ru"))}


def test_object_before_the_verb_and_a_nominative_subject_after_it():
    # "Сеул" can be nominative or accusative, "премьер-министр" only nominative: Japan visits Korea
    assert ("CONSULT", "JPN", "KOR") in pairs("В марте Сеул посетил премьер-министр Японии Сигэру Исиба.")
    assert ("CONSULT", "CHN", "SRB") in pairs("Белград посетил председатель КНР Си Цзиньпин.")


def test_subject_first_order_is_kept():
    got = pairs("Президент Франции Эмманюэль Макрон посетил Вьетнам.")
    assert ("CONSULT", "FRA", "VNM") in got and ("CONSULT", "VNM", "FRA") not in got


def test_only_the_last_syllable_of_a_korean_name_declines():
    forms = declined_forms("Ким Чен Ын", True, _declension("ru"))
    assert {"Ким Чен Ыном", "Ким Чен Ына", "Ким Чен Ыну"} <= forms
    assert not any(f.endswith(" ына") or f.endswith(" ыном") for f in forms)  # the syllable is not an ending
    got = pairs("Президент России провел в Пхеньяне переговоры с Ким Чен Ыном.")
    assert ("CONSULT", "RUS", "PRK") in got


def test_taking_measures_against_a_state_is_a_threat_while_only_announced():
    got = pairs("Министерство иностранных дел Литвы заявило, что Вильнюс примет меры против Минска.")
    assert ("THREATEN", "LTU", "BLR") in got


def test_issuing_a_warrant_is_no_extradition():
    assert not any(t == "COOPERATE" for t, _, _ in pairs(
        "Международный уголовный суд выдал ордер на арест президента России."))
    assert ("COOPERATE", "KAZ", "RUS") in pairs("Казахстан выдал России двух подозреваемых.")


def test_a_pair_told_of_in_a_relative_clause_is_not_the_leaders_of_the_next_sentence():
    text = ("Президент России Владимир Путин прибыл в Ханой из Пхеньяна, где накануне подписал договор "
            "с Ким Чен Ыном. Лидеры подписали совместное заявление.")
    got = pairs(text, date(2024, 6, 20))
    assert ("SUPPORT", "RUS", "PRK") in got or ("SUPPORT", "PRK", "RUS") in got
    statement = {(s, t) for ty, s, t in got if ty == "SUPPORT"} - {("RUS", "PRK"), ("PRK", "RUS")}
    assert statement and statement <= {("RUS", "VNM"), ("VNM", "RUS")}
