"""Who may reach which staff route, and how sign-in, sessions and CSRF tokens hold up."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import httpx
import pytest
from nacl.secret import SecretBox
from nacl.utils import random

from feedback.staff.service import COOKIE
from tests.conftest import Heard
from tests.staff.conftest import PASSWORD, Browser, Site, build_site

DATA = ("facilitator", "reviewer", "sarc_reviewer")
WRITERS = ("reviewer", "sarc_reviewer")

# (method, path, form, roles allowed). Paths name things that do not exist where that is
# enough to pass the guard: an allowed role then gets 404 or 400, a refused one 403.
ROUTES: list[tuple[str, str, dict[str, str], tuple[str, ...]]] = [
    ("GET", "/staff/dashboard", {}, DATA),
    ("GET", "/staff/quotes?outcome=belief&polarity=met", {}, DATA),
    ("POST", "/staff/tags/999999/correction", {"outcome": "belief", "polarity": "met"}, WRITERS),
    ("GET", "/staff/export.csv", {}, DATA),
    ("GET", "/staff/export.json", {}, DATA),
    ("GET", "/staff/reviews", {}, DATA),
    ("POST", "/staff/reviews", {"title": ""}, WRITERS),
    ("GET", "/staff/reviews/999999", {}, DATA),
    ("GET", "/staff/reviews/999999/report", {}, DATA),
    ("POST", "/staff/reviews/999999/findings", {}, WRITERS),
    ("POST", "/staff/reviews/999999/actions", {}, WRITERS),
    ("POST", "/staff/reviews/999999/actions/1/publish", {}, DATA),
    ("GET", "/staff/users", {}, ("admin",)),
    ("POST", "/staff/users", {"email": "bad"}, ("admin",)),
    ("GET", "/staff/organisations", {}, ("admin",)),
    ("POST", "/staff/organisations", {"name": ""}, ("admin",)),
    ("POST", "/staff/organisations/999999/services", {}, ("admin",)),
    ("GET", "/staff/audit", {}, ("admin",)),
]


@pytest.fixture(scope="module")
def site(installation: Heard) -> Site:
    return build_site(installation)


@pytest.fixture(scope="module")
def browsers(site: Site) -> Iterator[dict[str, Browser]]:
    # The administrator who set the site up stays signed in.
    yield {"admin": site.admin, **{role: site.browser(role) for role in DATA}}


@pytest.mark.parametrize(("method", "path", "form", "allowed"), ROUTES)
def test_every_role_against_every_route(
    browsers: dict[str, Browser],
    method: str,
    path: str,
    form: dict[str, str],
    allowed: tuple[str, ...],
) -> None:
    for role, browser in browsers.items():
        response = browser.get(path) if method == "GET" else browser.post(path, form)
        if role in allowed:
            assert response.status_code in {200, 303, 400, 404}, (role, path, response.text)
            assert "/staff/login" not in response.headers.get("location", "")
        else:
            assert response.status_code == 403, (role, path, response.status_code)
            assert "does not give you access" in response.text


@pytest.mark.parametrize(
    ("method", "path", "form", "allowed"), [*ROUTES, ("GET", "/staff/", {}, ())]
)
def test_anonymous_visitors_are_sent_to_sign_in(
    site: Site, method: str, path: str, form: dict[str, str], allowed: tuple[str, ...]
) -> None:
    response = httpx.request(method, site.url + path, data=form or None)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/staff/login?next=")
    assert "set-cookie" not in response.headers


def test_home_sends_each_role_to_its_start(browsers: dict[str, Browser]) -> None:
    assert browsers["admin"].get("/staff/").headers["location"] == "/staff/users"
    assert browsers["reviewer"].get("/staff/").headers["location"] == "/staff/dashboard"


def test_forms_without_the_csrf_token_are_refused(browsers: dict[str, Browser]) -> None:
    admin = browsers["admin"]
    for token in (None, "forged"):
        form = {"name": "Sneaky Org", "kind": "police"}
        if token:
            form["csrf"] = token
        response = admin.post("/staff/organisations", form, csrf=False)
        assert response.status_code == 403
        assert "expired" in response.text
    assert "Sneaky Org" not in admin.get("/staff/organisations").text
    reviewer = browsers["reviewer"]
    assert reviewer.post("/staff/reviews", {"title": "x"}, csrf=False).status_code == 403


def test_sign_in_needs_the_csrf_token(site: Site) -> None:
    browser = Browser(site.url)
    browser.get("/staff/login")
    response = browser.request(
        "POST",
        "/staff/login",
        data={"email": site.accounts["reviewer"].email, "password": PASSWORD, "code": "000000"},
    )
    assert response.status_code == 403


def test_totp_is_required(site: Site) -> None:
    account = site.accounts["facilitator"]
    # Four failures: one short of the lockout.
    for code in ("", "000000", "abcdef"):
        response = Browser(site.url).login(account, code=code)
        assert response.status_code == 401
        assert "could not sign you in" in response.text
    wrong_password = Browser(site.url).login(account, password="not the password", code="")
    assert wrong_password.status_code == 401
    assert Browser(site.url).login(account).status_code == 303


def test_a_totp_code_is_accepted_only_once(site: Site) -> None:
    account = site.accounts["sarc_reviewer"]
    code = account.code()
    assert Browser(site.url).login(account, code=code).status_code == 303
    assert Browser(site.url).login(account, code=code).status_code == 401


def test_session_cookie_is_host_only_secure_httponly_strict(site: Site) -> None:
    browser = Browser(site.url)
    browser.get("/staff/login")
    before = browser.cookie
    assert browser.login(site.new_account("reviewer")).status_code == 303
    assert browser.cookie and browser.cookie != before  # a new session at sign-in
    header = browser.set_cookies[-1]
    assert header.startswith(f"{COOKIE}=")
    attributes = {part.strip().lower() for part in header.split(";")[1:]}
    assert {"path=/", "secure", "httponly", "samesite=strict"} <= attributes
    assert not any(a.startswith("domain") for a in attributes)


def test_sign_out_ends_the_session(site: Site) -> None:
    browser = site.fresh_browser("reviewer")
    old = browser.cookie
    assert browser.post("/staff/logout").status_code == 303
    stale = httpx.get(f"{site.url}/staff/dashboard", headers={"cookie": f"{COOKIE}={old}"})
    assert stale.status_code == 303
    assert stale.headers["location"].startswith("/staff/login")


def test_survivor_routes_never_set_cookies(site: Site) -> None:
    browser = site.fresh_browser("facilitator")
    for path in ("/feedback", "/you-said-we-did", "/healthz", "/api/v1/keys/current"):
        response = browser.get(path)
        assert response.status_code == 200
        assert "set-cookie" not in response.headers, path


def test_repeated_failures_lock_the_account(site: Site, browsers: dict[str, Browser]) -> None:
    account = site.new_account("reviewer")
    for _ in range(5):
        assert Browser(site.url).login(account, "wrong password!", "000000").status_code == 401
    assert Browser(site.url).login(account).status_code == 401  # right, but locked
    rows = site.heard.query(
        f"SELECT failed_logins, locked_until FROM staff_users WHERE email = '{account.email}'"
    )
    assert rows[0][0] == 5 and rows[0][1] is not None
    failed = site.heard.query(
        "SELECT COUNT(*) FROM audit_log"
        f" WHERE action = 'login.failed' AND actor = '{account.email}'"
    )
    assert failed[0][0] == 6


def test_no_addresses_are_stored_for_staff_either(site: Site) -> None:
    for table in ("staff_users", "staff_sessions", "audit_log"):
        if site.heard.database_url:
            sql = f"SELECT column_name FROM information_schema.columns WHERE table_name = '{table}'"
            columns = {str(r[0]) for r in site.heard.query(sql)}
        else:
            columns = {str(r[1]) for r in site.heard.query(f"PRAGMA table_info({table})")}
        assert columns and not {c for c in columns if "ip" in c.split("_") or "agent" in c}


def test_the_first_admin_comes_from_the_command_line(site: Site) -> None:
    again = site.heard.run(
        "admin", "create-user", "--email", "admin@heard.test", "--password-stdin",
        input=PASSWORD + "\n", check=False,
    )  # fmt: skip
    assert again.returncode != 0
    assert "already" in again.stderr


def _stored_secret(site: Site, email: str) -> str:
    rows = site.heard.query(f"SELECT totp_secret FROM staff_users WHERE email = '{email}'")
    return str(rows[0][0])


def test_totp_secrets_are_sealed_at_rest(site: Site) -> None:
    for account in site.accounts.values():
        stored = _stored_secret(site, account.email)
        assert stored.startswith("sealed:") and account.secret not in stored


def test_a_secret_stored_before_sealing_still_signs_in_and_is_sealed(site: Site) -> None:
    account = site.new_account("reviewer")
    site.heard.query(
        f"UPDATE staff_users SET totp_secret = '{account.secret}' WHERE email = '{account.email}'"
    )
    assert Browser(site.url).login(account).status_code == 303
    stored = _stored_secret(site, account.email)
    assert stored.startswith("sealed:") and account.secret not in stored
    assert Browser(site.url).login(account).status_code == 303


def test_a_secret_sealed_under_another_web_secret_is_a_refusal_not_a_fault(site: Site) -> None:
    account = site.new_account("reviewer")
    other = "sealed:" + base64.b64encode(SecretBox(random(32)).encrypt(b"A" * 32)).decode()
    site.heard.query(
        f"UPDATE staff_users SET totp_secret = '{other}' WHERE email = '{account.email}'"
    )
    response = Browser(site.url).login(account)
    assert response.status_code == 401
    assert "could not sign you in" in response.text
