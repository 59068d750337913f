"""What a survivor may tell us, and how each answer is checked.

The same rules serve the server-sealed form (checked before sealing, so mistakes can be shown)
and the worker (checking whatever a browser sealed, which the web tier could not see).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from feedback.i18n import lazy_gettext as _l

MAX_TEXT = 8000

SERVICES = {
    "police": _l("Police"),
    "sarc": _l("Sexual assault referral centre (SARC)"),
    "gp": _l("GP or family doctor"),
    "nhs_mental_health": _l("NHS mental health service"),
    "counselling": _l("Counselling or therapy"),
    "isva": _l("Independent sexual violence adviser (ISVA)"),
    "local_authority": _l("Local council"),
    "third_sector": _l("Charity or support group"),
    "other": _l("Another service"),
}

BOROUGHS = {
    "birmingham": "Birmingham",
    "coventry": "Coventry",
    "dudley": "Dudley",
    "sandwell": "Sandwell",
    "solihull": "Solihull",
    "walsall": "Walsall",
    "wolverhampton": "Wolverhampton",
    "elsewhere": _l("Somewhere else"),
    "rather_not_say": _l("I'd rather not say"),
}

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass
class Feedback:
    """The contents of one sealed envelope."""

    text: str
    locale: str
    service: str | None = None
    organisation: str | None = None
    borough: str | None = None
    month: str | None = None
    errors: dict[str, str] = field(default_factory=dict)

    def payload(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "locale": self.locale,
            "service": self.service,
            "organisation": self.organisation,
            "borough": self.borough,
            "month": self.month,
        }


def _choice(value: Any, choices: dict[str, Any]) -> str | None:
    return value if isinstance(value, str) and value in choices else None


def _month(value: Any, today: date) -> str | None:
    match = _MONTH.match(value) if isinstance(value, str) else None
    if not match:
        return None
    year, month = int(match[1]), int(match[2])
    if not 1 <= month <= 12 or not today.year - 80 <= year <= today.year:
        return None
    return None if (year, month) > (today.year, today.month) else value


def _short_text(value: Any, limit: int) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value[:limit] or None


def clean(data: dict[str, Any], locale: str, today: date | None = None) -> Feedback:
    """Keep every valid answer, drop invalid optional ones, and note what must be fixed."""
    today = today or date.today()
    raw_text = data.get("text")
    text = raw_text.strip() if isinstance(raw_text, str) else ""
    feedback = Feedback(
        text=text,
        locale=locale,
        service=_choice(data.get("service"), SERVICES),
        organisation=_short_text(data.get("organisation"), 120),
        borough=_choice(data.get("borough"), BOROUGHS),
        month=_month(data.get("month"), today),
    )
    if not text:
        feedback.errors["text"] = str(_l("Please tell us something in the box, even a few words."))
    elif len(text) > MAX_TEXT:
        feedback.errors["text"] = str(
            _l("Please keep it under %(n)s characters.") % {"n": f"{MAX_TEXT:,}"}
        )
    return feedback
