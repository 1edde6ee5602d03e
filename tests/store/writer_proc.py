"""Run as a separate process by the concurrency tests: store a synthetic corpus.

usage: python writer_proc.py DB_URL ORDER(forward|backward) [DELAY_SECONDS]
The corpus (``corpus()``) is 8 real events, each told by 5 articles with dates of
different precision, so the truth is known: 40 articles, 40 mentions, 8 events.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from records import article, rec  # noqa: E402

EVENTS = [("CONSULT", "KAZ", "FRA", "2024-11-05"), ("CONSULT", "KAZ", "FRA", "2024-03-12"),
          ("CONSULT", "CHN", "KAZ", "2024-07-02"), ("AGREE", "KAZ", "ITA", "2024-01-18"),
          ("CONSULT", "KAZ", "USA", "2026-02-20"), ("AID", "KAZ", "BOP", "2026-02-19"),
          ("CONSULT", "KAZ", "ITA", "2024-01-17"), ("AGREE", "KAZ", "CHN", "2024-07-03")]


def corpus():
    out = []
    for k, (t, s, g, day) in enumerate(EVENTS):
        for j in range(5):
            when = [day, day[:7], day, day[:7], day][j]
            name = f"e{k}-a{j}"
            out.append((article(name, f"Article {name}: {t} {s} {g} {when}."),
                        [rec(name, t, s, g, when, f"{s} and {g}, {when}, told by {name}.")]))
    return out


def main(url: str, order: str, delay: float = 0.0) -> None:
    from diplograph.store import open as open_store
    docs = corpus()
    if order == "backward":
        docs.reverse()
    with open_store(url) as st:
        for art, evs in docs:
            st.add(art, evs)
            if delay:
                time.sleep(delay)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]) if len(sys.argv) > 3 else 0.0)
