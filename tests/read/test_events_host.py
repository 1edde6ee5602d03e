"""Hosts and guests (read/events.py _host) where the German verb stands at its clause's
end, on sentences written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def visits(text, published=date(2025, 2, 19)):
    return {(e.source.code, e.target.code) for e in read(Article("t", text, published, "de"))
            if e.type == "CONSULT" and e.mode == "visit"}


def test_perfect_of_a_host_verb_the_subject_hosts():
    assert visits("Bundeskanzler Scholz hat am Montag den kenianischen Präsidenten William Ruto empfangen.") == {("KEN", "DEU")}


def test_perfect_with_the_host_after_the_auxiliary():
    assert visits("Am Montag hat Ruto den Bundeskanzler Olaf Scholz in Nairobi empfangen.") == {("DEU", "KEN")}


def test_an_accusative_article_marks_the_guest_put_first():
    assert visits("Den kenianischen Präsidenten hat Scholz am Montag empfangen.") == {("KEN", "DEU")}


def test_the_simple_past_stays_as_it_was():
    assert visits("Scholz empfing am Montag den kenianischen Präsidenten.") == {("KEN", "DEU")}
