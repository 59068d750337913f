"""Checking what a survivor sends to find their feedback again."""

from __future__ import annotations

import base64
import binascii
from typing import Any

from nacl.bindings import crypto_box_PUBLICKEYBYTES

LOOKUP_BYTES = 32


class ReceiptError(ValueError):
    """The receipt part of a request is malformed; the message is safe to show."""


def _b64(value: Any, size: int, name: str) -> bytes:
    if not isinstance(value, str):
        raise ReceiptError(f'"{name}" must be a base64 string.')
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ReceiptError(f'"{name}" is not valid base64.') from None
    if len(raw) != size:
        raise ReceiptError(f'"{name}" must be {size} bytes.')
    return raw


def parse_lookup(value: Any) -> bytes:
    return _b64(value, LOOKUP_BYTES, "lookup")


def parse_receipt(data: Any) -> tuple[bytes, bytes]:
    """`{"lookup": base64, "public_key": base64}` sent beside an envelope."""
    if not isinstance(data, dict) or set(data) != {"lookup", "public_key"}:
        raise ReceiptError('"receipt" must be an object with "lookup" and "public_key".')
    return (
        parse_lookup(data["lookup"]),
        _b64(data["public_key"], crypto_box_PUBLICKEYBYTES, "public_key"),
    )
