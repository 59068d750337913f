"""Baseline for bench/intake.py: a bare Starlette endpoint doing one INSERT of the same bytes,
into SQLite (WAL, synchronous=NORMAL, as heard has it) or PostgreSQL (a pool as big as
Tortoise's default), into a table `fill` has given as many rows as heard's submissions table."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, closing
from typing import Any

import aiosqlite
import asyncpg
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

DB = os.environ.get("BARE_DB", "")


def _postgres(db: str) -> bool:
    return db.startswith("postgres")


def fill(db: str, size: int) -> None:
    """Make the table and top it up to `size` rows with random ids, as seeding does heard's."""
    if _postgres(db):
        for statement in (
            "CREATE TABLE IF NOT EXISTS bare (id uuid PRIMARY KEY, body bytea)",
            "INSERT INTO bare SELECT gen_random_uuid(), NULL FROM generate_series(1, "
            f"{size} - (SELECT COUNT(*) FROM bare))",
            "VACUUM ANALYZE bare",  # now, rather than by autovacuum while it is measured
        ):
            subprocess.run(["psql", db, "-qc", statement], check=True, capture_output=True)
        return
    # The last connection to close checkpoints the WAL: no checkpoint is left for the run.
    with closing(sqlite3.connect(db)) as connection, connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE IF NOT EXISTS bare (id TEXT PRIMARY KEY, body BLOB)")
        missing = size - connection.execute("SELECT COUNT(*) FROM bare").fetchone()[0]
        if missing > 0:
            connection.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO bare SELECT lower(hex(randomblob(16))), NULL FROM n",
                (missing,),
            )


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    if _postgres(DB):
        app.state.pool = await asyncpg.create_pool(DB, min_size=1, max_size=5)
        yield
        await app.state.pool.close()
        return
    app.state.db = await aiosqlite.connect(DB)
    await app.state.db.execute("PRAGMA synchronous=NORMAL")
    yield
    await app.state.db.close()


async def insert(request: Request) -> JSONResponse:
    body = await request.body()
    new_id = uuid.uuid4()
    state: Any = request.app.state
    if _postgres(DB):
        await state.pool.execute("INSERT INTO bare VALUES ($1, $2)", new_id, body)
    else:
        await state.db.execute("INSERT INTO bare VALUES (?, ?)", (str(new_id), body))
        await state.db.commit()
    return JSONResponse({"id": str(new_id)}, status_code=201)


app = Starlette(routes=[Route("/api/v1/submissions", insert, methods=["POST"])], lifespan=lifespan)
