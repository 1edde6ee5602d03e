"""One sentence, one expected event: typical news wording in German and English,
written for these tests. Each case names the PLOVER type and the actor pair (either
order for symmetric events) and, where the wording decides it, the status."""
from datetime import date

import pytest

from diplograph.model import Article
from diplograph.read import read

CASES = [
    ("de", "Außenministerin Annalena Baerbock ist am Montag zu Gesprächen nach Peking gereist.", "2023-04-14",
     "CONSULT", "DEU", "CHN", "occurred"),
    ("de", "Russland hat neue Sanktionen gegen die EU verhängt.", "2024-05-02", "SANCTION", "RUS", "EU", "occurred"),
    ("de", "Die USA verhängten Sanktionen gegen iranische Ölfirmen.", "2024-05-02", "SANCTION", "USA", "IRN", None),
    ("de", "Der russische Präsident Wladimir Putin empfing am Mittwoch im Kreml den ungarischen "
           "Ministerpräsidenten Viktor Orbán.", "2024-07-06", "CONSULT", "HUN", "RUS", "occurred"),
    ("de", "China kritisierte die Militärübungen der USA im Südchinesischen Meer scharf.", "2024-07-06",
     "ACCUSE", "CHN", "USA", None),
    ("de", "Japan will der Ukraine weitere 4,5 Milliarden Dollar zur Verfügung stellen.", "2024-07-06",
     "AGREE", "JPN", "UKR", "announced"),
    ("de", "Bundeskanzler Friedrich Merz telefonierte am Dienstag mit US-Präsident Donald Trump.", "2025-07-06",
     "CONSULT", "DEU", "USA", "occurred"),
    ("de", "Aserbaidschan und Armenien haben sich auf den Text eines Friedensvertrags geeinigt.", "2025-03-14",
     "AGREE", "AZE", "ARM", None),
    ("de", "Peking warf Washington vor, die Spannungen in der Region zu verschärfen.", "2025-03-14",
     "ACCUSE", "CHN", "USA", None),
    ("en", "Kazakhstan and Uzbekistan signed a border demarcation treaty in Tashkent on Thursday.", "2024-03-16",
     "SUPPORT", "KAZ", "UZB", "occurred"),
    ("en", "The United States accused Russia of violating the INF treaty.", "2019-02-01", "ACCUSE", "USA", "RUS", None),
    ("en", "Turkey's Foreign Minister Hakan Fidan met his Russian counterpart Sergei Lavrov in Moscow on Monday.",
     "2024-06-12", "CONSULT", "TUR", "RUS", "occurred"),
    ("en", "Germany pledged €500 million in humanitarian aid to Syria.", "2025-03-17", "AGREE", "DEU", "SYR",
     "announced"),
    ("en", "Chinese President Xi Jinping will visit Kazakhstan next month, the Foreign Ministry said.", "2024-06-12",
     "AGREE", "CHN", "KAZ", "announced"),
    ("en", "Russia expelled two Moldovan diplomats on Friday.", "2024-06-12", "SANCTION", "RUS", "MDA", "occurred"),
    ("en", "President Tokayev received the Emir of Qatar in the Akorda.", "2024-06-12", "CONSULT", "QAT", "KAZ",
     "occurred"),
    # a declared refusal ("will not join") is PLOVER's REJECT; "did not sign" stays a negated SUPPORT
    ("en", "Kazakhstan will not join the BRICS group, Foreign Minister Murat Nurtleu said.", "2024-06-12",
     "REJECT", "KAZ", "BRICS", "occurred"),
]


@pytest.mark.parametrize("lang,text,published,etype,source,target,status", CASES,
                         ids=[c[1][:40] for c in CASES])
def test_sentence(lang, text, published, etype, source, target, status):
    events = read(Article("case", text, date.fromisoformat(published), lang))
    found = [e for e in events if e.type == etype and
             ({e.source.code, e.target.code if e.target else None} == {source, target} if e.symmetric
              else (e.source.code, e.target.code if e.target else None) == (source, target))]
    assert found, [(e.type, e.source.code, e.target.code if e.target else None) for e in events]
    if status:
        assert found[0].status == status
