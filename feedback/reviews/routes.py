"""Dashboards, quotes, corrections, exports, service-gap reviews and "you said, we did"."""

from __future__ import annotations

import json
from datetime import date
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from feedback import audit
from feedback.i18n import gettext as _
from feedback.intake.forms import BOROUGHS, SERVICES
from feedback.reviews import cells, dashboard, forms, service
from feedback.reviews.forms import BANDS, OUTCOMES, POLARITY_LABELS, Filters
from feedback.reviews.models import Action, Cell, Review
from feedback.settings import get_settings
from feedback.staff.auth import form_text, guarded, page, refused
from feedback.staff.models import StaffUser
from feedback.staff.service import Permission, Scope, organisation_scope, organisations_of, scope_of


def _k() -> int:
    return get_settings().min_cell


async def _pairs(user: StaffUser, filters: Filters) -> Scope:
    """The services this user may read, narrowed to one organisation if the filter asks."""
    if filters.organisation is None:
        return await scope_of(user)
    return await organisation_scope(user, filters.organisation) or []


def _back(value: str) -> str:
    return value if value.startswith("/staff/") and not value.startswith("//") else "/staff/"


async def _choices(user: StaffUser) -> dict[str, object]:
    locales = await Cell.filter(kind="sub").distinct().values_list("locale", flat=True)
    return {
        "organisations": await organisations_of(user),
        "services": SERVICES,
        "boroughs": BOROUGHS,
        "outcomes": OUTCOMES,
        "polarities": POLARITY_LABELS,
        "bands": BANDS,
        "languages": sorted(loc for loc in locales if loc),
    }


@guarded(Permission.DASHBOARD)
async def dashboard_page(request: Request) -> Response:
    user = request.state.user
    filters = forms.parse_filters(request.query_params)
    await cells.refresh()
    board = await dashboard.build(filters, await _pairs(user, filters), _k())
    return page(
        request,
        "staff/dashboard.html",
        board=board,
        filters=filters,
        query=urlencode(filters.query()),
        **await _choices(user),
    )


@guarded(Permission.QUOTES)
async def quotes_page(request: Request) -> Response:
    user = request.state.user
    filters = forms.parse_filters(request.query_params)
    outcome = request.query_params.get("outcome", "")
    polarity = request.query_params.get("polarity", "")
    if outcome not in OUTCOMES or polarity not in POLARITY_LABELS:
        return refused(request, _("Choose an outcome and whether it was met."), 400)
    await cells.refresh()
    found = await service.quotes(filters, await _pairs(user, filters), outcome, polarity, _k())
    if found is not None:
        await audit.record(
            user.email,
            "quote.view",
            filters=filters.query(),
            outcome=outcome,
            polarity=polarity,
            shown=len(found),
        )
    return page(
        request,
        "staff/quotes.html",
        quotes=found,
        outcome=outcome,
        polarity=polarity,
        filters=filters,
        here=str(request.url.path) + "?" + str(request.url.query),
        outcomes=OUTCOMES,
        polarities=POLARITY_LABELS,
    )


@guarded(Permission.CORRECT)
async def correct_tag(request: Request) -> Response:
    user = request.state.user
    checked = forms.check_correction(
        {"outcome": form_text(request, "outcome"), "polarity": form_text(request, "polarity")}
    )
    found = await service.tag_in_scope(request.path_params["id"], await scope_of(user))
    if found is None:
        return refused(request, _("There is no such tag among your services."), 404)
    if checked.errors:
        return refused(request, checked.errors["outcome"], 400)
    tag, facts = found
    correction = await service.correct(
        tag, facts, checked.values["outcome"], checked.values["polarity"], user.email
    )
    await audit.record(
        user.email,
        "tag.correct",
        tag=tag.id,
        old=f"{correction.old_outcome}:{correction.old_polarity}",
        new=f"{correction.outcome}:{correction.polarity}",
    )
    return RedirectResponse(_back(form_text(request, "back")), status_code=303)


@guarded(Permission.EXPORT)
async def export(request: Request) -> Response:
    user = request.state.user
    fmt = request.path_params["fmt"]
    if fmt not in ("csv", "json"):
        return refused(request, _("Exports come as csv or json."), 404)
    filters = forms.parse_filters(request.query_params)
    await cells.refresh()
    data = await service.export(filters, await _pairs(user, filters), _k())
    await audit.record(user.email, "export", format=fmt, filters=filters.query())
    if fmt == "csv":
        body, media = service.export_csv(data), "text/csv; charset=utf-8"
    else:
        body, media = json.dumps(data, ensure_ascii=False), "application/json"
    return Response(
        body,
        media_type=media,
        headers={"content-disposition": f'attachment; filename="heard-export.{fmt}"'},
    )


# --- reviews --------------------------------------------------------------------------------


async def _review(request: Request) -> tuple[Review, Scope] | None:
    review = await Review.get_or_none(id=request.path_params["id"])
    if review is None:
        return None
    pairs = await organisation_scope(request.state.user, review.organisation_id)  # type: ignore[attr-defined]
    return None if pairs is None else (review, pairs)


async def _reviews_page(request: Request, status_code: int = 200, **context: object) -> Response:
    user = request.state.user
    organisations = await organisations_of(user)
    reviews = await Review.filter(organisation_id__in=[o.id for o in organisations]).order_by(
        "-opened_at"
    )
    return page(
        request,
        "staff/reviews.html",
        status_code=status_code,
        reviews=reviews,
        organisations=organisations,
        services=SERVICES,
        boroughs=BOROUGHS,
        **context,
    )


@guarded(Permission.REVIEW_READ)
async def reviews(request: Request) -> Response:
    return await _reviews_page(request)


@guarded(Permission.REVIEW_WRITE)
async def open_review(request: Request) -> Response:
    user = request.state.user
    names = ("title", "organisation", "service", "borough", "month_from", "month_to")
    values = {name: form_text(request, name, 200) for name in names}
    mine = {o.id for o in await organisations_of(user)}
    checked = forms.check_review(values, mine)
    if checked.errors:
        return await _reviews_page(request, 400, errors=checked.errors, values=values)
    review = await Review.create(
        title=values["title"],
        organisation_id=int(values["organisation"]),
        service=values["service"],
        borough=values["borough"],
        month_from=values["month_from"],
        month_to=values["month_to"],
        opened_by=user.email,
    )
    await audit.record(user.email, "review.open", review=review.id)
    return RedirectResponse(f"/staff/reviews/{review.id}", status_code=303)


async def _review_context(review: Review, pairs: Scope) -> dict[str, object]:
    await cells.refresh()
    await review.fetch_related("findings", "actions", "organisation")
    return {
        "review": review,
        "board": await dashboard.build(service.review_filters(review), pairs, _k()),
        "findings": sorted(review.findings, key=lambda f: f.id),
        "actions": sorted(review.actions, key=lambda a: a.id),
        "outcomes": OUTCOMES,
        "polarities": POLARITY_LABELS,
        "services": SERVICES,
        "boroughs": BOROUGHS,
    }


@guarded(Permission.REVIEW_READ)
async def show_review(request: Request) -> Response:
    found = await _review(request)
    if found is None:
        return refused(request, _("There is no such review among your organisations."), 404)
    return page(request, "staff/review.html", **await _review_context(*found))


@guarded(Permission.REVIEW_READ)
async def review_report(request: Request) -> Response:
    found = await _review(request)
    if found is None:
        return refused(request, _("There is no such review among your organisations."), 404)
    return page(request, "staff/report.html", **await _review_context(*found))


@guarded(Permission.REVIEW_WRITE)
async def pin_finding(request: Request) -> Response:
    found = await _review(request)
    if found is None:
        return refused(request, _("There is no such review among your organisations."), 404)
    review, pairs = found
    user = request.state.user
    names = ("outcome", "polarity", "summary", "with_quotes")
    values = {name: form_text(request, name) for name in names}
    checked = forms.check_finding(values)
    if checked.errors:
        context = await _review_context(review, pairs)
        return page(request, "staff/review.html", 400, errors=checked.errors, **context)
    filters = service.review_filters(review)
    board = await dashboard.build(filters, pairs, _k())
    figures: dict[str, object] = {"k": _k()}
    if board is not None:
        for polarity in POLARITY_LABELS:
            figures[polarity] = board.table.count(outcome=values["outcome"], polarity=polarity)
    quoted: list[str] = []
    if values["with_quotes"]:
        shown = await service.quotes(filters, pairs, values["outcome"], values["polarity"], _k())
        if shown is not None:
            quoted = [q.text for q in shown[:3]]
            await audit.record(
                user.email,
                "quote.view",
                review=review.id,
                outcome=values["outcome"],
                polarity=values["polarity"],
                shown=len(quoted),
            )
    await service.pin_finding(
        review, values["outcome"], values["polarity"], values["summary"], figures, quoted
    )
    return RedirectResponse(f"/staff/reviews/{review.id}", status_code=303)


@guarded(Permission.REVIEW_WRITE)
async def add_action(request: Request) -> Response:
    found = await _review(request)
    if found is None:
        return refused(request, _("There is no such review among your organisations."), 404)
    review, pairs = found
    names = ("outcome", "you_said", "we_did", "owner", "due")
    values = {name: form_text(request, name) for name in names}
    checked = forms.check_action(values)
    if checked.errors:
        context = await _review_context(review, pairs)
        return page(request, "staff/review.html", 400, errors=checked.errors, **context)
    await Action.create(
        review=review,
        outcome=values["outcome"],
        you_said=values["you_said"],
        we_did=values["we_did"],
        owner=values["owner"][:120],
        due=date.fromisoformat(values["due"]),
    )
    return RedirectResponse(f"/staff/reviews/{review.id}", status_code=303)


@guarded(Permission.PUBLISH)
async def publish_action(request: Request) -> Response:
    found = await _review(request)
    action = await Action.get_or_none(id=request.path_params["action"])
    if found is None or action is None or action.review_id != found[0].id:  # type: ignore[attr-defined]
        return refused(request, _("There is no such action among your organisations."), 404)
    await service.publish(action)
    await audit.record(request.state.user.email, "publish", review=found[0].id, action=action.id)
    return RedirectResponse(f"/staff/reviews/{found[0].id}", status_code=303)


# --- survivors ------------------------------------------------------------------------------


routes = [
    Route("/staff/dashboard", dashboard_page, methods=["GET"]),
    Route("/staff/quotes", quotes_page, methods=["GET"]),
    Route("/staff/tags/{id:int}/correction", correct_tag, methods=["POST"]),
    Route("/staff/export.{fmt:str}", export, methods=["GET"]),
    Route("/staff/reviews", reviews, methods=["GET"]),
    Route("/staff/reviews", open_review, methods=["POST"]),
    Route("/staff/reviews/{id:int}", show_review, methods=["GET"]),
    Route("/staff/reviews/{id:int}/report", review_report, methods=["GET"]),
    Route("/staff/reviews/{id:int}/findings", pin_finding, methods=["POST"]),
    Route("/staff/reviews/{id:int}/actions", add_action, methods=["POST"]),
    Route("/staff/reviews/{id:int}/actions/{action:int}/publish", publish_action, methods=["POST"]),
]
