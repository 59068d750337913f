"""Checking for a reply: with JavaScript the browser opens replies; without, the server does."""

from __future__ import annotations

import base64

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from feedback.abuse import service as tokens
from feedback.i18n import gettext as _
from feedback.i18n import use_request_locale
from feedback.receipts import forms, service
from feedback.templating import render
from feedback.web import form_data, json_error, read_json


async def receipt_page(request: Request) -> Response:
    use_request_locale(request)
    return render(request, "survivor/receipt.html", token=tokens.issue())


async def receipt_post(request: Request) -> Response:
    data = await form_data(request)
    if data is None:
        use_request_locale(request)
        return render(request, "survivor/unavailable.html", status_code=415)
    use_request_locale(request, data.get("lang"))
    if not await tokens.redeem(data.get("token", "")):
        return render(
            request,
            "survivor/receipt.html",
            status_code=400,
            token=tokens.issue(),
            error=_("This page was open for too long. Please type your code again."),
        )
    code = service.normalise(data.get("code", ""))
    found = await service.find(service.lookup_id(code)) if code else None
    if code is None or found is None:
        return render(
            request,
            "survivor/receipt.html",
            status_code=404,
            token=tokens.issue(),
            error=_("We could not find that code. Please check it and try again."),
        )
    private_key = await run_in_threadpool(service.keypair, code)
    replies = service.open_replies(found, private_key)
    return render(
        request,
        "survivor/receipt.html",
        token=tokens.issue(),
        status=found.status,
        replies=replies,
    )


async def lookup_api(request: Request) -> Response:
    data = await read_json(request, "lookup")
    try:
        lookup = forms.parse_lookup(data.get("lookup") if isinstance(data, dict) else None)
    except forms.ReceiptError as error:
        return json_error(str(error), 422)
    found = await service.find(lookup)
    if found is None:
        return json_error("No feedback has that receipt.", 404)
    replies = [
        {"sent_on": sent_on.isoformat(), "ct": base64.b64encode(ct).decode()}
        for sent_on, ct in found.replies
    ]
    return JSONResponse({"status": found.status.value, "replies": replies})


routes = [
    Route("/receipt", receipt_page, methods=["GET"]),
    Route("/receipt", receipt_post, methods=["POST"]),
    Route("/api/v1/receipts/lookup", lookup_api, methods=["POST"]),
]
