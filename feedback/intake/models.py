"""Sealed submissions and the derived, non-identifying facts the worker keeps from them."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class Status(StrEnum):
    PENDING = "pending"
    ANALYSED = "analysed"
    FAILED = "failed"


class Submission(Model):
    # A random id: a sequence number would tell the order in which survivors wrote.
    id = fields.UUIDField(primary_key=True)
    kid = fields.CharField(max_length=32)
    ciphertext = fields.BinaryField(null=True)  # null once retention has removed it
    received_on = fields.DateField()  # the day only, never the time
    status = fields.CharEnumField(Status, default=Status.PENDING, max_length=16)
    attempts = fields.SmallIntField(default=0)
    failure = fields.CharField(max_length=64, null=True)  # a reason code, never content

    class Meta:
        table = "submissions"
        indexes = (("status",),)


class Facts(Model):
    """What analysis keeps: structured answers only; the free text itself is dropped."""

    submission = fields.OneToOneField(
        "models.Submission", related_name="facts", on_delete=fields.CASCADE, primary_key=True
    )
    locale = fields.CharField(max_length=16)
    service = fields.CharField(max_length=32, null=True)
    organisation = fields.CharField(max_length=120, null=True)
    borough = fields.CharField(max_length=32, null=True)
    month = fields.CharField(max_length=7, null=True)  # YYYY-MM, when the survivor said
    answers = fields.JSONField(default=dict)  # ratings and banded monitoring answers
    quote = fields.TextField(null=True)  # redacted, and only where the survivor consented

    class Meta:
        table = "submission_facts"
        indexes = (("service", "borough", "month"), ("month",))


class Tag(Model):
    """One outcome the worker found in the free text, met or unmet, with the model's score."""

    id = fields.IntField(primary_key=True)
    submission = fields.ForeignKeyField(
        "models.Submission", related_name="tags", on_delete=fields.CASCADE, db_index=True
    )
    outcome = fields.CharField(max_length=16)
    polarity = fields.CharField(max_length=8)
    score = fields.FloatField()
    model_version = fields.CharField(max_length=40)

    class Meta:
        table = "submission_tags"
        indexes = (("outcome", "polarity"),)
