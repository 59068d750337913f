"""Looking for a string everywhere Heard might have put it: files, database, queue, logs."""

from __future__ import annotations

import subprocess
from pathlib import Path

import redis

from feedback.tasks import make_huey
from tests.conftest import BACKEND, REDIS_URL, Heard


def _forms(needle: str) -> list[bytes]:
    raw = needle.encode()
    return [raw, raw.hex().encode(), needle.encode("utf-16-le")]


def files_containing(root: Path, needle: str) -> list[Path]:
    forms = _forms(needle)
    return [
        path
        for path in root.rglob("*")
        if path.is_file() and any(form in path.read_bytes() for form in forms)
    ]


def database_contains(heard: Heard, needle: str) -> bool:
    if BACKEND != "postgres":
        return bool(files_containing(heard.data_dir, needle))
    dump = subprocess.run(
        ["pg_dump", "--data-only", heard.database_url], check=True, capture_output=True
    ).stdout
    return any(form in dump for form in _forms(needle))


def queue_contains(heard: Heard, needle: str) -> bool:
    forms = _forms(needle)
    if BACKEND != "postgres":
        return any(files_containing(heard.data_dir, needle))
    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter():
        kind = client.type(key)
        values: list[bytes] = []
        if kind == b"string":
            values = [client.get(key) or b""]
        elif kind == b"list":
            values = client.lrange(key, 0, -1)
        elif kind == b"zset":
            values = client.zrange(key, 0, -1)
        elif kind == b"hash":
            values = list(client.hgetall(key).values())
        if any(form in value for value in values for form in forms):
            return True
    return False


def queued_messages(heard: Heard) -> list[tuple[str, tuple[object, ...], dict[str, object]]]:
    """(task name, args, kwargs) of every message waiting in the queue, read from raw storage."""
    huey = make_huey(heard.queue_url or f"sqlite://{heard.data_dir / 'queue.db'}")
    messages = [huey.serializer.deserialize(raw) for raw in huey.storage.enqueued_items()]
    return [(m.name, tuple(m.args), dict(m.kwargs or {})) for m in messages]
