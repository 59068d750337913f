"""Every survivor page: no cookies, no-store, a strict CSP, nothing from another origin, and the
safety features, in each of the sixteen languages."""

from __future__ import annotations

import re

import httpx
import pytest

from tests.conftest import Heard
from tests.envelopes import post_form
from tests.test_i18n import LOCALES, RIGHT_TO_LEFT

PAGES = ["/feedback", "/staying-safe", "/receipt", "/you-said-we-did", "/no-such-page"]
# The only other origins a survivor page may name: the quick exit's neutral site, and phone links.
ALLOWED_ELSEWHERE = ("https://www.bbc.co.uk/weather", "tel:")
REFERENCE = re.compile(r'(?:src|href|action|srcset|formaction)\s*=\s*"([^"]*)"', re.I)


@pytest.fixture(scope="module")
def site(shared_heard: Heard) -> str:
    return shared_heard.serve()


def _responses(url: str) -> list[httpx.Response]:
    responses = [httpx.get(f"{url}{page}") for page in PAGES]
    responses.append(post_form(url, {"text": "thank you page"}))
    responses.append(post_form(url, {"text": ""}))
    responses.append(httpx.get(f"{url}/static/js/feedback.js"))
    return responses


def test_no_cookies_no_store_strict_csp_everywhere(site: str) -> None:
    for response in _responses(site):
        assert "set-cookie" not in response.headers, response.url
        assert response.headers["cache-control"] == "no-store", response.url
        csp = response.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "unsafe-inline" not in csp, response.url
        assert "unsafe-eval'" not in csp.replace("wasm-unsafe-eval'", ""), response.url
        assert response.headers["referrer-policy"] == "no-referrer"


def test_pages_reference_no_other_origin(site: str) -> None:
    for response in _responses(site):
        if "html" not in response.headers.get("content-type", ""):
            continue
        for target in REFERENCE.findall(response.text):
            if target.startswith(ALLOWED_ELSEWHERE):
                continue
            assert not re.match(r"^(?:[a-z]+:)?//", target, re.I), (response.url, target)
        assert "style=" not in response.text and "onclick" not in response.text


@pytest.mark.parametrize("locale", ["en", *LOCALES])
def test_every_page_has_safety_features_in_each_language(site: str, locale: str) -> None:
    for page in ("/feedback", "/staying-safe", "/receipt", "/you-said-we-did"):
        html = httpx.get(f"{site}{page}?lang={locale}").text
        html_tag = re.search(r"<html lang=\"([^\"]+)\" dir=\"(\w+)\">", html)
        assert html_tag, page
        assert html_tag[1] == locale.replace("_", "-")
        assert html_tag[2] == ("rtl" if locale in RIGHT_TO_LEFT else "ltr")
        assert "data-quick-exit" in html
        assert "/static/js/quick-exit.js" in html
        for number in ("tel:999", "tel:08085002222", "tel:116123"):
            assert number in html, (page, locale, number)


def test_language_comes_from_accept_language_and_the_form_not_cookies(site: str) -> None:
    urdu = httpx.get(f"{site}/feedback", headers={"accept-language": "ur-PK,ur;q=0.9"})
    assert '<html lang="ur" dir="rtl">' in urdu.text
    # A no-JavaScript post keeps the language it was written in, even without ?lang=.
    token = re.search(r'name="token" value="([^"]+)"', urdu.text)[1]  # type: ignore[index]
    answer = httpx.post(f"{site}/feedback", data={"text": "", "lang": "pl", "token": token})
    assert '<html lang="pl" dir="ltr">' in answer.text


def test_the_language_switcher_names_each_language_in_itself(site: str) -> None:
    html = httpx.get(f"{site}/feedback?lang=ar").text
    for code, name in [("pa", "ਪੰਜਾਬੀ"), ("ur", "اردو"), ("pl", "polski"), ("cy", "Cymraeg")]:
        assert f'href="?lang={code}" lang="{code}"' in html
        assert name in html


def test_only_the_free_text_is_required(site: str) -> None:
    response = post_form(site, {"text": "ok"})
    assert response.status_code == 200 and "Thank you" in response.text


def test_form_offers_every_question_skippable(site: str) -> None:
    html = httpx.get(f"{site}/feedback").text
    for name in ("service", "borough", "when_month", "when_year", "organisation"):
        assert f'name="{name}"' in html
    for outcome in ("professionalism", "communication", "belief", "impact", "priority"):
        assert f'name="rating_{outcome}" value="na"' in html
    assert 'name="consent_quote"' in html and 'name="want_receipt"' in html
    assert html.count('<option value="">Skip this question</option>') == 14
    assert "rather_not_say" in html
    assert html.count(" required") == 1  # the free text only


def test_receipt_without_javascript(heard: Heard) -> None:
    url = heard.serve()
    answer = post_form(url, {"text": "please reply", "want_receipt": "yes"})
    code = re.search(r"data-receipt-code>([0-9A-Z-]+)<", answer.text)
    assert code, "the thank-you page shows a receipt code"
    assert len(code[1].replace("-", "")) == 20
    heard.run("worker", "--drain")
    (submission_id,) = heard.query("SELECT id FROM submissions")[0]
    heard.run("reply", str(submission_id), input="We have changed how we call people back.")
    page = post_form(url, {"code": code[1].lower().replace("-", " ")}, page="/receipt")
    assert page.status_code == 200
    assert "Your feedback has been read by the team." in page.text
    assert "We have changed how we call people back." in page.text
    wrong = post_form(url, {"code": "0000-0000-0000-0000-0000"}, page="/receipt")
    assert wrong.status_code == 404
    heard.stop()
    assert code[1] not in (heard.log_dir / "web.log").read_text()
    assert not heard.query(f"SELECT 1 FROM receipts WHERE lookup_hash LIKE '%{code[1]}%'")
