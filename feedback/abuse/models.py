from tortoise import fields
from tortoise.models import Model


class UsedToken(Model):
    """A form token already spent. Holds its random nonce and the day it expires, nothing else."""

    nonce = fields.CharField(primary_key=True, max_length=32)
    expires_on = fields.DateField(index=True)

    class Meta:
        table = "used_form_tokens"
