"""On the worker: turn a sealed consultation response into answers, themes and quotes.

The envelope is a `Submission` like any feedback; what marks it as a response is its
`Response` row, written by the web tier beside it. Facts are written only in the transaction
that moves the submission out of `pending` (`intake.claim`), so each is analysed exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tortoise.transactions import in_transaction

from feedback.consultations import forms
from feedback.consultations.models import Response, ResponseTag
from feedback.intake import service as intake
from feedback.intake.models import Submission

if TYPE_CHECKING:
    from nlp.tagger import Tag, Tagger


@dataclass(frozen=True)
class Derived:
    """What analysis keeps of one response; the free text itself is not among it."""

    choices: dict[int, list[int]]
    tags: list[tuple[int, Tag]]
    quotes: list[dict[str, Any]]
    model_version: str


async def questions_for(submission_id: str) -> list[dict[str, Any]] | None:
    """The questions a response answers, or None when the submission is not a response."""
    response = await Response.get_or_none(submission_id=submission_id).prefetch_related(
        "consultation"
    )
    return None if response is None else response.consultation.questions


def derive(
    submission: Submission, opener: intake.Opener, tagger: Tagger, questions: list[dict[str, Any]]
) -> Derived:
    """Decrypt in memory, check the answers and tag the free text. Free of I/O."""
    data, locale = intake.open_payload(opener, submission)
    answers = forms.clean(data, questions, locale)
    del data
    if not answers.texts and not answers.choices:
        raise intake.AnalysisFailed("no-answers")
    tags: list[tuple[int, Tag]] = []
    quotes: list[dict[str, Any]] = []
    for index, text in answers.texts.items():
        result = tagger.tag(text, locale)
        tags.extend((index, tag) for tag in result.tags)
        if answers.consent_quote:
            quotes.append({"question": index, "text": result.redacted, "locale": result.lang})
    answers.texts.clear()  # drop our reference to the plaintext as early as we can
    return Derived(answers.choices, tags, quotes, tagger.model_version)


async def store(submission_id: str, derived: Derived) -> bool:
    """Keep the derived answers; True if this call stored them (see `intake.claim`)."""
    async with in_transaction():
        if not await intake.claim(submission_id):
            return False
        await Response.filter(submission_id=submission_id).update(
            answers={str(i): chosen for i, chosen in derived.choices.items()},
            quotes=derived.quotes,
        )
        await ResponseTag.bulk_create(
            [
                ResponseTag(
                    submission_id=submission_id,
                    question=index,
                    outcome=tag.outcome,
                    polarity=tag.polarity,
                    score=tag.score,
                    model_version=derived.model_version,
                )
                for index, tag in derived.tags
            ]
        )
    return True
