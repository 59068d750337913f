"""Survivor intake: the feedback page, its no-JavaScript form post, and the JSON envelope API."""

from __future__ import annotations

import base64
from datetime import date

from babel.dates import get_month_names
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from feedback import crypto, tasks
from feedback.abuse import service as tokens
from feedback.i18n import use_request_locale
from feedback.intake import forms, service
from feedback.keys.service import KeyCache
from feedback.receipts import forms as receipt_forms
from feedback.receipts import service as receipts
from feedback.settings import get_settings
from feedback.templating import render
from feedback.web import form_data, json_error, read_json

TOKEN_HEADER = "x-heard-token"


async def _form_page(
    request: Request,
    locale: str,
    status: int,
    feedback: forms.Feedback | None = None,
    want_receipt: bool = False,
) -> Response:
    current = (await request.app.state.keys.get()).current
    if current is None:
        return render(request, "survivor/unavailable.html", status_code=503)
    kid, public_key = current
    this_year = date.today().year
    year, month = (feedback.month or "-").split("-") if feedback else ("", "")
    return render(
        request,
        "survivor/feedback.html",
        status_code=status,
        feedback=feedback,
        errors=feedback.errors if feedback else {},
        services=forms.SERVICES,
        boroughs=forms.BOROUGHS,
        outcomes=forms.OUTCOME_QUESTIONS,
        scale=forms.SCALE,
        equality=forms.EQUALITY,
        months=[(f"{n:02d}", name) for n, name in get_month_names(locale=locale).items()],
        years=[str(y) for y in range(this_year, this_year - forms.YEARS_BACK, -1)],
        selected_month=month,
        selected_year=year,
        want_receipt=want_receipt,
        kid=kid,
        public_key=base64.b64encode(public_key).decode(),
        token=tokens.issue(),
        max_text=forms.MAX_TEXT,
    )


async def feedback_page(request: Request) -> Response:
    return await _form_page(request, use_request_locale(request), 200)


async def feedback_post(request: Request) -> Response:
    """The no-JavaScript path: seal on arrival, so only the envelope outlives this handler."""
    data = await form_data(request)
    if data is None:
        use_request_locale(request)
        return render(request, "survivor/unavailable.html", status_code=415)
    locale = use_request_locale(request, data.get("lang"))
    feedback = forms.clean(data, locale)
    want_receipt = data.get("want_receipt") == "yes"
    if not feedback.errors and not await tokens.redeem(data.get("token", "")):
        feedback.errors["text"] = forms.STALE_FORM
    if feedback.errors:
        return await _form_page(request, locale, 400, feedback, want_receipt)
    current = (await request.app.state.keys.get()).current
    if current is None:
        return render(request, "survivor/unavailable.html", status_code=503)
    envelope = crypto.seal(feedback.payload(), *current)
    del data, feedback
    code = receipts.new_code() if want_receipt else None
    submission_id = await service.accept(envelope)
    if code:
        normalised = receipts.normalise(code) or ""
        private_key = await run_in_threadpool(receipts.keypair, normalised)
        await receipts.attach(
            submission_id, receipts.lookup_id(normalised), bytes(private_key.public_key)
        )
    await tasks.enqueue(submission_id)
    return render(request, "survivor/thanks.html", receipt=code)


async def submit_envelope(request: Request) -> Response:
    """The JavaScript path: the browser has sealed already; we store the envelope as it is."""
    data = await read_json(request, "envelope")
    receipt = data.pop("receipt", None) if isinstance(data, dict) else None
    try:
        envelope = crypto.parse_envelope(data, get_settings().max_envelope_bytes)
        receipt_keys = receipt_forms.parse_receipt(receipt) if receipt is not None else None
    except (crypto.EnvelopeError, receipt_forms.ReceiptError) as error:
        return json_error(str(error), 422)
    cache: KeyCache = request.app.state.keys
    if envelope.kid not in (await cache.get(envelope.kid)).by_kid:
        return json_error("Unknown key id; fetch /api/v1/keys/current and seal again.", 422)
    token = request.headers.get(TOKEN_HEADER)
    if token is not None and not await tokens.redeem(token):
        return json_error("The form token is expired or already used; reload the form.", 409)
    submission_id = await service.accept(envelope)
    if receipt_keys:
        await receipts.attach(submission_id, *receipt_keys)
    await tasks.enqueue(submission_id)
    return JSONResponse({"id": str(submission_id)}, status_code=201)


async def staying_safe(request: Request) -> Response:
    use_request_locale(request)
    return render(request, "survivor/staying_safe.html")


routes = [
    Route("/feedback", feedback_page, methods=["GET"]),
    Route("/feedback", feedback_post, methods=["POST"]),
    Route("/api/v1/submissions", submit_envelope, methods=["POST"]),
    Route("/staying-safe", staying_safe, methods=["GET"]),
]
