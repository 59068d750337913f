"""Scoring a comment: each sentence is scored, and the comment takes each label's best score."""

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.embed import Head, vectors
from nlp.lexicon import cue_scores
from nlp.pipeline import normalise
from nlp.taxonomy import LABELS, OUTCOME_KEYS, POLARITIES, label_name

Scores = dict[str, float]


@dataclass(frozen=True)
class Model:
    """One language's classifier: the bag of words, and the sentence-vector head if it has one."""

    nlp: Language
    head: Head | None = None
    # One comment at a time per model: a memory zone (label_scores) frees every word added to
    # the vocabulary while it was open, including another thread's, so zones must not overlap.
    busy: threading.Lock = field(default_factory=threading.Lock, compare=False, repr=False)

    def __post_init__(self) -> None:
        # A memory zone forgets the tokenizer's cache entries with the words, so each comment
        # would tokenise every word afresh. Caching the model's own vocabulary first, outside any
        # zone, keeps the words it knows cached: tagging then runs about as fast as with no zone
        # (docs/model-card.md, round 6).
        self.nlp.tokenizer(" ".join(self.nlp.vocab.strings))

    def to_disk(self, path: Path) -> None:
        self.nlp.to_disk(path)
        if self.head is not None:
            self.head.save(path)

    @classmethod
    def from_disk(cls, path: Path) -> "Model":
        return cls(spacy.load(path), Head.load(path))


def label_scores(model: Model, text: str) -> Scores:
    """Each label's best score over the comment and each of its sentences (one outcome is
    usually carried by one sentence; a long comment would dilute it). With a head, a unit's
    score is the mean of the bag of words' and the head's.

    Tokenising adds each word the model has not seen to its vocabulary. The memory zone drops
    them again, so a long-running worker keeps no survivor's words in memory, and does not grow
    with every new one."""
    with model.busy, model.nlp.memory_zone():
        doc = model.nlp(normalise(text))
        units = [doc]
        sents = list(doc.sents)
        if len(sents) > 1:
            textcat = model.nlp.get_pipe("textcat_multilabel")
            units += list(textcat.pipe(_words(s) for s in sents))
        scores = np.array([[u.cats.get(label, 0.0) for label in LABELS] for u in units])
        if model.head is not None:
            scores = (scores + model.head.scores(vectors([u.text for u in units]))) / 2
    return dict(zip(LABELS, (float(v) for v in scores.max(axis=0)), strict=True))


def _words(sentence: Span) -> Doc:
    """The sentence as a Doc of its words alone: all the bag of words reads. (Span.as_doc also
    copies arrays and averages token vectors, a quarter of the time a long comment takes.)"""
    words = [t.text for t in sentence]
    return Doc(sentence.doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in sentence])


# After normalise_textcat, every label's decision threshold is this.
DECISION = 0.5


def normalise_textcat(score: float, threshold: float) -> float:
    """Map a classifier score so that its tuned threshold lands on DECISION (monotonic)."""
    if score < threshold:
        return DECISION * score / threshold
    return DECISION + (1 - DECISION) * (score - threshold) / (1 - threshold)


def comment_scores(
    model: Model, text: str, lang: str | None, thresholds: Mapping[str, float]
) -> Scores:
    """Each label's score: the larger of the classifier's and the cue layer's.

    The classifier's sentence-max score is first rescaled so that its own tuned threshold sits at
    DECISION; a cue phrase (nlp.lexicon) scores above DECISION. So a label is given when either
    the classifier clears its threshold or a cue fires: the cue layer carries phrasings the small
    classifier has never seen, and the classifier carries the vocabulary of the training comments.
    (Tuning one threshold on the max of both, on synthetic held-out data, let the cues, which are
    near-perfect there, push the classifier out altogether; see docs/model-card.md.)
    """
    raw = label_scores(model, text)
    cues = cue_scores(text, lang)
    return {
        label: max(normalise_textcat(raw[label], thresholds[label]), cues[label])
        for label in LABELS
    }


# Feedback comments, real and composed, report one or two outcomes; when more clear their
# thresholds, the weaker ones are more often a stray word than a third outcome (on the translated
# evaluation set and the development quotes, keeping two raised theme macro-F1 by 0.02-0.04 at
# no cost to unmet recall on the quotes; docs/model-card.md).
MAX_OUTCOMES = 2


def decide(scores: Scores, thresholds: Mapping[str, float]) -> list[tuple[str, str, float]]:
    """(outcome, polarity, score) for each outcome whose best polarity clears its threshold, at
    most MAX_OUTCOMES of them: unmet ones first, then those clearing it by the widest margin.

    An outcome gets one polarity: the one that clears its threshold by the wider margin.
    """
    tags = []
    for outcome in OUTCOME_KEYS:
        margins = {
            p: scores[label_name(outcome, p)] - thresholds[label_name(outcome, p)]
            for p in POLARITIES
        }
        # On a tie (both polarities cued) the unmet one wins: a service gap is the finding that
        # must not be lost.
        polarity = max(reversed(POLARITIES), key=margins.__getitem__)
        if margins[polarity] >= 0:
            tags.append((margins[polarity], outcome, polarity))
    # Unmet outcomes are kept before met ones, for the same reason: the classifier's scores for
    # met labels run up to 1.0 on words like "rang me back" even after "no one ever", and would
    # otherwise push out an unmet outcome that a cue found.
    best = sorted(tags, key=lambda t: (t[2] != "unmet", -t[0]))[:MAX_OUTCOMES]
    # Back in the taxonomy's order, which callers and reviewers expect.
    return [
        (o, p, scores[label_name(o, p)])
        for _, o, p in sorted(best, key=lambda t: OUTCOME_KEYS.index(t[1]))
    ]
