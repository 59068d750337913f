"""Per-form tokens on anonymous posts: signed, short-lived and single-use.

A token proves that a post came from a form this service handed out within the last day, and
cannot be replayed. It names no one: no address, no time finer than the minute it was issued,
and a spent token is kept only as its random nonce until the day it expires.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import secrets
import time
from datetime import date, timedelta

from nacl.encoding import RawEncoder
from nacl.hash import blake2b
from tortoise.exceptions import IntegrityError

from feedback.abuse.models import UsedToken
from feedback.secret import web_secret

TTL_MINUTES = 24 * 60
_NONCE = 12
_MAC = 16


def _mac(body: bytes) -> bytes:
    return blake2b(
        body, digest_size=_MAC, key=web_secret(), person=b"heard-form-tok", encoder=RawEncoder
    )


def issue(now: float | None = None) -> str:
    minute = int((now or time.time()) // 60)
    body = minute.to_bytes(4, "big") + secrets.token_bytes(_NONCE)
    return base64.urlsafe_b64encode(body + _mac(body)).decode().rstrip("=")


def check(token: str, now: float | None = None) -> bytes | None:
    """The token's nonce if it is genuine and fresh; None otherwise. Does not spend it."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        return None
    if len(raw) != 4 + _NONCE + _MAC:
        return None
    body, mac = raw[: 4 + _NONCE], raw[4 + _NONCE :]
    if not hmac.compare_digest(mac, _mac(body)):
        return None
    age = int((now or time.time()) // 60) - int.from_bytes(body[:4], "big")
    return body[4:] if 0 <= age <= TTL_MINUTES else None


async def redeem(token: str) -> bool:
    """Spend a token: True the first time a genuine, fresh token is seen, False ever after."""
    nonce = check(token)
    if nonce is None:
        return False
    try:
        await UsedToken.create(nonce=nonce.hex(), expires_on=date.today() + timedelta(days=2))
    except IntegrityError:
        return False
    return True


async def forget_expired() -> int:
    return await UsedToken.filter(expires_on__lt=date.today()).delete()
