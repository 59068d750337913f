"""The rules for consultation files and answers, without a server."""

from __future__ import annotations

import pytest

from feedback.consultations import forms
from tests.consultations.conftest import DEFINITION


def test_a_definition_is_checked_and_kept() -> None:
    definition = forms.parse_definition(DEFINITION)
    assert definition.title["ur"] == "پولیس کے ساتھ آپ کا وقت"
    assert [q["kind"] for q in definition.questions] == ["text", "choice", "multi", "scale"]
    assert forms.option_count(definition.questions[3]) == forms.SCALE_POINTS


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": {}}, "Title must be an object"),
        ({"title": {"xx": "Hi"}}, "unknown locale xx"),
        ({"questions": []}, "Give 1 to 50 questions."),
        ({"questions": [{"kind": "essay", "prompt": {"en": "?"}}]}, "needs a kind"),
        ({"questions": [{"kind": "choice", "prompt": {"en": "?"}, "options": [{"en": "a"}]}]},
         "at least 2 options"),
        ({"questions": [{"kind": "text", "prompt": {"en": "?"}, "options": [{"en": "a"}]}]},
         "no options"),
    ],
)  # fmt: skip
def test_a_definition_that_cannot_be_used_says_why(change: dict[str, object], message: str) -> None:
    with pytest.raises(forms.DefinitionError, match=message):
        forms.parse_definition({**DEFINITION, **change})


def test_text_falls_back_to_english_then_the_first_locale() -> None:
    assert forms.localise({"en": "Hello", "pl": "Cześć"}, "pl") == ("Cześć", "pl")
    assert forms.localise({"en": "Hello", "pl": "Cześć"}, "ur") == ("Hello", "en")
    assert forms.localise({"cy": "Helo", "pl": "Cześć"}, "ur") == ("Helo", "cy")


def test_answers_keep_what_is_valid_and_round_trip_through_the_envelope() -> None:
    questions = forms.parse_definition(DEFINITION).questions
    data = {"q0": "  words ", "q1": "7", "q2_0": "yes", "q2_2": "yes", "q3": "4", "q9": "x"}
    answers = forms.clean(data, questions, "pl")
    assert answers.texts == {0: "words"} and answers.choices == {2: [0, 2], 3: [4]}
    assert not answers.errors
    again = forms.clean(answers.payload(), questions, "pl")
    assert (again.texts, again.choices) == (answers.texts, answers.choices)
    # One choice means one: two ticks for a single-choice question are dropped.
    assert forms.clean({"q1_0": "yes", "q1_1": "yes", "q0": "a"}, questions, "en").choices == {}
    assert "answers" in forms.clean({}, questions, "en").errors
    assert "q0" in forms.clean({"q0": "x" * (forms.MAX_ANSWER + 1)}, questions, "en").errors
