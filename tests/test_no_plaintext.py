"""Invariant 1: a canary sent through the real HTTP stack is nowhere at rest, queued or logged."""

from __future__ import annotations

import uuid

from tests.conftest import Heard, canary
from tests.envelopes import post_envelope, post_form, sealed
from tests.traces import database_contains, files_containing, queue_contains, queued_messages


def _submit_both_ways(url: str, js_canary: str, form_canary: str) -> None:
    assert post_envelope(url, sealed(url, f"The police {js_canary} were kind.")).status_code == 201
    response = post_form(url, {"text": f"The GP {form_canary} did not listen.", "lang": "en"})
    assert response.status_code == 200


def test_canary_is_nowhere_at_rest_on_either_path(heard: Heard) -> None:
    url = heard.serve()
    js_canary, form_canary = canary(), canary()
    _submit_both_ways(url, js_canary, form_canary)

    # Before the worker runs: the queue holds two submission ids and nothing else.
    queued = queued_messages(heard)
    assert len(queued) == 2
    for name, arguments, keywords in queued:
        assert name == "feedback.tasks.analyse"
        assert len(arguments) == 1 and not keywords
        uuid.UUID(str(arguments[0]))
    for needle in (js_canary, form_canary):
        assert not queue_contains(heard, needle)
        assert not database_contains(heard, needle)

    drained = heard.run("worker", "--drain")
    assert "analysed 2 submission(s)" in drained.stderr
    assert heard.status() == {"total": 2, "pending": 0, "analysed": 2, "failed": 0}
    heard.stop()  # flush and close every log and database file before looking

    for needle in (js_canary, form_canary):
        assert not files_containing(heard.data_dir, needle)
        assert not database_contains(heard, needle)
        assert not queue_contains(heard, needle)
        assert needle not in drained.stdout + drained.stderr


def test_a_control_canary_is_found_where_it_was_put(heard: Heard) -> None:
    # Proves the search above can see a plain string in these files and this database.
    url = heard.serve()
    needle = canary()
    response = post_form(url, {"text": "x", "organisation": needle, "lang": "en"})
    assert response.status_code == 200
    heard.run("worker", "--drain")
    heard.stop()
    # The organisation's name is a derived fact the worker keeps in clear, by design.
    assert database_contains(heard, needle)
