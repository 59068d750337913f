"""Consultations on the web tier: their life cycle, participation codes and sealed responses.

Participation codes use the receipt code format (Crockford base 32, 100 bits, read aloud in
groups of four). Only a keyed hash of each is stored, and it is deleted in the transaction that
stores the response it admitted, so nothing joins a response to its code.
"""

from __future__ import annotations

import hmac
import secrets
import uuid
from hashlib import sha256

from tortoise.transactions import in_transaction

from feedback.consultations.forms import Definition
from feedback.consultations.models import Code, Consultation, Response, Status, Update
from feedback.crypto import Envelope
from feedback.i18n import gettext as _
from feedback.intake import service as intake
from feedback.receipts.service import ALPHABET, new_code, normalise
from feedback.secret import web_secret

MAX_CODES = 500
SLUG_LENGTH = 10
NEXT: dict[Status, Status] = {
    Status.DRAFT: Status.OPEN,
    Status.OPEN: Status.CLOSED,
    Status.CLOSED: Status.PUBLISHED,
}


class WrongStatus(ValueError):
    """The consultation is not at the stage this needs."""


async def create(definition: Definition, created_by: str) -> Consultation:
    slug = "".join(secrets.choice(ALPHABET.lower()) for _ in range(SLUG_LENGTH))
    return await Consultation.create(
        slug=slug,
        title=definition.title,
        introduction=definition.introduction,
        questions=definition.questions,
        created_by=created_by,
    )


async def update_texts(consultation: Consultation, definition: Definition) -> None:
    """New wording or translations; the questions and options themselves stay as they are."""
    if consultation.status not in (Status.DRAFT, Status.OPEN):
        raise WrongStatus(_("Only a draft or open consultation can be changed."))
    consultation.title = definition.title
    consultation.introduction = definition.introduction
    consultation.questions = definition.questions
    await consultation.save(update_fields=["title", "introduction", "questions"])


async def move(consultation: Consultation, to: Status) -> None:
    """Draft → open → closed → published, one step at a time."""
    moved = await Consultation.filter(id=consultation.id, status=_before(to)).update(status=to)
    if not moved:
        raise WrongStatus(
            _("Only a %(now)s consultation can become %(to)s.", now=_before(to).value, to=to.value)
        )
    consultation.status = to


def _before(to: Status) -> Status:
    for state, after in NEXT.items():
        if after == to:
            return state
    raise WrongStatus(_("A consultation cannot go back to %(to)s.", to=to.value))


def _code_hash(consultation_id: int, normalised: str) -> str:
    message = f"heard-consultation-code-v1:{consultation_id}:{normalised}".encode()
    return hmac.new(web_secret(), message, sha256).hexdigest()


async def new_codes(consultation: Consultation, count: int) -> list[str]:
    if consultation.status not in (Status.DRAFT, Status.OPEN):
        raise WrongStatus(_("Codes are only for a draft or open consultation."))
    if not 1 <= count <= MAX_CODES:
        raise ValueError(_("Ask for 1 to %(n)s codes.", n=MAX_CODES))
    codes = [new_code() for _ in range(count)]
    await Code.bulk_create(
        [Code(hash=_code_hash(consultation.id, normalise(c) or ""), consultation=consultation)
         for c in codes]
    )  # fmt: skip
    return codes


async def unused_codes(consultation: Consultation) -> int:
    return await Code.filter(consultation_id=consultation.id).count()


async def code_works(consultation: Consultation, code: str) -> bool:
    normalised = normalise(code)
    return bool(normalised) and await Code.exists(
        hash=_code_hash(consultation.id, normalised or ""), consultation_id=consultation.id
    )


async def accept(consultation: Consultation, code: str, envelope: Envelope) -> uuid.UUID | None:
    """Store a sealed response if the code is unused and the consultation open; else None.

    The code is spent in the same transaction, so it admits exactly one response.
    """
    normalised = normalise(code)
    if normalised is None:
        return None
    async with in_transaction():
        if not await Consultation.exists(id=consultation.id, status=Status.OPEN):
            return None
        spent = await Code.filter(
            hash=_code_hash(consultation.id, normalised), consultation_id=consultation.id
        ).delete()
        if not spent:
            return None
        submission_id = await intake.accept(envelope)
        await Response.create(submission_id=submission_id, consultation=consultation)
    return submission_id


async def open_by_slug(slug: str) -> Consultation | None:
    return await Consultation.get_or_none(slug=slug, status=Status.OPEN)


async def add_update(consultation: Consultation, you_said: str, we_did: str) -> Update:
    return await Update.create(consultation=consultation, you_said=you_said, we_did=we_did)


async def published_updates() -> list[tuple[Consultation, list[Update]]]:
    """ "You said, we did" of every published consultation, newest first."""
    found = []
    for consultation in await Consultation.filter(status=Status.PUBLISHED).order_by("-id"):
        updates = await Update.filter(consultation_id=consultation.id).order_by("id")
        if updates:
            found.append((consultation, updates))
    return found
