from tortoise import fields
from tortoise.models import Model


class Receipt(Model):
    """How a survivor can come back: a keyed hash to find the submission, a key to reply to.

    Neither the receipt code nor anything that opens replies is stored.
    """

    lookup_hash = fields.CharField(primary_key=True, max_length=64)
    submission = fields.OneToOneField(
        "models.Submission", related_name="receipt", on_delete=fields.CASCADE
    )
    public_key = fields.BinaryField()

    class Meta:
        table = "receipts"


class Reply(Model):
    """A reply from staff, sealed to the receipt's public key: only the code's holder opens it."""

    id = fields.IntField(primary_key=True)
    submission = fields.ForeignKeyField(
        "models.Submission", related_name="replies", on_delete=fields.CASCADE, db_index=True
    )
    ciphertext = fields.BinaryField()
    sent_on = fields.DateField()

    class Meta:
        table = "receipt_replies"
