"""Event triggers in a sentence, from the language's ``triggers.json``.

A trigger fires on its anchor word when its other words also occur in the same
sentence ("Gespräche ... führen", "hold talks"). At one anchor the entry with the most
words wins, so "Hilfe leisten" beats a bare "Hilfe".
"""
from __future__ import annotations

from dataclasses import dataclass

from diplograph.read.lexicon import Lexicon, Trigger, word_matches
from diplograph.read.text import Sentence

@dataclass
class TriggerHit:
    index: int  # anchor token
    trigger: Trigger
    tokens: tuple[int, ...]


def find_triggers(sent: Sentence, lex: Lexicon, inside: set[int] = frozenset()) -> list[TriggerHit]:
    """``inside``: tokens that belong to a name ("Konferenz über Interaktion ...") and
    cannot be triggers."""
    toks = sent.tokens
    hits = []
    for t in toks:
        if not any(ch.isalpha() for ch in t.text) or t.i in inside:
            continue
        best = None
        for trig in lex.triggers_for(t.lower, t.lemma):
            if trig.pos == "noun" and lex.lang == "de" and not t.text[0].isupper():
                continue
            used = [t.i]
            ok = True
            for w in trig.words[1:]:
                near = [u.i for u in toks if abs(u.i - t.i) <= trig.near and u.i not in used
                        and word_matches(w, u.lower, u.lemma)]
                if not near:
                    ok = False
                    break
                used.append(min(near, key=lambda k: abs(k - t.i)))
            if ok and (best is None or (len(trig.words), len(trig.words[0])) > (len(best.trigger.words), len(best.trigger.words[0]))):
                best = TriggerHit(t.i, trig, tuple(used))
        if best:
            hits.append(best)
    # a token used as a secondary word of a longer trigger does not fire on its own
    secondary = {k for h in hits for k in h.tokens[1:]}
    return [h for h in hits if h.index not in secondary or len(h.trigger.words) > 1]
