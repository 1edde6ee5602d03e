"""A language's data files compiled into the lookup tables the reader uses.

Built once per language and cached: inflected forms are generated from the stems and
endings in ``morphology.json`` so that matching a token is one dictionary look-up.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from diplograph import lang as langdata


@dataclass
class Trigger:
    words: tuple[str, ...]
    type: str
    mode: str | None = None
    variant: str | None = None
    context: tuple[str, ...] = ()
    roles: str = "agent"
    pos: str = "verb"
    promise: bool = False
    weak: bool = False
    needs_destination: bool = False
    needs_amount: bool = False
    needs_target: bool = False
    governs: bool = False  # the triggers after it, up to the next punctuation, are its content
    target_kind: str | None = None
    status: str | None = None  # the words themselves say it: "sagte ... ab" negates
    near: int = 14  # how far (in tokens) the other words may stand from the anchor
    frame: bool = False  # governs an infinitive complement: "threaten to", "refuse to", "pledge to"
    stative: bool = False  # a participle used as an adjective, never passive: "was deeply concerned"
    topic_verb: bool = False  # what follows is what is talked about: "discussed the ceasefire"
    judges: bool = False  # a noun act as its object is what it judges: "würdigte die Vermittlung Ägyptens"
    bare: bool = False  # a frame whose complement follows without a marker: "must return"
    transparent: bool = False  # the act it orders or starts is the event: "ordered tariffs"
    hostile_as: str = "THREATEN"  # a promise frame with a hostile complement ("prepared to resume shelling")
    announced_as: str | None = None  # the type when only announced: "примет ответные меры" threatens
    target_prep: tuple[str, ...] = ()  # the recipient only behind one of these: "sprach mit Macron"


def word_matches(pattern: str, lower: str, lemma: str) -> bool:
    if pattern.startswith("*"):
        suffix = pattern[1:]
        return lemma.endswith(suffix) or lower.endswith(suffix)
    return lemma == pattern or lower == pattern


@dataclass
class Lexicon:
    lang: str
    demonyms: dict[str, str] = field(default_factory=dict)      # inflected form -> code
    prefixes: dict[str, str] = field(default_factory=dict)      # "us-" -> USA
    roles: dict[str, str] = field(default_factory=dict)         # form (may be two words) -> role
    groups: dict[str, str] = field(default_factory=dict)        # form -> its role (government, company, rebels, police, ...)
    group_kinds: dict[str, str] = field(default_factory=dict)   # role -> actor kind when not "group" (government -> country)
    triggers_exact: dict[str, list[Trigger]] = field(default_factory=dict)
    triggers_suffix: list[tuple[str, Trigger]] = field(default_factory=list)
    cues: dict[str, frozenset] = field(default_factory=dict)
    preps: dict[str, frozenset] = field(default_factory=dict)
    preps_map: dict[str, dict] = field(default_factory=dict)  # preposition -> the roles it links ("from": people)
    coref: dict[str, list[str]] = field(default_factory=dict)
    dates: dict = field(default_factory=dict)
    numbers: dict = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    name_endings: tuple[str, ...] = ()
    demonym_as_actor: bool = False
    nouns_capitalized: bool = False
    match_lemmas: bool = False  # roles, groups and demonyms are keyed by the lemmas of their words
    longest_role: int = 2  # words in the longest role phrase
    cues_before_verb: bool = False  # status cues of a verb trigger stand before it (English word order)
    names_title_case: bool = False  # capitalized words inside a sentence that stand together are a name
    subject_nearest: bool = False  # the doer is the nearest unmarked name before the verb (SVO order)
    object_before_verb: bool = False  # a verb-final clause: its object stands before the verb ("..., der Nordkorea besucht hatte")
    adjective_endings: tuple[str, ...] = ()  # where nouns are lower case: only these words stand between a preposition and its name
    verb_endings: tuple[str, ...] = ()  # endings of verb forms that are never nouns ("blamed")
    genitive_after_noun: tuple[str, ...] = ()  # a genitive name's ending after its noun ("Teilnahme Tokajews")
    gerund_endings: tuple[str, ...] = ()  # the -ing form ("accusing", "attacking")
    participle_endings: tuple[str, ...] = ()  # a past participle's ending ("stationed")
    adverb_endings: tuple[str, ...] = ()  # an adverb's ending ("quickly"; from cues.json)
    present_endings: tuple[str, ...] = ()  # endings of present verb forms ("attacks", "attacking")
    plural_nouns: frozenset[str] = frozenset()  # plurals without the ending ("aircraft", "children")
    scheduled_present: tuple[str, ...] = ()  # the simple present's ending: dated ahead, a schedule ("travels on Sunday")
    particles: frozenset = frozenset()  # separable verb particles ("sagte ... zu"): they close the clause
    attributive_endings: tuple[str, ...] = ()  # endings of inflected adjectives and participles ("militärischen")
    infinitive_marker: str = ""  # "zu": an infinitive clause after a comma completes the verb before it

    _trigger_memo: dict = field(default_factory=dict, repr=False, compare=False)
    _anchor_memo: dict = field(default_factory=dict, repr=False, compare=False)  # token text -> (lemma, triggers)
    _last_anchors: tuple | None = field(default=None, repr=False, compare=False)  # (tokens, their anchors)

    def triggers_for(self, lower: str, lemma: str) -> tuple[Trigger, ...]:
        """The triggers anchored on a word; asked for every token, so the answer for a
        (form, lemma) pair is remembered (the suffix triggers would be tried each time)."""
        found = self._trigger_memo.get((lower, lemma))
        if found is None:
            found = list(self.triggers_exact.get(lemma, ())) + [
                t for t in self.triggers_exact.get(lower, ()) if lower != lemma]
            if lemma.endswith(self._suffixes) or lower.endswith(self._suffixes):  # (one test for all of them)
                found += [t for suf, t in self.triggers_suffix if lemma.endswith(suf) or lower.endswith(suf)]
            if len(self._trigger_memo) > 500_000:
                self._trigger_memo.clear()
            found = self._trigger_memo[(lower, lemma)] = tuple(found)
        return found

    @property
    def _suffixes(self) -> tuple[str, ...]:
        """Every suffix a trigger is anchored on, for ``str.endswith`` (made once)."""
        suffixes = self.__dict__.get("_suffix_tuple")
        if suffixes is None:
            suffixes = self.__dict__["_suffix_tuple"] = tuple(suf for suf, _ in self.triggers_suffix)
        return suffixes

    def anchors(self, toks) -> list:
        """(token, its triggers) for each token that anchors one: ``triggers_for`` over a
        sentence, asked of every token, so remembered by the token's text (its lower case
        follows from it; the lemma it was found for is kept beside the answer and checked,
        as a word cut from its full stop may be lemmatized otherwise). The answer for the
        sentence last asked is kept: the name tagger's check and the triggers both ask it."""
        last = self._last_anchors
        if last is not None and last[0] is toks:
            return last[1]
        memo = self._anchor_memo
        get = memo.get
        out = []
        for t in toks:
            entry = get(t.text)
            if entry is None or entry[0] != t.lemma:
                if len(memo) > 500_000:
                    memo.clear()
                entry = memo[t.text] = (t.lemma, self.triggers_for(t.lower, t.lemma))
            if entry[1]:
                out.append((t, entry[1]))
        self._last_anchors = (toks, out)
        return out


def _endings(forms, endings) -> dict[str, str]:
    return {f + e: f for f in forms for e in ("",) + tuple(endings)}


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    d = langdata.load(lang)
    morph = d["morphology"]
    lex = Lexicon(lang)
    lex.match_lemmas = bool(morph.get("match_lemmas"))
    if lex.match_lemmas:
        from diplograph.read.text import lemma

        def _inflect(forms, endings):  # noqa: F811 - the lemmatizer stands for the endings
            return {" ".join(lemma(w, lang) for w in f.split()): f for f in forms}
    else:
        _inflect = _endings
    for code, forms in d["demonyms"].items():
        if code.startswith("_"):
            continue
        for f in forms:
            f = f.lower()
            if f.endswith("-"):
                lex.prefixes[f] = code
            else:
                for form in _inflect([f], morph.get("adjective", [])):
                    lex.demonyms.setdefault(form, code)
                    lex.longest_role = max(lex.longest_role, len(form.split()))
    for role, forms in d["roles"].items():
        if role.startswith("_"):
            continue
        for f in forms:
            for form in _inflect([f.lower()], morph.get("noun", [])):
                lex.roles.setdefault(form, role)
                lex.longest_role = max(lex.longest_role, len(form.split()))
    lex.group_kinds = dict(d["groups"].get("_kinds", {"government": "country", "company": "company"}))
    for kind, forms in d["groups"].items():
        if kind.startswith("_"):
            continue
        for f in forms:
            for form in _inflect([f.lower()], morph.get("noun", [])):
                lex.groups.setdefault(form, kind)
                lex.longest_role = max(lex.longest_role, len(form.split()))
    for entry in d["triggers"].get("triggers", []):
        # "type": null marks words that look like a trigger but are none ("принять решение" is no hosting)
        t = Trigger(words=tuple(w.lower() for w in entry["words"]), type=entry["type"] or "", mode=entry.get("mode"),
                    variant=entry.get("variant"), context=tuple(entry.get("context", ())),
                    roles=entry.get("roles", "agent"), pos=entry.get("pos", "verb"),
                    promise=entry.get("promise", False), weak=entry.get("weak", False),
                    needs_destination=entry.get("needs_destination", False),
                    needs_amount=entry.get("needs_amount", False), needs_target=entry.get("needs_target", False), governs=entry.get("governs", False),
                    target_kind=entry.get("target_kind"), status=entry.get("status"), near=entry.get("near", 14),
                    frame=entry.get("frame", False), hostile_as=entry.get("hostile_as", "THREATEN"),
                    transparent=entry.get("transparent", False), bare=entry.get("bare", False),
                    topic_verb=entry.get("topic_verb", False), stative=entry.get("stative", False),
                    judges=entry.get("judges", False),
                    announced_as=entry.get("announced_as"),
                    target_prep=tuple(entry.get("target_prep", ())))
        anchor = t.words[0]
        if anchor.startswith("*"):
            lex.triggers_suffix.append((anchor[1:], t))
        else:
            lex.triggers_exact.setdefault(anchor, []).append(t)
    lex.cues = {k: frozenset(w.lower() for w in v) for k, v in d["cues"].items() if not k.startswith("_")}
    lex.adverb_endings = tuple(sorted(lex.cues.get("adverb_endings", ())))
    lex.preps = {k: frozenset(v) for k, v in d["prepositions"].items() if not k.startswith("_") and isinstance(v, list)}
    lex.preps_map = {k: v for k, v in d["prepositions"].items() if not k.startswith("_") and isinstance(v, dict)}
    lex.coref = {k: [w.lower() for w in v] for k, v in d["coreference"].items() if not k.startswith("_")}
    lex.dates = d["dates"]
    lex.numbers = d["numbers"]
    lex.units = {k: v for k, v in d["units"].items() if not k.startswith("_")}
    lex.name_endings = tuple(morph.get("name", ()))
    lex.demonym_as_actor = bool(morph.get("demonym_as_actor"))
    lex.nouns_capitalized = bool(morph.get("nouns_capitalized"))
    lex.adjective_endings = tuple(morph.get("adjective_endings", ()))
    lex.verb_endings = tuple(morph.get("verb_endings", ()))
    lex.genitive_after_noun = tuple(morph.get("genitive_after_noun", ()))
    lex.gerund_endings = tuple(morph.get("gerund_endings", ()))
    lex.participle_endings = tuple(morph.get("participle_endings", ()))
    lex.present_endings = tuple(morph.get("present_endings", ()))
    lex.scheduled_present = tuple(morph.get("scheduled_present", ()))
    lex.plural_nouns = frozenset(morph.get("plural_nouns", ()))
    lex.cues_before_verb = bool(morph.get("cues_before_verb"))
    lex.subject_nearest = bool(morph.get("subject_nearest"))
    lex.object_before_verb = bool(morph.get("object_before_verb"))
    lex.names_title_case = bool(morph.get("names_title_case"))

    lex.particles = frozenset(morph.get("separable_particles", ()))
    lex.attributive_endings = tuple(morph.get("attributive_endings", ()))
    lex.infinitive_marker = morph.get("infinitive_marker", "")
    return lex
