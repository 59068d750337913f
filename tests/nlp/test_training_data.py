"""Cross-validation folds and composed training comments (round 3)."""

import importlib
import random
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from nlp.corpus import DATA_DIR, TRAIN_DIR, read_jsonl, training_corpus
from nlp.scoring import MAX_OUTCOMES, decide
from nlp.taxonomy import LABELS, UI_LANGS
from nlp.train import FOLDS, best_threshold, by_language, fold_of_group, folds


@pytest.fixture(scope="module")
def compose() -> Iterator[ModuleType]:
    """nlp/data/compose.py is a script that imports its parts from its own directory."""
    sys.path.insert(0, str(DATA_DIR))
    try:
        yield importlib.import_module("compose")
    finally:
        sys.path.remove(str(DATA_DIR))


def test_a_group_has_one_fold_in_every_language() -> None:
    assert fold_of_group("part-4") == fold_of_group("pivot-4") == 4 % FOLDS
    for lang, group in by_language(training_corpus()).items():
        fold_of = {}
        for i, (_fit, held) in enumerate(folds(group)):
            for c in held:
                if c.group is not None:
                    assert fold_of.setdefault(c.group, i) == i, (lang, c.group)
                    assert i == fold_of_group(c.group)


def test_pivot_translations_share_a_group() -> None:
    """Line n of every language's pivot block is one sentence translated, so one group."""
    pivots = {}
    for lang in UI_LANGS:
        rows = read_jsonl(TRAIN_DIR / f"{lang}.jsonl")
        pivots[lang] = [(c.group, sorted(c.labels.items())) for c in rows[-35:]]
    assert all(group is not None for group, _ in pivots["en"])
    assert all(p == pivots["en"] for p in pivots.values())


def test_composed_comments_never_mix_folds(compose: ModuleType) -> None:
    """A held-out composed comment is new text throughout: none of its sentences, context
    included, occurs in a comment of another fold."""
    context = [f"context {i}." for i in range(9)]
    general = [f"general {i}." for i in range(3)]
    closers = [f"closer {i}." for i in range(3)]
    outcome = {label: [f"{label} {j}." for j in range(4)] for label in LABELS}
    rows = compose.compose("en", context, outcome, closers, general, 300, random.Random(1))
    folds_of_outcome_sentence = defaultdict(set)
    for row in rows:
        fold = fold_of_group(row["group"])
        for kind, number in re.findall(r"(context|general|closer) (\d+)\.", row["text"]):
            assert int(number) % FOLDS == fold, (kind, number, row)
        for label, number in re.findall(r"(\w+:\w+) (\d+)\.", row["text"]):
            assert row["labels"][label.split(":")[0]] == label.split(":")[1]
            folds_of_outcome_sentence[label, number].add(fold)
    assert all(len(f) == 1 for f in folds_of_outcome_sentence.values())
    assert len(folds_of_outcome_sentence) == len(LABELS) * 4
    assert any(not row["labels"] for row in rows)


def test_shipped_composed_files_are_what_compose_builds(
    compose: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compose, "OUT", tmp_path)
    compose.main()
    built_files = sorted(tmp_path.glob("*.jsonl"))
    assert {f.name for f in built_files} >= {"en_long.jsonl", "en_sentences.jsonl"}
    for built in built_files:
        assert built.read_text(encoding="utf-8") == (TRAIN_DIR / built.name).read_text(
            encoding="utf-8"
        ), f"{built.name} is stale: run python nlp/data/compose.py"


def test_recall_weighted_threshold_is_never_higher() -> None:
    rng = random.Random(3)
    pairs = [(rng.random(), rng.random() < 0.3) for _ in range(300)]
    assert best_threshold(pairs, beta=2.0) <= best_threshold(pairs)


def _decision(**scores: float) -> list[tuple[str, str]]:
    full = dict.fromkeys(LABELS, 0.0) | {k.replace("_", ":"): v for k, v in scores.items()}
    return [(o, p) for o, p, _ in decide(full, dict.fromkeys(LABELS, 0.5))]


def test_at_most_two_outcomes_the_strongest_in_taxonomy_order() -> None:
    tags = _decision(priority_unmet=0.9, belief_met=0.6, professionalism_met=0.95, impact_met=0.55)
    assert len(tags) == MAX_OUTCOMES == 2
    assert tags == [("professionalism", "met"), ("priority", "unmet")]


def test_equal_scores_keep_the_unmet_outcome() -> None:
    tags = _decision(professionalism_met=0.9, communication_met=0.9, belief_unmet=0.9)
    assert ("belief", "unmet") in tags


def test_a_cued_unmet_outcome_is_not_pushed_out_by_confident_met_ones() -> None:
    tags = _decision(professionalism_met=1.0, impact_met=0.99, priority_unmet=0.9)
    assert tags == [("professionalism", "met"), ("priority", "unmet")]
