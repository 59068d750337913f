"""Scoring a comment: each sentence is scored, and the comment takes each label's best score."""

from collections.abc import Iterable, Mapping

from spacy.language import Language

from nlp.pipeline import normalise
from nlp.taxonomy import LABELS, OUTCOME_KEYS, POLARITIES, label_name

Scores = dict[str, float]


def label_scores(nlp: Language, text: str) -> Scores:
    doc = nlp(normalise(text))
    scores = {label: float(doc.cats.get(label, 0.0)) for label in LABELS}
    sents = list(doc.sents)
    if len(sents) > 1:
        # One outcome is usually carried by one sentence; a long comment would dilute it.
        textcat = nlp.get_pipe("textcat_multilabel")
        for sent_doc in textcat.pipe(s.as_doc() for s in sents):
            for label in LABELS:
                scores[label] = max(scores[label], float(sent_doc.cats.get(label, 0.0)))
    return scores


def blend(parts: Iterable[tuple[Scores, float]]) -> Scores:
    """Weighted mean of several models' scores (an ensemble)."""
    parts = list(parts)
    total = sum(w for _, w in parts)
    return {label: sum(s[label] * w for s, w in parts) / total for label in LABELS}


def decide(scores: Scores, thresholds: Mapping[str, float]) -> list[tuple[str, str, float]]:
    """(outcome, polarity, score) for each outcome whose best polarity clears its threshold.

    An outcome gets one polarity: the one that clears its threshold by the wider margin.
    """
    tags = []
    for outcome in OUTCOME_KEYS:
        margins = {
            p: scores[label_name(outcome, p)] - thresholds[label_name(outcome, p)]
            for p in POLARITIES
        }
        polarity = max(margins, key=margins.__getitem__)
        if margins[polarity] >= 0:
            tags.append((outcome, polarity, scores[label_name(outcome, polarity)]))
    return tags
