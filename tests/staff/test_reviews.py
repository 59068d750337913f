"""Service-gap reviews: open, pin findings, record and publish actions; the public page;
and demo data, whose rolled-up figures must match the facts they came from."""

from __future__ import annotations

import json
import re

import httpx
import pytest

from tests.conftest import Heard
from tests.staff.conftest import Browser, Site, build_site
from tests.staff.data import add, many

REVIEW = re.compile(r"/staff/reviews/(\d+)$")
POLICE = {"service": "police", "borough": "birmingham"}


@pytest.fixture(scope="module")
def site(installation: Heard) -> Site:
    site = build_site(installation)
    add(
        installation,
        many(
            7, **POLICE, month="2025-03", tags=[("priority", "unmet")],
            quote="Nobody called me back for [DURATION].",
        )
        + many(6, **POLICE, month="2025-04", tags=[("belief", "met")]),
    )  # fmt: skip
    return site


@pytest.fixture(scope="module")
def reviewer(site: Site) -> Browser:
    return site.browser("reviewer")


def open_review(browser: Browser, site: Site, title: str = "Spring 2025") -> int:
    response = browser.post(
        "/staff/reviews",
        {
            "title": title,
            "organisation": str(site.organisations["West Midlands Police"]),
            "service": "police",
            "borough": "",
            "month_from": "2025-01",
            "month_to": "2025-06",
        },
    )
    assert response.status_code == 303, response.text
    found = REVIEW.search(response.headers["location"])
    assert found
    return int(found[1])


def test_a_review_from_finding_to_published_action(site: Site, reviewer: Browser) -> None:
    review = open_review(reviewer, site)
    page = reviewer.get(f"/staff/reviews/{review}")
    assert page.status_code == 200 and "Spring 2025" in page.text
    pinned = reviewer.post(
        f"/staff/reviews/{review}/findings",
        {
            "outcome": "priority",
            "polarity": "unmet",
            "summary": "Call-backs are slow.",
            "with_quotes": "1",
        },
    )
    assert pinned.status_code == 303
    action = reviewer.post(
        f"/staff/reviews/{review}/actions",
        {
            "outcome": "priority",
            "you_said": "Nobody called you back after you reported.",
            "we_did": "Every report now gets a call-back within two working days.",
            "owner": "Head of public protection",
            "due": "2025-09-30",
        },
    )
    assert action.status_code == 303
    page = reviewer.get(f"/staff/reviews/{review}").text
    assert "Call-backs are slow." in page
    assert "Nobody called me back for [DURATION]." in page
    assert "Not met: 7" in page
    public = httpx.get(f"{site.url}/you-said-we-did")
    assert "within two working days" not in public.text  # not until published
    action_id = re.findall(rf"/staff/reviews/{review}/actions/(\d+)/publish", page)[0]
    published = reviewer.post(f"/staff/reviews/{review}/actions/{action_id}/publish")
    assert published.status_code == 303
    public = httpx.get(f"{site.url}/you-said-we-did")
    assert public.status_code == 200
    assert "set-cookie" not in public.headers
    section = public.text.split('id="outcome-priority"')[1]
    assert "within two working days" in section
    assert "Head of public protection" not in public.text  # owners stay internal
    report = reviewer.get(f"/staff/reviews/{review}/report")
    assert report.status_code == 200
    assert "Call-backs are slow." in report.text and "<form" not in report.text.split("<main")[1]
    actions = {r[0] for r in site.heard.query("SELECT action FROM audit_log")}
    assert {"review.open", "publish", "quote.view"} <= actions


def test_the_public_page_speaks_the_visitors_language_and_sets_no_cookie(site: Site) -> None:
    response = httpx.get(f"{site.url}/you-said-we-did?lang=cy")
    assert response.status_code == 200
    assert "set-cookie" not in response.headers
    assert "Leave this site now" in response.text or "data-quick-exit" in response.text


def test_reviews_stay_within_their_organisation(site: Site, reviewer: Browser) -> None:
    review = open_review(reviewer, site, "Police only")
    sarc = site.browser("sarc_reviewer")
    assert sarc.get(f"/staff/reviews/{review}").status_code == 404
    assert sarc.post(f"/staff/reviews/{review}/actions", {"outcome": "belief"}).status_code == 404
    assert "Police only" not in sarc.get("/staff/reviews").text
    other = sarc.post(
        "/staff/reviews",
        {
            "title": "Not mine",
            "organisation": str(site.organisations["West Midlands Police"]),
            "month_from": "2025-01",
            "month_to": "2025-02",
        },
    )
    assert other.status_code == 400


def test_facilitators_read_and_publish_but_do_not_edit(site: Site, reviewer: Browser) -> None:
    review = open_review(reviewer, site, "Facilitated")
    reviewer.post(
        f"/staff/reviews/{review}/actions",
        {"outcome": "belief", "you_said": "a", "we_did": "b", "owner": "c", "due": "2025-10-01"},
    )
    facilitator = site.browser("facilitator")
    page = facilitator.get(f"/staff/reviews/{review}").text
    assert "Pin a finding" not in page
    action_id = re.findall(rf"/staff/reviews/{review}/actions/(\d+)/publish", page)[0]
    assert facilitator.post(f"/staff/reviews/{review}/findings", {}).status_code == 403
    published = facilitator.post(f"/staff/reviews/{review}/actions/{action_id}/publish")
    assert published.status_code == 303


def test_demo_seed_rolls_up_what_it_writes(site: Site) -> None:
    result = site.heard.run("demo", "seed", "--submissions", "3000")
    assert "seeded 3000 submissions" in result.stdout
    rows = site.heard.query(
        "SELECT COUNT(*), COUNT(ciphertext), MIN(status), MAX(status) FROM submissions"
        " WHERE kid = 'demo'"
    )
    assert rows[0][:2] == (3000, 0) and rows[0][2] == rows[0][3] == "analysed"
    months = site.heard.query("SELECT COUNT(DISTINCT month) FROM submission_facts")[0][0]
    assert months >= 24
    data = json.loads(site.heard.run("reviews", "export", "--k", "1").stdout)
    exported = sum(c["count"] for c in data["cells"])
    assert exported == site.heard.query("SELECT COUNT(*) FROM submission_tags")[0][0]
    direct = site.heard.query(
        "SELECT COUNT(*) FROM submission_tags t JOIN submission_facts f"
        " ON f.submission_id = t.submission_id"
        " WHERE t.outcome = 'belief' AND t.polarity = 'unmet' AND f.service = 'police'"
    )[0][0]
    rolled = sum(
        c["count"]
        for c in data["cells"]
        if (c["outcome"], c["polarity"], c["service"]) == ("belief", "unmet", "police")
    )
    assert rolled == direct
