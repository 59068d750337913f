"""The guard every staff route goes through: session, role, CSRF; and rendering staff pages."""

from __future__ import annotations

import functools
import hmac
from collections.abc import Awaitable, Callable
from urllib.parse import quote

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from feedback.i18n import gettext as _
from feedback.i18n import use_request_locale
from feedback.settings import get_settings
from feedback.staff.models import StaffSession, StaffUser
from feedback.staff.service import COOKIE, Permission, allowed, load_session
from feedback.templating import render

Endpoint = Callable[[Request], Awaitable[Response]]


def set_session_cookie(response: Response, token: str) -> None:
    # __Host- makes the browser insist on Secure, Path=/ and no Domain.
    response.set_cookie(COOKIE, token, path="/", secure=True, httponly=True, samesite="strict")


def csrf_ok(form: FormData, session: StaffSession) -> bool:
    given = form.get("csrf")
    return isinstance(given, str) and hmac.compare_digest(given, session.csrf)


def refused(request: Request, message: str, status_code: int = 403) -> Response:
    return render(request, "staff/refused.html", status_code=status_code, message=message)


def guarded(permission: Permission | None = None) -> Callable[[Endpoint], Endpoint]:
    """Signed-in staff only; with `permission`, only roles that hold it; POSTs need the token."""

    def wrap(endpoint: Endpoint) -> Endpoint:
        @functools.wraps(endpoint)
        async def guard(request: Request) -> Response:
            use_request_locale(request)
            session = await load_session(request.cookies.get(COOKIE))
            if session is None or session.user is None:
                target = request.url.path
                if request.url.query:
                    target += "?" + request.url.query
                return RedirectResponse(f"/staff/login?next={quote(target)}", status_code=303)
            user: StaffUser = session.user
            if permission is not None and not allowed(user.role, permission):
                return refused(request, _("Your role does not give you access to this page."))
            if request.method == "POST":
                form = await request.form()
                if not csrf_ok(form, session):
                    return refused(request, _("This form has expired. Go back and try again."))
                request.state.form = form
            request.state.user = user
            request.state.session = session
            return await endpoint(request)

        return guard

    return wrap


def page(request: Request, name: str, status_code: int = 200, **context: object) -> Response:
    """A staff page, with who is signed in, their CSRF token and k."""
    user: StaffUser = request.state.user
    return render(
        request,
        name,
        status_code=status_code,
        user=user,
        csrf=request.state.session.csrf,
        can=lambda permission: allowed(user.role, Permission(permission)),
        k=get_settings().min_cell,
        **context,
    )


def form_text(request: Request, name: str, limit: int = 2000) -> str:
    value = request.state.form.get(name)
    return value.strip()[:limit] if isinstance(value, str) else ""
