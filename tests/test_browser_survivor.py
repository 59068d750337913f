"""The survivor's whole journey in a real browser: languages, JavaScript on and off, quick exit,
hearing back with a receipt, and accessibility (axe-core, WCAG 2.2 A and AA)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.browser import chromium
from tests.conftest import Heard

pytestmark = pytest.mark.browser

NEUTRAL = "https://www.bbc.co.uk/weather"
AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SURVIVOR_PAGES = ["/feedback", "/staying-safe", "/receipt", "/you-said-we-did", "/missing"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


def _page(browser: Browser, javascript: bool = True, **options: object) -> Page:
    context = browser.new_context(java_script_enabled=javascript, **options)  # type: ignore[arg-type]
    # The quick exit's neutral site is on the internet, which tests do not reach: answer for it.
    context.route(f"{NEUTRAL}**", lambda route: route.fulfill(body="<p>Weather</p>"))
    return context.new_page()


@pytest.mark.parametrize("locale", ["en", "ur", "pl"])
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_whole_flow(heard: Heard, browser: Browser, locale: str, javascript: bool) -> None:
    url = heard.serve()
    page = _page(browser, javascript)
    page.goto(f"{url}/feedback?lang={locale}")
    direction = "rtl" if locale == "ur" else "ltr"
    assert page.get_attribute("html", "lang") == locale
    assert page.get_attribute("html", "dir") == direction
    page.fill("#text", "The nurse at the SARC explained each step and believed me.")
    page.select_option("#service", "sarc")
    page.select_option("#when_month", "03")
    page.select_option("#when_year", "2026")
    page.check("input[name=rating_belief][value='5']")
    page.check("input[name=rating_priority][value=na]")
    page.check("input[name=consent_quote]")
    page.check("input[name=want_receipt]")
    page.click("button[type=submit]")
    code = page.locator("[data-receipt-code]")
    code.wait_for()
    assert len(code.inner_text().replace("-", "")) == 20
    assert page.url.split("?")[0] == f"{url}/feedback"
    assert page.get_attribute("html", "lang") == locale
    page.context.close()

    heard.run("worker", "--drain")
    rows = heard.query("SELECT locale, service, month, answers, quote FROM submission_facts")
    (found_locale, service, month, answers, quote) = rows[0]
    assert (found_locale, service, month) == (locale, "sarc", "2026-03")
    answers = json.loads(answers) if isinstance(answers, str) else answers
    assert answers["ratings"] == {"belief": 5}
    assert quote and "believed me" in str(quote)


@pytest.mark.parametrize("how", ["button", "shift"])
def test_quick_exit_leaves_no_way_back(shared_heard: Heard, browser: Browser, how: str) -> None:
    url = shared_heard.serve()
    page = _page(browser)
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
    page = _page(browser, javascript=False)
    page.goto(f"{url}/feedback")
    assert page.get_attribute("[data-quick-exit]", "href") == NEUTRAL
    page.click("[data-quick-exit]")
    page.wait_for_url(f"{NEUTRAL}**")
    page.context.close()


def test_receipt_reply_opens_in_the_browser_and_on_the_server(
    heard: Heard, browser: Browser
) -> None:
    url = heard.serve()
    page = _page(browser)
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
    plain = _page(browser, javascript=False)
    plain.goto(f"{url}/receipt")
    plain.fill("#code", code)
    plain.click("#receipt-form button")
    plain.get_by_text("We now call back within 2 days.").wait_for()
    plain.context.close()


@pytest.mark.parametrize("locale", ["en", "ar"])
def test_axe_finds_no_wcag_violations(shared_heard: Heard, browser: Browser, locale: str) -> None:
    url = shared_heard.serve()
    # axe is injected by the test, so the page's CSP (no inline script) is bypassed for it alone.
    page = _page(browser, bypass_csp=True)
    for path in SURVIVOR_PAGES:
        page.goto(f"{url}{path}?lang={locale}")
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG
        )
        problems = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
        assert not problems, (path, locale, problems)
    page.context.close()
