"""Staff accounts: passwords, TOTP, login throttling, sessions, roles and data scope."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import logging
import secrets
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from functools import cache

import pyotp
from nacl import pwhash
from nacl.exceptions import CryptoError, InvalidkeyError
from nacl.secret import SecretBox
from tortoise.expressions import F

from feedback.secret import secret_box
from feedback.staff.models import Organisation, OrgService, Role, StaffSession, StaffUser

log = logging.getLogger("heard.staff")

ISSUER = "Heard"
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
IDLE = timedelta(minutes=30)
ABSOLUTE = timedelta(hours=8)
COOKIE = "__Host-heard-staff"

# (service kind, borough or None for every borough): the feedback a user may read.
Scope = list[tuple[str, str | None]]


class Permission(StrEnum):
    DASHBOARD = "dashboard"
    QUOTES = "quotes"
    EXPORT = "export"
    REVIEW_READ = "review_read"
    REVIEW_WRITE = "review_write"
    PUBLISH = "publish"
    CORRECT = "correct"
    ACCOUNTS = "accounts"
    AUDIT = "audit"
    CONSULTATIONS = "consultations"


# Least privilege: administrators run the service and read no feedback; facilitators read and
# publish; reviewers also record reviews and correct tags. Consultations are run by
# facilitators and administrators (VOICE groups), not by agency reviewers.
GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset({Permission.ACCOUNTS, Permission.AUDIT, Permission.CONSULTATIONS}),
    Role.FACILITATOR: frozenset(
        {
            Permission.CONSULTATIONS,
            Permission.DASHBOARD,
            Permission.QUOTES,
            Permission.EXPORT,
            Permission.REVIEW_READ,
            Permission.PUBLISH,
        }
    ),
    Role.REVIEWER: frozenset(
        {
            Permission.DASHBOARD,
            Permission.QUOTES,
            Permission.EXPORT,
            Permission.REVIEW_READ,
            Permission.REVIEW_WRITE,
            Permission.PUBLISH,
            Permission.CORRECT,
        }
    ),
}


def allowed(role: Role | str, permission: Permission) -> bool:
    return permission in GRANTS[Role(role)]


def now() -> datetime:
    return datetime.now(UTC)


# --- passwords and TOTP ---------------------------------------------------------------------


def hash_password(password: str) -> str:
    return pwhash.argon2id.str(password.encode()).decode()


def check_password(stored: str, password: str) -> bool:
    try:
        return pwhash.argon2id.verify(stored.encode(), password.encode())
    except InvalidkeyError:
        return False


@cache
def _decoy_hash() -> str:
    # Unknown accounts still cost one Argon2id check, so timing does not tell which exist.
    return hash_password(secrets.token_urlsafe(16))


# A TOTP secret is stored sealed: with the database alone, a second factor cannot be made.
SEALED = "sealed:"


def new_totp_secret() -> str:
    return pyotp.random_base32()


@cache
def _totp_box() -> SecretBox:
    return secret_box(b"heard.staff.totp")


def seal_totp(secret: str) -> str:
    return SEALED + base64.b64encode(_totp_box().encrypt(secret.encode())).decode()


def open_totp(stored: str) -> str | None:
    """The secret in `stored` (one stored before sealing began is still plain), or None when
    it was sealed under another web secret."""
    if not stored.startswith(SEALED):
        return stored
    try:
        return _totp_box().decrypt(base64.b64decode(stored.removeprefix(SEALED))).decode()
    except CryptoError:
        log.warning("a TOTP secret will not open: has HEARD_SECRET_KEY changed?")
        return None


def totp_uri(secret: str, email: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name=ISSUER)


def totp_step(secret: str, code: str) -> int | None:
    """The time step `code` belongs to (now, or one step either side for clock drift)."""
    code = "".join(code.split())
    if not (code.isdigit() and len(code) == 6):
        return None
    totp = pyotp.TOTP(secret)
    current = totp.timecode(now())
    for step in (current - 1, current, current + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None


# --- accounts -------------------------------------------------------------------------------


async def create_user(
    email: str, password: str, role: Role, organisations: list[Organisation]
) -> tuple[StaffUser, str]:
    """The new account and its TOTP secret, to be shown once and never again."""
    secret = new_totp_secret()
    user = await StaffUser.create(
        email=email.strip().lower(),
        password_hash=hash_password(password),
        totp_secret=seal_totp(secret),
        role=role,
    )
    if organisations:
        await user.organisations.add(*organisations)
    return user, secret


async def authenticate(email: str, password: str, code: str) -> StaffUser | None:
    """The user if password and TOTP code are right and the account is not locked."""
    user = await StaffUser.get_or_none(email=email.strip().lower(), active=True)
    if user is None:
        await asyncio.to_thread(check_password, _decoy_hash(), password)
        return None
    if user.locked_until and user.locked_until > now():
        return None
    # Argon2id is slow on purpose: keep it off the event loop.
    password_ok = await asyncio.to_thread(check_password, user.password_hash, password)
    secret = open_totp(user.totp_secret)
    step = totp_step(secret, code) if secret else None
    if password_ok and secret and step is not None and step > user.last_totp_step:
        # Conditional, so two requests racing with one code cannot both sign in. The secret is
        # sealed afresh, which seals one from before sealing began, in the web tier: the one
        # holder of the web secret.
        claimed = await StaffUser.filter(id=user.id, last_totp_step__lt=step).update(
            last_totp_step=step, failed_logins=0, locked_until=None, totp_secret=seal_totp(secret)
        )
        if claimed:
            return user
    await StaffUser.filter(id=user.id).update(failed_logins=F("failed_logins") + 1)
    failures = (await StaffUser.get(id=user.id)).failed_logins
    if failures % MAX_FAILURES == 0:
        await StaffUser.filter(id=user.id).update(locked_until=now() + LOCKOUT)
    return None


async def scope_of(user: StaffUser) -> Scope:
    services = await OrgService.filter(organisation__users__id=user.id)
    return sorted({(s.service, s.borough) for s in services}, key=lambda p: (p[0], p[1] or ""))


async def organisations_of(user: StaffUser) -> list[Organisation]:
    return await Organisation.filter(users__id=user.id).order_by("name")


async def organisation_scope(user: StaffUser, organisation_id: int) -> Scope | None:
    """The services of one of the user's organisations, or None if it is not theirs."""
    if not await Organisation.filter(id=organisation_id, users__id=user.id).exists():
        return None
    services = await OrgService.filter(organisation_id=organisation_id)
    return sorted({(s.service, s.borough) for s in services}, key=lambda p: (p[0], p[1] or ""))


# --- sessions -------------------------------------------------------------------------------


def _session_id(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def start_session(user: StaffUser | None) -> tuple[str, StaffSession]:
    token = secrets.token_urlsafe(32)
    moment = now()
    session = await StaffSession.create(
        id=_session_id(token),
        user=user,
        csrf=secrets.token_urlsafe(32),
        created_at=moment,
        seen_at=moment,
    )
    return token, session


async def load_session(token: str | None) -> StaffSession | None:
    if not token or len(token) > 100:
        return None
    session = await StaffSession.get_or_none(id=_session_id(token)).prefetch_related("user")
    if session is None:
        return None
    moment = now()
    if moment - session.seen_at > IDLE or moment - session.created_at > ABSOLUTE:
        await session.delete()
        return None
    if session.user is not None and not session.user.active:
        return None
    if moment - session.seen_at > timedelta(minutes=1):
        await StaffSession.filter(id=session.id).update(seen_at=moment)
    return session


async def end_session(session: StaffSession) -> None:
    await StaffSession.filter(id=session.id).delete()


async def drop_expired_sessions() -> None:
    moment = now()
    await StaffSession.filter(seen_at__lt=moment - IDLE).delete()
    await StaffSession.filter(created_at__lt=moment - ABSOLUTE).delete()
