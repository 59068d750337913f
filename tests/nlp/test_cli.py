"""The `tag`, `evaluate` and `train` contracts, run as the operator runs them."""

import json
from pathlib import Path

import pytest

from nlp.corpus import WRITTEN_EVAL_FILE
from nlp.taxonomy import OUTCOME_KEYS, POLARITIES, UI_LANGS
from tests.nlp.conftest import DEV_QUOTES, REPO, run_nlp

EVAL_SET = REPO / "nlp" / "data" / "eval.jsonl"


def test_tag_answers_every_line_in_order(models_dir: Path) -> None:
    lines = [
        {"id": "a", "text": "The officer believed me. My name is Sarah Jones.", "lang": "en"},
        {"id": "b", "text": "Czekam na terapię ponad rok.", "lang": "pl"},
        {"id": 3, "text": "警察不相信我。", "lang": "zh_Hans"},
        {"id": "d", "text": "La policía no me creyó y esperé meses para recibir ayuda."},
    ]
    stdin = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n"
    done = run_nlp("tag", stdin=stdin, models=models_dir)
    assert done.returncode == 0, done.stderr
    out = [json.loads(x) for x in done.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", 3, "d"]
    for o in out:
        assert set(o) >= {"id", "lang", "tags", "redacted"}
        for tag in o["tags"]:
            assert tag["outcome"] in OUTCOME_KEYS
            assert tag["polarity"] in POLARITIES
            assert 0.0 <= tag["score"] <= 1.0
    assert [o["lang"] for o in out] == ["en", "pl", "zh", "es"]
    assert "Sarah Jones" not in out[0]["redacted"]
    assert "[NAME]" in out[0]["redacted"]
    assert "note" not in out[0]
    # Spanish has no model of its own: it still gets an answer, and says how.
    assert "cross-lingual" in out[3]["note"]


def test_tag_reports_bad_lines_and_carries_on(models_dir: Path) -> None:
    stdin = "\n".join(
        [
            "{not json",
            json.dumps({"id": "no-text"}),
            json.dumps({"id": "ok", "text": "I was seen on the same day."}),
            json.dumps({"id": "bad-lang", "text": "hello", "lang": 5}),
        ]
    )
    done = run_nlp("tag", stdin=stdin, models=models_dir)
    assert done.returncode == 1
    out = [json.loads(x) for x in done.stdout.splitlines()]
    assert len(out) == 4
    assert out[0]["id"] is None and "line 1" in out[0]["error"]
    assert out[1]["id"] == "no-text" and "text" in out[1]["error"]
    assert out[2]["id"] == "ok" and "tags" in out[2]
    assert out[3]["id"] == "bad-lang" and "lang" in out[3]["error"]
    assert done.stderr.count("heard nlp tag: line") == 3


def test_tag_without_models_tells_the_operator_what_to_do(tmp_path: Path) -> None:
    done = run_nlp("tag", stdin="", models=tmp_path / "none")
    assert done.returncode != 0
    assert "heard nlp train" in done.stderr


@pytest.fixture(scope="module")
def eval_report(models_dir: Path) -> dict:
    """`heard nlp evaluate --json` on the translated set, once for the tests that read it."""
    done = run_nlp("evaluate", "--data", str(EVAL_SET), "--json", models=models_dir)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_evaluate_prints_a_table(tmp_path: Path, models_dir: Path) -> None:
    # The table's layout, on one comment per language: the figures come from the JSON test.
    first: dict[str, str] = {}
    for line in EVAL_SET.read_text(encoding="utf-8").splitlines():
        first.setdefault(json.loads(line)["lang"], line)
    data = tmp_path / "one-per-language.jsonl"
    data.write_text("\n".join(first.values()) + "\n", encoding="utf-8")
    table = run_nlp("evaluate", "--data", str(data), models=models_dir)
    assert table.returncode == 0, table.stderr
    for heading in ("theme macro-F1", "theme x polarity", "unmet recall", "belief:unmet"):
        assert heading in table.stdout
    for lang in UI_LANGS:
        assert f"\n{lang} " in table.stdout or f"\n  {lang} " in table.stdout, lang


def test_evaluate_json_has_every_figure(eval_report: dict) -> None:
    assert set(eval_report) >= {
        "labels",
        "themes",
        "theme_macro_f1",
        "theme_polarity_macro_f1",
        "unmet_recall",
        "languages",
        "model_version",
    }
    assert set(eval_report["labels"]["belief:met"]) == {
        "precision",
        "recall",
        "f1",
        "support",
        "predicted",
    }
    assert set(UI_LANGS) <= set(eval_report["languages"])


def test_evaluate_rejects_unknown_labels(tmp_path: Path, models_dir: Path) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text(json.dumps({"text": "x", "labels": {"kindness": "met"}}) + "\n")
    done = run_nlp("evaluate", "--data", str(data), models=models_dir)
    assert done.returncode != 0
    assert "unknown outcome" in done.stderr


@pytest.mark.skipif(
    not DEV_QUOTES.is_file(),
    reason="needs ../shared/data/dev_quotes.jsonl beside the repo, as CI has",
)
def test_dev_quotes_regression_guard(models_dir: Path) -> None:
    done = run_nlp("evaluate", "--data", str(DEV_QUOTES), "--json", models=models_dir)
    report = json.loads(done.stdout)
    # Floors sit just under what the shipped corpus measured (docs/model-card.md): they catch
    # regressions; they are not the targets.
    assert report["theme_macro_f1"] >= DEV_FLOORS["theme_macro_f1"]
    assert report["theme_polarity_macro_f1"] >= DEV_FLOORS["theme_polarity_macro_f1"]
    assert report["unmet_recall"] >= DEV_FLOORS["unmet_recall"]


# Round 6 measured 0.435 / 0.426 / 0.375, far below the 0.80 / 0.72 / 0.80 targets. The quotes
# are 31: one quote moves a figure by 0.03-0.05, and the order of the training files alone moved
# them by up to 0.08 (docs/model-card.md, round 6). The floors guard the shipped models only.
DEV_FLOORS = {"theme_macro_f1": 0.42, "theme_polarity_macro_f1": 0.39, "unmet_recall": 0.33}


def test_eval_set_regression_guard(eval_report: dict) -> None:
    for key, floor in EVAL_FLOORS.items():
        assert eval_report[key] >= floor, key


# Round 6 measured 0.721 / 0.622 / 0.645 on the 366-comment translated set; adding the other half
# of the written comments to training gave 0.684 / 0.572 / 0.590 (docs/model-card.md).
EVAL_FLOORS = {"theme_macro_f1": 0.69, "theme_polarity_macro_f1": 0.59, "unmet_recall": 0.61}


def test_written_set_regression_guard(models_dir: Path) -> None:
    done = run_nlp("evaluate", "--data", str(WRITTEN_EVAL_FILE), "--json", models=models_dir)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    for key, floor in WRITTEN_FLOORS.items():
        assert report[key] >= floor, key


# Round 6 measured 0.442 / 0.335 / 0.499 on the 1,190 held-out comments written whole in the 16
# form languages, where the round-5 models scored 0.402 / 0.278 / 0.471 (docs/model-card.md).
WRITTEN_FLOORS = {"theme_macro_f1": 0.42, "theme_polarity_macro_f1": 0.31, "unmet_recall": 0.47}
