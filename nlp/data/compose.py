"""Build the long synthetic training comments in train/*_long.jsonl from hand-written parts.

    python nlp/data/compose.py

Real feedback is long and mostly context, with one or two sentences that say whether an outcome
was met. Each part below was written for this project (see README.md): context sentences that
carry no outcome (some of them deliberately close to one: "waited outside", "my own fault I
missed the bus"), outcome sentences per label written indirectly, and closing sentences. A
comment is one to three context sentences, one or two outcome sentences (sometimes of opposite
polarity), and sometimes a closer; about one in five comments carries no outcome at all. The
output is fixed by the seed, so rerunning gives the same files.

Every sentence, context included, belongs to one cross-validation fold, and a comment only
combines sentences of one fold. Held-out comments are then new text throughout, as real feedback
is: when context sentences were shared across folds, the classifier had already seen every
sentence around a held-out outcome as "no outcome", so held-out negatives scored unrealistically
low and the tuned thresholds came out too low for real comments.

Nothing here comes from the evaluation sets: nlp/data/eval.jsonl or the shared development quotes.
"""

import json
import random
from pathlib import Path

from parts_en import CLOSERS, CONTEXT, GENERAL, OUTCOME  # type: ignore[import-not-found]
from parts_intl import PARTS  # type: ignore[import-not-found]

SEED = 20261123
N_EN, N_FR_DE, N_OTHER = 480, 100, 100
GROUPS = 6  # outcome sentences are split into this many disjoint groups
OUT = Path(__file__).parent / "train"
# Round 4: parts/<lang>.json adds three context sentences and three outcome sentences per label
# (two translated from parts/en.json, one written in the language), after those in parts_*.py.
PARTS_DIR = Path(__file__).parent / "parts"
FOLDS = 3  # nlp/train.py's FOLDS: group g is held out in fold g % FOLDS


def of_fold(sentences: list[str], fold: int) -> list[str]:
    """The sentences of one fold: every FOLDS-th, so each fold gets a share of every list."""
    return sentences[fold::FOLDS]


def pick(rng: random.Random, sentences: list[str], k: int) -> list[str]:
    return rng.sample(sentences, k=min(k, len(sentences)))


def groups(outcome: dict[str, list[str]]) -> dict[tuple[str, str], int]:
    """Each outcome sentence's group. It depends only on the sentence's label and its place in
    that label's list, not on the language, so the translations of one sentence share a group
    (and a cross-validation fold) in every language: a model shared across languages (round 3
    tried one; docs/model-card.md) is then never scored on a sentence whose translation it was
    fitted on. Adding the label's place spreads each label's sentences over the groups."""
    return {
        (label, s): (i + j) % GROUPS
        for i, (label, sents) in enumerate(sorted(outcome.items()))
        for j, s in enumerate(sents)
    }


def sentences(
    lang: str,
    context: list[str],
    outcome: dict[str, list[str]],
    closers: list[str],
    general: list[str],
) -> list[dict]:
    """Every part alone, in the same group as the composed comments that use it. They train the
    sentence-vector head, which scores a comment sentence by sentence and so learns best from
    sentences labelled one by one; the bag of words, trained on them too, did better on short
    comments and worse on the long real ones (docs/model-card.md, round 4)."""
    rows = [
        {"text": s, "lang": lang, "labels": {}, "group": f"part-{fold}", "sentence": True}
        for part in (context, general, closers)
        for fold in range(FOLDS)
        for s in of_fold(part, fold)
    ]
    for (label, s), group in groups(outcome).items():
        outcome_key, polarity = label.split(":")
        labels = {outcome_key: polarity}
        rows.append(
            {"text": s, "lang": lang, "labels": labels, "group": f"part-{group}", "sentence": True}
        )
    return rows


def compose(
    lang: str,
    context: list[str],
    outcome: dict[str, list[str]],
    closers: list[str],
    general: list[str],
    n: int,
    rng: random.Random,
) -> list[dict]:
    items = [(label, s) for label, sents in sorted(outcome.items()) for s in sents]
    group_of = groups(outcome)
    rows = []
    # Counted apart from i: cycling on i, which skips every fifth, never led with the items at
    # every fifth place when there were a multiple of five of them.
    led = 0
    for i in range(n):
        labels: dict[str, str] = {}
        if i % 5 == 4:
            group = rng.randrange(GROUPS)
            fold = group % FOLDS
            parts = pick(rng, of_fold(context, fold), rng.randint(1, 3))
            for sentence in pick(rng, of_fold(general, fold), 1):
                parts.insert(rng.randrange(len(parts) + 1), sentence)
        else:
            first = items[led % len(items)]
            led += 1
            group = group_of[first]
            fold = group % FOLDS
            parts = pick(rng, of_fold(context, fold), rng.randint(1, 3))
            picked = [first]
            if rng.random() < 0.35:
                other = rng.choice([item for item in items if group_of[item] == group])
                if other[0].split(":")[0] != first[0].split(":")[0]:
                    picked.append(other)
            for label, sentence in picked:
                outcome_key, polarity = label.split(":")
                labels[outcome_key] = polarity
                parts.insert(rng.randrange(1, len(parts) + 1), sentence)
        closers_here = of_fold(closers, fold) or closers
        if rng.random() < 0.4:
            parts.append(rng.choice(closers_here))
        # No sentence of this comment appears in a comment of another fold.
        rows.append(
            {"text": " ".join(parts), "lang": lang, "labels": labels, "group": f"part-{group}"}
        )
    return rows


def main() -> None:
    langs = {"en": (CONTEXT, OUTCOME, CLOSERS, GENERAL, N_EN)}
    for lang, p in PARTS.items():
        n = N_FR_DE if lang in ("fr", "de") else N_OTHER
        langs[lang] = (p["CONTEXT"], p["OUTCOME"], p["CLOSERS"], p["GENERAL"], n)
    for lang, (context, outcome, closers, general, n) in langs.items():
        context, outcome = with_more(lang, context, outcome)
        # A generator per language, so that parts added in one language leave the others' comments
        # as they were (one shared generator made every language's figures move with any change).
        rng = random.Random(f"{SEED}-{lang}")
        rows = compose(lang, context, outcome, closers, general, n, rng)
        write(OUT / f"{lang}_long.jsonl", rows)
        write(OUT / f"{lang}_sentences.jsonl", sentences(lang, context, outcome, closers, general))


def with_more(
    lang: str, context: list[str], outcome: dict[str, list[str]]
) -> tuple[list[str], dict[str, list[str]]]:
    """The parts of parts_*.py followed by those of parts/<lang>.json (new lists, so that main()
    can run twice in one process)."""
    more = json.loads((PARTS_DIR / f"{lang}.json").read_text(encoding="utf-8"))
    merged = {label: [*sents, *more["OUTCOME"][label]] for label, sents in outcome.items()}
    return [*context, *more["CONTEXT"]], merged


def write(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
