"""The feedback form in a real browser: sealed before it leaves with JavaScript, and without."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, Request

from tests.browser import chromium
from tests.conftest import Heard, canary
from tests.traces import database_contains, files_containing, queue_contains

pytestmark = pytest.mark.browser


def _fill(page: Page, text: str) -> None:
    page.select_option("#service", "sarc")
    page.select_option("#borough", "sandwell")
    page.fill("#text", text)


def _record_bodies(page: Page) -> list[tuple[str, bytes]]:
    sent: list[tuple[str, bytes]] = []

    def record(request: Request) -> None:
        sent.append((request.url, request.post_data_buffer or b""))

    page.on("request", record)
    return sent


def test_with_javascript_only_ciphertext_leaves_the_browser(heard: Heard) -> None:
    url = heard.serve()
    needle = canary()
    with chromium() as browser:
        page = browser.new_page()
        sent = _record_bodies(page)
        page.goto(f"{url}/feedback")
        _fill(page, f"The SARC nurse {needle} explained everything.")
        page.click("button[type=submit]")
        page.wait_for_selector("text=Thank you")
        assert page.url == f"{url}/feedback"  # one URL for the whole flow
    posts = [(u, body) for u, body in sent if body]
    assert [u for u, _ in posts] == [f"{url}/api/v1/submissions"]
    envelope = json.loads(posts[0][1])
    assert set(envelope) == {"v", "kid", "ct"}
    assert all(needle.encode() not in body for _, body in sent)

    heard.run("worker", "--drain")
    assert heard.query("SELECT service, borough FROM submission_facts") == [("sarc", "sandwell")]
    heard.stop()
    assert not files_containing(heard.data_dir, needle)
    assert not database_contains(heard, needle)
    assert not queue_contains(heard, needle)


def test_without_javascript_the_server_seals_on_arrival(heard: Heard) -> None:
    url = heard.serve()
    needle = canary()
    with chromium() as browser:
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        sent = _record_bodies(page)
        page.goto(f"{url}/feedback")
        _fill(page, f"The SARC nurse {needle} explained everything.")
        page.click("button[type=submit]")
        page.wait_for_selector("text=Thank you")
        context.close()
    # Without JavaScript the form itself is what leaves: the server must seal it at once.
    posts = [(u, body) for u, body in sent if body]
    assert [u.split("?")[0] for u, _ in posts] == [f"{url}/feedback"]
    assert heard.status()["pending"] == 1
    assert not database_contains(heard, needle)

    heard.run("worker", "--drain")
    assert heard.query("SELECT service, borough FROM submission_facts") == [("sarc", "sandwell")]
    heard.stop()
    assert not files_containing(heard.data_dir, needle)
    assert not database_contains(heard, needle)
    assert not queue_contains(heard, needle)
