import re

import pytest

from nlp.corpus import Comment
from nlp.lexicon import CUE_SCORE, LEXICON, NEGATION, cue_hits, cue_scores
from nlp.scoring import DECISION, decide, normalise_textcat
from nlp.taxonomy import LABELS, UI_LANGS
from nlp.train import FOLDS, folds


def cued(text: str, lang: str = "en") -> set[str]:
    return {label for label, score in cue_scores(text, lang).items() if score > DECISION}


def test_every_language_has_cues_for_every_label_and_they_compile() -> None:
    assert set(UI_LANGS) | {"fr", "de"} <= set(LEXICON)
    for lang, cues in LEXICON.items():
        assert set(cues) == set(LABELS), lang
        for patterns in cues.values():
            for p in patterns:
                re.compile(p.removeprefix("!"))
        assert lang in NEGATION


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The officer believed me from the start.", {"belief:met"}),
        ("The officer didn't believe me.", {"belief:unmet"}),
        ("I don't think they ever really believed me.", {"belief:unmet"}),
        ("The counsellor never judged me.", {"impact:met"}),
        ("I felt judged the moment I walked in.", {"impact:unmet"}),
        ("No one told me about the ISVA service.", {"communication:unmet"}),
        ("I have been on the waiting list for a year.", {"priority:unmet"}),
        ("I wish they had taken me seriously.", {"belief:unmet"}),
    ],
)
def test_cues_and_negation(text: str, expected: set[str]) -> None:
    assert cued(text) == expected


def test_negation_does_not_cross_a_contrast() -> None:
    text = "It wasn't easy to go in, but the nurse believed me. I waited eight months for therapy."
    assert cued(text) == {"belief:met", "priority:unmet"}


def test_fixed_cue_is_not_flipped_or_double_counted() -> None:
    # "not my fault" is belief met, not a flipped "my fault".
    assert cued("She told me it was not my fault.") == {"belief:met"}


def test_other_languages() -> None:
    assert cued("La police ne m'a pas crue.", "fr") == {"belief:unmet"}
    assert cued("Die Polizei hat mir nicht geglaubt.", "de") == {"belief:unmet"}
    assert cued("Czekam na terapię ponad rok, lista oczekujących jest długa.", "pl") == {
        "priority:unmet"
    }
    assert "belief:unmet" in cued("警察不相信我。", "zh")


def test_unknown_language_and_context_get_no_cues() -> None:
    assert cued("La policía no me creyó.", "es") == set()
    assert cued("My friend drove me there and waited in the car.") == set()
    assert max(cue_scores("The officer believed me.", "en").values()) == CUE_SCORE


def test_textcat_scores_are_rescaled_around_their_threshold() -> None:
    assert normalise_textcat(0.2, 0.2) == pytest.approx(DECISION)
    assert normalise_textcat(0.1, 0.2) < DECISION < normalise_textcat(0.3, 0.2) <= 1.0
    assert normalise_textcat(0.0, 0.4) == 0.0
    assert normalise_textcat(1.0, 0.4) == pytest.approx(1.0)


def test_a_tie_between_polarities_goes_to_unmet() -> None:
    scores = dict.fromkeys(LABELS, 0.0) | {"priority:met": 0.9, "priority:unmet": 0.9}
    assert decide(scores, dict.fromkeys(LABELS, DECISION)) == [("priority", "unmet", 0.9)]


def test_folds_keep_a_group_together() -> None:
    comments = [Comment(f"c{i}", "en", {}, group=f"g{i % 4}") for i in range(24)]
    comments += [Comment(f"loose{i}", "en", {}) for i in range(9)]
    pairs = folds(comments)
    assert len(pairs) == FOLDS
    assert sorted(c.text for _, held in pairs for c in held) == sorted(c.text for c in comments)
    for fit, held in pairs:
        assert not {c.group for c in held if c.group} & {c.group for c in fit if c.group}


def test_ever_between_nobody_and_the_callback_still_cues_priority_unmet() -> None:
    for text in (
        "No one ever rang me back.",
        "Nobody ever called me back.",
        "They never ever replied.",
    ):
        assert ("priority:unmet", False) in {
            (label, flipped) for label, _, flipped in cue_hits(text, "en")
        }, text
