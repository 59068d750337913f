"""A served installation per test module, with accounts for every role and a way to sign in.

httpx will not send a Secure cookie over plain http, so `Browser` keeps the staff cookie itself
and sends it as a header, as a browser on https (or on 127.0.0.1, for Chromium) would.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pyotp
import pytest

from feedback.staff.service import COOKIE
from tests.conftest import Heard, keyed_installation

PASSWORD = "a long enough test password"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
SECRET = re.compile(r'<code class="secret">([A-Z2-7]{32})</code>')


@dataclass
class Account:
    email: str
    role: str
    secret: str
    used: set[int] = field(default_factory=set)

    def code(self) -> str:
        """A code for a time step not used yet: each is accepted once, and only one step either
        side of the server's clock. Close to the end of a step, the next one is safer; when both
        are spent, wait for the next step."""
        totp = pyotp.TOTP(self.secret)
        while True:
            moment = time.time()
            current = int(moment // totp.interval)
            near_end = totp.interval - moment % totp.interval < 3
            for step in (current + 1,) if near_end else (current, current + 1):
                if step > max(self.used, default=0):
                    self.used.add(step)
                    return totp.generate_otp(step)
            time.sleep(totp.interval - moment % totp.interval + 0.1)


class Browser:
    def __init__(self, base_url: str) -> None:
        self.http = httpx.Client(base_url=base_url, follow_redirects=False, timeout=30)
        self.cookie: str | None = None
        self.set_cookies: list[str] = []

    def request(self, method: str, path: str, **kwargs: object) -> httpx.Response:
        headers = {"cookie": f"{COOKIE}={self.cookie}"} if self.cookie else {}
        response = self.http.request(method, path, headers=headers, **kwargs)  # type: ignore[arg-type]
        self.http.cookies.clear()
        for header in response.headers.get_list("set-cookie"):
            self.set_cookies.append(header)
            name, _, rest = header.partition("=")
            if name == COOKIE:
                value = rest.split(";", 1)[0].strip('"')
                self.cookie = value or None
        return response

    def get(self, path: str, **kwargs: object) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(
        self, path: str, data: dict[str, object] | None = None, csrf: bool = True
    ) -> httpx.Response:
        form = dict(data or {})
        if csrf:
            form.setdefault("csrf", self.csrf())
        return self.request("POST", path, data=form)

    def csrf(self) -> str:
        """The CSRF token from the page this browser lands on."""
        page = self.get("/staff/")
        if page.status_code == 303:
            page = self.get(page.headers["location"])
        found = CSRF.search(page.text)
        assert found, page.text
        return found[1]

    def login(
        self, account: Account, password: str = PASSWORD, code: str | None = None
    ) -> httpx.Response:
        page = self.get("/staff/login")
        token = CSRF.search(page.text)
        assert token, page.text
        return self.request(
            "POST",
            "/staff/login",
            data={
                "csrf": token[1],
                "email": account.email,
                "password": password,
                "code": account.code() if code is None else code,
                "next": "/staff/",
            },
        )


@dataclass
class Site:
    heard: Heard
    url: str
    accounts: dict[str, Account]
    organisations: dict[str, int]
    admin: Browser

    def new_account(self, role: str, organisation: str = "West Midlands Police") -> Account:
        """Another account: each can sign in only three times in one 30-second TOTP window."""
        email = f"{role}-{len(self.accounts)}@heard.test"
        response = self.admin.post(
            "/staff/users",
            {
                "email": email,
                "password": PASSWORD,
                "role": role,
                "organisation": str(self.organisations[organisation]),
            },
        )
        secret = SECRET.search(response.text)
        assert secret, response.text
        self.accounts[email] = Account(email, role, secret[1])
        return self.accounts[email]

    def fresh_browser(self, role: str, organisation: str = "West Midlands Police") -> Browser:
        browser = Browser(self.url)
        assert browser.login(self.new_account(role, organisation)).status_code == 303
        return browser

    def browser(self, role: str | None = None) -> Browser:
        browser = Browser(self.url)
        if role is not None:
            response = browser.login(self.accounts[role])
            assert response.status_code == 303, response.text
        return browser


def _first_admin(heard: Heard) -> Account:
    result = heard.run(
        "admin", "create-user", "--email", "admin@heard.test", "--password-stdin",
        input=PASSWORD + "\n",
    )  # fmt: skip
    secret = re.search(r"TOTP secret \(shown once\): ([A-Z2-7]+)", result.stdout)
    assert secret, result.stdout
    assert f"otpauth://totp/Heard:admin%40heard.test?secret={secret[1]}" in result.stdout
    return Account("admin@heard.test", "admin", secret[1])


def build_site(heard: Heard) -> Site:
    """Two organisations (a police force in Birmingham, a SARC everywhere) and five accounts."""
    url = heard.serve()
    admin = _first_admin(heard)
    browser = Browser(url)
    assert browser.login(admin).status_code == 303
    organisations: dict[str, int] = {}
    for name, kind, service, borough in (
        ("West Midlands Police", "police", "police", "birmingham"),
        ("Horizon SARC", "sarc", "sarc", ""),
    ):
        assert browser.post("/staff/organisations", {"name": name, "kind": kind}).status_code == 303
        page = browser.get("/staff/organisations").text
        found = re.search(
            rf"<h2>{re.escape(name)} .*?/staff/organisations/(\d+)/services", page, re.S
        )
        assert found, page
        organisations[name] = int(found[1])
        response = browser.post(
            f"/staff/organisations/{organisations[name]}/services",
            {"name": f"{name} service", "service": service, "borough": borough},
        )
        assert response.status_code == 303
    site = Site(heard, url, {"admin": admin}, organisations, browser)
    for name, role, organisation in (
        ("facilitator", "facilitator", "West Midlands Police"),
        ("reviewer", "reviewer", "West Midlands Police"),
        ("sarc_reviewer", "reviewer", "Horizon SARC"),
    ):
        site.accounts[name] = site.new_account(role, organisation)
    return site


@pytest.fixture(scope="module")
def installation(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Heard]:
    root = Path(tmp_path_factory.mktemp("staff"))
    # The web tier and these commands never load the tagger: no models needed.
    yield from keyed_installation(root, root / "no-models")
