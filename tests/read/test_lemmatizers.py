"""simplemma's dictionaries as cached tries give the lemmas simplemma itself gives."""
import pytest
import simplemma

from diplograph.read import lemmatizers

WORDS = {
    "en": ["talks", "signed", "agreements", "visited", "ministers", "was", "leaders", "countries", "held",
           "Kazakhstan", "pledged", "sanctions", "investments", "better", "mice", "went", "U.S.", "co-operation"],
    "de": ["Gespräche", "unterzeichneten", "Abkommen", "besuchte", "Ministerpräsidenten", "war", "Staaten",
           "Bundeskanzlers", "verhängten", "Sanktionen", "Investitionen", "Außenministerin", "reiste", "Häuser"],
}


@pytest.fixture
def fresh_lemmatizers(fresh_cache):
    lemmatizers._factory.cache_clear()
    lemmatizers.simplemma_lemmatizer.cache_clear()
    yield fresh_cache
    lemmatizers._factory.cache_clear()
    lemmatizers.simplemma_lemmatizer.cache_clear()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_same_lemmas_as_simplemma(lang):
    lemma = lemmatizers.simplemma_lemmatizer(lang)
    assert [lemma(w) for w in WORDS[lang]] == [simplemma.lemmatize(w, lang=lang) for w in WORDS[lang]]


def test_the_trie_is_written_once_and_read_after(fresh_lemmatizers):
    expected = [simplemma.lemmatize(w, lang="en") for w in WORDS["en"]]
    assert [lemmatizers.simplemma_lemmatizer("en")(w) for w in WORDS["en"]] == expected
    tries = list(fresh_lemmatizers.glob("simplemma-en-*.marisa"))
    assert len(tries) == 1
    lemmatizers._factory.cache_clear()
    lemmatizers.simplemma_lemmatizer.cache_clear()
    assert [lemmatizers.simplemma_lemmatizer("en")(w) for w in WORDS["en"]] == expected


def test_a_damaged_trie_is_rebuilt(fresh_lemmatizers):
    lemmatizers.simplemma_lemmatizer("en")("talks")
    (trie,) = fresh_lemmatizers.glob("simplemma-en-*.marisa")
    trie.write_bytes(b"garbage" * 10)
    lemmatizers._factory.cache_clear()
    lemmatizers.simplemma_lemmatizer.cache_clear()
    assert [lemmatizers.simplemma_lemmatizer("en")(w) for w in WORDS["en"]] == \
        [simplemma.lemmatize(w, lang="en") for w in WORDS["en"]]
