"""Reading a long article costs linearly more, not quadratically: counted in executed
lines of Python (deterministic, unlike time), the work per sentence stays the same from
a hundred sentences to seven hundred. (Before the per-sentence passes over the whole
article were removed it grew by a third, and kept growing with the length.)"""
import sys
from datetime import date

from diplograph.model import Article
from diplograph.read import read

STATES = ["Germany", "France", "Italy", "Spain", "Poland", "Austria", "Hungary", "Greece", "Turkey", "Egypt",
          "Kenya", "Nigeria", "Brazil", "Chile", "Peru", "Mexico", "Canada", "Japan", "India", "Vietnam",
          "Indonesia", "Australia", "Norway", "Sweden", "Finland", "Estonia", "Latvia", "Ukraine", "Georgia",
          "Armenia", "Kazakhstan", "Uzbekistan", "Mongolia", "Qatar", "Oman", "Jordan", "Morocco", "Ghana"]
SENTENCES = [
    "{a} and {b} signed an agreement on energy cooperation on Monday.",
    "The foreign ministers of {a} and {b} met on 12 March 2024 to discuss trade.",
    "{a} pledged 40 million dollars in aid to {b}.",
    "{a} accused {b} of violating the ceasefire.",
    "Officials said the talks had been constructive and would continue in the autumn.",
]


def article(n: int) -> Article:
    parts = []
    for i in range(n):
        a, b = STATES[i % len(STATES)], STATES[(i * 7 + 3) % len(STATES)]
        if a == b:
            b = STATES[(i + 1) % len(STATES)]
        parts.append(SENTENCES[i % len(SENTENCES)].format(a=a, b=b))
        if i % 5 == 4:
            parts.append("\n\n")
    return Article(f"long{n}", " ".join(parts), date(2024, 3, 20), "en")


def lines_executed(art: Article) -> int:
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        found = read(art)
    finally:
        sys.settrace(None)
    assert found
    return count


def test_a_long_article_costs_linearly_more():
    sizes = (12, 12 * 8, 12 * 64)  # sentences; the longest article is about 45 kB
    arts = [article(n) for n in sizes]
    for art in arts:
        read(art)  # warm the caches (lemmas, matchers) first
    work = [lines_executed(art) for art in arts]
    per_sentence = [w / n for w, n in zip(work, sizes)]
    assert per_sentence[2] < per_sentence[1] * 1.15, f"per sentence: {per_sentence}"  # quadratic: ~1.3 and growing
    assert work[2] / work[0] < 64 * 1.25, f"64x the text cost {work[2] / work[0]:.1f}x the work"
