"""A bag-of-features text classifier: words, word bigrams and character n-grams.

spaCy's TextCatBOW hashes whole words only. With a few dozen examples per language, the same
root rarely recurs in the same inflected form (Polish uwierzyła / wierzy, Somali rumaysan /
rumaystay), so character n-grams inside each word are added: the model then generalises across
inflections and compounds at the same speed and size as the word-only bag.
"""

from functools import partial

import numpy
from spacy.ml.models.textcat import NEG_VALUE, resize_and_set_ref
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Logistic, Model, SparseLinear_v2, chain, resizable
from thinc.layers.resizable import resize_linear_weighted
from thinc.types import Floats2d

CHAR_WEIGHT = 0.5  # a word contributes several n-grams; keep words as the stronger signal


def doc_features(doc: Doc, min_n: int, max_n: int) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Hashed feature keys of a doc with their counts (character n-grams weighted down)."""
    words = [t.lower_ for t in doc if not t.is_punct and not t.is_space]
    counts: dict[int, float] = {}
    for i, word in enumerate(words):
        for key in (f"w {word}", f"b {word} {words[i + 1]}" if i + 1 < len(words) else ""):
            if key:
                h = hash_string(key)
                counts[h] = counts.get(h, 0.0) + 1.0
        padded = f"<{word}>"
        for n in range(min_n, max_n + 1):
            for start in range(len(padded) - n + 1):
                h = hash_string("c " + padded[start : start + n])
                counts[h] = counts.get(h, 0.0) + CHAR_WEIGHT
    keys = numpy.fromiter(counts.keys(), dtype="uint64", count=len(counts))
    vals = numpy.fromiter(counts.values(), dtype="float32", count=len(counts))
    return keys, vals


def _extract(min_n: int, max_n: int) -> Model:
    def forward(model: Model, docs: list[Doc], is_train: bool):
        feats = [doc_features(doc, min_n, max_n) for doc in docs]
        keys = numpy.concatenate([k for k, _ in feats]) if feats else numpy.zeros(0, "uint64")
        vals = numpy.concatenate([v for _, v in feats]) if feats else numpy.zeros(0, "float32")
        lengths = numpy.asarray([len(k) for k, _ in feats], dtype="int32")
        return (keys, vals, lengths), lambda _d_output: []

    return Model("char_ngram_features", forward)


@registry.architectures("heard.CharNgramBOW.v1")
def char_ngram_bow(
    length: int, min_n: int = 3, max_n: int = 5, nO: int | None = None
) -> Model[list[Doc], Floats2d]:
    """Multi-label: sparse linear layer over hashed features, then a sigmoid per label."""
    sparse = SparseLinear_v2(nO=nO, length=length)
    resizable_layer = resizable(
        sparse, resize_layer=partial(resize_linear_weighted, fill_defaults={"b": NEG_VALUE, "W": 0})
    )
    model = chain(_extract(min_n, max_n), resizable_layer, Logistic())
    if nO is not None:
        model.set_dim("nO", nO)
    model.set_ref("output_layer", sparse)
    model.attrs["multi_label"] = True
    model.attrs["resize_output"] = partial(resize_and_set_ref, resizable_layer=resizable_layer)
    return model
