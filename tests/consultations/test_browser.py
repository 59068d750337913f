"""Participants in a real browser: Urdu with JavaScript (sealed in the page), Polish without."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser import chromium
from tests.conftest import Heard
from tests.consultations.conftest import open_with_codes

pytestmark = pytest.mark.browser


def _answer(page: Page, code: str) -> None:
    page.fill("#code", code)
    page.fill("#q0", "The officer listened and called me back.")
    page.check("input[name=q1][value='0']")
    page.check("input[name=q2_1]")
    page.check("input[name=q3][value='4']")
    page.check("input[name=consent_quote]")
    page.click("button[type=submit]")


def test_urdu_with_javascript_and_polish_without(heard: Heard) -> None:
    url = heard.serve()
    made, codes = open_with_codes(heard, 2)
    with chromium() as browser:
        # Urdu, JavaScript on: the page seals the answers and posts only the envelope.
        context = browser.new_context(java_script_enabled=True)
        page = context.new_page()
        problems: list[str] = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        posts: list[tuple[str, str]] = []
        page.on(
            "request",
            lambda r: posts.append((r.url, r.post_data or "")) if r.method == "POST" else None,
        )
        page.goto(f"{url}/c/{made['slug']}?lang=ur")
        assert page.get_attribute("html", "lang") == "ur"
        assert page.get_attribute("html", "dir") == "rtl"
        assert page.locator("h1").inner_text() == "پولیس کے ساتھ آپ کا وقت"
        _answer(page, codes[0].lower())  # forgiving: case does not matter
        page.locator("#consultation-form").wait_for(state="detached")
        assert [u for u, _ in posts] == [
            f"{url}/api/v1/consultations/{made['slug']}/responses?lang=ur"
        ]
        body = posts[0][1]
        assert '"ct":' in body and "officer" not in body and codes[0].lower() in body
        assert not problems, problems
        context.close()

        # Polish, JavaScript off: the form posts and the server seals on arrival.
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(f"{url}/c/{made['slug']}?lang=pl")
        assert page.get_attribute("html", "lang") == "pl"
        assert "Twój czas z policją" in page.locator("h1").inner_text()
        _answer(page, codes[1])
        assert page.get_attribute("html", "lang") == "pl"
        assert page.locator(".quick-exit").count() == 1
        assert page.locator("#consultation-form").count() == 0
        # The same code again: a kind page, still in Polish.
        page.goto(f"{url}/c/{made['slug']}?lang=pl")
        _answer(page, codes[1])
        assert page.locator("#code-error").count() == 1
        assert page.get_attribute("html", "lang") == "pl"
        context.close()
    assert "analysed 2 submission(s)" in heard.run("worker", "--drain").stderr
