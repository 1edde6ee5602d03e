"""A count of states pointing back to the list of that many named before ("die drei
Staaten", "the three countries"; read/coreference.py groups_in), on sentences written
for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def core(text, lang="de", published=date(2025, 3, 4)):
    return {(e.type, e.source.code, e.target.code if e.target else None) for e in read(Article("t", text, published, lang))}


def test_the_three_states_are_the_three_just_listed():
    got = core("Kenia, Ghana und Nigeria haben am Montag ihre Botschafter aus Südafrika zurückgerufen. "
               "Die drei Staaten werfen Pretoria vor, ihre Bürger schlecht zu behandeln.")
    assert {("ACCUSE", c, "ZAF") for c in ("KEN", "GHA", "NGA")} <= got


def test_the_ministers_of_the_three_countries_are_theirs():
    got = core("Kenia, Ghana und Nigeria haben am Montag ihre Botschafter aus Südafrika zurückgerufen. "
               "Die Außenminister der drei afrikanischen Länder forderten Südafrika am Dienstag auf, die Vorfälle aufzuklären.")
    assert {("REQUEST", c, "ZAF") for c in ("KEN", "GHA", "NGA")} <= got


def test_a_count_that_matches_no_list_points_nowhere():
    got = core("Kenia, Ghana, Nigeria und Senegal haben am Montag ihre Botschafter aus Südafrika zurückgerufen. "
               "Die drei Staaten werfen Pretoria vor, ihre Bürger schlecht zu behandeln.")
    assert not {("ACCUSE", c, "ZAF") for c in ("KEN", "GHA", "NGA", "SEN")} & got


def test_the_three_countries_in_english():
    got = core("Kenya, Ghana and Nigeria recalled their ambassadors from South Africa on Monday. "
               "The three countries accused Pretoria of mistreating their citizens.", lang="en")
    assert {("ACCUSE", c, "ZAF") for c in ("KEN", "GHA", "NGA")} <= got


def test_the_same_act_told_again_by_the_three_is_one_event_each():
    text = ("Kenia, Ghana und Nigeria haben neue Sanktionen gegen Eritrea angekündigt. "
            "Die drei Regierungen wollen Konten eritreischer Minister mit Sanktionen belegen, wie sie am Dienstag mitteilten.")
    evs = read(Article("t", text, date(2025, 3, 5), "de"))
    for c in ("KEN", "GHA", "NGA"):
        assert len([e for e in evs if (e.type, e.source.code, e.target and e.target.code) == ("SANCTION", c, "ERI")]) == 1


def test_ending_an_agreement_is_no_signing():
    got = core("Polen will sein Luftverkehrsabkommen mit Belarus aufkündigen.")
    assert not {t for t in got if t[0] in ("SUPPORT", "AGREE")}


def test_the_agency_is_the_organisation_named_last():
    got = core("Die Inspekteure der IAEA haben seit Juni keinen Zugang. "
               "Im Juli setzte Teheran die Zusammenarbeit mit der Behörde aus.", published=date(2025, 9, 28))
    assert ("SANCTION", "IRN", "IAEA") in got
