"""Counts for dashboards, service-gap reviews, their findings and actions, and tag corrections."""

from tortoise import fields
from tortoise.models import Model


class Cell(Model):
    """A rolled-up count, so dashboards read thousands of rows rather than millions.

    kind "tag": tags by outcome and polarity; "sub": tagged submissions; "rating": how many
    submissions rated an outcome (`count`) and the sum of those ratings (`total`).
    A missing service, borough or month is stored as "" so the unique key holds.
    """

    id = fields.IntField(primary_key=True)
    kind = fields.CharField(max_length=8)
    outcome = fields.CharField(max_length=16, default="")
    polarity = fields.CharField(max_length=8, default="")
    service = fields.CharField(max_length=32, default="")
    borough = fields.CharField(max_length=32, default="")
    month = fields.CharField(max_length=7, default="")
    locale = fields.CharField(max_length=16, default="")
    count = fields.IntField(default=0)
    total = fields.IntField(default=0)

    class Meta:
        table = "review_cells"
        unique_together = (
            ("kind", "outcome", "polarity", "service", "borough", "month", "locale"),
        )
        # The second covers the dashboard's main query (no table lookups, rows already in
        # GROUP BY order): an unfiltered dashboard over a million submissions in tens of ms.
        indexes = (
            ("kind", "service", "borough", "month"),
            ("kind", "outcome", "polarity", "month", "service", "borough", "locale", "count"),
        )


class CellMark(Model):
    """How far the cells have counted: every tag with an id up to `last_tag_id`."""

    id = fields.IntField(primary_key=True)
    last_tag_id = fields.BigIntField(default=0)

    class Meta:
        table = "review_cell_mark"


class Review(Model):
    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=200)
    organisation = fields.ForeignKeyField(
        "models.Organisation", related_name="reviews", on_delete=fields.CASCADE
    )
    service = fields.CharField(max_length=32, default="")
    borough = fields.CharField(max_length=32, default="")
    month_from = fields.CharField(max_length=7)
    month_to = fields.CharField(max_length=7)
    opened_by = fields.CharField(max_length=254)
    opened_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "reviews"


class Finding(Model):
    """An outcome pinned to a review, with the figures and quotes as they stood (suppressed)."""

    id = fields.IntField(primary_key=True)
    review = fields.ForeignKeyField(
        "models.Review", related_name="findings", on_delete=fields.CASCADE
    )
    outcome = fields.CharField(max_length=16)
    polarity = fields.CharField(max_length=8)
    summary = fields.TextField()
    figures = fields.JSONField(default=dict)
    quotes = fields.JSONField(default=list)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "review_findings"


class Action(Model):
    id = fields.IntField(primary_key=True)
    review = fields.ForeignKeyField(
        "models.Review", related_name="actions", on_delete=fields.CASCADE
    )
    outcome = fields.CharField(max_length=16)
    you_said = fields.TextField()
    we_did = fields.TextField()
    owner = fields.CharField(max_length=120)
    due = fields.DateField()
    published_at = fields.DatetimeField(null=True)

    class Meta:
        table = "review_actions"


class Correction(Model):
    """A reviewer's correction of one tag; the tag itself is changed too."""

    id = fields.IntField(primary_key=True)
    tag_id = fields.IntField()
    submission = fields.ForeignKeyField(
        "models.Submission", related_name="corrections", on_delete=fields.CASCADE
    )
    old_outcome = fields.CharField(max_length=16)
    old_polarity = fields.CharField(max_length=8)
    outcome = fields.CharField(max_length=16)
    polarity = fields.CharField(max_length=8)
    corrected_by = fields.CharField(max_length=254)
    corrected_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "review_corrections"
