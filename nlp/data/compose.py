"""Build the long synthetic training comments in train/*_long.jsonl from hand-written parts.

    python nlp/data/compose.py

Real feedback is long and mostly context, with one or two sentences that say whether an outcome
was met. Each part below was written for this project (see README.md): context sentences that
carry no outcome (some of them deliberately close to one: "waited outside", "my own fault I
missed the bus"), outcome sentences per label written indirectly, and closing sentences. A
comment is one to three context sentences, one or two outcome sentences (sometimes of opposite
polarity), and sometimes a closer; about one in five comments carries no outcome at all. The
output is fixed by the seed, so rerunning gives the same files.

Nothing here comes from the evaluation sets: nlp/data/eval.jsonl or the shared development quotes.
"""

import json
import random
from pathlib import Path

from parts_en import CLOSERS, CONTEXT, GENERAL, OUTCOME  # type: ignore[import-not-found]
from parts_intl import PARTS  # type: ignore[import-not-found]

SEED = 20261123
N_EN, N_FR_DE, N_OTHER = 320, 70, 45
GROUPS = 6  # outcome sentences are split into this many disjoint groups
OUT = Path(__file__).parent / "train"


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
    rows = []
    for i in range(n):
        parts = rng.sample(context, k=rng.randint(1, 3))
        labels: dict[str, str] = {}
        if i % 5 == 4:
            parts.insert(rng.randrange(len(parts) + 1), rng.choice(general))
        else:
            k = i % len(items)
            group = k % GROUPS
            picked = [items[k]]
            if rng.random() < 0.35:
                other = rng.choice(items[group::GROUPS])
                if other[0].split(":")[0] != picked[0][0].split(":")[0]:
                    picked.append(other)
            for label, sentence in picked:
                outcome_key, polarity = label.split(":")
                labels[outcome_key] = polarity
                parts.insert(rng.randrange(1, len(parts) + 1), sentence)
        if rng.random() < 0.4:
            parts.append(rng.choice(closers))
        row = {"text": " ".join(parts), "lang": lang, "labels": labels}
        if labels:
            # The outcome sentences of one group never appear in another group's comments.
            row["group"] = f"{lang}-{group}"
        rows.append(row)
    return rows


def main() -> None:
    rng = random.Random(SEED)
    langs = {"en": (CONTEXT, OUTCOME, CLOSERS, GENERAL, N_EN)}
    for lang, p in PARTS.items():
        n = N_FR_DE if lang in ("fr", "de") else N_OTHER
        langs[lang] = (p["CONTEXT"], p["OUTCOME"], p["CLOSERS"], p["GENERAL"], n)
    for lang, (context, outcome, closers, general, n) in langs.items():
        rows = compose(lang, context, outcome, closers, general, n, rng)
        with (OUT / f"{lang}_long.jsonl").open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
