"""Writing analysed submissions straight into the database, as the worker would leave them."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import asyncpg

from tests.conftest import Heard


@dataclass
class Row:
    service: str
    borough: str
    month: str
    tags: list[tuple[str, str]]
    locale: str = "en"
    ratings: dict[str, int] = field(default_factory=dict)
    equality: dict[str, str] = field(default_factory=dict)
    quote: str | None = None


def many(n: int, **row: Any) -> list[Row]:
    return [Row(**row) for _ in range(n)]


def add(heard: Heard, rows: list[Row]) -> list[str]:
    """Insert the rows (tags in submission order, as the worker writes them); returns the ids."""
    ids = [str(uuid.uuid4()) for _ in rows]
    submissions, facts, tags = [], [], []
    for sid, row in zip(ids, rows, strict=True):
        answers: dict[str, Any] = {}
        if row.ratings:
            answers["ratings"] = row.ratings
        if row.equality:
            answers["equality"] = row.equality
        submissions.append((sid, date(int(row.month[:4]), int(row.month[5:]), 1)))
        facts.append(
            (sid, row.locale, row.service, row.borough, row.month, json.dumps(answers), row.quote)
        )
        tags.extend((sid, outcome, polarity) for outcome, polarity in row.tags)
    if not heard.database_url:
        with sqlite3.connect(heard.data_dir / "heard.db") as connection:
            connection.executemany(
                "INSERT INTO submissions (id, kid, ciphertext, received_on, status, attempts) "
                "VALUES (?, 'test', NULL, ?, 'analysed', 0)",
                [(s, d.isoformat()) for s, d in submissions],
            )
            connection.executemany(
                "INSERT INTO submission_facts (submission_id, locale, service, borough, month, "
                "answers, quote) VALUES (?, ?, ?, ?, ?, ?, ?)",
                facts,
            )
            connection.executemany(
                "INSERT INTO submission_tags (submission_id, outcome, polarity, score, "
                "model_version) VALUES (?, ?, ?, 0.9, 'test')",
                tags,
            )
        return ids

    async def write() -> None:
        connection = await asyncpg.connect(heard.database_url)
        try:
            await connection.executemany(
                "INSERT INTO submissions (id, kid, ciphertext, received_on, status, attempts) "
                "VALUES ($1::uuid, 'test', NULL, $2, 'analysed', 0)",
                submissions,
            )
            await connection.executemany(
                "INSERT INTO submission_facts (submission_id, locale, service, borough, month, "
                "answers, quote) VALUES ($1::uuid, $2, $3, $4, $5, $6::jsonb, $7)",
                facts,
            )
            await connection.executemany(
                "INSERT INTO submission_tags (submission_id, outcome, polarity, score, "
                "model_version) VALUES ($1::uuid, $2, $3, 0.9, 'test')",
                tags,
            )
        finally:
            await connection.close()

    asyncio.run(write())
    return ids
