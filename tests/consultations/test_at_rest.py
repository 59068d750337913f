"""Invariant 1 for consultations: a canary answer is nowhere at rest, queued or logged."""

from __future__ import annotations

from tests.conftest import Heard, canary
from tests.consultations.conftest import answer_form, answer_sealed, open_with_codes, results
from tests.traces import database_contains, files_containing, queue_contains


def test_a_canary_answer_is_never_at_rest_in_plaintext(heard: Heard) -> None:
    url = heard.serve()
    made, codes = open_with_codes(heard, 2)
    sealed_canary, form_canary = canary(), canary()
    assert (
        answer_sealed(url, made["slug"], codes[0], q0=f"It was {sealed_canary}").status_code == 201
    )
    response = answer_form(url, made["slug"], codes[1], q0=f"The {form_canary} helped", q1="0")
    assert response.status_code == 200 and "Thank you" in response.text
    for needle in (sealed_canary, form_canary):
        assert not database_contains(heard, needle) and not queue_contains(heard, needle)

    drained = heard.run("worker", "--drain")
    assert "analysed 2 submission(s)" in drained.stderr
    assert heard.status()["analysed"] == 2
    assert results(heard, made["id"])["responses"] is None  # two: fewer than five
    heard.stop()  # flush and close every log and database file before looking
    for needle in (sealed_canary, form_canary):
        assert not files_containing(heard.data_dir, needle)
        assert not database_contains(heard, needle)
        assert not queue_contains(heard, needle)
        assert needle not in drained.stdout + drained.stderr
