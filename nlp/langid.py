"""Offline language identification: Unicode script rules first, lingua where scripts are shared.

lingua ships its n-gram models inside its wheel, so nothing is fetched at run time. It does not
know Tigrinya, Pashto or Sorani, and its Arabic/Persian/Urdu models confuse short texts, so
scripts that belong to one form language are decided by rule, and Arabic script is decided by the
letters that only one of ar/fa/ur/ps/ckb uses before lingua is asked.
"""

import unicodedata
from collections import Counter
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from nlp.taxonomy import normalise_lang

# Latin-script languages lingua decides between: the form's, plus neighbours so that a French or
# Spanish comment is called what it is instead of the nearest form language.
_LATIN = {
    "en": Language.ENGLISH, "cy": Language.WELSH, "pl": Language.POLISH,
    "ro": Language.ROMANIAN, "so": Language.SOMALI, "pt": Language.PORTUGUESE,
    "fr": Language.FRENCH, "de": Language.GERMAN, "es": Language.SPANISH,
    "it": Language.ITALIAN, "nl": Language.DUTCH, "tr": Language.TURKISH,
}  # fmt: skip
_ARABIC = {"ar": Language.ARABIC, "fa": Language.PERSIAN, "ur": Language.URDU}

# Latin letters that, among the languages above, only one uses.
_LATIN_MARKERS = {"ro": set("șțşţăȘȚŞŢĂ"), "pl": set("łąęśźżćńŁĄĘŚŹŻĆŃ"), "cy": set("ŵŷŴŶ")}

# Scripts used by exactly one language we care about (for Han, see _han_or_kana).
_SINGLE_SCRIPT = {
    "ETHIOPIC": "ti", "GURMUKHI": "pa", "GUJARATI": "gu", "BENGALI": "bn",
    "DEVANAGARI": "hi", "HANGUL": "ko", "HIRAGANA": "ja", "KATAKANA": "ja", "THAI": "th",
    "TAMIL": "ta", "GREEK": "el", "HEBREW": "he", "CYRILLIC": "ru", "GEORGIAN": "ka",
    "ARMENIAN": "hy", "SINHALA": "si", "MALAYALAM": "ml", "TELUGU": "te", "KANNADA": "kn",
}  # fmt: skip

# Letters that, within Arabic script, only one of these languages uses.
_ARABIC_MARKERS = {
    "ckb": set("ێۆڵڕەڤ"),
    "ps": set("ټډړږښګڼۍې"),
    "ur": set("ٹڈڑںےھہ"),
    "fa": set("پچژگکی"),
    "ar": set("ةىيك"),
}
# Persian letters are shared by ur/ps/ckb, so they only count when no stronger marker appears.
_WEAK_MARKERS = {"fa"}
_OVERRIDING = {"ckb", "ps", "ur"}


def _script(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    if name.startswith("CJK"):
        return "HAN"
    return name.split(" ")[0] if name else None


def dominant_script(text: str) -> str | None:
    counts: Counter[str] = Counter()
    # Each distinct character is named once: a comment repeats a few dozen letters.
    for ch, n in Counter(text).items():
        script = _script(ch)
        if script:
            counts[script] += n
    return counts.most_common(1)[0][0] if counts else None


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    # Preloading keeps per-call latency flat; restricting the languages keeps RSS bounded.
    langs = [*_LATIN.values(), *_ARABIC.values()]
    # Low-accuracy mode (trigrams only) takes ~25 MB instead of ~370 MB; the letter rules and the
    # form's locale make up for what it loses on very short texts.
    builder = LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode()
    return builder.with_preloaded_language_models().build()


def _lingua_confidences(text: str, codes: dict[str, Language]) -> dict[str, float]:
    wanted = {lang: code for code, lang in codes.items()}
    out = {code: 0.0 for code in codes}
    for cv in _detector().compute_language_confidence_values(text):
        if cv.language in wanted:
            out[wanted[cv.language]] = cv.value
    total = sum(out.values()) or 1.0
    return {code: value / total for code, value in out.items()}


def _arabic_script(text: str, hint: str | None) -> str:
    letters = Counter(text)
    evidence = {code: sum(letters[ch] for ch in chars) for code, chars in _ARABIC_MARKERS.items()}
    strong = {c: n for c, n in evidence.items() if c not in _WEAK_MARKERS and n > 0}
    # The form locale is trusted unless letters only Urdu, Pashto or Sorani use say otherwise
    # (Arabic's own letters turn up in Persian and Urdu typed on Arabic keyboards).
    overriding = {c for c in strong if c in _OVERRIDING and c != hint}
    if hint in _ARABIC_MARKERS and not overriding:
        return hint
    if strong:
        best = max(strong, key=strong.__getitem__)
        # Arabic markers (ة ي ك) also appear in loanwords; a distinctive ur/ps/ckb letter wins.
        others = {c: n for c, n in strong.items() if c != "ar"}
        return max(others, key=others.__getitem__) if others else best
    conf = _lingua_confidences(text, _ARABIC)
    return max(conf, key=conf.__getitem__)


def detect(text: str, hint: str | None = None) -> str:
    """Return the language code of `text`; `hint` (the form's locale) wins when plausible."""
    hint = normalise_lang(hint)
    script = dominant_script(text)
    if script is None:
        return hint or "und"
    if script == "HAN":
        kana = any(_script(ch) in ("HIRAGANA", "KATAKANA") for ch in text)
        return "ja" if kana else "zh"
    if script in _SINGLE_SCRIPT:
        return _SINGLE_SCRIPT[script]
    if script == "ARABIC":
        return _arabic_script(text, hint)
    if script == "LATIN":
        marked = [code for code, chars in _LATIN_MARKERS.items() if chars & set(text)]
        if len(marked) == 1:
            return marked[0]
        conf = _lingua_confidences(text, _LATIN)
        best = max(conf, key=conf.__getitem__)
        if hint in conf and (conf[hint] >= 0.1 or len(text.split()) < 4):
            return hint
        return best
    return hint or "und"
