"""Consultations, their single-use codes, the responses they admit, and what the worker keeps.

A code and the response it admits share nothing: codes are stored as keyed hashes and deleted
in the transaction that stores the response; responses carry no code, no time and no sequence.
"""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class Status(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"
    PUBLISHED = "published"


class Consultation(Model):
    id = fields.IntField(primary_key=True)
    slug = fields.CharField(max_length=16, unique=True)
    title = fields.JSONField()  # {locale: text}
    introduction = fields.JSONField(default=dict)  # {locale: text}
    # [{"kind": "text"|"choice"|"multi"|"scale", "prompt": {locale: text}, "options": [...]}]
    questions = fields.JSONField(default=list)
    status = fields.CharEnumField(Status, default=Status.DRAFT, max_length=16)
    created_by = fields.CharField(max_length=254)

    class Meta:
        table = "consultations"


class Code(Model):
    """An unused participation code, as a keyed hash; deleted when it is used."""

    hash = fields.CharField(primary_key=True, max_length=64)
    consultation = fields.ForeignKeyField(
        "models.Consultation", related_name="codes", on_delete=fields.CASCADE
    )

    class Meta:
        table = "consultation_codes"


class Response(Model):
    """A sealed response (its envelope is a `Submission`) and, once analysed, its answers."""

    submission = fields.OneToOneField(
        "models.Submission",
        related_name="consultation_response",
        on_delete=fields.CASCADE,
        primary_key=True,
    )
    consultation = fields.ForeignKeyField(
        "models.Consultation", related_name="responses", on_delete=fields.CASCADE
    )
    # {question index: [chosen option indexes]}; null until the worker has analysed it.
    answers = fields.JSONField(null=True)
    quotes = fields.JSONField(default=list)  # [{"question": i, "text": redacted}], if consented

    class Meta:
        table = "consultation_responses"


class ResponseTag(Model):
    """An outcome the worker found in a free-text answer, met or unmet."""

    id = fields.IntField(primary_key=True)
    # The response's own key (aerich cannot point a foreign key at a one-to-one primary key).
    submission = fields.ForeignKeyField(
        "models.Submission",
        related_name="consultation_tags",
        on_delete=fields.CASCADE,
        db_index=True,
    )
    question = fields.SmallIntField()
    outcome = fields.CharField(max_length=16)
    polarity = fields.CharField(max_length=8)
    score = fields.FloatField()
    model_version = fields.CharField(max_length=40)

    class Meta:
        table = "consultation_tags"


class Update(Model):
    """A "you said, we did" entry; public once its consultation is published."""

    id = fields.IntField(primary_key=True)
    consultation = fields.ForeignKeyField(
        "models.Consultation", related_name="updates", on_delete=fields.CASCADE
    )
    you_said = fields.TextField()
    we_did = fields.TextField()

    class Meta:
        table = "consultation_updates"
