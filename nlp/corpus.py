"""Labelled comments: reading the JSONL files under nlp/data and reviewer corrections."""

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from nlp.taxonomy import check_labels, label_name, normalise_lang

DATA_DIR = Path(__file__).parent / "data"
TRAIN_DIR = DATA_DIR / "train"
EVAL_FILE = DATA_DIR / "eval.jsonl"
# Feedback written whole in all 16 form languages, apart from the training data and never trained
# on: longer and less tidy than eval.jsonl's translated comments (round 6; nlp/data/README.md).
WRITTEN_EVAL_FILE = DATA_DIR / "eval_written.jsonl"


@dataclass(frozen=True)
class Comment:
    text: str
    lang: str | None
    labels: dict[str, str] = field(default_factory=dict)
    id: str | None = None
    # Comments built from the same hand-written sentences, and the translations of one pivot
    # sentence, share a group; cross-validation keeps a group within one fold, the same fold in
    # every language (see nlp/data/compose.py and nlp.train.fold_of_group).
    group: str | None = None
    # One hand-written sentence on its own (nlp/data/compose.py): it trains the sentence-vector
    # head, not the bag of words, and is not held out to tune thresholds (see nlp.train).
    sentence: bool = False

    @property
    def label_names(self) -> set[str]:
        return {label_name(o, p) for o, p in self.labels.items()}


def parse_line(line: str) -> Comment:
    """Parse one JSONL line into a Comment, raising ValueError with a readable reason."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise ValueError(f"not valid JSON: {err.msg}") from err
    if not isinstance(record, dict):
        raise ValueError("expected a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError('"text" must be a string')
    labels = record.get("labels") or {}
    if not isinstance(labels, dict):
        raise ValueError('"labels" must be an object {outcome: "met"|"unmet"}')
    lang = record.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise ValueError('"lang" must be a string')
    ident = record.get("id")
    group = record.get("group")
    sentence = record.get("sentence", False)
    if not isinstance(sentence, bool):
        raise ValueError('"sentence" must be true or false')
    return Comment(
        text=text,
        lang=normalise_lang(lang),
        labels=check_labels(labels),
        id=None if ident is None else str(ident),
        group=None if group is None else str(group),
        sentence=sentence,
    )


def read_jsonl(path: Path) -> list[Comment]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(parse_line(line))
        except ValueError as err:
            raise ValueError(f"{path}:{n}: {err}") from err
    return out


def read_many(paths: Iterable[Path]) -> Iterator[Comment]:
    for path in paths:
        yield from read_jsonl(path)


def training_corpus(corrections: Path | None = None) -> list[Comment]:
    """The shipped training corpus, plus reviewer corrections when given."""
    comments = list(read_many(sorted(TRAIN_DIR.glob("*.jsonl"))))
    if corrections is not None:
        extra = read_jsonl(corrections)
        missing = [c for c in extra if not c.lang]
        if missing:
            raise ValueError(f'{corrections}: every correction needs a "lang"')
        comments += extra
    return comments
