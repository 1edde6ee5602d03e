"""An event's status (EVENTS.md): occurred, announced, negated or hypothetical, from
tense, modal verbs and the cue words each language's cues.json lists; and who it is
attributed to when a source only reports it.
"""
from __future__ import annotations

from functools import lru_cache

from diplograph.read.lexicon import Lexicon
from diplograph.read.text import Sentence, grammemes
from diplograph.read.triggers import TriggerHit, closes_clause


def attribution(sent: Sentence, lex: Lexicon) -> set[int]:
    """The tokens of a parenthetical source: "По словам Лаврова, ...", "..., как сообщили в МИД,
    ...", "..., сообщили в пресс-службе Акорды.", "В Кремле отметили, что ...". A name there
    is who says so, not who acts."""
    opens = lex.cues.get("attribution", frozenset())
    said = lex.cues.get("reporting", frozenset())
    if not opens:
        return set()
    toks = sent.tokens
    lowers = sent.lowers
    longest_first = _longest_first(opens)
    out: set[int] = set()
    for k, t in enumerate(toks):
        if k > 0 and toks[k - 1].text not in (",", "–", "—", "(", "«"):
            continue
        n = next((len(p) for p in longest_first if lowers[k:k + len(p)] == p), 0)
        if n == 1 and not any(x.lower in said for x in toks[k + 1:k + 3]):
            n = 0  # "как" opens a source only before a reporting verb ("как сообщили в МИД")
        if n and k + n < len(toks):
            end = next((j for j in range(k + n, len(toks)) if toks[j].text in (",", ";", ":")), None)
            if end is not None:
                out.update(range(k, end))
        elif k > 0 and t.lower in said and toks[-1].text in (".", "!", "?") and not any(
                x.text in (",", ";", "–", "—") for x in toks[k + 1:]):
            out.update(range(k, len(toks)))  # "..., сообщили в МИД России."
    # "В Кремле отметили, что ...": a sentence that opens with the speaker's seat and a reporting verb
    places = lex.preps.get("place", frozenset())
    if toks and toks[0].lower in places:
        verb = next((j for j in range(1, min(len(toks), 6)) if toks[j].lower in said), None)
        if verb is not None and verb + 1 < len(toks) and toks[verb + 1].text == "," \
                and not any(x.text == "," for x in toks[1:verb]):
            out.update(range(0, verb + 1))
    return out


def background(sent: Sentence, lex: Lexicon, clause_of: list[int]) -> bool:
    """Whether the sentence tells background, not news ("critics argue", "according to
    statistics"): a cue of the language's ``background`` list, unless it stands in a
    relative clause about someone ("the consul general, who wrote that ..." tells who he is;
    the main clause is still news)."""
    cues = lex.cues.get("background", frozenset())
    rel = lex.coref.get("relative_pronouns", ())
    toks = sent.tokens

    def relative(k):
        first = next(j for j in range(len(toks)) if clause_of[j] == clause_of[k])
        first += toks[first].text == ","
        return clause_of[k] != clause_of[0] and first < len(toks) and toks[first].lower in rel
    if not cues or (cues.isdisjoint(sent.lowers) and _phrases(cues).keys().isdisjoint(sent.lowers)):
        return False  # (most sentences: neither a cue nor the first word of a cue phrase)
    if not any_cue(toks, cues):
        return False
    return any(cue_at(toks, k, cues) and not relative(k) for k in range(len(toks)))


def status_of(sent: Sentence, hit: TriggerHit, lex: Lexicon, clause_of: list[int]) -> str:
    toks = sent.tokens
    a = hit.index
    clause = clause_of[a]
    cues = lex.cues
    neg = cues.get("negated", frozenset())
    not_after = cues.get("not_after", frozenset())
    ends = cues.get("negation_ends", frozenset())
    first = min(hit.tokens)
    lo, hi = max(0, a - 4), min(len(toks), a + 3)  # the words around the trigger
    negations = not (neg.isdisjoint(sent.lowers) and neg.isdisjoint(sent.lemmas))  # (most sentences: none)
    for k in range(lo, hi) if negations else ():
        t = toks[k]
        if k in hit.tokens:  # "refused" is the REJECT itself, not its negation
            continue
        if k < first and any(toks[j].lower in ends for j in range(k + 1, first)):
            continue  # a negation before "and": "had not changed and voiced concern"
        if clause_of[k] == clause and (t.lower in neg or t.lemma in neg):
            if not (k + 1 < len(toks) and toks[k + 1].lower in not_after) and not _attributive(toks, k, lex):
                return "negated"
    # called off right before the act ("postponed a trip to Saudi Arabia") or, passive, right after it
    before_cues = cues.get("negated_before", frozenset())
    marks = _marks(sent)
    for k in marks.at(before_cues):
        if lo <= k < hi and k not in hit.tokens and clause_of[k] == clause \
                and (k < a or " " in next(c for c in sorted(before_cues, key=len, reverse=True)
                                          if cue_at(toks[k:], 0, frozenset([c])))):
            return "negated"
    # called off anywhere in the clause: "sagte seine Teilnahme ... ab", "verzichtete auf die Reise"
    own = hit.tokens
    if any(clause_of[k] == clause and k not in own and (j is None or clause_of[j] == clause)
           for k, j in marks.called_off(cues.get("negated_clause", frozenset()), lex)):
        return "negated"
    # the cues of a frame's infinitive clause speak of what is asked or blamed ("forderte Putin
    # auf, zu Verhandlungen bereit zu sein"), not of the asking
    upto = hit.cues_until if hit.cues_until is not None else len(toks)
    if any(clause_of[k] == clause and k < upto for k in marks.at(cues.get("hypothetical", frozenset()))) \
            or any(clause in c for c in _conditioned(sent, lex, clause_of)):
        return "hypothetical"
    if hit.trigger.promise:
        return "announced"
    if _future(toks, hit, lex, clause_of):
        return "announced"
    announced = marks.at(_announced(lex))
    if not announced or announced[0] >= upto:
        return "occurred"  # (most acts: no announcing cue before ``upto``, nothing more to ask)
    # where verbs come before their objects, a cue after a verb trigger belongs to a later act
    # ("signed a partnership, and Saudi Arabia pledged"); nouns take cues on either side
    # ("the visit is expected")
    before_only = lex.cues_before_verb and hit.trigger.pos == "verb"
    quoted = marks.quoted()
    # "announced sanctions one day after a Serbian jet shot down a helicopter": a past verb
    # after a word that opens a clause of its own time is done, whatever was said before it
    apart = marks.words(cues.get("past_openers", frozenset())) if _past_form(toks[a], lex, hit) else ()
    coords = _word_coordinators(lex)
    for k in announced:
        if k >= upto:
            break
        if (before_only and k > a) or quoted.get(k, -1) != quoted.get(a, -1):
            continue  # a cue inside a quotation speaks of the quoted words only
        if any(k < j < a for j in apart):
            continue
        if lex.cues_before_verb and k > a and any(t.lower in coords for t in toks[a + 1:k]):
            continue  # after a noun, a cue past "and" is another act's: "a visit ... with deals and a pledge"
        if k in hit.tokens and hit.trigger.status == "occurred":
            continue  # the words say it is done: "offered his condolences" is no offer of a later act
        if clause_of[k] == clause or (clause_of[k] < clause and k < a):
            return "announced"
    return "occurred"


def cue_before(sent: Sentence, a: int, cues: frozenset, clause_of: list[int]) -> bool:
    """Whether a cue of the set starts before token ``a`` in its clause."""
    clause = clause_of[a]
    return any(k < a and clause_of[k] == clause for k in _marks(sent).at(cues))


def conditional(sent: Sentence, lex: Lexicon, clause_of: list[int], clause: int) -> bool:
    """Whether a word of the language's ``conditional`` cues stands in the clause, or a
    condition governs it from outside (``after_condition``)."""
    return any(clause_of[k] == clause for k in _marks(sent).words(lex.cues.get("conditional", frozenset()))) \
        or clause in after_condition(sent, lex, clause_of)


def after_condition(sent: Sentence, lex: Lexicon, clause_of: list[int]) -> set[int]:
    """The clauses that hang on a condition: the one a condition opening the sentence leads
    to ("Sollte Moskau ablehnen, werde die EU Sanktionen beschließen", "If Russia refuses, the
    EU will ...", "Если Япония вмешается, Китай введёт ..."), and the one before a condition
    that follows a comma ("Frankreich werde reagieren, sollte Algier festhalten"). Their acts
    hang on the condition, though no cue stands in them."""
    return _conditioned(sent, lex, clause_of)[1]


def _conditioned(sent: Sentence, lex: Lexicon, clause_of: list[int]) -> tuple[set[int], set[int]]:
    """(the clauses of conditions, the clauses they govern), by the words of
    ``leading_conditional`` at the sentence's start and of ``trailing_conditional`` right
    after a comma (fewer: a "wenn" after the main clause is as often "when" as "if")."""
    words = lex.cues.get("leading_conditional", frozenset())
    after = lex.cues.get("trailing_conditional", frozenset())
    toks = sent.tokens
    conditions: set[int] = set()
    governed: set[int] = set()
    if words.isdisjoint(sent.lowers) and after.isdisjoint(sent.lowers):
        return conditions, governed
    opening = next((k for k, t in enumerate(toks) if t.text[:1].isalnum()), None)  # (after an opening quote)
    if opening is not None and toks[opening].lower in words:
        comma = next((k for k in range(opening + 1, len(toks) - 1) if toks[k].text == ","), None)
        if comma is not None and clause_of[comma + 1] != clause_of[opening]:
            conditions.add(clause_of[opening])
            governed.add(clause_of[comma + 1])
    for k in range(1, len(toks) - 1):
        if toks[k].text == "," and toks[k + 1].lower in after and clause_of[k + 1] != clause_of[k - 1]:
            conditions.add(clause_of[k + 1])
            governed.add(clause_of[k - 1])
    return conditions, governed - conditions


class _Marks:
    """Where the cues of each set stand in one sentence, found once and shared by all its
    triggers (status is asked per trigger, and each used to rescan the whole sentence).
    A set none of whose words (nor first words of its phrases) is one of the sentence's,
    as most sets are for most sentences, is told apart by one set operation, not a scan."""

    def __init__(self, sent):
        self.toks = sent.tokens
        self.lowers = sent.lowers
        self.sent = sent  # (its lemmas: made only if a set is asked that needs them)
        self._at: dict[int, tuple] = {}
        self._off: dict[int, tuple] = {}
        self._words: dict[int, tuple] = {}
        self._quoted = None

    def at(self, cues: frozenset) -> list[int]:
        """The tokens where a cue of the set starts (``cue_at``), in order."""
        entry = self._at.get(id(cues))
        if entry is None or entry[0] is not cues:
            phrases = _phrases(cues)
            found = []
            if not (cues.isdisjoint(self.lowers) and phrases.keys().isdisjoint(self.lowers)):
                toks = self.toks
                for k, t in enumerate(toks):  # (cue_at at every token, its look-ups made here)
                    low = t.lower
                    if low in cues or (low in phrases and any(
                            [u.lower for u in toks[k:k + len(p)]] == p for p in phrases[low])):
                        found.append(k)
            entry = self._at[id(cues)] = (cues, found)
        return entry[1]

    def words(self, cues: frozenset) -> list[int]:
        """The tokens that are one of the set's words (no phrases), in order."""
        entry = self._words.get(id(cues))
        if entry is None or entry[0] is not cues:
            found = [] if cues.isdisjoint(self.lowers) else [k for k, t in enumerate(self.toks) if t.lower in cues]
            entry = self._words[id(cues)] = (cues, found)
        return entry[1]

    def called_off(self, off: frozenset, lex: Lexicon) -> list[tuple[int, int | None]]:
        """(k, None) where a word of ``off`` stands, and (k, j) where the lemma at k and the
        separable particle at j that closes its clause make one ("sagte ... ab")."""
        entry = self._off.get(id(off))
        if entry is None or entry[0] is not off:
            toks = self.toks
            found: list[tuple[int, int | None]] = []
            parts = [] if not off or lex.particles.isdisjoint(self.lowers) else [
                j for j, t in enumerate(toks) if t.lower in lex.particles]
            heads = _particle_heads(off) if parts else frozenset()
            if off and not (off.isdisjoint(self.lowers) and off.isdisjoint(self.sent.lemmas)
                            and heads.isdisjoint(self.sent.lemmas)):
                for k, t in enumerate(toks):
                    if t.lower in off or t.lemma in off:
                        found.append((k, None))
                    if t.lemma in heads:
                        found += [(k, j) for j in parts if j > k and f"{t.lemma} {toks[j].lower}" in off
                                  and closes_clause(toks, j, k, lex)]
            entry = self._off[id(off)] = (off, found)
        return entry[1]

    def quoted(self) -> dict[int, int]:
        if self._quoted is None:
            self._quoted = _quoted(self.toks)
        return self._quoted


_LAST_MARKS: tuple | None = None  # (tokens, their marks): the sentence being read


def _marks(sent: Sentence) -> _Marks:
    global _LAST_MARKS
    entry = _LAST_MARKS
    if entry is None or entry[0] is not sent.tokens:
        entry = _LAST_MARKS = (sent.tokens, _Marks(sent))
    return entry[1]


def _past_form(tok, lex: Lexicon, hit: TriggerHit) -> bool:
    """A verb trigger in a past form ("attacked", "shot"): an ending of the language's
    ``verb_endings``, or a form the lemmatizer changes that has no present ending."""
    if hit.trigger.pos != "verb" or not lex.verb_endings:
        return False
    return tok.lower.endswith(lex.verb_endings) or (
        tok.lemma != tok.lower and not tok.lower.endswith(lex.present_endings or ("",)))


def _quoted(toks) -> dict[int, int]:
    """Token index -> the number of the quotation («...», "...") it stands in."""
    out, n, inside = {}, 0, False
    for k, t in enumerate(toks):
        if t.text in ("«", "“", "„") or (t.text == '"' and not inside):
            inside, n = True, n + 1
        elif t.text in ("»", "”") or (t.text == '"' and inside):
            inside = False
        elif inside:
            out[k] = n
    return out


_ANNOUNCED: dict[int, tuple] = {}
_COORDINATORS: dict[int, tuple] = {}


def _word_coordinators(lex: Lexicon) -> frozenset:
    """The coordinators that are words ("and", not ","), made once per lexicon."""
    entry = _COORDINATORS.get(id(lex))
    if entry is None or entry[0] is not lex:
        entry = _COORDINATORS[id(lex)] = (lex, frozenset(c for c in lex.preps.get("coordinators", ()) if c.isalpha()))
    return entry[1]


@lru_cache(maxsize=None)
def _particle_heads(off: frozenset) -> frozenset:
    """The words before the last space of the set's phrases: the only lemmas that a
    separable particle can make a phrase of the set with ("sagen" of "sagen ab")."""
    return frozenset(c.rsplit(" ", 1)[0] for c in off if " " in c)


def _announced(lex: Lexicon) -> frozenset:
    """The announced and future cues as one set, made once per lexicon (the same object
    each time, so ``cue_at``'s phrase index for it is found at once)."""
    entry = _ANNOUNCED.get(id(lex))
    if entry is None or entry[0] is not lex:
        entry = _ANNOUNCED[id(lex)] = (lex, lex.cues.get("announced", frozenset()) | lex.cues.get("future", frozenset()))
    return entry[1]


def _future(toks, hit: TriggerHit, lex: Lexicon, clause_of: list[int]) -> bool:
    """A future verb form says the act lies ahead ("ответит", "посетит", "примет участие"): the
    trigger's own verb, or for a noun the verb just before it in its clause ("примет ответные
    меры"). Only where the language's analyser tells tense (Russian perfectives)."""
    own = [k for k in hit.tokens if "VERB" in grammemes(toks[k].text, lex.lang)]
    if not own and hit.trigger.pos == "noun":
        own = [k for k in range(hit.index - 1, max(-1, hit.index - 4), -1)
               if clause_of[k] == clause_of[hit.index] and "VERB" in grammemes(toks[k].text, lex.lang)][:1]
    return any("futr" in grammemes(toks[k].text, lex.lang) for k in own)


def named_as_condition(sent: Sentence, a: int, lex: Lexicon) -> bool:
    """A noun act named as a condition is no event: "eine Beistandspflicht im Fall eines
    Angriffs", "in the event of an attack", "в случае нападения" (the language's
    ``condition`` cues, then at most articles and adjectives before the noun)."""
    cues = lex.cues.get("condition", frozenset())
    if _last_words(cues).isdisjoint(sent.lowers):
        return False  # (most sentences: no condition phrase ends anywhere in them)
    phrases = _word_lists(cues)
    toks = sent.tokens
    lowers = sent.lowers
    articles = lex.preps.get("articles", frozenset())
    k = a - 1
    while k >= 0:
        if any(k + 1 >= len(c) and lowers[k - len(c) + 1:k + 1] == c for c in phrases):
            return True
        if a - k > 3 or not (toks[k].lower in articles or (toks[k].text.isalpha() and toks[k].text.islower())):
            return False
        k -= 1
    return False


def cue_at(toks, k: int, cues: frozenset) -> bool:
    """Whether a cue of the set starts at token k; cues may be phrases ("is due to")."""
    low = toks[k].lower
    if low in cues:
        return True
    for phrase in _phrases(cues).get(low, ()):
        if [t.lower for t in toks[k:k + len(phrase)]] == phrase:
            return True
    return False


def any_cue(toks, cues: frozenset) -> bool:
    """Whether a cue of the set starts anywhere in the tokens (``cue_at`` at every token,
    with the phrases looked up by their first word)."""
    if not cues:
        return False
    phrases = _phrases(cues)
    for k, t in enumerate(toks):
        low = t.lower
        if low in cues:
            return True
        for phrase in phrases.get(low, ()):
            if [u.lower for u in toks[k:k + len(phrase)]] == phrase:
                return True
    return False


@lru_cache(maxsize=None)
def _word_lists(cues: frozenset) -> list[list[str]]:
    """Each cue as its list of words (asked per trigger: split once)."""
    return [c.split() for c in cues]


@lru_cache(maxsize=None)
def _last_words(cues: frozenset) -> frozenset:
    """The last word of each cue: where a cue can end."""
    return frozenset(c.split()[-1] for c in cues if c.split())


@lru_cache(maxsize=None)
def _longest_first(cues: frozenset) -> list[list[str]]:
    """The cues as word lists, the longest cue (in characters) first."""
    return [c.split() for c in sorted(cues, key=len, reverse=True)]


@lru_cache(maxsize=None)
def _phrases(cues: frozenset) -> dict[str, list[list[str]]]:
    """The cues of several words, as word lists, by their first word."""
    out: dict[str, list[list[str]]] = {}
    for c in cues:
        if " " in c:
            words = c.split()
            if words:
                out.setdefault(words[0], []).append(words)
    return out


def refused(sent: Sentence, hit: TriggerHit, lex: Lexicon, clause_of: list[int]) -> bool:
    """Whether a negated act is refused ("will not accept", "would not attend"): a
    refusal cue of the language just before the trigger, in its clause."""
    toks = sent.tokens
    a = hit.index
    before = " ".join(t.lower for t in toks[max(0, a - 4):a] if clause_of[t.i] == clause_of[a])
    return any(f" {cue} " in f" {before} " for cue in lex.cues.get("refusal", ()))


def refused_after(sent: Sentence, hit: TriggerHit, lex: Lexicon, clause_of: list[int]) -> bool:
    """Whether the act is ruled out by words after it in its clause ("lifting the sanctions
    is out of the question", "talks with Kyiv are off the table"): a ``refusal_after`` cue
    of the language within a few words after the trigger."""
    cues = lex.cues.get("refusal_after", frozenset())
    toks = sent.tokens
    a = max(hit.tokens)
    return bool(cues) and any(clause_of[k] == clause_of[hit.index] and cue_at(toks, k, cues)
                              for k in range(a + 1, min(len(toks), a + 10)))


def _attributive(toks, k: int, lex: Lexicon) -> bool:
    """"nicht rückzahlbare Hilfen": the negation belongs to the adjective after it, not
    to the clause (in a language that capitalises nouns: adjective, then a noun)."""
    if not lex.nouns_capitalized or k + 2 >= len(toks):
        return False
    adj, noun = toks[k + 1], toks[k + 2]
    return adj.text.isalpha() and adj.text.islower() and adj.lower.endswith(lex.attributive_endings or ("",)) \
        and noun.text[:1].isupper()
