"""Site-wide routes and error pages: the home redirect, health check, 404 and 413."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from feedback.i18n import use_request_locale
from feedback.middleware import body_limit, too_large
from feedback.settings import get_settings
from feedback.templating import render
from feedback.web import json_error


async def healthz(request: Request) -> Response:
    return PlainTextResponse("ok")


async def not_found(request: Request, exc: Exception) -> Response:
    if request.url.path.startswith("/api/"):
        return json_error("Not found.", 404)
    use_request_locale(request)
    return render(request, "survivor/not_found.html", status_code=404)


async def home(request: Request) -> Response:
    return RedirectResponse(f"/feedback?{request.url.query}" if request.url.query else "/feedback")


async def body_too_large(request: Request, exc: Exception) -> Response:
    settings = get_settings()
    path = request.url.path
    return too_large(path, body_limit(path, settings.max_form_bytes, settings.max_envelope_bytes))


async def unavailable(request: Request, exc: Exception) -> Response:
    """The database is out of reach (restarting, say): ask to try again; nothing was kept."""
    if request.url.path.startswith("/api/"):
        return json_error("The service is busy or restarting; please try again shortly.", 503)
    use_request_locale(request)
    return render(request, "survivor/unavailable.html", status_code=503)
