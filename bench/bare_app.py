"""Baseline for bench/intake.py: a bare Starlette endpoint doing one INSERT of the same bytes."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import aiosqlite
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

DB = os.environ["BARE_DB"]


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    with sqlite3.connect(DB) as setup:
        setup.execute("PRAGMA journal_mode=WAL")
        setup.execute("CREATE TABLE IF NOT EXISTS bare (id TEXT PRIMARY KEY, body BLOB)")
    app.state.db = await aiosqlite.connect(DB)
    await app.state.db.execute("PRAGMA synchronous=NORMAL")
    yield
    await app.state.db.close()


async def insert(request: Request) -> JSONResponse:
    body = await request.body()
    new_id = str(uuid.uuid4())
    await request.app.state.db.execute("INSERT INTO bare VALUES (?, ?)", (new_id, body))
    await request.app.state.db.commit()
    return JSONResponse({"id": new_id}, status_code=201)


app = Starlette(routes=[Route("/api/v1/submissions", insert, methods=["POST"])], lifespan=lifespan)
