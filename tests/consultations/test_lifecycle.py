"""The whole life cycle through the real HTTP stack, the command line and the worker."""

from __future__ import annotations

import re

import httpx

from feedback.receipts.service import ALPHABET, normalise
from tests.consultations.conftest import (
    answer_form,
    answer_sealed,
    create,
    open_with_codes,
    results,
)
from tests.envelopes import form_token
from tests.staff.conftest import Browser, Site


def test_create_prints_id_and_slug_and_codes_are_single_use_cards(site: Site) -> None:
    made = create(site.heard)
    assert set(made) == {"id", "slug"} and isinstance(made["id"], int)
    # A draft takes no answers.
    assert httpx.get(f"{site.url}/c/{made['slug']}").status_code == 404
    out = site.heard.run("consultation", "codes", str(made["id"]), "--count", "12").stdout
    codes = out.splitlines()
    assert len(codes) == len(set(codes)) == 12
    for code in codes:
        # Groups of four from a 32-letter alphabet without I, L, O or U: 100 bits.
        assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){4}", code)
        assert set(code.replace("-", "")) <= set(ALPHABET) and normalise(code.lower())
        assert len(code.replace("-", "")) * 5 >= 64
    site.heard.run("consultation", "open", str(made["id"]))
    assert httpx.get(f"{site.url}/c/{made['slug']}").status_code == 200
    again = site.heard.run("consultation", "open", str(made["id"]), check=False)
    assert again.returncode != 0 and "Only a draft" in again.stderr


def test_participant_page_speaks_the_chosen_language_and_falls_back(site: Site) -> None:
    made, _ = open_with_codes(site.heard, 1)
    page = httpx.get(f"{site.url}/c/{made['slug']}?lang=ur").text
    assert '<html lang="ur" dir="rtl">' in page
    assert "پولیس کے ساتھ آپ کا وقت" in page and "کیا بدلنا چاہیے؟" in page
    # No Urdu for this question: English, marked as English for screen readers.
    assert '<legend lang="en">Did you feel believed?</legend>' in page
    polish = httpx.get(f"{site.url}/c/{made['slug']}", headers={"accept-language": "pl"}).text
    assert "Twój czas z policją" in polish and "Tak" in polish
    for safety in ("data-quick-exit", "/staying-safe?lang=pl", 'name="code"', 'name="token"'):
        assert safety in polish
    assert "style=" not in polish and "<script>" not in polish


def test_a_code_works_once_on_either_path(site: Site) -> None:
    made, codes = open_with_codes(site.heard, 2)
    slug = made["slug"]
    assert answer_sealed(site.url, slug, codes[0], q0="It was fine").status_code == 201
    again = answer_sealed(site.url, slug, codes[0], q0="Twice")
    assert again.status_code == 403 and "does not work" in again.json()["error"]
    # The same code without JavaScript: a kind page in the participant's language.
    reused = answer_form(site.url, slug, codes[0], lang="pl", q1="0")
    assert reused.status_code == 403
    assert '<html lang="pl"' in reused.text and 'id="code-error"' in reused.text
    assert answer_form(site.url, slug, "ABCD-EFGH-JKMN-PQRS-TVWX", q1="0").status_code == 403
    assert answer_form(site.url, slug, codes[1], q1="1").status_code == 200
    assert answer_form(site.url, slug, codes[1], q1="1").status_code == 403
    # A code for one consultation opens no other.
    other, _ = open_with_codes(site.heard, 1)
    assert answer_sealed(site.url, other["slug"], codes[0], q0="x").status_code == 403


def test_the_no_javascript_form_explains_what_is_missing(site: Site) -> None:
    made, codes = open_with_codes(site.heard, 1)
    empty = answer_form(site.url, made["slug"], codes[0])
    assert empty.status_code == 400 and "at least one question" in empty.text
    no_code = answer_form(site.url, made["slug"], "", q0="kept answer")
    assert no_code.status_code == 400 and "kept answer" in no_code.text
    stale = httpx.post(
        f"{site.url}/c/{made['slug']}", data={"token": "x", "code": codes[0], "q0": "y"}
    )
    assert stale.status_code == 400 and "open for a long time" in stale.text
    # None of these spent the code.
    assert answer_form(site.url, made["slug"], codes[0], q0="now").status_code == 200


def test_a_closed_consultation_takes_no_answers(site: Site) -> None:
    made, codes = open_with_codes(site.heard, 2)
    site.heard.run("consultation", "close", str(made["id"]))
    assert httpx.get(f"{site.url}/c/{made['slug']}").status_code == 404
    assert answer_sealed(site.url, made["slug"], codes[0], q0="late").status_code == 404
    closed = httpx.post(
        f"{site.url}/c/{made['slug']}",
        data={"token": form_token(site.url), "code": codes[1], "q0": "late"},
    )
    assert closed.status_code == 404 and "not taking answers now" in closed.text


def test_results_after_the_worker_with_suppression_then_publish(
    site: Site, facilitator: Browser
) -> None:
    heard = site.heard
    made, codes = open_with_codes(heard, 11)
    small, small_codes = open_with_codes(heard, 3)
    slug = made["slug"]
    text = "The officer did not believe me and nobody called me back."
    # Nine by JavaScript-style envelopes, one without JavaScript: ten responses.
    for i, code in enumerate(codes[:9]):
        answers = {"q0": text, "q1": "0", "q2_0": "yes", "q3": str(i % 2 + 3)}
        answers |= {"q2_1": "yes"} if i < 5 else {"q2_2": "yes"} if i == 5 else {}
        answers |= {"consent_quote": True} if i < 6 else {}
        assert answer_sealed(site.url, slug, code, **answers).status_code == 201
    assert answer_form(site.url, slug, codes[9], q1="1", q2_0="yes").status_code == 200
    for code in small_codes:
        assert answer_sealed(site.url, small["slug"], code, q1="0").status_code == 201
    before = results(heard, made["id"])
    assert before["responses"] is None and before["questions"] == []  # nothing analysed yet

    heard.run("worker", "--drain")
    found = results(heard, made["id"])
    assert found["k"] == 5 and found["responses"] == 10
    believed, helped, scale = found["questions"][1], found["questions"][2], found["questions"][3]
    assert believed["options"] == ["Yes", "No"]
    # 9 and 1: the 1 is hidden, and so is the 9 that would give it away.
    assert believed["counts"] == [None, None] and believed["skipped"] == 0
    # Several choices: 10, 5 and 1 (hidden) of 10.
    assert helped["counts"] == [10, 5, None] and helped["skipped"] == 0
    # A scale: 5 and 4 (hidden) and one skipped (hidden); together they are five or more.
    assert scale["options"] == ["1", "2", "3", "4", "5"]
    assert scale["counts"] == [0, 0, 0, 5, None] and scale["skipped"] is None
    assert "text" in found["questions"][0]["kind"] and "counts" not in found["questions"][0]
    assert {"outcome", "polarity", "count"} <= set(found["themes"][0])
    assert len(found["quotes"]) == 6 and all("officer" in q["text"] for q in found["quotes"])
    assert {t["outcome"] for t in found["themes"]} & {"belief", "communication"}
    # Fewer than k responses: nothing at all.
    assert results(heard, small["id"]) == {
        "id": small["id"], "slug": small["slug"], "status": "open", "k": 5,
        "responses": None, "questions": [], "themes": [], "quotes": [],
    }  # fmt: skip

    # The facilitator reads the same results, closes, writes "you said, we did", publishes.
    page = facilitator.get(f"/staff/consultations/{made['id']}").text
    assert "Analysed responses: 10." in page and "fewer than 5" in page
    for step in ("closed", "published"):
        moved = facilitator.post(f"/staff/consultations/{made['id']}/status", {"to": step})
        assert moved.status_code == 303
        if step == "closed":
            added = facilitator.post(
                f"/staff/consultations/{made['id']}/updates",
                {"you_said": "Nobody called you back.", "we_did": "Every caller now gets a call."},
            )
            assert added.status_code == 303
    public = httpx.get(f"{site.url}/you-said-we-did").text
    assert "Your time with the police" in public and "Every caller now gets a call." in public
    actions = {row[0] for row in heard.query("SELECT action FROM audit_log")}
    assert {"export", "quote.view", "consultation.status", "publish"} <= actions
