"""The append-only, hash-chained audit log of what staff read, change, export and publish.

Each entry stores sha256(previous hash + canonical JSON of the entry), so changing, removing or
reordering any entry breaks every hash after it. Entries are numbered by `seq`, which is the
primary key: two writers racing for the same place in the chain cannot both win.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise import fields
from tortoise.exceptions import IntegrityError
from tortoise.models import Model

GENESIS = "0" * 64


class AuditEntry(Model):
    seq = fields.BigIntField(primary_key=True, generated=False)
    # Stored as the exact text that was hashed, so verifying never depends on a driver's types.
    at = fields.CharField(max_length=32)
    actor = fields.CharField(max_length=254)
    action = fields.CharField(max_length=32)
    detail = fields.TextField()
    prev_hash = fields.CharField(max_length=64)
    hash = fields.CharField(max_length=64)

    class Meta:
        table = "audit_log"


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _digest(seq: int, at: str, actor: str, action: str, detail: str, prev: str) -> str:
    body = canonical(
        {"seq": seq, "at": at, "actor": actor, "action": action, "detail": json.loads(detail)}
    )
    return hashlib.sha256((prev + body).encode()).hexdigest()


async def record(actor: str, action: str, /, **detail: Any) -> AuditEntry:
    """Append one entry; it never describes a survivor, only what a member of staff did."""
    text = canonical(detail)
    for _ in range(20):
        last = await AuditEntry.all().order_by("-seq").first()
        seq, prev = (last.seq + 1, last.hash) if last else (1, GENESIS)
        at = datetime.now(UTC).replace(microsecond=0).isoformat()
        digest = _digest(seq, at, actor, action, text, prev)
        try:
            return await AuditEntry.create(
                seq=seq, at=at, actor=actor, action=action, detail=text, prev_hash=prev, hash=digest
            )
        except IntegrityError:
            continue  # another writer took this place in the chain; append after it
    raise RuntimeError("could not append to the audit log")


@dataclass(frozen=True)
class Verdict:
    entries: int
    broken_at: int | None = None
    reason: str = ""


async def verify(batch: int = 5000) -> Verdict:
    prev, expected, checked = GENESIS, 1, 0
    while True:
        rows = await AuditEntry.filter(seq__gte=expected).order_by("seq").limit(batch)
        if not rows:
            return Verdict(checked)
        for row in rows:
            if row.seq != expected:
                return Verdict(checked, expected, "missing entry")
            if row.prev_hash != prev:
                return Verdict(checked, row.seq, "previous hash does not match")
            if _digest(row.seq, row.at, row.actor, row.action, row.detail, prev) != row.hash:
                return Verdict(checked, row.seq, "hash does not match its contents")
            prev, expected, checked = row.hash, expected + 1, checked + 1


async def recent(limit: int = 50) -> list[AuditEntry]:
    return await AuditEntry.all().order_by("-seq").limit(limit)
