"""Which analysis public keys exist and which one is current."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date

from tortoise.transactions import in_transaction

from feedback.keys.models import AnalysisKey

# How long the web tier trusts its copy of the key list; a rotation reaches it within this time.
CACHE_SECONDS = 30.0


@dataclass(frozen=True)
class PublicKeys:
    current_kid: str | None
    by_kid: dict[str, bytes]

    @property
    def current(self) -> tuple[str, bytes] | None:
        if self.current_kid is None:
            return None
        return self.current_kid, self.by_kid[self.current_kid]


async def register(kid: str, public_key: bytes) -> None:
    """Record a new public key as the current one; older keys stay known for decryption."""
    async with in_transaction():
        await AnalysisKey.filter(current=True).update(current=False)
        await AnalysisKey.create(
            kid=kid, public_key=public_key, created_on=date.today(), current=True
        )


async def load() -> PublicKeys:
    keys = await AnalysisKey.all()
    current = next((k.kid for k in keys if k.current), None)
    return PublicKeys(current_kid=current, by_kid={k.kid: bytes(k.public_key) for k in keys})


class KeyCache:
    """The web tier's view of the public keys, refreshed at most every CACHE_SECONDS.

    A key id it has not seen (or no current key at all) forces a refresh, so a rotation made
    on the worker host is honoured at once rather than refused.
    """

    def __init__(self) -> None:
        self._keys = PublicKeys(current_kid=None, by_kid={})
        self._loaded_at = float("-inf")

    async def get(self, kid: str | None = None) -> PublicKeys:
        stale = time.monotonic() - self._loaded_at > CACHE_SECONDS
        unseen = kid is not None and kid not in self._keys.by_kid
        if stale or unseen or self._keys.current_kid is None:
            self._keys = await load()
            self._loaded_at = time.monotonic()
        return self._keys
