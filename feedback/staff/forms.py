"""Checking what administrators type: new accounts, organisations and services."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from feedback.i18n import gettext as _
from feedback.i18n import lazy_gettext as _l
from feedback.intake.forms import BOROUGHS, SERVICES
from feedback.staff.models import OrgType, Role

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_PASSWORD = 12


@dataclass
class Checked:
    values: dict[str, str]
    errors: dict[str, str] = field(default_factory=dict)


def check_user(email: str, password: str, role: str) -> Checked:
    checked = Checked({"email": email.strip().lower(), "role": role})
    if not EMAIL.match(checked.values["email"]):
        checked.errors["email"] = _("Enter an email address.")
    if len(password) < MIN_PASSWORD:
        checked.errors["password"] = _(
            "Use a password of at least %(n)s characters.", n=MIN_PASSWORD
        )
    if role not in {r.value for r in Role}:
        checked.errors["role"] = _("Choose a role.")
    return checked


def check_organisation(name: str, kind: str) -> Checked:
    checked = Checked({"name": " ".join(name.split())[:120], "kind": kind})
    if not checked.values["name"]:
        checked.errors["name"] = _("Enter the organisation's name.")
    if kind not in {t.value for t in OrgType}:
        checked.errors["kind"] = _("Choose the type of organisation.")
    return checked


def check_service(name: str, service: str, borough: str) -> Checked:
    checked = Checked(
        {"name": " ".join(name.split())[:120], "service": service, "borough": borough}
    )
    if not checked.values["name"]:
        checked.errors["name"] = _("Enter the service's name.")
    if service not in SERVICES:
        checked.errors["service"] = _("Choose the kind of service.")
    if borough and borough not in BOROUGHS:
        checked.errors["borough"] = _("Choose a borough, or every borough.")
    return checked


ORG_TYPES = {
    OrgType.POLICE: _l("Police"),
    OrgType.NHS_TRUST: _l("NHS trust"),
    OrgType.SARC: _l("Sexual assault referral centre (SARC)"),
    OrgType.GP: _l("GP practice"),
    OrgType.MENTAL_HEALTH: _l("Mental health service"),
    OrgType.ISVA: _l("ISVA service"),
    OrgType.LOCAL_AUTHORITY: _l("Local authority"),
    OrgType.THIRD_SECTOR: _l("Third sector"),
}

ROLES = {
    Role.ADMIN: _l("Administrator"),
    Role.FACILITATOR: _l("Facilitator"),
    Role.REVIEWER: _l("Reviewer"),
}
