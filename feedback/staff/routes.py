"""Staff sign-in and administration: accounts, organisations, services and the audit log."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from feedback import audit
from feedback.i18n import gettext as _
from feedback.i18n import use_request_locale
from feedback.intake.forms import BOROUGHS, SERVICES
from feedback.staff import forms, service
from feedback.staff.auth import csrf_ok, form_text, guarded, page, refused, set_session_cookie
from feedback.staff.models import Organisation, OrgService, Role, StaffUser
from feedback.staff.service import COOKIE, Permission, allowed
from feedback.templating import render


def _next(target: str | None) -> str:
    # Only back into the staff area: never an open redirect.
    if target and target.startswith("/staff/") and not target.startswith("//"):
        return target
    return "/staff/"


async def login_page(request: Request) -> Response:
    use_request_locale(request)
    session = await service.load_session(request.cookies.get(COOKIE))
    if session is not None and session.user is not None:
        return RedirectResponse("/staff/", status_code=303)
    token = None
    if session is None:
        await service.drop_expired_sessions()
        token, session = await service.start_session(None)
    response = render(
        request, "staff/login.html", csrf=session.csrf, next=_next(request.query_params.get("next"))
    )
    if token:
        set_session_cookie(response, token)
    return response


async def login(request: Request) -> Response:
    use_request_locale(request)
    session = await service.load_session(request.cookies.get(COOKIE))
    form = await request.form()
    if session is None or not csrf_ok(form, session):
        return refused(request, _("This form has expired. Go back and try again."))
    fields = {name: str(form.get(name) or "") for name in ("email", "password", "code", "next")}
    user = await service.authenticate(fields["email"], fields["password"], fields["code"])
    if user is None:
        # Whatever failed (address, password, code or a locked account) is not said, here or on
        # the page: the entry only shows that someone tried this address.
        await audit.record(fields["email"].strip().lower()[:254], "login.failed")
        return render(
            request,
            "staff/login.html",
            status_code=401,
            csrf=session.csrf,
            next=_next(fields["next"]),
            error=True,
            email=fields["email"],
        )
    # A new session id at sign-in: a token planted before login is worth nothing after it.
    await service.end_session(session)
    token, _new = await service.start_session(user)
    await audit.record(user.email, "login")
    response = RedirectResponse(_next(fields["next"]), status_code=303)
    set_session_cookie(response, token)
    return response


@guarded()
async def logout(request: Request) -> Response:
    await service.end_session(request.state.session)
    await audit.record(request.state.user.email, "logout")
    response = RedirectResponse("/staff/login", status_code=303)
    response.delete_cookie(COOKIE, path="/", secure=True, httponly=True, samesite="strict")
    return response


@guarded()
async def home(request: Request) -> Response:
    user: StaffUser = request.state.user
    target = "/staff/dashboard" if allowed(user.role, Permission.DASHBOARD) else "/staff/users"
    return RedirectResponse(target, status_code=303)


# --- accounts -------------------------------------------------------------------------------


async def _users_page(request: Request, status_code: int = 200, **context: object) -> Response:
    users = await StaffUser.all().order_by("email").prefetch_related("organisations")
    return page(
        request,
        "staff/users.html",
        status_code=status_code,
        users=users,
        organisations=await Organisation.all().order_by("name"),
        roles=forms.ROLES,
        **context,
    )


@guarded(Permission.ACCOUNTS)
async def users(request: Request) -> Response:
    return await _users_page(request)


@guarded(Permission.ACCOUNTS)
async def create_user(request: Request) -> Response:
    form = request.state.form
    password = form.get("password")
    checked = forms.check_user(
        form_text(request, "email", 254),
        password if isinstance(password, str) else "",
        form_text(request, "role", 16),
    )
    if await StaffUser.filter(email=checked.values["email"]).exists():
        checked.errors["email"] = _("There is already an account with this email address.")
    if checked.errors:
        return await _users_page(request, 400, errors=checked.errors, values=checked.values)
    wanted = [int(v) for v in form.getlist("organisation") if isinstance(v, str) and v.isdigit()]
    organisations = await Organisation.filter(id__in=wanted)
    user, secret = await service.create_user(
        checked.values["email"], str(password), Role(checked.values["role"]), organisations
    )
    await audit.record(
        request.state.user.email, "account.create", account=user.email, role=user.role.value
    )
    # The secret is shown once, here, to be handed to its owner; it is never shown again.
    return await _users_page(
        request,
        created=user,
        otpauth=service.totp_uri(secret, user.email),
        secret=secret,
    )


async def _organisations_page(
    request: Request, status_code: int = 200, **context: object
) -> Response:
    organisations = await Organisation.all().order_by("name").prefetch_related("services")
    return page(
        request,
        "staff/organisations.html",
        status_code=status_code,
        organisations=organisations,
        org_types=forms.ORG_TYPES,
        services=SERVICES,
        boroughs=BOROUGHS,
        **context,
    )


@guarded(Permission.ACCOUNTS)
async def organisations(request: Request) -> Response:
    return await _organisations_page(request)


@guarded(Permission.ACCOUNTS)
async def create_organisation(request: Request) -> Response:
    checked = forms.check_organisation(form_text(request, "name", 200), form_text(request, "kind"))
    if await Organisation.filter(name=checked.values["name"]).exists():
        checked.errors["name"] = _("There is already an organisation with this name.")
    if checked.errors:
        return await _organisations_page(request, 400, errors=checked.errors)
    organisation = await Organisation.create(**checked.values)
    await audit.record(request.state.user.email, "organisation.create", name=organisation.name)
    return RedirectResponse("/staff/organisations", status_code=303)


@guarded(Permission.ACCOUNTS)
async def add_service(request: Request) -> Response:
    organisation = await Organisation.get_or_none(id=request.path_params["id"])
    if organisation is None:
        return refused(request, _("There is no such organisation."), 404)
    checked = forms.check_service(
        form_text(request, "name", 200),
        form_text(request, "service"),
        form_text(request, "borough"),
    )
    if checked.errors:
        return await _organisations_page(request, 400, errors=checked.errors)
    await OrgService.create(
        organisation=organisation,
        name=checked.values["name"],
        service=checked.values["service"],
        borough=checked.values["borough"] or None,
    )
    await audit.record(
        request.state.user.email,
        "service.add",
        organisation=organisation.name,
        service=checked.values["service"],
        borough=checked.values["borough"] or None,
    )
    return RedirectResponse("/staff/organisations", status_code=303)


@guarded(Permission.AUDIT)
async def audit_log(request: Request) -> Response:
    return page(
        request, "staff/audit.html", verdict=await audit.verify(), entries=await audit.recent()
    )


routes = [
    Route("/staff/login", login_page, methods=["GET"]),
    Route("/staff/login", login, methods=["POST"]),
    Route("/staff/logout", logout, methods=["POST"]),
    Route("/staff/", home, methods=["GET"]),
    Route("/staff/users", users, methods=["GET"]),
    Route("/staff/users", create_user, methods=["POST"]),
    Route("/staff/organisations", organisations, methods=["GET"]),
    Route("/staff/organisations", create_organisation, methods=["POST"]),
    Route("/staff/organisations/{id:int}/services", add_service, methods=["POST"]),
    Route("/staff/audit", audit_log, methods=["GET"]),
]
