import json
from concurrent.futures import ThreadPoolExecutor
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


@pytest.mark.parametrize(
    ("lang", "probe", "text"),
    [
        ("en", "quorvendale", "The officer said quorvendale was not a crime. Nobody rang me back."),
        ("pl", "quorvendale", "Policjant powiedział, że quorvendale to nie przestępstwo."),
        # Chinese is split into characters: the probe is a character no training comment has.
        ("zh", "龘", "警察说龘不是犯罪。没有人给我回电话。"),
    ],
)
def test_tagging_leaves_no_word_of_the_comment_in_the_model(
    tagger: Tagger, lang: str, probe: str, text: str
) -> None:
    # A long-running worker must not keep what survivors wrote, word by word, in its models'
    # vocabularies (nor grow with every new word).
    tagger.tag(text, lang)
    assert probe not in tagger._model(lang).nlp.vocab.strings


def test_threads_tagging_at_once_get_what_one_thread_gets(tagger: Tagger) -> None:
    # The worker tags on several threads; each comment's new words live in a memory zone that
    # must not free another thread's.
    texts = [f"Zyx{i}qor told me {i} times that nobody would ring me back." for i in range(40)]
    alone = [tagger.tag(t, "en") for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(5):
            assert list(pool.map(lambda t: tagger.tag(t, "en"), texts)) == alone


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
