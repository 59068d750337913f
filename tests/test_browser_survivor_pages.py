"""Survivor pages in a real browser: quick exit, hearing back with a receipt, and
accessibility (axe-core, WCAG 2.2 A and AA)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.browser import NEUTRAL, chromium, survivor_page
from tests.conftest import Heard

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SURVIVOR_PAGES = ["/feedback", "/staying-safe", "/receipt", "/you-said-we-did", "/missing"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


@pytest.mark.parametrize("how", ["button", "shift"])
def test_quick_exit_leaves_no_way_back(shared_heard: Heard, browser: Browser, how: str) -> None:
    url = shared_heard.serve()
    page = survivor_page(browser)
    page.goto(f"{url}/staying-safe")
    page.goto(f"{url}/feedback")
    page.fill("#text", "something private")
    if how == "button":
        page.click("[data-quick-exit]")
    else:
        page.locator("body").click()
        for _ in range(3):
            page.keyboard.press("Shift")
    page.wait_for_url(f"{NEUTRAL}**")
    page.go_back()
    # The feedback page was replaced in history: Back goes to the page before it.
    assert page.url == f"{url}/staying-safe"
    page.context.close()


def test_quick_exit_without_javascript_is_a_plain_link(
    shared_heard: Heard, browser: Browser
) -> None:
    url = shared_heard.serve()
    page = survivor_page(browser, javascript=False)
    page.goto(f"{url}/feedback")
    assert page.get_attribute("[data-quick-exit]", "href") == NEUTRAL
    page.click("[data-quick-exit]")
    page.wait_for_url(f"{NEUTRAL}**")
    page.context.close()


def test_receipt_reply_opens_in_the_browser_and_on_the_server(
    heard: Heard, browser: Browser
) -> None:
    url = heard.serve()
    page = survivor_page(browser)
    sent: list[bytes] = []
    page.on("request", lambda request: sent.append(request.post_data_buffer or b""))
    page.goto(f"{url}/feedback")
    page.fill("#text", "Nobody called me back for weeks.")
    page.check("input[name=want_receipt]")
    page.click("button[type=submit]")
    code = page.locator("[data-receipt-code]").inner_text()
    assert all(code.encode() not in body for body in sent)  # the code never left the browser
    heard.run("worker", "--drain")
    (submission_id,) = heard.query("SELECT id FROM submissions")[0]
    heard.run("reply", str(submission_id), input="Thank you. We now call back within 2 days.")

    page.goto(f"{url}/receipt")
    page.fill("#code", code)
    page.click("#receipt-form button")
    page.get_by_text("We now call back within 2 days.").wait_for()
    assert all(code.encode() not in body for body in sent)
    page.context.close()

    # Without JavaScript the server derives the same keys from the same code.
    plain = survivor_page(browser, javascript=False)
    plain.goto(f"{url}/receipt")
    plain.fill("#code", code)
    plain.click("#receipt-form button")
    plain.get_by_text("We now call back within 2 days.").wait_for()
    plain.context.close()


@pytest.mark.parametrize("locale", ["en", "ar"])
def test_axe_finds_no_wcag_violations(shared_heard: Heard, browser: Browser, locale: str) -> None:
    url = shared_heard.serve()
    # axe is injected by the test, so the page's CSP (no inline script) is bypassed for it alone.
    page = survivor_page(browser, bypass_csp=True)
    for path in SURVIVOR_PAGES:
        page.goto(f"{url}{path}?lang={locale}")
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG
        )
        problems = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
        assert not problems, (path, locale, problems)
    page.context.close()
