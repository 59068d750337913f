"""A served installation per test module, with staff accounts and a worker that can analyse."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from feedback import crypto
from tests.conftest import Heard, keyed_installation
from tests.envelopes import current_key, form_token
from tests.staff.conftest import Browser, Site, build_site

DEFINITION: dict[str, Any] = {
    "title": {
        "en": "Your time with the police",
        "ur": "پولیس کے ساتھ آپ کا وقت",
        "pl": "Twój czas z policją",
    },
    "introduction": {"en": "Tell us how it went.", "pl": "Powiedz nam, jak było."},
    "questions": [
        {
            "kind": "text",
            "prompt": {
                "en": "What should change?",
                "ur": "کیا بدلنا چاہیے؟",
                "pl": "Co powinno się zmienić?",
            },
        },
        {
            "kind": "choice",
            "prompt": {"en": "Did you feel believed?", "pl": "Czy czułaś się wysłuchana?"},
            "options": [{"en": "Yes", "pl": "Tak"}, {"en": "No", "pl": "Nie"}],
        },
        {
            "kind": "multi",
            "prompt": {"en": "Who helped?"},
            "options": [{"en": "An officer"}, {"en": "An ISVA"}, {"en": "A friend"}],
        },
        {"kind": "scale", "prompt": {"en": "How safe did you feel?"}},
    ],
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, models_dir: Path) -> Iterator[Site]:
    root = Path(tmp_path_factory.mktemp("consultations"))
    for heard in keyed_installation(root, models_dir):
        yield build_site(heard)


@pytest.fixture(scope="module")
def facilitator(site: Site) -> Browser:
    """Signed in once for the module: each account may sign in only 3 times in 30 seconds."""
    return site.fresh_browser("facilitator")


def create(heard: Heard, definition: dict[str, Any] | None = None) -> dict[str, Any]:
    path = heard.data_dir / "consultation.json"
    path.write_text(json.dumps(definition or DEFINITION, ensure_ascii=False), encoding="utf-8")
    made = json.loads(heard.run("consultation", "create", str(path)).stdout)
    path.unlink()
    return made


def open_with_codes(heard: Heard, count: int) -> tuple[dict[str, Any], list[str]]:
    made = create(heard)
    heard.run("consultation", "open", str(made["id"]))
    codes = heard.run("consultation", "codes", str(made["id"]), "--count", str(count)).stdout
    return made, codes.split()


def answer_sealed(url: str, slug: str, code: str, **answers: Any) -> httpx.Response:
    """As the participant's browser does: seal the answers, send the code beside them."""
    kid, public_key = current_key(url)
    envelope = crypto.seal({"locale": "en", **answers}, kid, public_key).to_json()
    return httpx.post(
        f"{url}/api/v1/consultations/{slug}/responses", json={**envelope, "code": code}
    )


def answer_form(url: str, slug: str, code: str, lang: str = "en", **answers: str) -> httpx.Response:
    """As a browser without JavaScript does: a form post with the token the page carried."""
    page = f"/c/{slug}?lang={lang}"
    data = {"token": form_token(url, page), "code": code, "lang": lang, **answers}
    return httpx.post(f"{url}{page}", data=data)


def results(heard: Heard, consultation_id: int) -> dict[str, Any]:
    out = heard.run("consultation", "results", str(consultation_id), "--format", "json").stdout
    return json.loads(out)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, html
    return found[1]
