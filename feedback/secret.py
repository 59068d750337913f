"""The web tier's own secret: keys the receipt lookup hash, signs form tokens and seals staff
TOTP secrets at rest.

It is not the analysis key and opens nothing a survivor wrote. Set HEARD_SECRET_KEY (64 hex
characters) when several web processes or hosts must agree; otherwise one is made in the data
dir on first use.
"""

from __future__ import annotations

import os
import secrets
from functools import cache

from nacl.encoding import RawEncoder
from nacl.hash import blake2b
from nacl.secret import SecretBox

from feedback.settings import get_settings

SECRET_BYTES = 32


@cache
def web_secret() -> bytes:
    settings = get_settings()
    if settings.secret_key:
        return bytes.fromhex(settings.secret_key)
    path = settings.data_dir / "web-secret.key"
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    if path.exists():
        return bytes.fromhex(path.read_text().strip())
    # Written whole under another name, then linked into place: web processes starting together
    # on a new data dir all end up with the one that was linked first, never a half-written one.
    draft = path.with_name(f".web-secret.{secrets.token_hex(8)}")
    fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_bytes(SECRET_BYTES).hex())
    try:
        os.link(draft, path)
    except FileExistsError:
        pass
    finally:
        draft.unlink()
    return bytes.fromhex(path.read_text().strip())


def secret_box(purpose: bytes) -> SecretBox:
    """A SecretBox under a subkey of the web secret that serves `purpose` (up to 16 bytes) only,
    so a database dump alone opens nothing sealed with it."""
    subkey = blake2b(
        b"", digest_size=SecretBox.KEY_SIZE, key=web_secret(), person=purpose, encoder=RawEncoder
    )
    return SecretBox(subkey)
