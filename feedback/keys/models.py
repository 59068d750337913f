"""Public halves of analysis keys. The private halves never enter the database."""

from tortoise import fields
from tortoise.models import Model


class AnalysisKey(Model):
    kid = fields.CharField(pk=True, max_length=32)
    public_key = fields.BinaryField()
    created_on = fields.DateField()
    current = fields.BooleanField(default=False)

    class Meta:
        table = "analysis_keys"
