"""A reviewer in a real browser: TOTP sign-in, a filtered dashboard, a review, an action
published to the public page."""

from __future__ import annotations

import pytest

from tests.browser import chromium
from tests.conftest import Heard
from tests.staff.conftest import PASSWORD, build_site
from tests.staff.data import add, many

pytestmark = pytest.mark.browser


def test_reviewer_publishes_an_action_that_survivors_then_see(installation: Heard) -> None:
    site = build_site(installation)
    add(
        installation,
        many(8, service="police", borough="birmingham", month="2025-05", tags=[("belief", "unmet")])
        + many(
            6, service="police", borough="birmingham", month="2025-06", tags=[("belief", "met")]
        ),
    )
    account = site.accounts["reviewer"]
    console_errors: list[str] = []
    with chromium() as browser:
        page = browser.new_page()
        page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
        page.goto(f"{site.url}/staff/dashboard")
        assert "/staff/login" in page.url  # anonymous: sent to sign in
        page.fill("#email", account.email)
        page.fill("#password", PASSWORD)
        page.fill("#code", account.code())
        page.click("button[type=submit]")
        page.wait_for_url("**/staff/dashboard")
        cookies = {c["name"]: c for c in page.context.cookies()}
        assert cookies["__Host-heard-staff"]["httpOnly"] and cookies["__Host-heard-staff"]["secure"]

        page.select_option("select[name=borough]", "birmingham")
        page.fill("input[name=month_from]", "2025-05")
        page.fill("input[name=month_to]", "2025-05")
        page.click("text=Apply filters")
        page.wait_for_url("**month_from=2025-05**")
        assert page.text_content("[data-cell='belief:unmet']").strip() == "8"
        assert page.locator("svg.chart").count() == 2

        page.click("nav >> text=Reviews")
        page.fill("#title", "Belief in 2025")
        page.fill("#month_from", "2025-05")
        page.fill("#month_to", "2025-06")
        page.click("text=Open review")
        page.wait_for_url("**/staff/reviews/*")
        page.fill("#a-said", "Officers did not seem to believe you.")
        page.fill("#a-did", "All officers now take trauma-informed training every year.")
        page.fill("#a-owner", "Training lead")
        page.fill("#a-due", "2025-12-31")
        page.click("text=Record action")
        page.wait_for_selector("text=Training lead")
        page.click("text=Publish to “you said, we did”")
        page.wait_for_selector("td >> text=Published")

        public = browser.new_context()  # a survivor: no staff cookie, nothing stored
        survivor = public.new_page()
        survivor.goto(f"{site.url}/you-said-we-did")
        assert "trauma-informed training" in survivor.text_content("main")
        assert public.cookies() == []
        public.close()
    # No CSP violations: no inline script or style anywhere on the way.
    assert not [e for e in console_errors if "Content Security Policy" in e]
