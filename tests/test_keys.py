"""Analysis keys: made on-prem, wrapped by a passphrase, rotated without losing old submissions."""

from __future__ import annotations

import base64
import json

import httpx

from feedback import crypto
from tests.conftest import Heard
from tests.envelopes import post_envelope, sealed


def test_key_file_holds_only_wrapped_private_keys(heard: Heard) -> None:
    data = json.loads(heard.key_file.read_text())
    assert data["version"] == 1 and data["demo"] is False
    (entry,) = data["keys"]
    assert set(entry) == {
        "kid",
        "public_key",
        "created_on",
        "salt",
        "opslimit",
        "memlimit",
        "wrapped",
    }
    assert heard.key_file.stat().st_mode & 0o077 == 0


def test_init_refuses_to_overwrite_and_needs_a_passphrase(heard: Heard) -> None:
    again = heard.run("keys", "init", check=False)
    assert again.returncode != 0 and "exists" in again.stderr
    heard.key_file.unlink()
    env_without = {k: v for k, v in heard.env.items() if k != "HEARD_KEY_PASSPHRASE"}
    heard.env.clear()
    heard.env.update(env_without)
    refused = heard.run("keys", "init", check=False, stdin=None)
    assert refused.returncode != 0 and "HEARD_KEY_PASSPHRASE" in refused.stderr


def test_worker_refuses_a_wrong_passphrase(heard: Heard) -> None:
    heard.env["HEARD_KEY_PASSPHRASE"] = "not the passphrase"
    result = heard.run("worker", "--drain", check=False)
    assert result.returncode != 0
    assert "passphrase does not open" in result.stderr


def test_rotation_keeps_old_envelopes_readable(heard: Heard) -> None:
    url = heard.serve()
    old_envelope = sealed(url, "Sealed to the first key.")
    old_kid = old_envelope["kid"]
    heard.run("keys", "rotate")
    data = json.loads(heard.key_file.read_text())
    old, new = data["keys"]
    assert old["kid"] == old_kid
    # An envelope sealed to the new key is accepted at once (an unseen key id makes the web
    # tier reload its key list), and the older key id is still accepted.
    new_key = (new["kid"], base64.b64decode(new["public_key"]))
    new_envelope = crypto.seal({"text": "Sealed to the new key.", "locale": "en"}, *new_key)
    assert post_envelope(url, new_envelope.to_json()).status_code == 201
    assert httpx.get(f"{url}/api/v1/keys/current").json()["kid"] == new["kid"]
    assert post_envelope(url, old_envelope).status_code == 201
    heard.run("worker", "--drain")
    assert heard.status() == {"total": 2, "pending": 0, "analysed": 2, "failed": 0}


def test_serve_on_an_empty_data_dir_makes_a_labelled_demo_key(empty_heard: Heard) -> None:
    url = empty_heard.serve()
    assert httpx.get(f"{url}/api/v1/keys/current").status_code == 200
    data = json.loads(empty_heard.key_file.read_text())
    assert data["demo"] is True
    passphrase_file = empty_heard.key_file.with_name("analysis-key.json.DEMO-ONLY-passphrase.txt")
    assert passphrase_file.exists()
    assert "DEMO ONLY" in (empty_heard.log_dir / "web.log").read_text()
    # The worker finds the demo passphrase by itself.
    assert post_envelope(url, sealed(url, "hello")).status_code == 201
    empty_heard.run("worker", "--drain")
    assert empty_heard.status()["analysed"] == 1
