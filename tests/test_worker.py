"""The worker draining its work: derived facts only, content-free failures, retention, backups."""

from __future__ import annotations

import base64

import httpx
import pytest
from nacl.public import PrivateKey

from feedback import crypto
from tests.conftest import Heard
from tests.envelopes import post_envelope, sealed


def test_analysis_keeps_structured_answers_and_drops_the_text(heard: Heard) -> None:
    url = heard.serve()
    envelope = sealed(
        url,
        "The ISVA kept me informed.",
        locale="pl",
        service="isva",
        borough="dudley",
        month="2025-11",
        organisation="  Dudley   ISVA team ",
    )
    assert post_envelope(url, envelope).status_code == 201
    heard.run("worker", "--drain")
    rows = heard.query(
        "SELECT locale, service, borough, month, organisation, quote FROM submission_facts"
    )
    assert rows == [("pl", "isva", "dudley", "2025-11", "Dudley ISVA team", None)]


def test_invalid_answers_are_dropped_but_the_feedback_is_kept(heard: Heard) -> None:
    url = heard.serve()
    envelope = sealed(url, "Still counts.", service="spaceship", borough=7, month="2099-01")
    assert post_envelope(url, envelope).status_code == 201
    heard.run("worker", "--drain")
    assert heard.query("SELECT service, borough, month FROM submission_facts") == [
        (None, None, None)
    ]


def _seal_raw(kid: str, public_key: bytes, plaintext: bytes) -> dict[str, object]:
    from nacl.public import PublicKey, SealedBox

    ct = SealedBox(PublicKey(public_key)).encrypt(crypto.pad(plaintext))
    return {"v": 1, "kid": kid, "ct": base64.b64encode(ct).decode()}


@pytest.mark.parametrize(
    ("plaintext", "reason"),
    [
        (b"not json at all", "malformed-payload"),
        (b'["a list"]', "malformed-payload"),
        (b'{"text": "", "locale": "en"}', "empty-text"),
    ],
)
def test_unusable_payloads_fail_with_a_content_free_reason(
    heard: Heard, plaintext: bytes, reason: str
) -> None:
    url = heard.serve()
    key = httpx.get(f"{url}/api/v1/keys/current").json()
    envelope = _seal_raw(key["kid"], base64.b64decode(key["public_key"]), plaintext)
    assert post_envelope(url, envelope).status_code == 201
    heard.run("worker", "--drain")
    assert heard.status()["failed"] == 1
    assert heard.query("SELECT failure FROM submissions") == [(reason,)]


def test_ciphertext_that_will_not_open_fails_as_cannot_decrypt(heard: Heard) -> None:
    url = heard.serve()
    # Sealed to a stranger's key but labelled with ours: the worker cannot open it.
    kid = httpx.get(f"{url}/api/v1/keys/current").json()["kid"]
    stranger = bytes(PrivateKey.generate().public_key)
    envelope = _seal_raw(kid, stranger, b'{"text": "hello", "locale": "en"}')
    assert post_envelope(url, envelope).status_code == 201
    heard.run("worker", "--drain")
    assert heard.query("SELECT status, failure FROM submissions") == [("failed", "cannot-decrypt")]
    heard.run("retry-failed")
    assert heard.status()["pending"] == 1


def test_retention_deletes_old_envelopes_and_keeps_facts(heard: Heard) -> None:
    url = heard.serve()
    for text in ("old", "new", "old but pending"):
        assert post_envelope(url, sealed(url, text)).status_code == 201
    heard.run("worker", "--drain")
    old, _new, pending = (str(row[0]) for row in heard.query("SELECT id FROM submissions"))
    heard.query(f"UPDATE submissions SET status = 'pending' WHERE id = '{pending}'")
    heard.query(
        f"UPDATE submissions SET received_on = '2020-01-01' WHERE id IN ('{old}', '{pending}')"
    )
    result = heard.run("retention")
    assert "removed 1 envelope(s)" in result.stdout
    gone = heard.query("SELECT id FROM submissions WHERE ciphertext IS NULL")
    assert [str(row[0]) for row in gone] == [old]
    assert heard.query("SELECT COUNT(*) FROM submission_facts") == [(3,)]


def test_backup_and_restore_round_trip(heard: Heard) -> None:
    url = heard.serve()
    needle = "BACKUP-CANARY-4c1e"
    for i in range(3):
        assert post_envelope(url, sealed(url, f"{needle} {i}")).status_code == 201
    heard.run("worker", "--drain")
    target = heard.data_dir.parent / "heard.backup"
    heard.run("backup", str(target))
    assert needle.encode() not in target.read_bytes()  # ciphertext stays ciphertext
    assert post_envelope(url, sealed(url, "after the backup")).status_code == 201
    heard.stop()
    assert heard.status()["total"] == 4
    heard.run("restore", str(target))
    assert heard.status() == {"total": 3, "pending": 0, "analysed": 3, "failed": 0}
    assert heard.query("SELECT COUNT(*) FROM submission_facts") == [(3,)]
    again = heard.run("backup", str(target), check=False)
    assert again.returncode != 0 and "exists already" in again.stderr
