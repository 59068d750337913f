"""spaCy pipelines: one per language, tokenizer + sentencizer + textcat_multilabel."""

from functools import cache

import spacy
from spacy.language import Language

from nlp import features  # noqa: F401  (registers the textcat architecture)
from nlp.taxonomy import LABELS

# Pooled model over every language, used when a comment's language has no model of its own.
CROSS_LINGUAL = "xx"

# A small hashed bag of words, bigrams and character n-grams (nlp.features) keeps training fast
# and each model a few MB.
TEXTCAT_CONFIG = {
    "threshold": 0.5,
    "model": {"@architectures": "heard.CharNgramBOW.v1", "length": 2**18, "min_n": 3, "max_n": 5},
}


@cache
def spacy_lang(lang: str) -> str:
    """spaCy's own language class where it has one, the multi-language tokenizer otherwise."""
    try:
        spacy.util.get_lang_class(lang)
    except ImportError:
        return CROSS_LINGUAL
    return lang


def blank(lang: str) -> Language:
    code = spacy_lang(lang)
    if code == "zh":
        # Character segmentation needs no download (jieba and pkuseg would).
        return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    return spacy.blank(code)


def make_nlp(lang: str) -> Language:
    nlp = blank(lang)
    nlp.add_pipe("sentencizer")
    textcat = nlp.add_pipe("textcat_multilabel", config=TEXTCAT_CONFIG)
    for label in LABELS:
        textcat.add_label(label)
    return nlp


def normalise(text: str) -> str:
    """What the classifier sees: case and quote style carry no meaning for the outcomes."""
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()
