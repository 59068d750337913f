"""The analysis private keys, wrapped by a passphrase: loaded only by the on-prem worker.

The web process must never import this module (a test checks it): all it needs is the public key
in the database.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from nacl import pwhash
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, SealedBox
from nacl.secret import SecretBox

from feedback.crypto import key_id, unpad

FORMAT_VERSION = 1


class KeyFileError(Exception):
    """The key file is missing, malformed, or the passphrase does not open it."""


@dataclass(frozen=True)
class NewKey:
    kid: str
    public_key: bytes


def demo_passphrase_path(key_file: Path) -> Path:
    return key_file.with_name(key_file.name + ".DEMO-ONLY-passphrase.txt")


def _wrap(private_key: bytes, passphrase: str) -> dict[str, object]:
    salt = secrets.token_bytes(pwhash.argon2id.SALTBYTES)
    ops, mem = pwhash.argon2id.OPSLIMIT_MODERATE, pwhash.argon2id.MEMLIMIT_MODERATE
    wrapping_key = pwhash.argon2id.kdf(SecretBox.KEY_SIZE, passphrase.encode(), salt, ops, mem)
    return {
        "salt": base64.b64encode(salt).decode(),
        "opslimit": ops,
        "memlimit": mem,
        "wrapped": base64.b64encode(SecretBox(wrapping_key).encrypt(private_key)).decode(),
    }


def _unwrap(entry: dict[str, object], passphrase: str) -> PrivateKey:
    try:
        salt = base64.b64decode(str(entry["salt"]))
        ops, mem = int(str(entry["opslimit"])), int(str(entry["memlimit"]))
        wrapping_key = pwhash.argon2id.kdf(SecretBox.KEY_SIZE, passphrase.encode(), salt, ops, mem)
        return PrivateKey(SecretBox(wrapping_key).decrypt(base64.b64decode(str(entry["wrapped"]))))
    except CryptoError:
        raise KeyFileError("The passphrase does not open the key file.") from None
    except (KeyError, ValueError, TypeError):
        raise KeyFileError("The key file is malformed.") from None


def _read(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        raise KeyFileError(f"No key file at {path}. Run `heard keys init`.") from None
    except (OSError, ValueError):
        raise KeyFileError(f"The key file at {path} cannot be read.") from None
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
        raise KeyFileError(f"The key file at {path} is not a Heard key file.")
    return data


def _write(path: Path, data: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        json.dump(data, handle, indent=2)
    os.replace(tmp, path)


def add_key(path: Path, passphrase: str, *, demo: bool = False) -> NewKey:
    """Make a keypair and add its wrapped private half to the key file (created if missing).

    An existing file must open with the same passphrase, so one passphrase unlocks every key.
    """
    data: dict[str, object]
    if path.exists():
        data = _read(path)
        entries = list(data["keys"])  # type: ignore[call-overload]
        if entries:
            _unwrap(entries[0], passphrase)
    else:
        data, entries = {"version": FORMAT_VERSION, "demo": demo}, []
    private = PrivateKey.generate()
    public = bytes(private.public_key)
    kid = key_id(public)
    entries.append(
        {
            "kid": kid,
            "public_key": base64.b64encode(public).decode(),
            "created_on": date.today().isoformat(),
            **_wrap(bytes(private), passphrase),
        }
    )
    data["keys"] = entries
    _write(path, data)
    return NewKey(kid=kid, public_key=public)


class Keyring:
    """Unlocked private keys, by key id, held in memory by the worker only."""

    def __init__(self, boxes: dict[str, SealedBox]) -> None:
        self._boxes = boxes

    @classmethod
    def unlock(cls, path: Path, passphrase: str) -> Keyring:
        entries = _read(path).get("keys")
        if not isinstance(entries, list) or not entries:
            raise KeyFileError(f"The key file at {path} holds no keys.")
        return cls({str(e["kid"]): SealedBox(_unwrap(e, passphrase)) for e in entries})

    def __contains__(self, kid: str) -> bool:
        return kid in self._boxes

    def open(self, kid: str, ciphertext: bytes) -> bytes:
        """Decrypt and unpad; raises KeyError for an unknown kid, CryptoError when it won't open."""
        return unpad(self._boxes[kid].decrypt(ciphertext))
