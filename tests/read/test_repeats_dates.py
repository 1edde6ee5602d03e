"""One event or two (read/repeats.py): a meeting told again with a date of its own far
from the first telling's is another meeting; on sentences written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read
from diplograph.read.repeats import apart


def meetings(text, published):
    return sorted(str(e.date) for e in read(Article("t", text, published, "de"))
                  if e.type == "CONSULT" and {e.source.code, e.target.code} == {"KEN", "GHA"})


def test_a_meeting_months_earlier_is_another_meeting():
    text = ("Kenias Präsident William Ruto und Ghanas Präsident John Mahama sind am Montag zu Gesprächen "
            "zusammengekommen. Beide hatten sich bereits im März zu Gesprächen getroffen.")
    assert meetings(text, date(2025, 9, 3)) == ["2025-03", "2025-09-01"]


def test_dates_a_few_days_apart_can_be_one_event():
    assert not apart("2025-08-31", "2025-09-01")  # a visit's arrival and its talks
    assert not apart("2025-09", {"start": "2025-09-01", "end": "2025-09-07"})
    assert apart("2025-03", "2025-09-01") and not apart(None, "2025")
