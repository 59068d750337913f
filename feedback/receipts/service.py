"""Receipt codes: a way to hear back without an account.

The code is made and kept by the survivor. From it, the browser (or, without JavaScript, the
server for the moment of the request) derives two things: a lookup id, which the server keys
once more with its own secret before storing, and an X25519 keypair (Argon2id), whose public half
staff seal replies to. `static/js/receipt.js` implements the same derivation; a browser test
checks that the two agree.
"""

from __future__ import annotations

import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import date
from hashlib import sha256

from nacl import pwhash
from nacl.encoding import RawEncoder
from nacl.exceptions import CryptoError
from nacl.hash import blake2b
from nacl.public import PrivateKey, PublicKey, SealedBox

from feedback.intake.models import Status
from feedback.receipts.models import Receipt, Reply
from feedback.secret import web_secret

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32: no I, L, O or U
CODE_LENGTH = 20  # 100 bits
GROUP = 4
LOOKUP_KEY = b"heard-receipt-lookup-v1"
KEY_SALT = b"heard-receipt-v1"  # 16 bytes, as Argon2id asks
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


@dataclass(frozen=True)
class Found:
    status: Status
    replies: list[tuple[date, bytes]]


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + GROUP] for i in range(0, CODE_LENGTH, GROUP))


def normalise(code: str) -> str | None:
    """Forgive case, spaces, dashes and look-alike letters; None if it cannot be a code."""
    cleaned = re.sub(r"[^0-9A-Za-z]", "", code).upper().translate(_CONFUSABLE)
    if len(cleaned) != CODE_LENGTH or any(c not in ALPHABET for c in cleaned):
        return None
    return cleaned


def lookup_id(normalised: str) -> bytes:
    return blake2b(normalised.encode(), digest_size=32, key=LOOKUP_KEY, encoder=RawEncoder)


def keypair(normalised: str) -> PrivateKey:
    seed = pwhash.argon2id.kdf(
        32,
        normalised.encode(),
        KEY_SALT,
        opslimit=pwhash.argon2id.OPSLIMIT_INTERACTIVE,
        memlimit=pwhash.argon2id.MEMLIMIT_INTERACTIVE,
    )
    return PrivateKey.from_seed(seed)


def _stored_hash(lookup: bytes) -> str:
    return hmac.new(web_secret(), lookup, sha256).hexdigest()


async def attach(submission_id: object, lookup: bytes, public_key: bytes) -> None:
    await Receipt.create(
        lookup_hash=_stored_hash(lookup), submission_id=submission_id, public_key=public_key
    )


async def find(lookup: bytes) -> Found | None:
    receipt = await Receipt.get_or_none(lookup_hash=_stored_hash(lookup)).prefetch_related(
        "submission"
    )
    if receipt is None:
        return None
    replies = await Reply.filter(submission_id=receipt.submission_id).order_by("id")
    return Found(
        status=receipt.submission.status,
        replies=[(reply.sent_on, bytes(reply.ciphertext)) for reply in replies],
    )


def open_replies(found: Found, private_key: PrivateKey) -> list[tuple[date, str]]:
    box = SealedBox(private_key)
    opened = []
    for sent_on, ciphertext in found.replies:
        try:
            opened.append((sent_on, box.decrypt(ciphertext).decode()))
        except (CryptoError, UnicodeDecodeError):
            continue
    return opened


async def reply(submission_id: str, text: str) -> bool:
    """Seal a staff reply to the submission's receipt key. False if it has no receipt."""
    receipt = await Receipt.get_or_none(submission_id=submission_id)
    if receipt is None:
        return False
    ciphertext = SealedBox(PublicKey(bytes(receipt.public_key))).encrypt(text.encode())
    await Reply.create(submission_id=submission_id, ciphertext=ciphertext, sent_on=date.today())
    return True
