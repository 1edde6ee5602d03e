"""Counts told with a number word (read/amounts.py), the one record a signing and its
document make (read/repeats.py), and the names inside a count (read/pipeline.py).
Sentences written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def events(text, lang):
    return read(Article("t", text, date(2025, 2, 3), lang))


def counts(evs):
    return [(q.value, q.unit) for e in evs for q in e.quantities]


def test_a_number_word_counts_across_an_adjective():
    for text, lang in [("Kazakhstan and Uzbekistan signed three new agreements in Tashkent on Monday.", "en"),
                       ("Kasachstan und Usbekistan unterzeichneten in Taschkent drei neue Abkommen.", "de"),
                       ("Казахстан и Узбекистан подписали в Ташкенте три новых соглашения.", "ru")]:
        evs = events(text, lang)
        assert [(e.type, e.source.code, e.target.code) for e in evs] == [("SUPPORT", "KAZ", "UZB")], text
        assert counts(evs) == [(3.0, "agreement")], text


def test_a_number_word_alone_is_no_count():
    evs = events("Kazakhstan and Uzbekistan signed an agreement on water in Tashkent on Monday, one of the officials said.",
                 "en")
    assert counts(evs) == []


def test_signing_and_the_document_far_behind_it_are_one_record():
    # the document's noun stands seven words after the verb
    evs = events("Kasachstan und Usbekistan unterzeichneten am Montag in der Hauptstadt Taschkent drei Abkommen.", "de")
    assert len(evs) == 1 and counts(evs) == [(3.0, "agreement")]


def test_a_nationality_inside_a_count_still_receives():
    evs = events("Switzerland said on Monday it had expelled two Russian diplomats based in Geneva.", "en")
    assert [(e.type, e.source.code, e.target.code if e.target else None) for e in evs] == [("SANCTION", "CHE", "RUS")]
    assert counts(evs) == [(2.0, "diplomat")]
    evs = events("Ангола в среду выслала двух дипломатов Португалии.", "ru")
    assert [(e.type, e.source.code, e.target.code if e.target else None) for e in evs] == [("SANCTION", "AGO", "PRT")]


def test_the_pair_told_again_is_no_count():
    for text, lang in [("Kazakhstan's President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev in Tashkent "
                        "on Monday. The two countries signed 12 agreements on trade and energy.", "en"),
                       ("Президент Казахстана Токаев в понедельник встретился в Ташкенте с президентом Узбекистана "
                        "Мирзиёевым. Две страны подписали 12 соглашений о торговле и энергетике.", "ru")]:
        signed = [e for e in events(text, lang) if e.type == "SUPPORT"]
        assert [(e.source.code, e.target.code) for e in signed] == [("KAZ", "UZB")], text
        assert counts(signed) == [(12.0, "agreement")], text
