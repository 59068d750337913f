"""Participants answer at /c/<slug>; facilitators run consultations under /staff/consultations."""

from __future__ import annotations

import base64

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from feedback import audit, crypto, tasks
from feedback.abuse import service as tokens
from feedback.consultations import forms, results, service
from feedback.consultations.models import Consultation, Status, Update
from feedback.i18n import gettext as _
from feedback.i18n import use_request_locale
from feedback.intake.routes import TOKEN_HEADER
from feedback.reviews import service as reviews
from feedback.reviews.forms import OUTCOMES, POLARITY_LABELS
from feedback.settings import get_settings
from feedback.staff.auth import form_text, guarded, page, refused
from feedback.staff.service import Permission
from feedback.templating import render
from feedback.web import form_data, json_error, read_json


async def _form_context(request: Request, consultation: Consultation) -> dict[str, object] | None:
    """What the answer form needs (also on the facilitator's page); None without a key."""
    current = (await request.app.state.keys.get()).current
    if current is None:
        return None
    kid, public_key = current
    return {
        "consultation": consultation,
        "localise": forms.localise,
        "option_count": forms.option_count,
        "option_label": forms.option_label,
        "kid": kid,
        "public_key": base64.b64encode(public_key).decode(),
        "token": tokens.issue(),
        "max_answer": forms.MAX_ANSWER,
    }


async def _answer_page(
    request: Request,
    consultation: Consultation,
    status_code: int = 200,
    answers: forms.Answers | None = None,
    code: str = "",
) -> Response:
    context = await _form_context(request, consultation)
    if context is None:
        return render(request, "survivor/unavailable.html", status_code=503)
    return render(
        request,
        "consultations/answer.html",
        status_code=status_code,
        answers=answers,
        errors=answers.errors if answers else {},
        code=code,
        **context,
    )


def _not_open(request: Request) -> Response:
    return render(request, "consultations/not_open.html", status_code=404)


async def answer_page(request: Request) -> Response:
    use_request_locale(request)
    consultation = await service.open_by_slug(request.path_params["slug"])
    if consultation is None:
        return _not_open(request)
    return await _answer_page(request, consultation)


async def answer_post(request: Request) -> Response:
    """Without JavaScript: check, then seal on arrival; only the envelope outlives this handler."""
    data = await form_data(request)
    locale = use_request_locale(request, (data or {}).get("lang"))
    consultation = await service.open_by_slug(request.path_params["slug"])
    if consultation is None:
        return _not_open(request)
    if data is None:
        return render(request, "survivor/unavailable.html", status_code=415)
    answers = forms.clean(data, consultation.questions, locale)
    code = data.get("code", "").strip()[:64]
    if not code:
        answers.errors["code"] = forms.NEED_CODE
    if not answers.errors and not await tokens.redeem(data.get("token", "")):
        answers.errors["answers"] = forms.STALE_FORM
    if answers.errors:
        return await _answer_page(request, consultation, 400, answers, code)
    if not await service.code_works(consultation, code):
        answers.errors["code"] = forms.BAD_CODE
        return await _answer_page(request, consultation, 403, answers, code)
    current = (await request.app.state.keys.get()).current
    if current is None:
        return render(request, "survivor/unavailable.html", status_code=503)
    envelope = crypto.seal(answers.payload(), *current)
    del data, answers
    submission_id = await service.accept(consultation, code, envelope)
    if submission_id is None:
        return render(request, "consultations/bad_code.html", status_code=403)
    await tasks.enqueue(submission_id)
    return render(request, "consultations/thanks.html")


async def answer_envelope(request: Request) -> Response:
    """With JavaScript: the browser sealed the answers; the code comes beside the envelope."""
    use_request_locale(request)
    data = await read_json(request, "envelope")
    consultation = await service.open_by_slug(request.path_params["slug"])
    if consultation is None:
        return json_error(_("This consultation is not taking answers now."), 404)
    code = data.pop("code", None) if isinstance(data, dict) else None
    try:
        envelope = crypto.parse_envelope(data, get_settings().max_envelope_bytes)
    except crypto.EnvelopeError as error:
        return json_error(str(error), 422)
    if envelope.kid not in (await request.app.state.keys.get(envelope.kid)).by_kid:
        return json_error("Unknown key id; fetch /api/v1/keys/current and seal again.", 422)
    if not isinstance(code, str) or not await service.code_works(consultation, code):
        return json_error(str(forms.BAD_CODE), 403)
    token = request.headers.get(TOKEN_HEADER)
    if token is not None and not await tokens.redeem(token):
        return json_error("The form token is expired or already used; reload the form.", 409)
    submission_id = await service.accept(consultation, code, envelope)
    if submission_id is None:
        return json_error(str(forms.BAD_CODE), 403)
    await tasks.enqueue(submission_id)
    return JSONResponse({"ok": True}, status_code=201)


async def you_said_we_did(request: Request) -> Response:
    """The public page of reviews' actions, with what published consultations led to."""
    use_request_locale(request)
    return render(
        request,
        "consultations/you_said_we_did.html",
        entries=await reviews.published_by_outcome(),
        outcomes=OUTCOMES,
        consultations=await service.published_updates(),
        localise=forms.localise,
    )


# --- facilitators ---------------------------------------------------------------------------


async def _mine(request: Request) -> Consultation | None:
    return await Consultation.get_or_none(id=request.path_params["id"])


def _missing(request: Request) -> Response:
    return refused(request, _("There is no such consultation."), 404)


async def _list_page(request: Request, status_code: int = 200, **context: object) -> Response:
    return page(
        request,
        "consultations/list.html",
        status_code=status_code,
        consultations=await Consultation.all().order_by("-id"),
        localise=forms.localise,
        kinds=forms.KINDS,
        content_locales=forms.LOCALES,
        blanks=range(forms.FORM_QUESTIONS),
        **context,
    )


@guarded(Permission.CONSULTATIONS)
async def list_page(request: Request) -> Response:
    return await _list_page(request)


@guarded(Permission.CONSULTATIONS)
async def create(request: Request) -> Response:
    try:
        definition = forms.parse_definition(forms.from_staff_form(request.state.form))
    except forms.DefinitionError as error:
        return await _list_page(request, 400, error=str(error))
    made = await service.create(definition, request.state.user.email)
    await audit.record(request.state.user.email, "consultation.create", consultation=made.id)
    return RedirectResponse(f"/staff/consultations/{made.id}", status_code=303)


async def _detail(request: Request, consultation: Consultation, **context: object) -> Response:
    user = request.state.user
    k = get_settings().min_cell
    figures = await results.build(consultation, k)
    if figures["quotes"]:
        await audit.record(
            user.email, "quote.view", consultation=consultation.id, shown=len(figures["quotes"])
        )
    return page(
        request,
        "consultations/detail.html",
        consultation=consultation,
        results=figures,
        unused=await service.unused_codes(consultation),
        updates=await Update.filter(consultation_id=consultation.id).order_by("id"),
        localise=forms.localise,
        outcomes=OUTCOMES,
        polarities=POLARITY_LABELS,
        next_status=service.NEXT.get(consultation.status),
        **context,
    )


@guarded(Permission.CONSULTATIONS)
async def detail(request: Request) -> Response:
    consultation = await _mine(request)
    return _missing(request) if consultation is None else await _detail(request, consultation)


@guarded(Permission.CONSULTATIONS)
async def move(request: Request) -> Response:
    consultation = await _mine(request)
    if consultation is None:
        return _missing(request)
    try:
        await service.move(consultation, Status(form_text(request, "to")))
    except ValueError:  # WrongStatus, or no such status
        return refused(request, _("The consultation cannot move to that stage now."), 409)
    await audit.record(
        request.state.user.email,
        "publish" if consultation.status == Status.PUBLISHED else "consultation.status",
        consultation=consultation.id,
        status=consultation.status.value,
    )
    return RedirectResponse(f"/staff/consultations/{consultation.id}", status_code=303)


@guarded(Permission.CONSULTATIONS)
async def codes(request: Request) -> Response:
    """A printable sheet of cards; the codes are in this response only, never in a URL."""
    consultation = await _mine(request)
    if consultation is None:
        return _missing(request)
    count = form_text(request, "count", 4)
    try:
        made = await service.new_codes(consultation, int(count) if count.isdigit() else 0)
    except ValueError as error:
        return await _detail(request, consultation, codes_error=str(error))
    await audit.record(
        request.state.user.email, "consultation.codes", consultation=consultation.id, n=len(made)
    )
    return page(
        request,
        "consultations/cards.html",
        consultation=consultation,
        codes=made,
        localise=forms.localise,
        address=f"{request.base_url}c/{consultation.slug}",
    )


@guarded(Permission.CONSULTATIONS)
async def enter(request: Request) -> Response:
    """Facilitated entry: the participant's form, sealed in this browser; nothing comes back."""
    consultation = await _mine(request)
    if consultation is None or consultation.status != Status.OPEN:
        return refused(request, _("Answers can only be entered while it is open."), 409)
    context = await _form_context(request, consultation)
    if context is None:
        return refused(request, _("There is no analysis key yet."), 503)
    return page(request, "consultations/enter.html", answers=None, errors={}, code="", **context)


def _translate_page(
    request: Request, consultation: Consultation, to: str, status_code: int = 200, **context: object
) -> Response:
    return page(
        request,
        "consultations/translate.html",
        status_code=status_code,
        consultation=consultation,
        to=to,
        content_locales=forms.LOCALES,
        **context,
    )


@guarded(Permission.CONSULTATIONS)
async def translate_page(request: Request) -> Response:
    consultation = await _mine(request)
    if consultation is None:
        return _missing(request)
    to = request.query_params.get("to", "")
    return _translate_page(request, consultation, to if to in forms.LOCALES else "")


@guarded(Permission.CONSULTATIONS)
async def translate(request: Request) -> Response:
    """Add or change one locale's wording of every text, beside the text in the others."""
    consultation = await _mine(request)
    to = form_text(request, "to")
    if consultation is None:
        return _missing(request)
    try:
        if to not in forms.LOCALES:
            raise forms.DefinitionError(_("Choose a language."))
        definition = forms.parse_definition(forms.translated(consultation, to, request.state.form))
        await service.update_texts(consultation, definition)
    except ValueError as error:  # DefinitionError or WrongStatus
        return _translate_page(request, consultation, to, 400, error=str(error))
    await audit.record(
        request.state.user.email, "consultation.translate", consultation=consultation.id, to=to
    )
    return RedirectResponse(f"/staff/consultations/{consultation.id}", status_code=303)


@guarded(Permission.CONSULTATIONS)
async def add_update(request: Request) -> Response:
    consultation = await _mine(request)
    if consultation is None:
        return _missing(request)
    checked = forms.check_update(form_text(request, "you_said"), form_text(request, "we_did"))
    if checked.errors:
        return await _detail(request, consultation, update_errors=checked.errors)
    await service.add_update(consultation, checked.you_said, checked.we_did)
    return RedirectResponse(f"/staff/consultations/{consultation.id}", status_code=303)


routes = [
    Route("/c/{slug:str}", answer_page, methods=["GET"]),
    Route("/c/{slug:str}", answer_post, methods=["POST"]),
    Route("/api/v1/consultations/{slug:str}/responses", answer_envelope, methods=["POST"]),
    Route("/you-said-we-did", you_said_we_did, methods=["GET"]),
    Route("/staff/consultations", list_page, methods=["GET"]),
    Route("/staff/consultations", create, methods=["POST"]),
    Route("/staff/consultations/{id:int}", detail, methods=["GET"]),
    Route("/staff/consultations/{id:int}/status", move, methods=["POST"]),
    Route("/staff/consultations/{id:int}/codes", codes, methods=["POST"]),
    Route("/staff/consultations/{id:int}/translate", translate_page, methods=["GET"]),
    Route("/staff/consultations/{id:int}/translate", translate, methods=["POST"]),
    Route("/staff/consultations/{id:int}/enter", enter, methods=["GET"]),
    Route("/staff/consultations/{id:int}/updates", add_update, methods=["POST"]),
]
