"""Sealing in the test process, as a browser does: with the public key the service hands out."""

from __future__ import annotations

import base64
import re
from typing import Any

import httpx

from feedback import crypto


def current_key(base_url: str) -> tuple[str, bytes]:
    data = httpx.get(f"{base_url}/api/v1/keys/current").json()
    return data["kid"], base64.b64decode(data["public_key"])


def sealed(base_url: str, text: str, **answers: Any) -> dict[str, Any]:
    kid, public_key = current_key(base_url)
    return crypto.seal({"text": text, "locale": "en", **answers}, kid, public_key).to_json()


def post_envelope(base_url: str, envelope: object) -> httpx.Response:
    return httpx.post(f"{base_url}/api/v1/submissions", json=envelope)


def form_token(base_url: str, page: str = "/feedback") -> str:
    html = httpx.get(f"{base_url}{page}").text
    match = re.search(r'name="token" value="([^"]+)"', html)
    assert match, "the form carries a token"
    return match[1]


def post_form(base_url: str, data: dict[str, str], page: str = "/feedback") -> httpx.Response:
    """Post a form as a browser without JavaScript does: with the token the form carried."""
    return httpx.post(f"{base_url}{page}", data={"token": form_token(base_url, page), **data})
