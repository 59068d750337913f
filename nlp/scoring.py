"""Scoring a comment: each sentence is scored, and the comment takes each label's best score."""

from collections.abc import Iterable, Mapping

from spacy.language import Language

from nlp.lexicon import cue_scores
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


# After normalise_textcat, every label's decision threshold is this.
DECISION = 0.5


def normalise_textcat(score: float, threshold: float) -> float:
    """Map a classifier score so that its tuned threshold lands on DECISION (monotonic)."""
    if score < threshold:
        return DECISION * score / threshold
    return DECISION + (1 - DECISION) * (score - threshold) / (1 - threshold)


def comment_scores(
    nlp: Language, text: str, lang: str | None, thresholds: Mapping[str, float]
) -> Scores:
    """Each label's score: the larger of the classifier's and the cue layer's.

    The classifier's sentence-max score is first rescaled so that its own tuned threshold sits at
    DECISION; a cue phrase (nlp.lexicon) scores above DECISION. So a label is given when either
    the classifier clears its threshold or a cue fires: the cue layer carries phrasings the small
    classifier has never seen, and the classifier carries the vocabulary of the training comments.
    (Tuning one threshold on the max of both, on synthetic held-out data, let the cues, which are
    near-perfect there, push the classifier out altogether; see docs/model-card.md.)
    """
    raw = label_scores(nlp, text)
    cues = cue_scores(text, lang)
    return {
        label: max(normalise_textcat(raw[label], thresholds[label]), cues[label])
        for label in LABELS
    }


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
        # On a tie (both polarities cued) the unmet one wins: a service gap is the finding that
        # must not be lost.
        polarity = max(reversed(POLARITIES), key=margins.__getitem__)
        if margins[polarity] >= 0:
            tags.append((outcome, polarity, scores[label_name(outcome, polarity)]))
    return tags
