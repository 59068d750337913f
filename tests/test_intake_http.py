"""The intake routes through uvicorn on loopback: what they accept, refuse, and answer."""

from __future__ import annotations

import base64

import httpx
import pytest

from tests.conftest import Heard
from tests.envelopes import form_token, post_envelope, post_form, sealed


@pytest.fixture
def url(heard: Heard) -> str:
    return heard.serve()


def test_health_and_current_key(url: str, heard: Heard) -> None:
    assert httpx.get(f"{url}/healthz").status_code == 200
    key = httpx.get(f"{url}/api/v1/keys/current").json()
    assert set(key) == {"kid", "public_key"}
    assert len(base64.b64decode(key["public_key"])) == 32
    assert key["kid"] in heard.key_file.read_text()


def test_sealed_envelope_is_accepted_and_stored(url: str, heard: Heard) -> None:
    response = post_envelope(url, sealed(url, "The nurse listened to me."))
    assert response.status_code == 201
    assert set(response.json()) == {"id"}
    assert heard.status() == {"total": 1, "pending": 1, "analysed": 0, "failed": 0}


@pytest.mark.parametrize(
    ("body", "content_type", "status", "message"),
    [
        (b"{not json", "application/json", 400, "not valid JSON"),
        (b'{"v": 1}', "text/plain", 415, "application/json"),
        (b"[1, 2]", "application/json", 422, "JSON object"),
        (b'{"v": 1, "kid": "k", "ct": "AAAA"}', "application/json", 422, "48 bytes plus"),
        (b'{"v": "1", "kid": "k", "ct": "AAAA"}', "application/json", 422, '"v" must be 1'),
    ],
)
def test_malformed_envelopes_get_a_clear_json_error(
    url: str, heard: Heard, body: bytes, content_type: str, status: int, message: str
) -> None:
    response = httpx.post(
        f"{url}/api/v1/submissions", content=body, headers={"content-type": content_type}
    )
    assert response.status_code == status
    assert message in response.json()["error"]
    assert heard.status()["total"] == 0


@pytest.mark.parametrize(
    "path",
    ["/api/v1/submissions", "/api/v1/receipts/lookup", "/api/v1/consultations/any/responses"],
)
def test_every_json_api_refuses_a_body_that_is_not_json_alike(url: str, path: str) -> None:
    """One read_json for every JSON endpoint: 415 before anything else, then 400."""
    wrong_type = httpx.post(f"{url}{path}", content=b"{}", headers={"content-type": "text/plain"})
    assert wrong_type.status_code == 415
    assert "as application/json" in wrong_type.json()["error"]
    broken = httpx.post(
        f"{url}{path}", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert broken.status_code == 400
    assert broken.json() == {"error": "The body is not valid JSON."}


def test_unknown_key_id_is_refused(url: str, heard: Heard) -> None:
    envelope = sealed(url, "hello")
    envelope["kid"] = "0000000000000000"
    response = post_envelope(url, envelope)
    assert response.status_code == 422
    assert "Unknown key id" in response.json()["error"]
    assert heard.status()["total"] == 0


def test_oversized_bodies_are_refused_before_reading(url: str, heard: Heard) -> None:
    big = b'{"v": 1, "kid": "k", "ct": "' + b"A" * 70_000 + b'"}'
    response = httpx.post(
        f"{url}/api/v1/submissions", content=big, headers={"content-type": "application/json"}
    )
    assert response.status_code == 413
    assert "64 KiB" in response.json()["error"]

    def chunks() -> object:
        for _ in range(20):
            yield b"A" * 8192

    streamed = httpx.post(
        f"{url}/api/v1/submissions", content=chunks(), headers={"content-type": "application/json"}
    )
    assert streamed.status_code == 413
    assert heard.status()["total"] == 0


def test_form_post_without_javascript_seals_and_thanks(url: str, heard: Heard) -> None:
    response = post_form(
        url, {"text": "They believed me.", "service": "police", "borough": "walsall", "lang": "en"}
    )
    assert response.status_code == 200
    assert "Thank you" in response.text
    assert heard.status()["pending"] == 1


def test_form_post_with_no_text_keeps_answers_and_explains(url: str, heard: Heard) -> None:
    response = post_form(url, {"text": "  ", "service": "gp", "organisation": "Oak Surgery"})
    assert response.status_code == 400
    assert "Please tell us something" in response.text
    assert 'value="gp" selected' in response.text
    assert "Oak Surgery" in response.text
    assert heard.status()["total"] == 0


def test_form_post_must_be_urlencoded(url: str, heard: Heard) -> None:
    response = httpx.post(f"{url}/feedback", files={"text": (None, "hello")})
    assert response.status_code == 415
    assert heard.status()["total"] == 0


def test_feedback_page_carries_the_current_key_for_the_browser(url: str) -> None:
    page = httpx.get(f"{url}/feedback")
    key = httpx.get(f"{url}/api/v1/keys/current").json()
    assert page.status_code == 200
    assert f'data-kid="{key["kid"]}"' in page.text
    assert f'data-public-key="{key["public_key"]}"' in page.text
    assert page.headers["cache-control"] == "no-store"
    assert "'unsafe-inline'" not in page.headers["content-security-policy"]
    assert "set-cookie" not in page.headers


def test_form_post_needs_a_fresh_single_use_token(url: str, heard: Heard) -> None:
    token = form_token(url)
    first = httpx.post(f"{url}/feedback", data={"text": "first", "token": token})
    assert first.status_code == 200
    replay = httpx.post(f"{url}/feedback", data={"text": "again", "token": token})
    missing = httpx.post(f"{url}/feedback", data={"text": "no token"})
    for response in (replay, missing):
        assert response.status_code == 400
        assert "press Send again" in response.text
    assert heard.status()["total"] == 1


def test_api_refuses_a_spent_token(url: str, heard: Heard) -> None:
    token = form_token(url)
    headers = {"x-heard-token": token}
    first = httpx.post(f"{url}/api/v1/submissions", json=sealed(url, "one"), headers=headers)
    again = httpx.post(f"{url}/api/v1/submissions", json=sealed(url, "two"), headers=headers)
    assert (first.status_code, again.status_code) == (201, 409)
    assert heard.status()["total"] == 1
