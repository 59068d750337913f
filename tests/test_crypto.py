"""Envelopes: what the web tier can check, and that the worker's key opens what we seal."""

from __future__ import annotations

import base64
import json

import pytest
from nacl.public import PrivateKey, SealedBox

from feedback import crypto


def _keypair() -> tuple[PrivateKey, str, bytes]:
    private = PrivateKey.generate()
    public = bytes(private.public_key)
    return private, crypto.key_id(public), public


@pytest.mark.parametrize("size", [0, 1, 1023, 1024, 1025, 5000])
def test_sealed_length_reveals_only_the_kilobyte_block(size: int) -> None:
    private, kid, public = _keypair()
    envelope = crypto.seal({"text": "x" * size, "locale": "en"}, kid, public)
    assert (len(envelope.ct) - crypto.SEAL_OVERHEAD) % crypto.PAD_BLOCK == 0
    opened = crypto.unpad(SealedBox(private).decrypt(envelope.ct))
    assert json.loads(opened)["text"] == "x" * size


def test_parse_accepts_what_seal_makes() -> None:
    _, kid, public = _keypair()
    sealed = crypto.seal({"text": "hello", "locale": "en"}, kid, public)
    parsed = crypto.parse_envelope(sealed.to_json(), max_bytes=64 * 1024)
    assert parsed == sealed


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "JSON object"),
        ({"v": 2, "kid": "k", "ct": ""}, '"v" must be 1'),
        ({"v": 1, "kid": "", "ct": ""}, '"kid"'),
        ({"v": 1, "kid": 5, "ct": ""}, '"kid"'),
        ({"v": 1, "kid": "k", "ct": 5}, '"ct" must be'),
        ({"v": 1, "kid": "k", "ct": "not base64!"}, "not valid base64"),
        ({"v": 1, "kid": "k", "ct": base64.b64encode(b"x" * 1000).decode()}, "48 bytes plus"),
        ({"v": 1, "kid": "k", "ct": base64.b64encode(b"x" * 1073).decode()}, "48 bytes plus"),
        ({"v": 1, "kid": "k", "ct": "", "text": "hi"}, "Unknown field"),
    ],
)
def test_parse_refuses_malformed_envelopes(data: object, message: str) -> None:
    with pytest.raises(crypto.EnvelopeError, match=message):
        crypto.parse_envelope(data, max_bytes=64 * 1024)


def test_parse_refuses_oversized_ciphertext() -> None:
    ct = base64.b64encode(b"x" * (48 + 1024 * 70)).decode()
    with pytest.raises(crypto.EnvelopeError, match="too large"):
        crypto.parse_envelope({"v": 1, "kid": "k", "ct": ct}, max_bytes=64 * 1024)
