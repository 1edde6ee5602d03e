"""The reader on short texts written for these tests: one behaviour per test."""
from datetime import date

import pytest

from diplograph.model import Article
from diplograph.read import read


def events(text, lang="de", published=date(2024, 11, 8)):
    return read(Article("t", text, published, lang))


def pairs(evs):
    return {(e.type, e.source.code, e.target.code if e.target else None) for e in evs}


def test_visit_with_relative_date_and_host_location():
    evs = events("Präsident Kassym-Schomart Tokajew unternahm am vergangenen Dienstag einen Staatsbesuch in Frankreich.")
    assert ("CONSULT", "KAZ", "FRA") in pairs(evs)
    e = evs[0]
    assert e.mode == "visit" and e.status == "occurred"
    assert e.date == "2024-11-05"
    assert e.location.code == "FRA"
    assert e.cameo == "042" and e.goldstein == 1.9 and e.quad == "verbal_cooperation"


def test_list_of_destinations_is_one_event_per_country():
    evs = events("Tokajew besuchte im Jahr 2024 Katar, Aserbaidschan und Ungarn.", published=date(2024, 12, 20))
    assert {t for _, s, t in pairs(evs)} == {"QAT", "AZE", "HUN"}
    assert all(e.date == "2024" for e in evs)


def test_host_is_target_and_guest_source():
    evs = events("Astana empfing im Juli den chinesischen Präsidenten Xi Jinping.")
    assert ("CONSULT", "CHN", "KAZ") in pairs(evs)
    assert evs[0].date == "2024-07"


def test_signing_is_symmetric_support_with_count():
    evs = events("Im September unterzeichnete Kasachstan mit Marokko zwei Abkommen.")
    e = next(e for e in evs if e.type == "SUPPORT")
    assert {e.source.code, e.target.code} == {"KAZ", "MAR"} and e.symmetric
    assert e.quantities and e.quantities[0].value == 2 and e.quantities[0].unit == "agreement"


def test_promised_aid_is_agree_with_promised_type_and_amount():
    evs = events("Die Europäische Union kündigte an, humanitäre Hilfe im Wert von mehr als "
                 "50 Millionen Euro für die Ukraine zu leisten.")
    e = next(e for e in evs if e.target and e.target.code == "UKR")
    assert e.type == "AGREE" and e.promised_type == "AID" and e.status == "announced"
    assert e.source.code == "EU"
    assert e.amount.value == 50_000_000 and e.amount.currency == "EUR" and e.amount.qualifier == "more_than"


def test_negation():
    evs = events("Russia did not sign the agreement with Ukraine.", lang="en")
    assert evs and evs[0].status == "negated"


def test_office_holder_coded_by_affiliation_at_date():
    evs = events("Kaja Kallas met Kazakh Foreign Minister Murat Nurtleu in Brussels on Monday.", lang="en",
                 published=date(2025, 3, 20))
    assert ("CONSULT", "EU", "KAZ") in pairs(evs)


def test_english_visit_and_pronoun():
    evs = events("Uzbek President Shavkat Mirziyoyev arrived in Berlin on Sunday. He held talks with "
                 "Chancellor Olaf Scholz.", lang="en", published=date(2024, 9, 30))
    assert ("CONSULT", "UZB", "DEU") in pairs(evs)


def test_domestic_and_background_give_no_event():
    assert events("Der kasachische Präsident traf kasachische Studierende in Astana.") == []
    assert events("Laut einer Rangliste lag Kasachstan auf Platz 54, vor Usbekistan.") == []


def test_evidence_offsets_index_the_text():
    text = "Einleitung ohne Ereignis.\n\nKasachstan unterzeichnete am 3. Juli 2024 ein Abkommen mit China."
    evs = events(text)
    assert evs
    for e in evs:
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text


def test_same_event_told_twice_is_one_record():
    evs = events("Tokajew besuchte am 5. November Frankreich. Der Besuch in Frankreich dauerte zwei Tage.")
    assert [p for p in pairs(evs) if p[0] == "CONSULT"] == [("CONSULT", "KAZ", "FRA")]


@pytest.mark.parametrize("text,lang", [("", "de"), ("Keine Akteure hier.", "de"), ("Nothing happened.", "en")])
def test_texts_without_events(text, lang):
    assert events(text, lang) == []


def test_former_leader_is_coded_by_his_state_with_less_confidence():
    """A person out of office on the event's date keeps the code of what he served
    (CAMEO's former-official practice), marked as former, at a lower confidence."""
    now = events("Präsident Nursultan Nasarbajew besuchte im Juni 2015 China.", published=date(2015, 7, 1))
    former = events("Der frühere Präsident Nursultan Nasarbajew besuchte im Juni 2024 China.",
                    published=date(2024, 7, 1))
    assert ("CONSULT", "KAZ", "CHN") in pairs(now) and ("CONSULT", "KAZ", "CHN") in pairs(former)
    assert former[0].source.role == "former_head_of_state" and now[0].source.role == "head_of_state"
    assert former[0].confidence < now[0].confidence
