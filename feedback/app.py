"""The application factory: it only assembles."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from feedback import db, openapi, site, web
from feedback.consultations import routes as consultations
from feedback.intake import routes as intake
from feedback.keys import routes as keys
from feedback.keys.service import KeyCache
from feedback.middleware import BodyLimit, BodyTooLarge, SecurityHeaders
from feedback.receipts import routes as receipts
from feedback.reviews import routes as reviews
from feedback.settings import get_settings
from feedback.staff import routes as staff

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"


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
            Route("/", site.home, methods=["GET"]),
            Route("/healthz", site.healthz, methods=["GET"]),
            Route("/api/v1/openapi.json", openapi.openapi, methods=["GET"]),
            *intake.routes,
            *keys.routes,
            *receipts.routes,
            *staff.routes,
            *consultations.routes,
            *reviews.routes,
            Mount("/static", StaticFiles(directory=STATIC_DIR), name="static"),
        ],
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(GZipMiddleware, minimum_size=1024),
            Middleware(
                BodyLimit, limit=settings.max_form_bytes, api_limit=settings.max_envelope_bytes
            ),
        ],
        exception_handlers={
            BodyTooLarge: site.body_too_large,
            web.BadJSONBody: web.bad_json_body,
            404: site.not_found,
            **dict.fromkeys(db.UNAVAILABLE, site.unavailable),
        },
        lifespan=lifespan,
    )
