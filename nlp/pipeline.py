"""spaCy pipelines: one per language, tokenizer + sentencizer + textcat_multilabel."""

from functools import cache

import spacy
from spacy.language import Language

from nlp.taxonomy import LABELS

# Pooled model over every language, used when a comment's language has no model of its own.
CROSS_LINGUAL = "xx"

# A small hashed bag of unigrams and bigrams keeps training fast and each model a few MB.
# (Character n-grams were tried: slower to train and no better on the evaluation sets.)
TEXTCAT_CONFIG = {
    "threshold": 0.5,
    "model": {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": False,
        "ngram_size": 2,
        "no_output_layer": False,
        "length": 2**17,
    },
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
