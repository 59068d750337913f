"""Accepting sealed submissions, and turning them into derived facts on the worker.

`accept` runs on the web tier and only ever handles ciphertext. `analyse` runs on the worker,
which passes in the means to open an envelope, so this module never touches a private key.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from nacl.exceptions import CryptoError
from tortoise.transactions import in_transaction

from feedback.abuse import service as tokens
from feedback.crypto import Envelope
from feedback.intake import forms
from feedback.intake.models import Facts, Status, Submission, Tag

if TYPE_CHECKING:  # the web tier imports this module, and must not load spaCy
    from nlp.tagger import Tag as NlpTag
    from nlp.tagger import Tagger

Opener = Callable[[str, bytes], bytes]

MAX_ATTEMPTS = 4


class UnknownKey(LookupError):
    """The envelope names a key id this service never issued."""


class AnalysisFailed(Exception):
    """Analysis cannot succeed; `reason` is a fixed code that holds no content."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


async def accept(envelope: Envelope) -> uuid.UUID:
    submission = await Submission.create(
        id=uuid.uuid4(), kid=envelope.kid, ciphertext=envelope.ct, received_on=date.today()
    )
    return submission.id


def open_payload(opener: Opener, submission: Submission) -> tuple[dict[str, Any], str]:
    """Decrypt in memory: the payload and the locale it names. Also used for consultations."""
    try:
        plaintext = opener(submission.kid, bytes(submission.ciphertext or b""))
    except KeyError:
        raise AnalysisFailed("unknown-key") from None
    except CryptoError:
        raise AnalysisFailed("cannot-decrypt") from None
    try:
        data = json.loads(plaintext)
    except ValueError:
        raise AnalysisFailed("malformed-payload") from None
    if not isinstance(data, dict):
        raise AnalysisFailed("malformed-payload")
    locale = data.get("locale") if isinstance(data.get("locale"), str) else "und"
    return data, locale[:16]


def _open(opener: Opener, submission: Submission) -> forms.Feedback:
    data, locale = open_payload(opener, submission)
    feedback = forms.clean(data, locale=locale)
    if "text" in feedback.errors and not feedback.text:
        raise AnalysisFailed("empty-text")
    return feedback


@dataclass(frozen=True)
class Derived:
    """Everything analysis keeps of one submission; the text itself is not among it."""

    feedback: forms.Feedback
    tags: list[NlpTag]
    quote: str | None
    model_version: str


async def pending(submission_id: str) -> Submission | None:
    submission = await Submission.get_or_none(id=submission_id)
    return submission if submission and submission.status == Status.PENDING else None


def derive(submission: Submission, opener: Opener, tagger: Tagger) -> Derived:
    """Decrypt in memory and tag. CPU-bound and free of I/O, so it runs off the event loop."""
    feedback = _open(opener, submission)
    result = tagger.tag(feedback.text, feedback.locale)
    quote = result.redacted if feedback.consent_quote else None
    feedback.text = ""  # drop our reference to the plaintext as early as we can
    return Derived(feedback, result.tags, quote, tagger.model_version)


async def claim(submission_id: str) -> bool:
    """Move a submission out of `pending`; call it in the transaction that writes its facts.

    Only the call that moves the row writes facts, so each submission is analysed exactly once.
    """
    moved = await Submission.filter(id=submission_id, status=Status.PENDING).update(
        status=Status.ANALYSED
    )
    return bool(moved)


async def store(submission_id: str, derived: Derived) -> bool:
    """Keep the derived facts. True if this call stored them.

    Safe to run twice or concurrently: only the call that moves the row out of `pending`
    writes facts, so each submission is analysed exactly once.
    """
    feedback = derived.feedback
    async with in_transaction():
        if not await claim(submission_id):
            return False
        await Facts.create(
            submission_id=submission_id,
            locale=feedback.locale,
            service=feedback.service,
            organisation=feedback.organisation,
            borough=feedback.borough,
            month=feedback.month,
            answers=feedback.answers(),
            quote=derived.quote,
        )
        await Tag.bulk_create(
            [
                Tag(
                    submission_id=submission_id,
                    outcome=tag.outcome,
                    polarity=tag.polarity,
                    score=tag.score,
                    model_version=derived.model_version,
                )
                for tag in derived.tags
            ]
        )
    return True


async def record_attempt(submission_id: str) -> int:
    """Count a failed try; once MAX_ATTEMPTS is reached the submission is marked failed."""
    submission = await Submission.get_or_none(id=submission_id)
    if submission is None:
        return MAX_ATTEMPTS
    attempts = submission.attempts + 1
    await Submission.filter(id=submission_id).update(attempts=attempts)
    if attempts >= MAX_ATTEMPTS:
        await mark_failed(submission_id, "analysis-error")
    return attempts


async def mark_failed(submission_id: str, reason: str) -> None:
    await Submission.filter(id=submission_id, status=Status.PENDING).update(
        status=Status.FAILED, failure=reason
    )


async def pending_ids() -> list[str]:
    ids = await Submission.filter(status=Status.PENDING).values_list("id", flat=True)
    return [str(i) for i in ids]


async def counts() -> dict[str, int]:
    total = await Submission.all().count()
    by_status = {s.value: await Submission.filter(status=s).count() for s in Status}
    return {"total": total, **by_status}


async def apply_retention(days: int) -> tuple[int, int]:
    """Delete the envelopes of analysed submissions older than `days` (their facts stay), and
    forget spent form tokens that have expired. Returns how many of each."""
    cutoff = date.today() - timedelta(days=days)
    envelopes = await Submission.filter(
        status=Status.ANALYSED, received_on__lt=cutoff, ciphertext__not_isnull=True
    ).update(ciphertext=None)
    return envelopes, await tokens.forget_expired()


async def retry_failed() -> int:
    return await Submission.filter(status=Status.FAILED).update(
        status=Status.PENDING, attempts=0, failure=None
    )
