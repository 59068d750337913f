"""Small pure pieces: filter parsing, ratings, months, TOTP steps and the audit canonical form."""

from __future__ import annotations

from datetime import UTC, datetime

import pyotp

from feedback.audit import canonical
from feedback.reviews.cells import ratings
from feedback.reviews.dashboard import months_between
from feedback.reviews.forms import Filters, parse_filters
from feedback.staff.models import Role
from feedback.staff.service import Permission, allowed, totp_step


def test_malformed_filters_are_dropped_not_passed_on() -> None:
    parsed = parse_filters(
        {
            "organisation": "1 OR 1=1",
            "service": "police'; --",
            "borough": "coventry",
            "month_from": "2025-13",
            "month_to": "2025-06",
            "locale": "en",
            "band": "age:1000",
        }
    )
    assert parsed == Filters(borough="coventry", month_to="2025-06", locale="en")
    assert parse_filters({"band": "disability:yes"}).band_pair == ("disability", "yes")


def test_only_valid_ratings_of_known_outcomes_count() -> None:
    answers = {"ratings": {"belief": 4, "priority": 9, "impact": True, "made_up": 3, "x": "5"}}
    assert ratings(answers) == {"belief": 4}
    assert ratings({}) == {} and ratings(None) == {} and ratings({"ratings": [1]}) == {}


def test_months_between_crosses_years() -> None:
    assert months_between("2024-11", "2025-02") == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert months_between("2025-03", "2025-01") == []


def test_totp_allows_one_step_of_drift_and_nothing_else() -> None:
    secret = pyotp.random_base32()
    totp = pyotp.TOTP(secret)
    current = totp.timecode(datetime.now(UTC))
    assert totp_step(secret, totp.generate_otp(current)) == current
    assert totp_step(secret, totp.generate_otp(current - 1)) == current - 1
    assert totp_step(secret, totp.generate_otp(current - 3)) is None
    assert totp_step(secret, "12 34 5") is None


def test_administrators_read_no_feedback() -> None:
    assert not allowed(Role.ADMIN, Permission.DASHBOARD)
    assert not allowed(Role.ADMIN, Permission.QUOTES)
    assert not allowed(Role.FACILITATOR, Permission.CORRECT)
    assert allowed(Role.REVIEWER, Permission.PUBLISH)


def test_canonical_json_is_stable() -> None:
    assert canonical({"b": 1, "a": "é"}) == '{"a":"é","b":1}'
