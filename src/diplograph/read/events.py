"""From a trigger and the mentions around it to the event's actors: who acts on whom.

Argument roles come from word order and prepositions, as the language's data marks
them: the actor before the trigger (or right after the verb in German inversion, or
the genitive after a noun) acts; an actor after the trigger, or one governed by a
target preposition ("mit Marokko", "nach Italien", "with Qatar"), receives. Hosts
("empfing", "hosted") and inviters ("пригласил Токаева посетить") swap the two: the
guest visits the host. A coordinated list of recipients makes one event
per recipient.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from diplograph.read import clauses, factuality
from diplograph.read.lexicon import Lexicon
from diplograph.read.mentions import Mention, calendar_words
from diplograph.read.text import Sentence, case_readings, grammemes, is_participle
from diplograph.read.triggers import TriggerHit


COOPERATIVE = {"AID", "COOPERATE", "CONSULT", "SUPPORT"}
# hostile acts whose doer a judging verb's noun object points back to ("condemned the attacks")
_DOER_JUDGED = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"})
# acts of force, whose noun a nationality word before it names the doer of ("Israeli strikes")
_VIOLENT = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
# verbal acts about another's act: the doer of the act they name receives ("demanded a withdrawal by Russia")
_ASKED_OF_DOER = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT"})


@dataclass
class Draft:
    hit: TriggerHit
    source: dict
    target: dict | None
    source_in_sentence: bool
    target_in_sentence: bool
    status: str = "occurred"
    symmetric: bool = False
    place: Mention | None = None
    extras: dict = field(default_factory=dict)


def _expand(m: Mention, mentions: list[Mention]) -> list[Mention]:
    if len(m.pair) > 2:  # "aus den drei Ländern": each of the states the phrase points back to
        return [Mention(m.first, m.last, m.start, m.end, m.text, dict(p)) for p in m.pair]
    if not m.list_id:
        return [m]
    return [x for x in mentions if x.list_id == m.list_id and x.actor]


def sector(actor: dict) -> str:
    """What part of its state an actor is: the state itself (its country, government,
    office holders) or a group such as rebels, police or protesters (its role)."""
    if actor.get("kind") == "group":
        return actor.get("role") or "group"
    if actor.get("kind") == "company":
        return "business"
    return "state"


def two_sectors(a: dict, b: dict) -> bool:
    """Two actors of one state that can act on each other (government and rebels)."""
    return sector(a) != sector(b)


def assign(sent: Sentence, hit: TriggerHit, mentions: list[Mention], lex: Lexicon, clause_of: list[int],
           discourse, domestic: bool = False, verbs: frozenset[int] = frozenset()
           ) -> list[tuple[dict, dict | None, bool, bool]]:
    """(source, target, source_in_sentence, target_in_sentence) for each event the trigger makes.
    ``domestic``: an actor of the doer's own state may receive when it is of another
    sector (rebels, police, protesters). ``verbs``: the other verb triggers of the
    sentence (a name between one of them and this trigger is its object).
    Listed doers of a one-sided act ("Niger, Mali and Burkina Faso announced they were
    quitting ECOWAS", "the two leaders asked the OSCE") each make the event."""
    if _participle_of_no_actor(sent, hit, mentions, lex):
        return []
    found = _assign(sent, hit, mentions, lex, clause_of, discourse, domestic, verbs)
    if hit.trigger.roles == "joint" or not found:
        return found
    src = found[0][0]
    doer = next((m for m in mentions if m.actor is src or (len(m.pair) >= 2 and m.pair[0] is src)), None)
    others = []
    if doer is not None and doer.list_id:
        # (on the doer's side of the verb: "reisten Blinken und Lammy nach Kiew")
        others = [m.actor for m in mentions if m.list_id == doer.list_id and m is not doer and m.actor
                  and (m.last < hit.index or (doer.first > hit.index and doer.prep is None))
                  and m.actor.get("code")]
    elif doer is not None and len(doer.pair) >= 2:  # (and "die drei Staaten": each of them)
        others = doer.pair[1:]
    if others and _reciprocal_object(sent, hit, lex, clause_of):
        # "the two neighbours summoned each other's ambassadors after ...": right after the verb, the
        # reciprocal is its object whatever name comes later; each acts on the other, one event each way
        doers = [src] + [o for o in others if o["code"] != src["code"]]
        return [(x, y, True, True) for x in doers for y in doers if x["code"] != y["code"]]
    if others and all(t is None for _, t, _, _ in found) and hit.trigger.type in ("AGREE", "SUPPORT", "COOPERATE"):
        # "China and Pakistan vowed to strengthen their partnership": the listed doers with each other
        return [(src, o, True, True) for o in others if o["code"] != src["code"]]
    if len(others) == 1 and all(t is None for _, t, _, _ in found) and others[0]["code"] != src["code"] \
            and _reciprocal(sent, hit.index, clause_of, lex):
        # "Canada and India each expelled six diplomats": each of the two acts on the other
        return [(src, others[0], True, True), (others[0], src, True, True)]
    if hit.trigger.mode == "visit" and hit.trigger.roles != "host":
        # "war er mit Starmer, Macron und Tusk nach Kiew gereist": who travels with the doer visits too
        comitative = lex.preps.get("comitative", frozenset())
        others = others + [m.actor for m in mentions if m.actor and m.actor.get("code") and m.prep in comitative
                           and (clause_of[m.first] == clause_of[hit.index]
                                or (m.last < hit.index and not any(m.last < v < hit.index for v in verbs)))
                           and m.actor is not src]
    out = list(found)
    for o in others:
        for _, tgt, src_in, tgt_in in found:
            if o["code"] != src["code"] and (tgt is None or tgt["code"] != o["code"]) \
                    and not any(x[0]["code"] == o["code"] and x[1] is tgt for x in out):
                out.append((o, tgt, src_in, tgt_in))
    return out


def _reciprocal(sent: Sentence, a: int, clause_of: list[int], lex: Lexicon) -> bool:
    """Whether a word of the trigger's clause says the doers act on one another ("each",
    "each other", "gegenseitig", "друг друга")."""
    words = lex.coref.get("reciprocal", ())
    if not words:
        return False
    toks = sent.tokens
    for k in range(max(0, a - 3), min(len(toks), a + 6)):
        if clause_of[k] == clause_of[a] and any(
                toks[k:k + len(w.split())] and " ".join(t.lower for t in toks[k:k + len(w.split())]) == w for w in words):
            return True
    return False


def _embedded(m: Mention, clause_of: list[int], clause: int, a: int) -> bool:
    """Whether a name before the trigger stands in a clause set inside the trigger's own
    ("Der Präsident, der am Montag aus Peking zurückgekehrt war, empfing ..."): the
    trigger's clause runs on both sides of it, so it is no actor of the trigger's act."""
    return m.last < a and clause_of[m.first] != clause \
        and clause in clause_of[:m.first] and clause in clause_of[m.last + 1:a]


def _impersonal_seat(sent: Sentence, a: int, before: list[Mention], clause_of: list[int], clause: int,
                     place_preps, lang: str) -> Mention | None:
    """"В Кремле осудили решение ЕС", "В МИД Китая заявили": a plural verb without a subject
    after "в" and an institution or seat at the head of its clause: the institution acts."""
    tags = grammemes(sent.tokens[a].text, lang)
    if "plur" not in tags or "VERB" not in tags:
        return None
    start = clause_of.index(clause)
    own = [m for m in before if clause_of[m.first] == clause]
    if not own or own[0].prep not in place_preps or own[0].first > start + 2 \
            or own[0].actor.get("kind") not in ("country", "organisation") \
            or any(m.prep is None and not m.genitive for m in own):
        return None
    return own[0]


def _participle_of_no_actor(sent: Sentence, hit: TriggerHit, mentions: list[Mention], lex: Lexicon) -> bool:
    """A participle that opens a phrase after a comma describes the word before the comma
    ("Путин, прибывший в Минск": Putin arrives); when that word is no actor ("кризис может
    стать ситуацией, угрожающей существованию страны") nobody acts."""
    a = hit.index
    if hit.trigger.pos != "verb" or a < 2 or sent.tokens[a - 1].text != "," \
            or not is_participle(sent.tokens[a].text, lex.lang):
        return False
    return not any(m.actor and m.last == a - 2 for m in mentions)


def _inner_end(clause_of: list[int], clause: int, a: int) -> int | None:
    """The last token of the trigger's clause when that clause is set inside another one
    (the clause before it goes on after it), else None: the names after it are the outer
    clause's."""
    k = a
    while k + 1 < len(clause_of) and clause_of[k + 1] == clause:
        k += 1
    start = a
    while start > 0 and clause_of[start - 1] == clause:
        start -= 1
    if start == 0 or k + 1 >= len(clause_of):
        return None
    return k if clause_of[start - 1] in clause_of[k + 1:] else None


def _passive(sent: Sentence, a: int, lex: Lexicon, names: set[int]) -> bool:
    """An English-style passive or reduced relative: "was arrested", "have been
    killed", "children killed in the war" (the language's data names the auxiliaries)."""
    toks = sent.tokens
    t = toks[a]
    if "pssv" in grammemes(t.text, lex.lang):  # a case language's passive participle: "был вызван", "принятое"
        return True
    if _clause_passive(toks, a, lex):
        return True
    aux = lex.cues.get("passive", frozenset())
    if not aux:
        return False
    if t.lower == t.lemma or t.lower.endswith(lex.gerund_endings):
        return False
    if any(toks[k].lower in aux for k in range(max(0, a - 2), a)):
        return True
    prev = toks[a - 1] if a > 0 else None
    nxt = toks[a + 1] if a + 1 < len(toks) else None
    return bool(prev and nxt and t.lower.endswith(lex.participle_endings) and prev.text.isalpha() and prev.text.islower()
                and prev.i not in names and prev.lower not in lex.cues.get("not_participle", ())
                and (nxt.lower in lex.preps.get("place", ()) or nxt.lower in lex.preps.get("agent", ())))


def _clause_passive(toks, a: int, lex: Lexicon) -> bool:
    """A German-style passive: a participle with a form of the passive auxiliary anywhere
    before it in its clause ("Der Botschafter wurde am Montag ins Auswärtige Amt
    einbestellt") or right after it ("einbestellt worden"); the language's
    ``passive_clause`` cues name the forms. A word that is its own lemma is no participle."""
    far = lex.cues.get("passive_clause", frozenset())
    if not far or toks[a].lower == toks[a].lemma:
        return False
    if a + 1 < len(toks) and toks[a + 1].lower in far:
        return True
    k = a - 1
    while k >= 0 and toks[k].text not in (",", ";", ":", "–", "-"):
        if toks[k].lower in far:
            return True
        k -= 1
    return False


def _reciprocal_object(sent: Sentence, hit: TriggerHit, lex: Lexicon, clause_of: list[int]) -> bool:
    """Whether a reciprocal object ("each other's", "one another", "the other's": cues.json
    reciprocal) stands in the trigger's clause within a few words after it: then the verb's
    object is its doers themselves, even where a later name could be taken for it."""
    cues = lex.cues.get("reciprocal")
    if not cues:
        return False
    last = max(hit.tokens) if hit.tokens else hit.index
    toks = sent.tokens
    return any(clause_of[k] == clause_of[hit.index] and factuality.cue_at(toks, k, cues)
               for k in range(last + 1, min(len(toks), last + 6)))


def _pairs(group: list, sent: Sentence | None = None, lex: Lexicon | None = None
           ) -> list[tuple[dict, dict, bool, bool]]:
    """The pairs a listed group that acts together makes (rule 1 of the coding rules: one
    record per pair the text makes explicit). A list of two sides ("Die Präsidenten
    Kasachstans, Kirgistans und Usbekistans sowie Costa und von der Leyen unterzeichneten")
    pairs each of one side with each of the other, not the members of a side among
    themselves; the words that join two sides are the language's ``side_coordinators``.
    With one side, two or three parties pair with each other; four or more name a group
    act and no pair in particular, so they make no pairwise records. Nor do members named
    as examples of a larger group ("angereist, unter ihnen Merz, Starmer und Macron"): they
    came to the act, they did not do it with each other (the language's ``examples``)."""
    if sent is not None and lex is not None and lex.preps.get("examples"):
        before = " ".join(t.lower for t in sent.tokens[max(0, group[0].first - 3):group[0].first])
        if any(f" {c}" in f" {before}" and f" {before}".endswith(f" {c}") for c in lex.preps["examples"]):
            return []
    sides = [[group[0]]]
    joins = lex.preps.get("side_coordinators", frozenset()) if lex else frozenset()
    for x, y in zip(group, group[1:]):
        between = " ".join(t.lower for t in sent.tokens[x.last + 1:y.first]) if sent is not None else ""
        if any(f" {j} " in f" {between} " for j in joins):
            sides.append([])
        sides[-1].append(y)
    if len(sides) >= 2:
        out, seen = [], set()
        for n, side in enumerate(sides):
            for x in side:
                for other in sides[n + 1:]:
                    for y in other:
                        key = frozenset((x.actor["code"], y.actor["code"]))
                        if len(key) == 2 and key not in seen:
                            seen.add(key)
                            out.append((x.actor, y.actor, True, True))
        return out
    if len({x.actor["code"] for x in group}) >= 4:
        return []
    return [(x.actor, y.actor, True, True) for n, x in enumerate(group) for y in group[n + 1:]
            if x.actor["code"] != y.actor["code"]]


def _response(sent: Sentence, a: int, actors: list[Mention], lex: Lexicon, discourse
              ) -> list[tuple[dict, dict | None, bool, bool]]:
    """"Any attempt by India to divert the water would be met with full force," Pakistan
    said: an answer foretold in the passive is the threat of whoever says it (the name
    next to the reporting verb), made to the other actor the sentence names (the one of
    the condition), else to the one the speaker last dealt with."""
    says = lex.cues.get("reporting", frozenset())
    toks = sent.tokens
    verbs = [t.i for t in toks if t.lower in says and t.i != a]
    if verbs:
        v = min(verbs, key=lambda k: abs(k - a))
        # "Cleverly said", "said Cleverly", "Pakistan's foreign ministry said"
        speaker = next((m.actor for m in actors if m.prep is None and (m.first == v + 1 or (
            v - 4 <= m.last < v and all(t.text.isalpha() and t.text.islower() for t in toks[m.last + 1:v])))), None)
    else:  # a quotation going on without its speaker: the one the last sentence quoted
        speaker = discourse.subject if toks and toks[0].text in ('"', "“", "«", "„") else None
    if speaker is None:
        return []
    code = speaker["code"]
    others = sorted((m for m in actors if m.actor["code"] != code), key=lambda m: (m.first > a, abs(m.first - a)))
    if others:
        return [(speaker, others[0].actor, True, True)]
    last = discourse.last_pair_event
    if last is not None and code in (last.source.code, last.target.code):
        other = last.target if last.source.code == code else last.source
        return [(speaker, other.to_dict(), True, False)]
    return [(speaker, None, True, False)]


def _subject_after(sent, a, source, after, clause_of, lex):
    """"Ханой посетил президент США": in a case language's free word order the name before
    the verb may be its object. When it can be read as an accusative and the name right after
    the verb cannot (a nominative, no preposition), the one after is the subject."""
    if source.prep is not None or "accs" not in case_readings(sent.tokens[source.first].text, lex.lang):
        return source
    post = next((m for m in after if m.first <= a + 2 and clause_of[m.first] == clause_of[a]), None)
    if post is None or post.prep is not None or post.genitive:
        return source
    read = case_readings(sent.tokens[post.first].text, lex.lang)
    return post if "nomn" in read and "accs" not in read else source


_LAST_ACTORS: tuple | None = None  # (mentions, their actors, the actors' tokens): the list last asked of


def _fused(sent: Sentence, m: Mention) -> bool:
    """Whether the mention is a short name fused by a hyphen to the noun of its token
    ("EU-Sanktionen", "US-Zölle"), the name an abbreviation or as short as one."""
    text = sent.tokens[m.first].text
    head = text.split("-", 1)[0]
    return "-" in text and 2 <= len(head) <= 4 and head[:1].isupper()


def _actors(mentions: list[Mention]) -> tuple[list[Mention], set[int]]:
    """The mentions that name a coded actor, and the tokens they cover: the same for every
    trigger of a sentence (each gets the sentence's list unless a speaker is set apart), so
    made once for that list, which nobody changes while its triggers are read."""
    global _LAST_ACTORS
    entry = _LAST_ACTORS
    if entry is None or entry[0] is not mentions:
        actors = [m for m in mentions if m.actor and m.actor.get("code")]
        entry = _LAST_ACTORS = (mentions, actors, {k for m in actors for k in range(m.first, m.last + 1)})
    return entry[1], entry[2]


_LAST_PERSON_WORDS: tuple | None = None  # (tokens, lexicon, where its person words stand): the sentence read


def _person_words(sent: Sentence, lex: Lexicon) -> list[int]:
    """Where the language's person pronouns ("er", "sie", "he") stand in the sentence, in
    order: asked for trigger after trigger of the same sentence, so found once for it."""
    global _LAST_PERSON_WORDS
    entry = _LAST_PERSON_WORDS
    if entry is None or entry[0] is not sent.tokens or entry[1] is not lex:
        words = frozenset(lex.coref.get("person", ()))
        found = [] if words.isdisjoint(sent.lowers) else [k for k, w in enumerate(sent.lowers) if w in words]
        entry = _LAST_PERSON_WORDS = (sent.tokens, lex, found)
    return entry[2]


_AGENT_PREPS: dict[int, tuple] = {}


def _agent_preps(lex: Lexicon) -> frozenset:
    """The prepositions that mark a doer, and "agent_case" where the language marks it by
    case: joined once per lexicon (asked for every trigger)."""
    entry = _AGENT_PREPS.get(id(lex))
    if entry is None or entry[0] is not lex:
        entry = _AGENT_PREPS[id(lex)] = (lex, lex.preps.get("agent", frozenset()) | (
            {"agent_case"} if lex.preps.get("agent_case") else frozenset()))
    return entry[1]


def _assign(sent, hit, mentions, lex, clause_of, discourse, domestic, verbs):
    trig = hit.trigger
    a = hit.index
    actors, names = _actors(mentions)
    own = next((m for m in actors if m.first == m.last == a and _fused(sent, m)), None)
    if own is not None and trig.pos == "noun" and trig.type != "CONSULT" \
            and trig.roles not in ("joint", "host", "invite", "response", "addressee"):
        # "EU-Sanktionen", "UN-Sanktionen": an abbreviation fused to a noun act names its doer
        # (not so a summit's: "Nato-Gipfel" names the host; nor a full name: "Iran-Sanktionen")
        tgt = next((m for m in actors if a < m.first <= a + 4 and m.prep in lex.preps.get("target", ())
                    and m.actor["code"] != own.actor["code"]), None)
        if tgt is not None:
            return [(own.actor, t.actor, True, True) for t in _expand(tgt, mentions)]
        return [] if trig.needs_target else [(own.actor, None, True, False)]
    targets_preps = lex.preps.get("target", frozenset())
    agent_preps = _agent_preps(lex)
    origin_preps = lex.preps.get("origin", frozenset())
    place_preps = lex.preps.get("place", frozenset())
    clause = clause_of[a]

    def is_target_marked(m):
        return m.prep in targets_preps and m.prep not in origin_preps

    before = [m for m in actors if m.last < a]
    after = [m for m in actors if m.first > a]

    if trig.roles == "addressee":
        # "Russia said that Sudan must return the helicopter": the one who must acts on
        # no one; the one who says so demands it of them
        told = next((m for m in reversed(before) if clause_of[m.first] == clause and m.prep is None), None)
        # the sayer stands in a clause before, or before a reporting verb with no "that" after
        # it ("The Red Cross said US forces must ensure security")
        reporting = lex.cues.get("reporting", frozenset())
        said = next((m for m in reversed(before) if told is not None and m.last < told.first and m.prep is None
                     and (clause_of[m.first] < clause
                          or any(t.lower in reporting for t in sent.tokens[m.last + 1:told.first]))), None)
        if told is None or said is None or told.actor["code"] == said.actor["code"] and not (
                domestic and two_sectors(told.actor, said.actor)):
            return []
        return [(said.actor, t.actor, True, True) for t in _expand(told, mentions)]

    if trig.roles == "response":
        return _response(sent, a, actors, lex, discourse)
    if trig.roles == "joint" and trig.pos == "noun" and a + 1 < len(sent.tokens) \
            and sent.tokens[a + 1].lower in lex.preps.get("joint_parties", ()):
        # "hosted the talks between Thailand and Cambodia": the parties named after "between" meet
        first = next((m for m in after if m.first <= a + 3 and m.list_id), None)
        group = [m for m in actors if first is not None and m.list_id == first.list_id]
        if len({m.actor["code"] for m in group}) >= 2:
            return _pairs(group, sent, lex)

    # -- source -----------------------------------------------------------
    source = None
    passive = trig.pos == "verb" and trig.roles not in ("host", "invite", "joint") and not trig.promise \
        and not trig.stative \
        and _passive(sent, a, lex, names)
    if lex.cues.get("passive"):  # "by X" names the doer of a passive verb or of a noun right before it only
        agent = [m for m in after if m.prep in agent_preps and (passive or (
            trig.pos == "noun" and m.first <= a + 3 and a + 1 < len(sent.tokens) and sent.tokens[a + 1].lower in agent_preps))]
    else:
        # (not a preposition the trigger takes its partner behind: "verlangte von Russland")
        agent = [m for m in actors if m.prep in agent_preps and m.first > a - 8 and m.prep not in trig.target_prep]
    if passive:
        # "was arrested in Lebanon": without "by", the place where it was done acts; in a
        # verb-final clause it stands before the verb ("wurde ins Auswärtige Amt einbestellt")
        doer = agent[0] if agent else next((m for m in after if m.prep in place_preps and m.first <= a + 4), None)
        if doer is None and lex.object_before_verb:
            doer = next((m for m in reversed(before) if a - m.last <= 4 and clause_of[m.first] == clause
                         and m.prep in lex.preps.get("passive_doer", frozenset())), None)
        patient = next((m for m in reversed(before) if clause_of[m.first] == clause and m.prep is None), None) or \
            next((m for m in reversed(before) if clause_of[m.first] == clause), None)
        if (doer is None or patient is None) and _clause_passive(sent.tokens, a, lex):
            passive = False  # a German passive whose doer or patient is not named: read as before
        elif doer is None or patient is None:
            return []
    if passive:
        if patient.actor["code"] == doer.actor["code"] and not (domestic and two_sectors(patient.actor, doer.actor)):
            return []
        return [(doer.actor, t.actor, True, True) for t in _expand(patient, mentions)]
    if trig.roles in ("host", "invite"):  # the object (the guest, the invited) is the doer
        return _host(sent, hit, actors, mentions, lex, clause_of, discourse, is_target_marked)
    if agent:
        source = agent[0]
    shared = None  # the actor of a subject pronoun the trigger's verb has ("He met X and postponed ...")
    if source is None and trig.pos == "noun":
        gen = next((m for m in after if m.first <= a + 3 and m.genitive and not is_target_marked(m)
                    and m.actor.get("kind") != "organisation"), None)
        # "the EU's aid package": the possessor right before the noun is its doer
        poss = next((m for m in reversed(before) if a - m.last <= 4 and m.prep is None
                     and (sent.tokens[m.last].text.endswith(("'s", "’s")) or m.owns == a)), None)
        # "a loan from the Asian Development Bank", "criticism from Kyiv": where it comes from acts
        origin = next((m for m in after if m.first <= a + 4 and m.prep in origin_preps), None) \
            if lex.subject_nearest else None
        if gen or poss or origin:
            source = gen or poss or origin
        elif a > 0 and sent.tokens[a - 1].lower in lex.coref.get("possessive_person", ()):
            # "during his visit to Ulaanbaatar": the last person named, or the subject of the
            # verb it depends on ("Zelenskiy met Erdogan and postponed his visit")
            subj = clauses.subject_before(sent, a, actors, lex) if lex.subject_nearest else None
            if isinstance(subj, Mention) and subj.actor.get("kind") == "person":
                source = subj
            elif subj is not None and not isinstance(subj, Mention):
                shared = clauses.pronoun_actor(sent, subj, actors, discourse)
            else:
                source = next((m for m in reversed(before) if m.actor.get("kind") == "person"), None)
    rel = lex.coref.get("relative_pronouns", ())
    first = clause_of.index(clause)  # where the trigger's clause begins
    opener = first + 1 if sent.tokens[first].text == "," else first
    if source is None and lex.subject_nearest and trig.pos == "verb" and opener < a \
            and sent.tokens[opener].lower in rel and not any(clause_of[m.first] == clause for m in before):
        # "Chinese businesses, which pledged to invest": the relative pronoun's antecedent acts
        source = next((m for m in reversed(before) if m.last < first), None)
    rel_subj = lex.coref.get("relative_subjects", ())
    if source is None and not lex.subject_nearest and trig.pos == "verb" and opener < a and first > 0 \
            and sent.tokens[opener].lower in rel_subj and sent.tokens[first].text == ",":
        # "Putin, der im Juni Nordkorea besucht hatte": a relative pronoun in the nominative
        # is the subject of its clause; the name right before the comma is what it stands for
        source = next((m for m in before if m.last == first - 1 and m.prep is None), None)
    if source is None and lex.subject_nearest and trig.pos == "verb" and a > 0 and sent.tokens[a - 1].text == "," \
            and sent.tokens[a].lower.endswith(lex.gerund_endings):
        # ", accusing it of ...": a participle clause acts for the sentence's subject
        source = next((m for m in before if m.prep is None and not m.genitive), None)
    if source is None and lex.subject_nearest and trig.pos == "verb":
        k = clauses.coordinated_at(sent, a, lex)
        subj = clauses.subject_before(sent, k, actors, lex) if k is not None else None
        # "He met the Turkish president in Ankara and postponed a trip": the first verb's subject acts
        if isinstance(subj, Mention):
            source = subj
        elif subj is not None:
            shared = clauses.pronoun_actor(sent, subj, actors, discourse)
    if source is None and shared is None and lex.subject_nearest and trig.pos == "noun" and not agent:
        near = next((m for m in reversed(before) if m.prep is None and not m.genitive), None)
        adjacent = near is not None and a - near.last <= 3 and all(
            t.text.isalpha() and t.text.islower() for t in sent.tokens[near.last + 1:a])
        # "Israeli strikes in Qatar", "after Russian drone attacks": the nationality word before a
        # violent act's noun is its doer, not the subject of the sentence around it
        doer = next((m for m in reversed(before) if a - m.last <= 3 and m.last == m.first
                     and sent.tokens[m.last].lower in lex.demonyms and all(
                         t.text.isalpha() and t.text.islower() for t in sent.tokens[m.last + 1:a])), None) \
            if trig.type in _VIOLENT else None
        if doer is not None:
            source = doer
        elif not adjacent:
            # "EU targets Russian gas in new sanctions round": the act named by an object
            # noun is the subject's, not that of the nearest name ("US sanctions" is the US's)
            subj = clauses.subject_before(sent, a, actors, lex)
            if isinstance(subj, Mention) and clause_of[subj.first] == clause:
                source = subj
            elif subj is not None and not isinstance(subj, Mention) and clause_of[subj] == clause:
                shared = clauses.pronoun_actor(sent, subj, actors, discourse)
    if source is None and shared is None and lex.subject_nearest and trig.pos == "verb":
        # SVO: the nearest name before the verb that no preposition marks, unless it is
        # the object of an earlier verb ("will release prisoners and withdraw")
        # (a subordinator between them starts the later verb's own subject: "halt exports to
        # Turkey after Turkish troops attacked")
        subs = lex.preps.get("subordinators", frozenset())
        source = next((m for m in reversed(before) if m.prep is None and not m.genitive
                       and clause_of[m.first] == clause
                       and not any(v < m.first <= v + 6 and not any(t.text == "," or t.lower in subs
                                                                      for t in sent.tokens[v:m.first])
                                   for v in verbs if v < a)), None)
    if source is None and shared is None and trig.pos == "verb" and trig.roles == "agent":
        source = _impersonal_seat(sent, a, before, clause_of, clause, place_preps, lex.lang)
    if source is None and shared is None:
        # a genitive after a noun is its attribute, not the doer, when a subject stands before
        # it: "Die Ministerin hat die Haltung der Türkei kritisiert" (but "die Expertise
        # Kasachstans soll eingebracht werden": Kazakhstan acts)
        # (the first person word of the clause, a role or a pronoun: where its subject stands)
        said = min([m.first for m in mentions if m.coref == "person" and clause_of[m.first] == clause] + [
            k for k in _person_words(sent, lex) if k < a and clause_of[k] == clause], default=len(clause_of))
        departure = lex.preps.get("departure", frozenset())
        # ... and so is a name in the accusative or dative after a subject pronoun ("wo er den
        # Nato-Generalsekretär treffen will")
        objects_art = lex.preps.get("object_articles", frozenset())
        # (a name inside an embedded clause that closed before the trigger is that clause's:
        # "The minister, who arrived from Japan on Monday, signed ...": Japan does not sign)
        cands = [m for m in reversed(before) if (not is_target_marked(m) or m.prep in origin_preps)
                 and not _embedded(m, clause_of, clause, a)
                 and not (m.prep in place_preps or m.prep in departure)
                 and not (clause_of[m.first] > clause and clause_of[m.last] > clause)
                 and not (m.genitive and m.prep is None and said < m.first
                          and _after_noun(sent, m.first, names, lex))
                 and not (m.prep is None and said < m.first and m.first > 0
                          and sent.tokens[m.first - 1].lower in objects_art)
                 # ... and so is an adjective of a noun after it ("hatten sie die chinesischen
                 # Exportbeschränkungen kritisiert": China is no doer)
                 and not (lex.nouns_capitalized and m.text[:1].islower() and said < m.first)
                 and not _phrase_attribute(sent, m, names, lex)]
        # within the trigger's clause the first actor is the subject ("Japan will der Ukraine
        # ... zur Verfügung stellen"); across clauses.clauses the nearest one ("..., dass Kasachstan")
        same = [m for m in cands if clause_of[m.first] == clause and not (m.genitive and m.prep is None
                and m.first > 0 and sent.tokens[m.first - 1].lower not in lex.preps.get("not_only_genitive", ()))]
        source = (same[-1:] or cands or [None])[0]
        if source is not None and trig.pos == "verb" and lex.preps.get("agent_case"):
            source = _subject_after(sent, a, source, after, clause_of, lex)
    subject_pronoun = a + 1 < len(sent.tokens) and sent.tokens[a + 1].lower in lex.coref.get("person", [])
    objects = lex.preps.get("object_articles", frozenset())
    partner = lex.preps.get("partner", frozenset())
    topical = trig.topic_verb and bool(partner)  # "обсудили ситуацию вокруг Украины": only "с X" takes part
    # "Sie warf China vor, ...": a subject pronoun right before the verb; the name after it is the object
    # (where the language lists its subject pronouns, one anywhere before the verb in its clause:
    # "Он также обвинил США ...")
    subjects = lex.coref.get("subject_pronouns", ())
    pronoun_before = a > 0 and sent.tokens[a - 1].lower in lex.coref.get("person", []) or bool(subjects) and any(
        sent.lowers[k] in subjects and clause_of[k] == clause for k in range(first, a))
    if source is None and not subject_pronoun and not pronoun_before \
            and not (lex.subject_nearest and trig.pos == "verb") and not topical:
        # the subject after the verb ("traf der Präsident ..."), not its object ("warfen dem Minister vor");
        # in SVO order a name after an active verb is its object ("Hamas released three Israeli hostages")
        nxt = next((m for m in after if m.prep is None and clause_of[m.first] == clause and m.first <= a + 3
                    and not (m.first > 0 and sent.tokens[m.first - 1].lower in objects)), None)
        source = nxt
    if source is None and trig.pos == "noun" and lex.preps.get("agent_case"):
        # "о новых санкциях против России объявила Великобритания": in a case language the
        # nominative right after the verb that governs the noun is its doer
        verb = next((k for k in range(a + 1, min(len(sent.tokens), a + 5)) if clause_of[k] == clause
                     and "VERB" in grammemes(sent.tokens[k].text, lex.lang)), None)
        if verb is not None:
            source = next((m for m in after if m.first == verb + 1 and m.prep is None and not m.genitive
                           and "nomn" in grammemes(sent.tokens[m.first].text, lex.lang)), None)
    # a person the knowledge base lacks is the subject: the doer is not guessed
    unknown = [m for m in mentions if m.coref == "unknown" and clause_of[m.first] == clause]
    subj = next((m for m in reversed(unknown) if m.last < a and m.prep is None), None)
    if subj is not None and not agent and (source is None or source.first > a or source.last < subj.first):
        return []
    if source is not None and source.list_id and trig.roles == "joint":
        # "Kasachstan und Italien unterzeichneten": the listed doers act together
        group = [m for m in actors if m.list_id == source.list_id]
        if len({m.actor["code"] for m in group}) >= 2 and all(m.last < a for m in group):
            return _pairs(group, sent, lex)
    if source is not None and len(source.pair) == 2 and trig.roles == "joint":  # "the two leaders", "beide Länder"
        return [(source.pair[0], source.pair[1], True, True)]
    if source is not None and len(source.pair) >= 2:  # "the two leaders asked the OSCE": each asked
        source = Mention(source.first, source.last, source.start, source.end, source.text, source.pair[0],
                         pair=source.pair)
    src_actor, src_in = (source.actor, True) if source else (shared, True) if shared else (None, False)
    if src_actor is None:
        pron = [k for k in _person_words(sent, lex) if k < a]
        if (pron or subject_pronoun) and discourse.pronoun():
            src_actor, src_in = discourse.pronoun(), True
    if src_actor is None:
        desc = next((m for m in mentions if m.coref == "person" and m.first < a + 3 and not (
            m.first > a and sent.tokens[m.first - 1].lower in objects)), None)
        if desc:
            p = discourse.person(desc.role)
            if p:
                src_actor, src_in = p, True
    if src_actor is None:
        desc = next((m for m in mentions if m.coref == "country" and m.actor), None)
        if desc:
            src_actor, src_in = desc.actor, True
    if src_actor is None and trig.mode == "visit" and trig.pos == "noun":
        # "Für Scholz war es der zweite Besuch in der Volksrepublik": with the host named as the
        # visit's destination, the person named before it in its clause is the visitor
        dest = lex.preps.get("destination", frozenset())
        host = next((m for m in after if m.prep in dest and m.first <= a + 4 and clause_of[m.first] == clause), None)
        guest = next((m for m in reversed(before) if m.actor.get("kind") == "person" and clause_of[m.first] == clause
                      and m.prep not in dest), None) if host is not None else None
        if guest is not None and guest.actor["code"] != host.actor["code"]:
            source = guest
            src_actor, src_in = guest.actor, True
    if src_actor is None and trig.mode == "visit" and discourse.topic_country():
        src_actor = discourse.topic_country()
    if src_actor is None and not trig.weak and trig.roles == "joint" and trig.pos == "verb" and not actors \
            and not trig.target_prep \
            and discourse.last_event is not None and discourse.last_event.target is not None \
            and sent.index - discourse.last_event_sentence <= 1:
        # "По итогам визита подписано 12 документов": nobody named, the pair just told of
        last = discourse.last_event
        return [(last.source.to_dict(), last.target.to_dict(), False, False)]
    if src_actor is None and not trig.weak and trig.pos == "verb" and discourse.last_event is not None \
            and sent.index - discourse.last_event_sentence <= 2:
        src_actor = discourse.last_event.source.to_dict()

    if src_actor is None:
        # a joint act of a listed pair with no other doer: "Gespräche zwischen den
        # Außenministern Armeniens und Aserbaidschans"
        group = [m for m in actors if m.list_id]
        if trig.roles == "joint" and len(group) >= 2 and group[0].list_id == group[1].list_id:
            return _pairs([g for g in group if g.list_id == group[0].list_id], sent, lex)
        return []

    # -- target -----------------------------------------------------------
    src_code = src_actor["code"]

    def foreign(m):
        return m.actor["code"] != src_code or (domestic and two_sectors(m.actor, src_actor))

    travel = trig.mode == "visit" or trig.needs_destination
    usable = [m for m in actors if m is not source and foreign(m)
              # the doer's co-doers in a list ("mediation by Qatar, Egypt and the United States") receive nothing
              and not (source is not None and source.list_id and m.list_id == source.list_id
                       and (trig.roles != "joint" or (source.genitive and trig.pos == "noun")))
              # "kritisierte in Brüssel", "einigten sich in Luxemburg": after a locative preposition
              # a capital, or any place of a joint act, is where, not with whom
              # (a place: a state or a city; "доли в американском отделении банка" is a partner;
              # a strike "in Kiew" hits the city's state)
              and not (m.prep in place_preps and not travel and trig.type != "ASSAULT" and (
                  m.actor.get("match") == "seat" or (
                      trig.roles == "joint" and m.actor.get("kind") not in ("company", "organisation"))))]
    if hit.infinitive_at is not None and any(m.last < hit.infinitive_at for m in usable):
        # "warf China vor, die russische Rüstungsindustrie zu unterstützen": China is blamed, not Russia
        usable = [m for m in usable if m.last < hit.infinitive_at]
    end = _inner_end(clause_of, clause, a)
    if end is not None:  # "Trump, der zuvor in Jerusalem gesprochen hatte, unterzeichnete ... mit X": not X
        usable = [m for m in usable if m.first <= end]
    adjuncts = lex.cues.get("adjunct_openers", frozenset())
    if adjuncts and trig.pos == "verb":
        # "signed a defence pact ..., a week after Israeli strikes in Qatar": not Israel
        last = max(hit.tokens)
        opener = next((k for k in range(last + 1, len(sent.tokens)) if clause_of[k] == clause
                       and sent.tokens[k].lower in adjuncts), None)
        if opener is not None:
            usable = [m for m in usable if m.first < opener or clause_of[m.first] != clause]
    if topical:
        usable = [m for m in usable if m.last < a or m.prep in partner]
    # joint act of a listed pair with no doer named: "Gespräche zwischen Armenien und Aserbaidschan"
    if trig.roles == "joint" and not src_in:
        group = [m for m in usable if m.list_id]
        if len(group) >= 2 and group[0].list_id == group[1].list_id:
            return _pairs([g for g in group if g.list_id == group[0].list_id], sent, lex)
    if trig.target_prep:  # "sprach mit Macron": the partner only behind its preposition
        usable = [m for m in usable if m.prep in trig.target_prep]
        if not usable:
            return []
    obj_pron = lex.coref.get("object_pronouns", ())
    if trig.pos == "verb" and a + 1 < len(sent.tokens) and sent.tokens[a + 1].lower in obj_pron:
        # "accusing it of ...": the pronoun is the last other actor named before
        back = next((m for m in reversed(usable) if m.last < a and (m.actor.get("kind") == "person")
                     == (sent.tokens[a + 1].lower in lex.coref.get("object_persons", ()))), None)
        if back is not None:
            return [(src_actor, back.actor, src_in, True)]
    if hit.complement is not None and hit.complement.type == "CONSULT" and not any(
            a < m.first <= a + 6 and clause_of[m.first] == clause for m in usable):
        # "EU leaders condemned the visit": what is judged is a meeting told of, its visitor receives
        met = discourse.last_of("CONSULT")
        if met is not None and met.target is not None:
            who = met.source if met.source.code != src_code else met.target
            if who.code != src_code:
                return [(src_actor, who.to_dict(), src_in, False)]
    if hit.complement is not None and hit.complement.type in _DOER_JUDGED and trig.type != hit.complement.type:
        # "Germany condemned the attacks", "verurteilte die Angriffe auf zivile Ziele": the hostile
        # act judged is one just told; its doer receives, not its victim
        done = discourse.last_of(hit.complement.type)
        victim = done.target.code if done is not None and done.target is not None else None
        if done is not None and done.source.code != src_code and not any(
                a < m.first <= a + 6 and clause_of[m.first] == clause
                and m.actor["code"] not in (done.source.code, victim) for m in usable):
            return [(src_actor, done.source.to_dict(), src_in, False)]
    if trig.needs_target:
        close = next((m for m in usable if a < m.first <= a + 4), None)
        return [(src_actor, close.actor, src_in, True)] if close else []
    if trig.target_kind:
        usable = [m for m in usable if m.actor.get("kind") == trig.target_kind] or []
    target = None
    if trig.needs_destination:
        dest = lex.preps.get("destination", frozenset())
        # (a noun's destination follows it: "die Reise nach China"; "In Washington wurde die Reise
        # verfolgt" names where it was watched)
        target = next((m for m in usable if m.first > a and m.prep in dest), None) or \
            next((m for m in reversed(usable) if m.last < a and m.prep in dest and clause_of[m.first] == clause
                  and (trig.pos == "verb" or a - m.last <= 2)), None)
        there = lex.coref.get("place", [])
        place = discourse.last_place
        if target is None and place and place["code"] != src_code and any(
                t.lower in there and clause_of[t.i] == clause for t in sent.tokens):
            return [(src_actor, place, src_in, False)]  # "wird dort erwartet": the place just named
        if target is None:
            return []
    if trig.pos == "noun" and trig.mode == "visit" and source is not None and (source.first > a or source.owns == a):
        # "der Besuch des Präsidenten X", "kritisierte Modis Besuch": the host is named by a
        # destination or by another trigger
        dest = lex.preps.get("destination", frozenset())
        usable = [m for m in usable if m.prep in dest]
    object_agents = lex.preps.get("object_agents", frozenset())
    if target is None and object_agents and trig.pos == "verb" and trig.type in _ASKED_OF_DOER:
        # "demanded a withdrawal by Russia", "condemned the attack by Iran": the doer of the act
        # the verb's object names receives (a passive verb has returned above)
        target = next((m for m in usable if a + 1 < m.first <= a + 6 and m.prep in object_agents
                       and clause_of[m.first] == clause), None)
    if target is None:
        target = next((m for m in usable if m.first > a and (is_target_marked(m) or m.prep is None or m.genitive)
                       and clause_of[m.first] == clause), None)
    if target is None:
        target = next((m for m in reversed(usable) if m.last < a and is_target_marked(m)
                       and clause_of[m.first] == clause), None)
    if target is None and lex.object_before_verb and trig.pos == "verb":
        # "Putin, der im Juni Nordkorea besucht hatte, empfing ...": in a verb-final clause the
        # object stands before the verb, after the subject; it receives, not a name of the next clause
        target = next((m for m in reversed(usable) if m.last < a and m.prep is None and not m.genitive
                       and clause_of[m.first] == clause and (source is None or m.first > source.last)), None)
    if target is None:
        target = next((m for m in usable if m.first > a and (is_target_marked(m) or m.prep is None or m.genitive)), None)
    if target is None:
        target = next((m for m in usable if m.prep not in agent_preps and not _embedded(m, clause_of, clause, a)), None)
    if target is None and trig.pos == "verb" and trig.roles == "agent" and a + 1 < len(sent.tokens) \
            and sent.tokens[a + 1].lower in lex.coref.get("person_object", ()):
        # "Netanjahu dankte ihm": an object pronoun right after the verb is the last other person named
        back = next((p for p in reversed(discourse.persons) if p.get("code") and p["code"] != src_code), None)
        if back is not None:
            return [(src_actor, back, src_in, False)]
    if trig.pos == "verb" and trig.roles == "agent" and trig.type != "CONSULT" and not travel:
        owner = _object_owner(sent, hit, actors, lex, clause_of, source)
        if owner is not None and owner is not source and foreign(owner):
            target = owner  # "kritisierte die Waffenlieferungen Teherans an Moskau": Iran
    obj = next((m for m in unknown if m.first > a), None)
    if obj is not None and (target is None or target.first > obj.first or target.last < a):
        return []  # the recipient is a person the knowledge base lacks
    if target is not None:
        judged = hit.complement is not None and hit.complement.type == "CONSULT" and trig.type != "CONSULT" \
            and hit.complement.roles == "joint"  # not "würdigte die Vermittlung Ägyptens, Katars und der Türkei"
        # "criticised the meeting of Orban and Putin": the meeting's first party, its visitor, receives
        found = _expand(target, mentions)[:1] if judged else _expand(target, mentions)
        if travel:
            found += _onward(sent, target, usable, lex)
        # "spoke by phone with both prime ministers": each of the two people met or called receives
        # (not "urged the sides to show restraint": one appeal to the pair)
        # ("urged both governments to show restraint": "both" names each of the two, who each receive)
        people = lex.coref.get("pair_persons", ())
        each = lex.coref.get("pair_each", ())
        return [(src_actor, actor, src_in, True) for t in found if t is not source
                for actor in (t.pair if len(t.pair) == 2 and not judged and t.first > a and (
                    (trig.type == "CONSULT" and t.text.lower() in people) or t.text.lower() in each) else [t.actor])
                if actor["code"] != src_code or (domestic and two_sectors(actor, src_actor))]
    # no recipient named: rejected accusations answer their accuser ("Peking wies die Vorwürfe zurück")
    if hit.complement is not None and hit.complement.type == "ACCUSE" and trig.type == "REJECT" and src_in \
            and discourse.accusers.get(src_code) and discourse.accusers[src_code].get("code") != src_code:
        return [(src_actor, discourse.accusers[src_code], src_in, False)]
    # no recipient named: a summit's participant attends the summit told of ("Li Qiang nahm teil",
    # "nahm an dem Gipfel teil"; not "an dem Volksentscheid teilnehmen")
    if trig.mode == "multilateral" and trig.pos == "verb" and src_in and discourse.summit_party \
            and discourse.summit_party.get("code") != src_code and _attends_summit(sent, a, lex, clause_of):
        return [(src_actor, discourse.summit_party, src_in, False)]
    # no recipient named: the pair of "beide Länder", else the last event's recipient
    if trig.weak or trig.needs_target or not src_in or (trig.pos == "noun" and not trig.target_kind and not domestic):
        return []
    if trig.type == "REJECT":
        # "..., was Südafrika zurückweist": a denial answers whoever acted on the doer in this sentence
        for prev in reversed(discourse.sentence_events):
            if prev.target and prev.target.code == src_code and prev.source.code != src_code:
                return [(src_actor, prev.source.to_dict(), src_in, False)]
    if sent.index - discourse.last_event_sentence <= 2:
        # an answer goes to whoever acted on the doer ("Moskau wies die Vorwürfe zurück")
        for prev in reversed(discourse.recent_events):
            if prev.target and prev.target.code == src_code and prev.source.code != src_code and (
                    not trig.target_kind or prev.source.kind == trig.target_kind):
                return [(src_actor, prev.source.to_dict(), src_in, False)]
        # "Zelenskiy dismissed the proposal": a proposal rejected is that of whoever last
        # acted on someone else (its maker, named in a sentence before)
        if trig.type == "REJECT" and _names_proposal(sent, a, lex, clause_of):
            for prev in reversed(discourse.recent_events):
                if prev.source.code != src_code and prev.target is not None:
                    return [(src_actor, prev.source.to_dict(), src_in, False)]
        # "Japan also voiced concern": a judgement joins the last one told, or judges the last
        # hostile act told (its doer, not its victim)
        if trig.type == "ACCUSE":
            judged = ([discourse.last_accused[0]] if discourse.last_accused
                      and sent.index - discourse.last_accused[1] <= 2 else []) + \
                [p.source.to_dict() for p in reversed(discourse.recent_events) if p.type in _DOER_JUDGED]
            judged = [j for j in judged if j["code"] != src_code]
            if judged:
                return [(src_actor, judged[0], src_in, False)]
        # "It also pledged ...": the same doer's last recipient
        for prev in reversed(discourse.recent_events):
            if prev.target and prev.target.code != src_code and (
                    not trig.target_kind or prev.target.kind == trig.target_kind):
                return [(src_actor, prev.target.to_dict(), src_in, False)]
    if trig.target_kind == "organisation":
        return []
    # PLOVER allows an event without recipient ("Sudan lifted the state of emergency"):
    # kept only when the doer is named in the trigger's own clause (and, unless domestic
    # events are wanted, when no other actor of its state is named: that is domestic)
    if (source is not None or (domestic and src_in)) and (trig.pos == "verb" or domestic) and trig.roles != "joint" \
            and clause_of[source.first] == clause \
            and trig.type not in ("CONSULT", "COOPERATE") \
            and (domestic or not any(m.actor["code"] == src_code for m in actors if m is not source)):
        return [(src_actor, None, True, False)]
    return []


def _names_proposal(sent: Sentence, a: int, lex: Lexicon, clause_of: list[int]) -> bool:
    """Whether a noun for a proposal ("the proposal", "den Vorschlag", "это предложение")
    stands within four words of the trigger in its clause."""
    nouns = lex.cues.get("proposals", frozenset())
    toks = sent.tokens
    return bool(nouns) and any(toks[k].lower in nouns and clause_of[k] == clause_of[a]
                               for k in range(max(0, a - 4), min(len(toks), a + 5)))


def _phrase_attribute(sent: Sentence, m: Mention, names: set[int], lex: Lexicon) -> bool:
    """A genitive name after the noun of a prepositional phrase ("Unter Vermittlung der USA
    haben Kongo und Ruanda unterzeichnet", "Nach Angaben der US-Regierung traf Trump ...",
    "Auf Einladung des Präsidenten reiste ..."): the noun's attribute, not the verb's subject
    (the language's ``attribute_preps``; at most one adjective between)."""
    preps = lex.preps.get("attribute_preps")
    if not preps or not m.genitive or m.prep is not None or not _after_noun(sent, m.first, names, lex):
        return False
    j = m.first - 1
    if sent.tokens[j].lower in lex.preps.get("genitive_articles", ()):
        j -= 1
    j -= 1  # the noun
    if j >= 0 and sent.tokens[j].text.isalpha() and sent.tokens[j].text.islower() \
            and sent.tokens[j].lower not in preps:
        j -= 1  # "nach eigenen Angaben", "unter amerikanischer Vermittlung"
    return j >= 0 and sent.tokens[j].lower in preps


def _after_noun(sent: Sentence, first: int, names: set[int], lex: Lexicon) -> bool:
    """Whether a genitive name starting at token ``first`` follows a common noun
    (capitalised, inside the sentence, no name), with or without its article: "die
    Haltung der Türkei", "die Lieferungen Teherans" are attributes, not doers."""
    j = first - 1
    if j >= 0 and sent.tokens[j].lower in lex.preps.get("genitive_articles", ()):
        j -= 1
    if j < 1 or not lex.nouns_capitalized:
        return False
    t = sent.tokens[j]
    return t.text[:1].isupper() and t.text.isalpha() and t.i not in names


def _object_owner(sent: Sentence, hit: TriggerHit, actors: list[Mention], lex: Lexicon, clause_of: list[int],
                  source: Mention | None) -> Mention | None:
    """The state whose act the verb's object is: "kritisierte die Waffenlieferungen
    Teherans an Moskau" (Iran), "verurteilte Pekings Unterstützung für Russlands Krieg"
    (China), "hat die Haltung der Türkei kritisiert", "verurteilte die russischen
    Angriffe". The recipient is the possessor of the object noun (a genitive after it, a
    genitive or nationality word before it), or the object itself when it is a name; not
    the last name of the clause. The object is the first noun of the clause after the
    verb (or, with the verb at the end, after the subject) outside a prepositional
    phrase. Only where nouns are told by their capital letter."""
    if not lex.nouns_capitalized:
        return None
    toks = sent.tokens
    a = hit.index
    clause = clause_of[a]
    preps = _object_owner_preps(lex)
    articles = lex.preps.get("articles", frozenset())
    months = calendar_words(lex.lang)
    at = {k: m for m in actors for k in range(m.first, m.last + 1)}
    if a + 1 < len(toks) and clause_of[a + 1] == clause and any(
            toks[k].text[:1].isupper() for k in range(a + 1, len(toks)) if clause_of[k] == clause):
        start = a + 1
    elif source is not None and source.last < a and clause_of[source.first] == clause:
        start = source.last + 1
    else:  # the finite verb or auxiliary opens the rest: "Die Ministerin hat | die Haltung ... kritisiert"
        start = next((k + 1 for k in range(a) if clause_of[k] == clause and toks[k].text.isalpha()
                      and toks[k].text.islower() and toks[k].lower not in articles and toks[k].lower not in preps), a)
    k, in_phrase = start, False
    while k < len(toks) and clause_of[k] == clause:
        t = toks[k]
        if k in hit.tokens or k == a:
            k += 1
            continue
        if t.lower in preps:
            in_phrase = True  # "am Montag", "in Brüssel", "für Russlands Krieg"
        elif t.text in (",", ";", ":"):
            return None
        elif t.text[:1].isupper() and t.text[:1].isalpha() and t.lower not in articles:
            m = at.get(k)
            if in_phrase:
                in_phrase = False
                k = m.last + 1 if m is not None else k + 1
                continue
            if m is not None:
                return m  # a name as the object (or a nationality word before it: "die russischen Angriffe")
            if t.lower in months:
                k += 1
                continue
            after = next((o for o in actors if k < o.first <= k + 3 and o.genitive and o.prep is None), None)
            before = next((o for o in actors if o.owns == k), None)
            return before or after
        k += 1
    return None


_OWNER_PREPS: dict[int, tuple] = {}


def _object_owner_preps(lex: Lexicon) -> frozenset:
    """The prepositions that open a phrase before the object (``_object_owner``), joined
    once per lexicon."""
    entry = _OWNER_PREPS.get(id(lex))
    if entry is None or entry[0] is not lex:
        entry = _OWNER_PREPS[id(lex)] = (lex, frozenset().union(
            *(lex.preps.get(k, ()) for k in ("target", "origin", "agent", "place", "destination"))))
    return entry[1]


def _onward(sent: Sentence, target: Mention, usable: list[Mention], lex: Lexicon) -> list[Mention]:
    """The next stops of a trip told without a verb of their own: "will travel on to Indonesia
    on Tuesday, where ..., and then to Singapore" (a destination after "then" or "and"
    further on in the sentence)."""
    dest = lex.preps.get("destination", frozenset())
    onward = lex.preps.get("onward", frozenset())
    toks = sent.tokens
    return [m for m in usable if m.first > target.last + 1 and m.prep in dest and m.first >= 2
            and toks[m.first - 1].lower in dest and toks[m.first - 2].lower in onward]


def _attends_summit(sent, a: int, lex: Lexicon, clause_of: list[int]) -> bool:
    """Whether an attendance verb names no other thing attended: the object after its
    preposition (the language's ``attended``: "an dem Gipfel", "am Treffen"), if any, is a
    summit noun of the triggers."""
    toks = sent.tokens
    for k in range(len(toks)):
        if toks[k].lower in lex.preps.get("attended", frozenset()) and clause_of[k] == clause_of[a] and k != a:
            if not any(t.mode == "multilateral" for j in range(k + 1, min(k + 5, len(toks)))
                       for t in lex.triggers_for(toks[j].lower, toks[j].lemma)):
                return False
    return True


def _host(sent, hit, actors, mentions, lex, clause_of, discourse, is_target_marked):
    """"X empfing Y": Y visits X. The host is the subject, or the agent of a passive ("wurde
    von Macron empfangen"); the guest the object, the passive's subject, or an object
    pronoun ("empfing ihn Präsident Mirsijojew") that points back to a person."""
    a = hit.index
    clause = clause_of[a]
    agent_preps = _agent_preps(lex)
    near = [m for m in actors if (abs(clause_of[m.first] - clause) == 0 or m.last < a)
            and not _embedded(m, clause_of, clause, a)]
    before = [m for m in near if m.last < a]
    after = [m for m in near if m.first > a]
    # the agent of a passive stands near the verb ("von Macron empfangen", "was received by Macron"),
    # not in a later phrase ("a delegation ... led by Prime Minister X")
    # (a passive's "by" may come after a place: "was received at the airport by the governor")
    passive = _passive(sent, a, lex, set())
    agent = next((m for m in near if m.prep in agent_preps and (a - 10 < m.first < a or a < m.first <= a + 3 or (
        passive and a < m.first <= a + 8 and clause_of[m.first] == clause))), None)
    if agent is None and passive:
        # "был принят в Кремле": without a named host, the seat where the guest was received
        agent = next((m for m in after if m.prep in lex.preps.get("place", ()) and m.actor.get("match") == "seat"
                      and m.first <= a + 3), None)
    if agent is not None:
        host = agent
        guests = [m for m in reversed(before) if m is not agent and not is_target_marked(m)]
    else:
        host = next((m for m in reversed(before) if not is_target_marked(m)), None)
        if host is None and after and after[0].prep is None and after[0].first <= a + 2:
            host, after = after[0], after[1:]
        # "received jets from Norway": in English a name after "from" gave something, it is no guest
        guests = [m for m in after if (not is_target_marked(m) or m.genitive)
                  and not (lex.subject_nearest and m.prep in lex.preps.get("origin", ()))]
        own = [m for m in before if clause_of[m.first] == clause and m.prep is None and not is_target_marked(m)]
        if not guests and lex.object_before_verb and len({m.actor["code"] for m in own}) >= 2:
            # "Scholz hat am Montag Ruto empfangen": with the verb at the clause's end both stand
            # before it, the subject first; an accusative article marks the guest wherever it stands
            objects = lex.preps.get("object_articles", frozenset())
            marked = next((m for m in own if m.first > 0 and sent.tokens[m.first - 1].lower in objects), None)
            guest = marked or own[-1]
            host = next(m for m in own if m is not guest)
            guests = [guest]
    if not host:
        return []
    if guests:
        return [(g.actor, host.actor, True, True) for g in _expand(guests[0], mentions)
                if g.actor["code"] != host.actor["code"]]
    objects = lex.coref.get("person_object", []) + (lex.coref.get("person", []) if agent is not None else [])
    if any(t.lower in objects for t in sent.tokens if clause_of[t.i] == clause):
        # the person the pronoun points back to: named earlier in this sentence, else before
        here = [m.actor for m in actors if m.actor.get("kind") == "person" and m.last < a
                and m is not host and m.actor["code"] != host.actor["code"]]
        guest = here[-1] if here else discourse.pronoun()
        if guest and guest.get("code") and guest["code"] != host.actor["code"]:
            return [(guest, host.actor, True, True)]
    return []


def host_by_place(sent: Sentence, hit: TriggerHit, mentions: list[Mention], lex: Lexicon, clause_of: list[int],
                  codes: set[str]) -> str | None:
    """Talks held at one side's seat or in its country ("провёл в Москве переговоры с главой МИД
    КНР", "met in the Kremlin", "переговоры в Акорде"): that side hosts, the other visits
    (coding rule 3). The place stands after a locative preposition in the trigger's clause,
    close to one of the trigger's words; it must be one of the pair's states."""
    place_preps = lex.preps.get("place", frozenset())
    clause = clause_of[hit.index]
    for m in mentions:
        if not m.actor or m.prep not in place_preps or clause_of[m.first] != clause:
            continue
        if m.actor.get("match") != "seat" and m.actor.get("kind") != "country":
            continue
        if m.actor.get("code") in codes and any(abs(m.first - k) <= 4 or abs(m.last - k) <= 4 for k in hit.tokens):
            return m.actor["code"]
    return None
