"""Public-key operations the web tier may do: seal, pad and check envelopes.

Nothing here can open a sealed box; that needs the private key, which only the worker holds
(see `feedback.keys.keyfile`).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from nacl import bindings
from nacl.hash import blake2b
from nacl.public import PublicKey, SealedBox

PAD_BLOCK = 1024
SEAL_OVERHEAD = bindings.crypto_box_SEALBYTES  # 48: ephemeral public key + MAC
ENVELOPE_VERSION = 1


class EnvelopeError(ValueError):
    """An envelope that is not well formed; the message is safe to show to the sender."""


@dataclass(frozen=True)
class Envelope:
    kid: str
    ct: bytes

    def to_json(self) -> dict[str, Any]:
        return {"v": ENVELOPE_VERSION, "kid": self.kid, "ct": base64.b64encode(self.ct).decode()}


def key_id(public_key: bytes) -> str:
    return blake2b(public_key, digest_size=8).decode()


def pad(plaintext: bytes) -> bytes:
    # ISO/IEC 7816-4 padding, the same as libsodium's sodium_pad in the browser.
    return bindings.sodium_pad(plaintext, PAD_BLOCK)


def unpad(padded: bytes) -> bytes:
    return bindings.sodium_unpad(padded, PAD_BLOCK)


def seal(payload: dict[str, Any], kid: str, public_key: bytes) -> Envelope:
    plaintext = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    return Envelope(kid=kid, ct=SealedBox(PublicKey(public_key)).encrypt(pad(plaintext)))


def parse_envelope(data: Any, max_bytes: int) -> Envelope:
    """Check the one structure the web tier can see: version, key id and padded length."""
    if not isinstance(data, dict):
        raise EnvelopeError("The envelope must be a JSON object.")
    unknown = set(data) - {"v", "kid", "ct"}
    if unknown:
        raise EnvelopeError(f"Unknown field(s): {', '.join(sorted(unknown))}.")
    if data.get("v") != ENVELOPE_VERSION:
        raise EnvelopeError(f'"v" must be {ENVELOPE_VERSION}.')
    kid, ct_b64 = data.get("kid"), data.get("ct")
    if not isinstance(kid, str) or not kid or len(kid) > 64:
        raise EnvelopeError('"kid" must be a key id string.')
    if not isinstance(ct_b64, str):
        raise EnvelopeError('"ct" must be a base64 string.')
    try:
        ct = base64.b64decode(ct_b64, validate=True)
    except (binascii.Error, ValueError):
        raise EnvelopeError('"ct" is not valid base64.') from None
    if len(ct) > max_bytes:
        raise EnvelopeError("The ciphertext is too large.")
    if len(ct) < SEAL_OVERHEAD + PAD_BLOCK or (len(ct) - SEAL_OVERHEAD) % PAD_BLOCK:
        raise EnvelopeError(
            f"The ciphertext must be {SEAL_OVERHEAD} bytes plus a multiple of {PAD_BLOCK} bytes."
        )
    return Envelope(kid=kid, ct=ct)
