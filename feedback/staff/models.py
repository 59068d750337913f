"""Organisations, their services, staff accounts and staff sessions."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class OrgType(StrEnum):
    POLICE = "police"
    NHS_TRUST = "nhs_trust"
    SARC = "sarc"
    GP = "gp"
    MENTAL_HEALTH = "mental_health"
    ISVA = "isva"
    LOCAL_AUTHORITY = "local_authority"
    THIRD_SECTOR = "third_sector"


class Role(StrEnum):
    ADMIN = "admin"
    FACILITATOR = "facilitator"
    REVIEWER = "reviewer"


class Organisation(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=120, unique=True)
    kind = fields.CharEnumField(OrgType, max_length=16)

    class Meta:
        table = "staff_organisations"


class OrgService(Model):
    """A service an organisation runs: which feedback (service kind, borough) is theirs."""

    id = fields.IntField(primary_key=True)
    organisation = fields.ForeignKeyField(
        "models.Organisation", related_name="services", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=120)
    service = fields.CharField(max_length=32)  # a key of feedback.intake.forms.SERVICES
    borough = fields.CharField(max_length=32, null=True)  # null: every borough

    class Meta:
        table = "staff_services"


class StaffUser(Model):
    id = fields.IntField(primary_key=True)
    email = fields.CharField(max_length=254, unique=True)
    password_hash = fields.CharField(max_length=255)
    # Sealed under a subkey of the web secret (feedback.staff.service.seal_totp).
    totp_secret = fields.CharField(max_length=255)
    role = fields.CharEnumField(Role, max_length=16)
    organisations: fields.ManyToManyRelation[Organisation] = fields.ManyToManyField(
        "models.Organisation", related_name="users", through="staff_user_organisations"
    )
    failed_logins = fields.IntField(default=0)
    locked_until = fields.DatetimeField(null=True)
    # The last TOTP time step accepted: a code is never accepted twice.
    last_totp_step = fields.BigIntField(default=0)
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "staff_users"


class StaffSession(Model):
    # sha256 of the cookie's token: a copy of the table cannot be replayed as a cookie.
    id = fields.CharField(max_length=64, primary_key=True)
    user = fields.ForeignKeyField(
        "models.StaffUser", related_name="sessions", on_delete=fields.CASCADE, null=True
    )
    csrf = fields.CharField(max_length=64)
    created_at = fields.DatetimeField()
    seen_at = fields.DatetimeField()

    class Meta:
        table = "staff_sessions"
