"""Language identification: the three read languages, Kazakh told apart, others named."""
import pytest

from diplograph.ingest.language import detect, problem


@pytest.mark.parametrize("text, lang", [
    ("Bundeskanzler Olaf Scholz traf am Montag den kasachischen Präsidenten in Astana.", "de"),
    ("Chancellor Olaf Scholz met President Tokayev in Astana on Monday.", "en"),
    ("Канцлер Германии Олаф Шольц встретился с президентом Казахстана в Астане.", "ru"),
    ("Германия канцлері Олаф Шольц Астанада Қазақстан Президентімен кездесті.", "kk"),
    ("Le chancelier allemand a rencontré le président kazakh à Astana lundi dernier.", "fr"),
    ("Канцлер Німеччини Олаф Шольц зустрівся з президентом Казахстану в Астані.", "uk"),
    ("Astana 2024", None),
    ("12345 678 --- 999", None),
])
def test_detect(text, lang):
    assert detect(text) == lang


def test_problem():
    assert problem("de") is None and problem("ru") is None
    assert "Kazakh (kk) is not yet supported" in problem("kk")
    assert problem("fr").startswith("unsupported language: French (fr)")
    assert "--lang" in problem(None)
