"""Bad input, generated: the JSON API answers everything with a documented status, never a 5xx,
and the checking code refuses garbage only with its own clear errors."""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.specs.openapi.checks import positive_data_acceptance

from feedback import crypto
from feedback.intake import forms
from tests.conftest import Heard

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)


@given(json_values)
def test_parse_envelope_refuses_anything_malformed_with_a_clear_error(data: Any) -> None:
    try:
        crypto.parse_envelope(data, max_bytes=64 * 1024)
    except crypto.EnvelopeError as error:
        assert str(error)


@given(
    st.dictionaries(
        st.sampled_from(
            [
                "text",
                "service",
                "borough",
                "month",
                "when_year",
                "when_month",
                "rating_belief",
                "ratings",
                "equality",
                "equality_age",
                "consent_quote",
                "organisation",
            ]
        ),
        json_values,
    )
)
def test_form_cleaning_keeps_what_is_valid_and_never_fails(data: dict[str, Any]) -> None:
    feedback = forms.clean(data, "en", today=date(2026, 11, 23))
    assert set(feedback.errors) <= {"text"}
    assert feedback.service in (None, *forms.SERVICES)
    assert all(
        value in (*forms.RATINGS, forms.NOT_APPLICABLE) for value in feedback.ratings.values()
    )


def test_api_conforms_to_its_description(shared_heard: Heard) -> None:
    url = shared_heard.serve()
    schema = schemathesis.openapi.from_url(f"{url}/api/v1/openapi.json")
    schema.config.update(base_url=url)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 3
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
        def conforms(case: schemathesis.Case) -> None:
            # A schema cannot say "sealed to our key", so schema-valid envelopes are rightly
            # refused (422); every other check applies: no 5xx, documented statuses and bodies.
            case.call_and_validate(excluded_checks=[positive_data_acceptance])

        conforms()


def test_the_description_is_served(shared_heard: Heard) -> None:
    url = shared_heard.serve()
    spec = httpx.get(f"{url}/api/v1/openapi.json").json()
    assert set(spec["paths"]) == {
        "/api/v1/keys/current",
        "/api/v1/submissions",
        "/api/v1/receipts/lookup",
    }
