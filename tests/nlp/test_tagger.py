import json
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from nlp.tagger import ModelsMissingError, Tag, Tagger, TagResult
from nlp.taxonomy import UI_LANGS


def test_missing_models_dir_says_to_train(tmp_path: Path) -> None:
    with pytest.raises(ModelsMissingError, match="heard nlp train"):
        Tagger.load(tmp_path / "absent")


def test_tag_result_shape(tagger: Tagger) -> None:
    result = tagger.tag("The police did not believe me. Call me on 07700 900461.", "en")
    assert isinstance(result, TagResult)
    assert result.lang == "en"
    assert result.note is None
    assert all(isinstance(t, Tag) for t in result.tags)
    assert "07700 900461" not in result.redacted
    with pytest.raises(FrozenInstanceError):
        result.lang = "fr"  # type: ignore[misc]
    assert tagger.model_version


def test_clear_comments_get_the_expected_tags(tagger: Tagger) -> None:
    believed = tagger.tag("The officer believed me and said it was not my fault.", "en")
    assert ("belief", "met") in {(t.outcome, t.polarity) for t in believed.tags}
    waiting = tagger.tag("I have been on the waiting list for counselling for two years.", "en")
    assert ("priority", "unmet") in {(t.outcome, t.polarity) for t in waiting.tags}


def test_every_form_language_has_its_own_model(tagger: Tagger) -> None:
    assert set(UI_LANGS) <= set(tagger.languages)


def test_empty_comment(tagger: Tagger) -> None:
    result = tagger.tag("", "en")
    assert result.tags == []
    assert result.redacted == ""


def test_models_from_before_per_language_thresholds_are_refused(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    meta = {"version": "old", "languages": ["en"], "thresholds": {"belief:met": 0.5}}
    (tmp_path / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(ModelsMissingError, match="older version"):
        Tagger.load(tmp_path)
