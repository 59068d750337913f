"""Offline detection of personal names, for redaction.

No NER model ships offline for all the form languages, so names are found three ways:
introductions ("my name is", "called", and their equivalents in the form languages), titles and
roles before a capitalised word ("PC Jones", "Dr Patel"), and a first-name gazetteer (the
~45,000 names that ship inside the gender-guesser wheel) for capitalised Latin-script words.
"""

import re
from functools import lru_cache
from importlib.util import module_from_spec, spec_from_file_location
from pathlib import Path

import gender_guesser
import spacy.lang

_NAMES_FILE = Path(gender_guesser.__path__[0]) / "data" / "nam_dict.txt"

_CAP = "[A-ZÀ-ÖØ-ÞĀ-\u017f][\\w'\u2019-]+"
_NAME = rf"{_CAP}(?:\s+{_CAP}){{0,2}}"

_TITLES = (
    "Mr|Mrs|Ms|Miss|Mx|Dr|Doctor|Nurse|Sister|PC|DC|DS|DI|DCI|Sgt|Sergeant|Detective|"
    "Officer|Constable|Inspector|Prof|Professor|Councillor|Cllr|Pani|Pan|Dna|Dl|Sra|Sr|Dra|"
    "Mme|Mlle|M|Frau|Herr"
)
_TITLE_RE = re.compile(rf"\b(?:{_TITLES})\.?\s+({_NAME})")

_INTRO_LATIN = (
    "my name is|my name's|i am called|i'm called|i'm|i am|this is|called|named|known as|"
    "my daughter|my son|my husband|my wife|my partner|my ex|my sister|my brother|my isva|"
    "my counsellor|"
    "nazywam się|mam na imię|je m'appelle|ich heiße|mă numesc|numele meu este|o meu nome é|"
    "meu nome é|chamo-me|me chamo|magacaygu waa|magacayga waa|fy enw i yw|fy enw yw|"
    "fy enw i ydy|enw fi yw"
)
# The introduction is matched case-insensitively, the name itself must be capitalised.
_INTRO_LATIN_RE = re.compile(rf"(?i:\b(?:{_INTRO_LATIN}))[,:]?\s+({_NAME})")

# Scripts without capitals: the word(s) after an introduction are taken as the name.
_INTRO_OTHER_RE = re.compile(
    r"(?:اسمي|اسمی|میرا نام|اسم من|نام من|نامم|زما نوم|ناوم|ناوی من|ਮੇਰਾ ਨਾਮ|ਮੇਰਾ ਨਾਂ|"
    r"আমার নাম|મારું નામ|મારુ નામ|ስመይ|ሽመይ)\s*[:،]?\s*(\S+(?:\s+\S+)?)"
)
_INTRO_ZH_RE = re.compile(r"(?:我叫|我的名字是|我名叫)\s*([\u4e00-\u9fff]{2,3})")

# The copula that closes "my name is X" in SOV languages is not part of the name.
_LAST_WORD_VERBS = re.compile(r"\s+(?:ہے|هست|است|ਹੈ|છે|እዩ|ኢዩ|دی|ە|হয়|ye)$")  # noqa: RUF001

# Words that are both first names in the gazetteer and ordinary words at the start of a sentence.
_COMMON_EXTRA = {
    "will",
    "may",
    "hope",
    "faith",
    "grace",
    "joy",
    "june",
    "april",
    "august",
    "summer",
    "rose",
    "police",
    "court",
    "nurse",
    "doctor",
    "god",
    "christian",
    "mark",
    "bill",
    "art",
    "ban",
    "sunny",
    "dawn",
    "honey",
    "happy",
    "kind",
    "love",
    "justice",
    "angel",
    "star",
    "sky",
    "ivy",
    "amber",
    "crystal",
    "pearl",
    "ruby",
    "sharp",
    "long",
    "young",
    "early",
    "late",
    "best",
    "very",
    "said",
    "told",
    "asked",
    "the",
    "and",
    "isva",
    "sarc",
    "gp",
    "nhs",
    "english",
    "polish",
    "welsh",
    "urdu",
    "arabic",
    "somali",
    "punjabi",
    "bengali",
    "portuguese",
}


@lru_cache(maxsize=1)
def _gazetteer() -> frozenset[str]:
    """The first names in gender-guesser's data file, read as its Detector reads them ("+" joins
    the parts of a compound name) but without the per-country tables it builds, which take a
    second to load."""
    names: set[str] = set()
    for line in _NAMES_FILE.read_text(encoding="utf-8").splitlines():
        if line and line[0] not in "#=":
            name = line.split()[1]
            names.update(name.replace("+", joiner) for joiner in ("", " ", "-"))
    return frozenset(n for n in names if len(n) > 2)


def _stop_words(lang: str) -> set[str]:
    """spaCy's stop list for `lang`, read from its own file: importing it the usual way runs the
    language package first, and French's compiles its tokenizer exceptions (5 s of CPU)."""
    path = Path(spacy.lang.__path__[0]) / lang / "stop_words.py"
    spec = spec_from_file_location(f"heard_stop_words_{lang}", path)
    assert spec and spec.loader
    module = module_from_spec(spec)
    spec.loader.exec_module(module)
    return set(module.STOP_WORDS)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    words = set(_COMMON_EXTRA)
    for lang in ("en", "pl", "ro", "pt", "fr", "de", "es", "it", "nl"):
        words |= _stop_words(lang)
    return frozenset(w.lower() for w in words)


def _trim_clause_end(name: str) -> str:
    return _LAST_WORD_VERBS.sub("", name.rstrip(" .,!?،۔।።。")).strip()  # noqa: RUF001


def find_names(text: str) -> list[tuple[int, int]]:
    """Character spans of likely personal names in `text`."""
    spans: list[tuple[int, int]] = []
    for pattern in (_TITLE_RE, _INTRO_LATIN_RE, _INTRO_ZH_RE):
        spans += [m.span(1) for m in pattern.finditer(text)]
    for m in _INTRO_OTHER_RE.finditer(text):
        name = _trim_clause_end(m.group(1))
        spans.append((m.start(1), m.start(1) + len(name)))
    gazetteer, common = _gazetteer(), _common_words()
    for m in re.finditer(rf"\b{_CAP}", text):
        word = m.group(0).rstrip("'\u2019-")
        if word in gazetteer and word.lower() not in common:
            end = m.start() + len(word)
            # A following capitalised word is taken as the surname.
            follow = re.match(rf"\s+{_CAP}", text[end:])
            if follow and follow.group(0).strip().lower() not in common:
                end += follow.end()
            spans.append((m.start(), end))
    return spans
