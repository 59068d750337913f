"""Headless Debian chromium through Playwright; never a browser downloaded by Playwright."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from playwright.sync_api import Browser, Page, sync_playwright

CHROMIUM = "/usr/bin/chromium"
# Where the quick exit goes.
NEUTRAL = "https://www.bbc.co.uk/weather"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextmanager
def chromium() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield browser
        finally:
            browser.close()


def survivor_page(browser: Browser, javascript: bool = True, **options: object) -> Page:
    """A page in a context of its own, as a survivor's browser would open it."""
    context = browser.new_context(java_script_enabled=javascript, **options)  # type: ignore[arg-type]
    # The quick exit's neutral site is on the internet, which tests do not reach: answer for it.
    context.route(f"{NEUTRAL}**", lambda route: route.fulfill(body="<p>Weather</p>"))
    return context.new_page()
