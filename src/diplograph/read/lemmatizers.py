"""simplemma with its dictionaries kept on disk as tries, so that they load at once.

simplemma ships each language's dictionary compressed and front-coded; decoding one
into a Python dict (a million entries for German or Russian) took most of the reader's
start-up, seconds per language. Here the decoded dictionary is written once into a
MARISA trie in the cache directory (``diplograph.cache``) and opened from there on
later runs in milliseconds. The entries are the same, and so are the lemmas: only the
mapping behind simplemma's own lookup strategy changes (simplemma's
``TrieDictionaryFactory`` does the same, without the atomic write that parallel workers
need). Without marisa-trie, or without a usable cache directory, simplemma's default
in-memory dictionaries are used.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache


@lru_cache(maxsize=None)
def simplemma_lemmatizer(lang: str) -> Callable[[str], str]:
    import simplemma

    try:
        from simplemma.strategies import DefaultStrategy

        lemmatizer = simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_factory()))
    except Exception:  # an older or newer simplemma without these parts: its plain API
        return lambda word: simplemma.lemmatize(word, lang=lang)
    return lambda word: lemmatizer.lemmatize(word, lang)


@lru_cache(maxsize=1)
def _factory():
    from simplemma.strategies.dictionaries.dictionary_factory import (
        DEFAULT_DICTIONARY_FACTORY,
        CachingDictionaryFactory,
    )

    try:
        import marisa_trie
        from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk
        from simplemma.strategies.dictionaries.trie_dictionary_factory import TrieWrapDict
    except ImportError:
        return DEFAULT_DICTIONARY_FACTORY

    from diplograph import cache

    class CachedTries(CachingDictionaryFactory):
        def _get_dictionary_uncached(self, lang: str):
            path = _trie_path(lang)
            if path is not None and path.exists():
                try:
                    return TrieWrapDict(marisa_trie.BytesTrie().mmap(str(path)))
                except Exception:  # damaged: built again below
                    pass
            trie = marisa_trie.BytesTrie(((k.decode(), v) for k, v in _load_dictionary_from_disk(lang).items()),
                                         cache_size=marisa_trie.HUGE_CACHE)
            if path is not None:
                cache.write_file(path, trie.save)
            return TrieWrapDict(trie)

    return CachedTries()


def _trie_path(lang: str):
    """The trie's cache file, named by the simplemma and marisa-trie versions and the
    dictionary file it comes from."""
    import marisa_trie
    import simplemma
    from simplemma.strategies.dictionaries.dictionary_factory import DATA_FOLDER

    from diplograph import cache

    try:
        key = cache.fingerprint("simplemma", getattr(simplemma, "__version__", ""),
                                getattr(marisa_trie, "__version__", ""), lang, DATA_FOLDER / f"{lang}.plzma")
    except OSError:
        return None
    return cache.path_for(f"simplemma-{lang}", key, ".marisa")
