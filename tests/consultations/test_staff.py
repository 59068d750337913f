"""Facilitators run consultations on the web: create, open, print cards, enter answers."""

from __future__ import annotations

import re

import httpx

from tests.consultations.conftest import answer_sealed, open_with_codes
from tests.staff.conftest import Browser, Site

CARD = re.compile(r'<p class="card-code">([0-9A-Z-]+)</p>')


def _create_in_the_form(facilitator: Browser) -> int:
    form = {
        "locale": "cy",
        "title": "Eich amser gyda'r heddlu",
        "introduction": "Dywedwch wrthym.",
        "kind_0": "choice",
        "prompt_0": "Oeddech chi'n teimlo eich bod yn cael eich credu?",
        "options_0": "Oeddwn\nNac oeddwn\n",
        "kind_1": "text",
        "prompt_1": "Beth ddylai newid?",
    }
    created = facilitator.post("/staff/consultations", form)
    assert created.status_code == 303, created.text
    return int(created.headers["location"].rsplit("/", 1)[1])


def test_facilitator_creates_opens_prints_cards_and_enters_answers(
    site: Site, facilitator: Browser
) -> None:
    consultation_id = _create_in_the_form(facilitator)
    assert "Eich amser gyda&#39;r heddlu" in facilitator.get("/staff/consultations").text
    bad = facilitator.post("/staff/consultations", {"locale": "en", "title": "No questions"})
    assert bad.status_code == 400 and "Give 1 to 50 questions." in bad.text

    translate = f"/staff/consultations/{consultation_id}/translate"
    assert "Oeddwn" in facilitator.get(f"{translate}?to=en").text
    english = {
        "to": "en", "title": "Your time with the police", "prompt_0": "Did you feel believed?",
        "option_0_0": "Yes", "option_0_1": "No", "prompt_1": "What should change?",
    }  # fmt: skip
    assert facilitator.post(translate, english).status_code == 303
    assert facilitator.post(translate, {**english, "to": "xx"}).status_code == 400
    opened = facilitator.post(f"/staff/consultations/{consultation_id}/status", {"to": "open"})
    assert opened.status_code == 303
    page = facilitator.get(f"/staff/consultations/{consultation_id}").text
    slug = re.search(r"/c/([a-z0-9]+)", page)
    assert slug and "Fewer than 5 responses" in page

    welsh = httpx.get(f"{site.url}/c/{slug[1]}?lang=cy").text
    assert "Nac oeddwn" in welsh and "Did you feel believed?" not in welsh
    assert "Did you feel believed?" in httpx.get(f"{site.url}/c/{slug[1]}?lang=ur").text
    sheet = facilitator.post(f"/staff/consultations/{consultation_id}/codes", {"count": "4"})
    assert sheet.status_code == 200
    codes = CARD.findall(sheet.text)
    assert len(set(codes)) == 4 and "/static/css/consultation.css" in sheet.text
    css = httpx.get(f"{site.url}/static/css/consultation.css").text
    assert "@media print" in css
    assert "Unused codes: 4." in facilitator.get(f"/staff/consultations/{consultation_id}").text

    entry = facilitator.get(f"/staff/consultations/{consultation_id}/enter")
    assert entry.status_code == 200
    for part in ('id="consultation-form"', "data-public-key=", 'name="code"', "consultation.js"):
        assert part in entry.text
    # The facilitator's browser seals and sends, as the participant's would.
    assert answer_sealed(site.url, slug[1], codes[0], q0="0", q1="Mwy o amser").status_code == 201
    assert "Unused codes: 3." in facilitator.get(f"/staff/consultations/{consultation_id}").text


def test_only_facilitators_and_administrators(site: Site, facilitator: Browser) -> None:
    made, _ = open_with_codes(site.heard, 1)
    paths = ("/staff/consultations", f"/staff/consultations/{made['id']}")
    anonymous = site.browser()
    for path in paths:
        assert anonymous.get(path).status_code == 303
    reviewer = site.fresh_browser("reviewer")
    for path in paths:
        refused = reviewer.get(path)
        assert refused.status_code == 403 and "Your role does not give you access" in refused.text
    assert (
        reviewer.post(f"/staff/consultations/{made['id']}/codes", {"count": "5"}).status_code == 403
    )
    for browser in (site.admin, facilitator):
        assert browser.get(paths[1]).status_code == 200
    # A post without the CSRF token is refused.
    forged = facilitator.post(
        f"/staff/consultations/{made['id']}/codes", {"count": "5"}, csrf=False
    )
    assert forged.status_code == 403
