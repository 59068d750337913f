"""Survivor intake: the feedback page, its no-JavaScript form post, and the JSON envelope API."""

from __future__ import annotations

import base64
import json
import logging
import uuid

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from feedback import crypto, tasks
from feedback.i18n import use_request_locale
from feedback.intake import forms, service
from feedback.keys.service import KeyCache
from feedback.settings import get_settings
from feedback.templating import render

log = logging.getLogger("heard.intake")

FORM_TYPE = "application/x-www-form-urlencoded"


def _json_error(message: str, status_code: int) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status_code)


async def _enqueue(submission_id: uuid.UUID) -> None:
    try:
        await run_in_threadpool(tasks.analyse, str(submission_id))
    except Exception as error:
        # Stored already: the worker's sweep finds it even if the queue is down right now.
        log.warning("could not enqueue a submission (%s)", type(error).__name__)


async def _form_page(request: Request, feedback: forms.Feedback | None, status: int) -> Response:
    current = (await request.app.state.keys.get()).current
    if current is None:
        return render(request, "survivor/unavailable.html", status_code=503)
    kid, public_key = current
    return render(
        request,
        "survivor/feedback.html",
        status_code=status,
        feedback=feedback,
        services=forms.SERVICES,
        boroughs=forms.BOROUGHS,
        kid=kid,
        public_key=base64.b64encode(public_key).decode(),
        max_text=forms.MAX_TEXT,
    )


async def feedback_page(request: Request) -> Response:
    use_request_locale(request)
    return await _form_page(request, None, 200)


async def feedback_post(request: Request) -> Response:
    """The no-JavaScript path: seal on arrival, so only the envelope outlives this handler."""
    if request.headers.get("content-type", "").split(";")[0].strip() != FORM_TYPE:
        use_request_locale(request)
        return render(request, "survivor/unavailable.html", status_code=415)
    form = await request.form()
    data = {key: value for key, value in form.items() if isinstance(value, str)}
    locale = use_request_locale(request, data.get("lang"))
    feedback = forms.clean(data, locale)
    if feedback.errors:
        return await _form_page(request, feedback, 400)
    current = (await request.app.state.keys.get()).current
    if current is None:
        return render(request, "survivor/unavailable.html", status_code=503)
    envelope = crypto.seal(feedback.payload(), *current)
    del data, form, feedback
    submission_id = await service.accept(envelope)
    await _enqueue(submission_id)
    return render(request, "survivor/thanks.html")


async def submit_envelope(request: Request) -> Response:
    """The JavaScript path: the browser has sealed already; we store the envelope as it is."""
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
        return _json_error("Send the envelope as application/json.", 415)
    try:
        data = json.loads(await request.body())
    except ValueError:
        return _json_error("The body is not valid JSON.", 400)
    try:
        envelope = crypto.parse_envelope(data, get_settings().max_envelope_bytes)
    except crypto.EnvelopeError as error:
        return _json_error(str(error), 422)
    cache: KeyCache = request.app.state.keys
    if envelope.kid not in (await cache.get(envelope.kid)).by_kid:
        return _json_error("Unknown key id; fetch /api/v1/keys/current and seal again.", 422)
    submission_id = await service.accept(envelope)
    await _enqueue(submission_id)
    return JSONResponse({"id": str(submission_id)}, status_code=201)


routes = [
    Route("/feedback", feedback_page, methods=["GET"]),
    Route("/feedback", feedback_post, methods=["POST"]),
    Route("/api/v1/submissions", submit_envelope, methods=["POST"]),
]
