"""Names the knowledge base lacks: person and organisation spans from a named-entity
tagger, for the languages whose ``morphology.json`` names one ("ner": "natasha").

Why: news names a new minister or an ambassador ("посол Азербайджана в Москве Рахман
Мустафаев") long before any dictionary does. Such a name is an actor only when the text
ties it to a state (a nationality adjective, a country in the genitive, a role noun
with its state, or an earlier tie in the same article); otherwise it is a person we
cannot code, and it must stop the reader from giving the event a doer guessed from the
discourse. The tagger also vetoes knowledge-base hits inside a person's name (a first
name that is someone's surname, a surname that is a place).

natasha ships its models in its wheel and runs offline. It is loaded on first use only,
once per process, so German and English reading never import it. It costs about as
much per sentence as the rest of the reader, so the pipeline asks for it only in
sentences that have a trigger but too few resolved actors (``wanted``), and for all
of an article's such sentences at once (``tag_wanted``: the tagger's last step then
runs once per article, not once per sentence).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from diplograph import lang as langdata


@dataclass(frozen=True)
class Name:
    start: int  # character offsets into the text given to ``find``
    end: int
    kind: str   # person | organisation | location
    text: str


_KINDS = {"PER": "person", "ORG": "organisation", "LOC": "location"}


def tagger(lang: str) -> str | None:
    return langdata.load(lang)["morphology"].get("ner")


@lru_cache(maxsize=1)
def _natasha():
    from natasha import NewsEmbedding, NewsNERTagger
    from threadpoolctl import ThreadpoolController

    return NewsNERTagger(NewsEmbedding()), ThreadpoolController()


_FOUND: dict[tuple[str, str], tuple[Name, ...]] = {}  # sentences tagged so far (most recent last)
_KEEP = 4096


def find(text: str, lang: str) -> tuple[Name, ...]:
    """The tagger's spans in ``text`` (one sentence), empty where the language has none."""
    return find_all([text], lang)[0]


def find_all(texts: list[str], lang: str) -> list[tuple[Name, ...]]:
    """``find`` for several sentences at once (an article's), remembered for later calls.
    Each sentence's scores are computed alone, exactly as for one sentence; only the
    tagger's last step, picking the best tag sequence from them, runs over all at once:
    that step is the same arithmetic on each sentence's own numbers, batched or not."""
    if tagger(lang) != "natasha":
        return [() for _ in texts]
    new = [t for t in dict.fromkeys(texts) if (t, lang) not in _FOUND]
    got = dict(zip(new, _tag(new))) if new else {}
    for t in texts:
        if t not in got:
            got[t] = _FOUND.pop((t, lang))  # (and back in as the most recent)
    for t, names in got.items():
        _FOUND[(t, lang)] = names
    while len(_FOUND) > _KEEP:
        del _FOUND[next(iter(_FOUND))]
    return [got[t] for t in texts]


def _tag(texts: list[str]) -> list[tuple[Name, ...]]:
    """natasha's NER tagger (slovnet's ``NERInfer``) over ``texts``: words, each sentence's
    tag scores from the model alone (as slovnet does for one text: a batch of sentences
    would pad them and change the scores in their last bits), then the CRF's best path
    for all of them in one batch (element-wise, so each sentence's path is the one it
    has alone; natasha's segmenter is not needed for this)."""
    import numpy as np
    from slovnet.exec.infer import text_words
    from slovnet.markup import BIOMarkup

    model, threads = _natasha()
    infer = model.infer
    live = [t for t in texts if t.strip()]
    out = dict.fromkeys(texts, ())
    if not live:
        return [out[t] for t in texts]
    words = [text_words(t) for t in live]
    # one BLAS thread: the tagger's matrices are small, and with the cores busy (a batch
    # on two cores) threaded BLAS made a sentence ten times slower
    with threads.limit(limits=1, user_api="blas"):
        scores = []
        for w in words:
            one = next(infer.encoder([w]))
            scores.append(_scores(infer.model, one.word_id, one.shape_id, one.pad_mask)[0])
    size = max(len(s) for s in scores)
    batch = np.zeros((len(scores), size, scores[0].shape[1]), dtype=scores[0].dtype)
    mask = np.zeros((len(scores), size), dtype=bool)
    for k, s in enumerate(scores):
        batch[k, :len(s)] = s
        mask[k, :len(s)] = True
    paths = infer.decoder(infer.model.head.crf.decode(batch, mask))
    for t, w, tags in zip(live, words, paths):
        spans = BIOMarkup.from_tuples(zip(w, tags)).to_span(t).spans
        out[t] = tuple(Name(s.start, s.stop, _KINDS.get(s.type, s.type.lower()), t[s.start:s.stop]) for s in spans)
    return [out[t] for t in texts]


def _scores(model, word_id, shape_id, pad_mask):
    """slovnet's ``NER.__call__`` (exec/model.py: embedding, convolutions with ReLU and batch
    norm, projection): the same arithmetic on the same arrays, bit for bit (each matrix
    product is given the same matrices), with the embedding and the convolutions' windows
    gathered by fewer numpy calls (``_embed``, ``_windows``): their generic code cost about
    as much as the products themselves on a sentence."""
    import numpy as np

    x = np.swapaxes(_embed(model.emb, word_id, shape_id), 2, 1)
    mask = np.expand_dims(pad_mask, axis=1) if pad_mask.any() else None  # (one sentence: no padding)
    for layer in model.encoder.layers:
        conv = layer.conv
        filters, dim, kernel = conv.weight.shape
        windows = _windows(x, conv.padding, kernel)
        out = np.matmul(windows, conv.weight.array.reshape(filters, dim * kernel).T) + conv.bias.array
        x = layer.norm(layer.relu(out.reshape(x.shape[0], -1, filters).swapaxes(2, 1)))
        if mask is not None:
            x[mask.repeat(x.shape[1], axis=1)] = 0
    return model.head(np.swapaxes(x, 2, 1))


def _windows(x, pad: int, kernel: int):
    """The matrix slovnet's ``Conv1d`` multiplies: for each position of each sentence of ``x``
    (batch x dim x words), the ``kernel`` columns around it, zero-padded by ``pad`` at both
    ends, as one row (dim-major). Written by one copy per kernel column instead of
    ``np.pad`` and a reshape of a strided view."""
    import numpy as np

    batch, dim, size = x.shape
    count = size + 2 * pad - kernel + 1
    out = np.zeros((batch, count, dim, kernel), dtype=x.dtype)
    words = x.swapaxes(1, 2)  # batch x words x dim
    for k in range(kernel):  # window w holds word w + k - pad in its column k
        lo, hi = max(0, pad - k), min(count, size + pad - k)
        if lo < hi:
            out[:, lo:hi, :, k] = words[:, lo + k - pad:hi + k - pad, :]
    return out.reshape(batch * count, dim * kernel)


def _embed(emb, word_id, shape_id):
    """slovnet's ``WordShapeEmbedding``: each word's navec vector (per chunk of it, the code
    of the centroid its index names), then its shape's vector. The same values, gathered
    by one ``take`` over the codes as rows instead of navec's two-array fancy indexing
    (three times the cost)."""
    import numpy as np

    navec = emb.word
    chunks, centroids, size = navec.codes.array.shape
    rows = navec.codes.array.reshape(chunks * centroids, size)
    picked = navec.indexes.array[word_id.reshape(-1)] + np.arange(chunks, dtype=np.intp) * centroids
    word = rows.take(picked, axis=0).reshape(*word_id.shape, navec.dim)
    return np.concatenate((word, emb.shape(shape_id)), axis=-1)


def wanted(sent, lex, pieces, people: dict) -> bool:
    """Whether a sentence is worth tagging. With a trigger: when fewer than two states
    are resolved in it, or a capitalised word the knowledge base does not know follows a
    resolved name ("Глава МИД Мальдив Абдулла Халил"), or two such words stand together
    ("Ахмед Рашидов, министр ..."), or it names a person tied to a state earlier on.
    Without one, only a name right after a resolved one ("посол Азербайджана в Москве
    Рахман Мустафаев"), which may be tied for the sentences after it."""
    if tagger(lex.lang) is None:
        return False
    toks = sent.tokens
    taken = {k for p in pieces for k in range(p.first, p.last + 1)}

    def unknown_word(k):
        return 0 <= k < len(toks) and k not in taken and toks[k].text[:1].isupper() and toks[k].text.isalpha()

    if any(unknown_word(p.last + 1) for p in pieces):
        return True
    if not any(t.text[:1].isalpha() for t, _ in lex.anchors(toks)):  # (the words with a trigger)
        return False
    if len({p.actor["code"] for p in pieces if p.kind == "actor" and p.actor.get("code")}) < 2:
        return True
    if any(unknown_word(k) and unknown_word(k + 1) for k in range(len(toks))):
        return True
    return bool(people) and any(not _nominatives(t.text, lex.lang).isdisjoint(people)
                                for t in toks if t.i not in taken and t.text[:1].isupper())


def tag_wanted(sents: list, pieces_of: list, lex) -> set[int]:
    """Tag at once every sentence of an article that is ``wanted`` before anyone is tied
    (each stays wanted when someone is: ``people`` only adds a reason); their indexes.
    ``find`` then has them at hand."""
    if tagger(lex.lang) is None:
        return set()
    want = [s for s, p in zip(sents, pieces_of) if wanted(s, lex, p, {})]
    find_all([s.text for s in want], lex.lang)
    return {s.index for s in want}


def _span_tokens(sent, name: Name) -> tuple[int, int] | None:
    start, end = sent.start + name.start, sent.start + name.end
    inside = [t.i for t in sent.tokens if start <= t.start and t.end <= end]
    return (inside[0], inside[-1]) if inside else None


def _nominatives(word: str, lang: str) -> set[str]:
    """The nominatives a surname in any case may come from, by the language's name
    declension table (Рашидовым -> рашидов, Халилом -> халил): the tagger gives a name
    as written, and a lemmatizer guesses unknown surnames badly."""
    low = word.lower().replace("ё", "е")
    out = {low}
    table = langdata.load(lang)["morphology"].get("declension") or {}
    for base, cases in table.items():
        base = "" if base == "_consonant" else base
        for alt in cases:
            for form in alt.split("|"):
                if form and low.endswith(form) and len(low) - len(form) >= 3:
                    out.add(low[:len(low) - len(form)] + base)
    return out


def merge(sent, pieces: list, found: tuple[Name, ...], people: dict, lex) -> list:
    """The knowledge base's pieces of a sentence, corrected and completed by the tagger:
    a knowledge-base hit inside a person's name that is not that person (a first name,
    a place) is dropped; a person or organisation the base lacks becomes a piece with
    no code yet (``build`` gives it the state a nationality word or role ties to it),
    or with the code of the person of that surname tied to a state earlier on."""
    from diplograph.read.mentions import Piece

    toks = sent.tokens
    out = list(pieces)
    for name in found:
        if name.kind not in ("person", "organisation"):
            continue
        span = _span_tokens(sent, name)
        if span is None:
            continue
        f, l = span
        inside = [p for p in out if f <= p.first and p.last <= l]
        if name.kind == "person":
            known = [p for p in inside if p.kind == "actor" and p.actor.get("kind") == "person" and p.last == l]
            for p in inside:
                if p not in known:
                    out.remove(p)
            if known:
                continue
        elif inside:
            continue  # "МИД Азербайджана": the base already names its state
        if any(p.first <= l and p.last >= f for p in out):
            continue
        text = sent.text[toks[f].start - sent.start:toks[l].end - sent.start]
        actor = {"code": None, "name": text, "text": text, "kind": name.kind, "role": None,
                 "country": None, "unknown": True}
        if name.kind == "person":
            tied = next((people[k] for k in _nominatives(toks[l].text, lex.lang) if k in people), None)
            if tied:
                actor.update(code=tied["code"], country=tied.get("country"), name=tied["name"])
        else:
            first = toks[f].lemma if lex.match_lemmas else toks[f].lower
            if first in lex.demonyms:  # "Казахстанские железные дороги"
                actor.update(code=lex.demonyms[first], country=lex.demonyms[first])
        out.append(Piece(f, l, "actor", actor=actor))
    out.sort(key=lambda p: p.first)
    return out


def tie(sent, ments: list, people: dict, lex) -> None:
    """After mentions are built: an unknown person in apposition to a role with its state
    ("Абдулла Халил, министр иностранных дел Мальдив") or right after one ("посол
    Азербайджана в Москве Рахман Мустафаев") takes that state; every person so tied is
    remembered by surname for the rest of the article."""
    toks = sent.tokens
    place = lex.preps.get("place", frozenset())
    for m in list(ments):
        if m.coref != "unknown":
            continue
        after = next((x for x in ments if x.first > m.last), None)
        before = next((x for x in reversed(ments) if x.last < m.first), None)
        holder = None
        if after is not None and after.actor and after.role and after.first == m.last + 2 \
                and toks[m.last + 1].text == ",":
            holder = after
        elif before is not None and before.role is None and before.prep in place and before.first >= 2:
            role = next((x for x in ments if x.last == before.first - 2 and x.role and x.actor), None)
            if role is not None and m.first == before.last + 1:
                holder = role
        elif before is not None and before.role and before.actor and before.prep is None \
                and 0 < m.first - before.last <= 5 and all(
                    t.text.isalpha() and t.text.islower() for t in toks[before.last + 1:m.first]):
            # "Советник президента Южной Кореи по национальной безопасности Чан Хо Джин": the
            # role's own complement stands between it and the name
            holder = before
        if holder is not None and holder.actor.get("code"):
            m.actor = dict(holder.actor, name=m.text, text=m.text, role=holder.role, unknown=True)
            m.coref = None
            if holder.first > m.last:
                ments.remove(holder)
    for m in ments:
        if m.actor and m.actor.get("unknown") is not None and m.actor.get("kind") == "person" \
                and m.actor.get("code"):
            for key in _nominatives(sent.tokens[m.last].text, lex.lang):
                people.setdefault(key, m.actor)
