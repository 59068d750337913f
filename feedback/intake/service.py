"""Accepting sealed submissions, and turning them into derived facts on the worker.

`accept` runs on the web tier and only ever handles ciphertext. `analyse` runs on the worker,
which passes in the means to open an envelope, so this module never touches a private key.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import date

from nacl.exceptions import CryptoError
from tortoise.transactions import in_transaction

from feedback.crypto import Envelope
from feedback.intake import forms
from feedback.intake.models import Facts, Status, Submission

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


def _open(opener: Opener, submission: Submission) -> forms.Feedback:
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
    feedback = forms.clean(data, locale=locale[:16])
    if "text" in feedback.errors and not feedback.text:
        raise AnalysisFailed("empty-text")
    return feedback


async def analyse(submission_id: str, opener: Opener) -> bool:
    """Decrypt in memory, keep derived facts, drop the plaintext. True if this call stored them.

    Safe to run twice or concurrently: only the call that moves the row out of `pending`
    writes facts, so each submission is analysed exactly once.
    """
    submission = await Submission.get_or_none(id=submission_id)
    if submission is None or submission.status != Status.PENDING:
        return False
    try:
        feedback = _open(opener, submission)
    except AnalysisFailed as failure:
        await mark_failed(submission_id, failure.reason)
        return False
    async with in_transaction():
        moved = await Submission.filter(id=submission_id, status=Status.PENDING).update(
            status=Status.ANALYSED
        )
        if moved:
            await Facts.create(
                submission_id=submission_id,
                locale=feedback.locale,
                service=feedback.service,
                organisation=feedback.organisation,
                borough=feedback.borough,
                month=feedback.month,
            )
    return bool(moved)


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


async def retry_failed() -> int:
    return await Submission.filter(status=Status.FAILED).update(
        status=Status.PENDING, attempts=0, failure=None
    )
