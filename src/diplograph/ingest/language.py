"""Which language a document is in, so that it is read with the right lexicon or refused.

Why it works this way:
- py3langid knows ~100 languages. We rank with all of them and then look only at
  the languages diplograph reads (``SUPPORTED``): a French or Ukrainian text must be
  *refused* with its name, not read as the nearest of German/English/Russian, which
  is what a model restricted to those three would do.
- Kazakh is checked first by its own letters (ә ғ қ ң ө ұ ү һ і): Kazakh news is the
  region's second language, and the user should hear "not yet supported", not "Russian".
- Short or symbol-only texts give no reliable answer: ``detect`` then returns None and
  the caller asks for ``--lang`` instead of guessing.
- The model (0.8 s to load, 0.1 s from the cache) is loaded on first use only, so
  documents that carry their language never pay for it.
"""
from __future__ import annotations

import re
from functools import lru_cache

SUPPORTED = ("de", "en", "ru")
NAMES = {"de": "German", "en": "English", "ru": "Russian", "kk": "Kazakh", "uk": "Ukrainian",
         "fr": "French", "es": "Spanish", "it": "Italian", "tr": "Turkish", "uz": "Uzbek",
         "ky": "Kyrgyz", "zh": "Chinese", "pl": "Polish", "nl": "Dutch", "be": "Belarusian"}

KAZAKH_LETTERS = set("әғқңөұүһі")
KAZAKH_ONLY = set("әғқұ")  # not in Russian, Ukrainian, Kyrgyz or Uzbek Cyrillic
SAMPLE = 2_000             # characters looked at: enough for a sure guess; cost grows with it
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")
MIN_LETTERS = 20           # below this, a guess is not worth reporting


@lru_cache(maxsize=1)
def _identifier():
    """The model, kept unpacked in the cache directory (``diplograph.cache``): loading it
    from py3langid's compressed file takes most of a second, from the cache a tenth."""
    from py3langid import langid

    from diplograph import cache

    path = langid.MODEL_DIR / langid.MODEL_FILE

    def build():
        return langid.LanguageIdentifier.from_modelpath(path, norm_probs=True)

    try:
        key = cache.fingerprint("py3langid", str(path), f"{path.stat().st_size}:{path.stat().st_mtime_ns}")
    except OSError:
        return build()
    return cache.cached("langid", key, build)


def _is_kazakh(text: str) -> bool:
    cyrillic = _CYRILLIC.findall(text.lower())
    if len(cyrillic) < MIN_LETTERS:
        return False
    special = sum(c in KAZAKH_LETTERS for c in cyrillic)
    return special / len(cyrillic) >= 0.02 and any(c in KAZAKH_ONLY for c in cyrillic)


def detect(text: str) -> str | None:
    """The ISO 639-1 code of the text's language (any language, check ``SUPPORTED``),
    or None when the text is too short or too mixed to tell."""
    sample = text[:SAMPLE]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    if _is_kazakh(sample):
        return "kk"
    ranked = _identifier().rank(sample)
    top, p_top = ranked[0]
    if top in SUPPORTED:
        return top
    if p_top >= 0.5:
        return top  # confidently another language: reported as unsupported
    # Unsure (short, name-heavy text): a supported language close behind the top wins.
    near = [lang for lang, _ in ranked[1:3] if lang in SUPPORTED]
    return near[0] if near else _best_supported(ranked)


def _best_supported(ranked: list[tuple[str, float]]) -> str | None:
    """Among the supported languages, the one that clearly dominates the other two."""
    probs = {lang: p for lang, p in ranked if lang in SUPPORTED}
    total = sum(probs.values())
    if total <= 0:
        return None
    lang, p = max(probs.items(), key=lambda kv: kv[1])
    return lang if p / total >= 0.9 else None


def problem(lang: str | None) -> str | None:
    """Why a document in ``lang`` cannot be read, or None when it can."""
    if lang is None:
        return "language could not be determined (text too short or mixed); give it with --lang"
    if lang in SUPPORTED:
        return None
    name = NAMES.get(lang, lang)
    if lang == "kk":
        return "Kazakh (kk) is not yet supported; diplograph reads " + ", ".join(SUPPORTED)
    return f"unsupported language: {name} ({lang}); diplograph reads " + ", ".join(SUPPORTED)
