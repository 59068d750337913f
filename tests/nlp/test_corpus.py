import json
from collections import Counter
from pathlib import Path

import pytest

from nlp.corpus import EVAL_FILE, WRITTEN_EVAL_FILE, read_jsonl, training_corpus
from nlp.taxonomy import LABELS, UI_LANGS, normalise_lang
from nlp.train import best_threshold, corpus_version


def test_training_corpus_covers_every_language_and_label() -> None:
    corpus = training_corpus()
    langs = {c.lang for c in corpus}
    assert set(UI_LANGS) <= langs
    for lang in UI_LANGS:
        in_lang = [c for c in corpus if c.lang == lang]
        labels = Counter(label for c in in_lang for label in c.label_names)
        assert set(labels) == set(LABELS), lang
        assert any(not c.labels for c in in_lang), f"{lang} has no unlabelled comments"


def test_eval_set_is_separate_and_multilingual() -> None:
    evaluation = read_jsonl(EVAL_FILE)
    assert set(UI_LANGS) <= {c.lang for c in evaluation}
    train_texts = {c.text for c in training_corpus()}
    assert not train_texts & {c.text for c in evaluation}


def test_written_set_is_separate_and_covers_every_language_and_label() -> None:
    written = read_jsonl(WRITTEN_EVAL_FILE)
    assert {c.lang for c in written} == set(UI_LANGS)
    for lang in UI_LANGS:
        in_lang = [c for c in written if c.lang == lang]
        assert set(LABELS) == {label for c in in_lang for label in c.label_names}, lang
        assert any(not c.labels for c in in_lang), lang
    train_texts = {c.text for c in training_corpus()}
    assert not train_texts & {c.text for c in written}


def test_corrections_are_merged(tmp_path: Path) -> None:
    extra = tmp_path / "corrections.jsonl"
    line = {"text": "Fe wnaethon nhw fy nghredu.", "lang": "cy", "labels": {"belief": "met"}}
    extra.write_text(json.dumps(line, ensure_ascii=False) + "\n")
    base = training_corpus()
    merged = training_corpus(extra)
    assert len(merged) == len(base) + 1
    assert corpus_version(merged) != corpus_version(base)


def test_corrections_need_a_language(tmp_path: Path) -> None:
    extra = tmp_path / "corrections.jsonl"
    extra.write_text(json.dumps({"text": "x", "labels": {}}) + "\n")
    with pytest.raises(ValueError, match="lang"):
        training_corpus(extra)


def test_locale_codes_map_to_corpus_codes() -> None:
    assert normalise_lang("zh_Hans") == "zh"
    assert normalise_lang("pt-BR") == "pt"
    assert normalise_lang(None) is None


def test_threshold_search_prefers_separating_cut() -> None:
    pairs = [(0.9, True), (0.8, True), (0.3, False), (0.2, False), (0.7, True)]
    assert 0.3 < best_threshold(pairs) <= 0.7
