"""The application factory: it only assembles."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from feedback import db
from feedback.intake import routes as intake
from feedback.keys import routes as keys
from feedback.keys.service import KeyCache
from feedback.middleware import BodyLimit, BodyTooLarge, SecurityHeaders, body_limit, too_large
from feedback.settings import get_settings

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"


async def healthz(request: Request) -> Response:
    return PlainTextResponse("ok")


async def body_too_large(request: Request, exc: Exception) -> Response:
    settings = get_settings()
    path = request.url.path
    return too_large(path, body_limit(path, settings.max_form_bytes, settings.max_envelope_bytes))


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    await db.connect()
    app.state.keys = KeyCache()
    try:
        yield
    finally:
        await db.close()


def create_app() -> Starlette:
    settings = get_settings()
    return Starlette(
        routes=[
            Route("/healthz", healthz, methods=["GET"]),
            *intake.routes,
            *keys.routes,
            Mount("/static", StaticFiles(directory=STATIC_DIR), name="static"),
        ],
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(GZipMiddleware, minimum_size=1024),
            Middleware(
                BodyLimit, limit=settings.max_form_bytes, api_limit=settings.max_envelope_bytes
            ),
        ],
        exception_handlers={BodyTooLarge: body_too_large},
        lifespan=lifespan,
    )
