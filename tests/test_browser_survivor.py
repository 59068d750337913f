"""The survivor's whole journey in a real browser, in three languages (one right to left), with
JavaScript on and off."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from tests.browser import chromium, survivor_page
from tests.conftest import Heard

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


@pytest.mark.parametrize("locale", ["en", "ur", "pl"])
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_whole_flow(heard: Heard, browser: Browser, locale: str, javascript: bool) -> None:
    url = heard.serve()
    page = survivor_page(browser, javascript)
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
