"""Figures through the real stack: suppression on pages, charts and exports; quotes; scope;
corrections; the audit chain."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from tests.conftest import Heard
from tests.staff.conftest import Browser, Site, build_site
from tests.staff.data import add, many

K = 5
CELL = re.compile(r'data-cell="([^"]+)">(.*?)</td>', re.S)
OUTCOMES = ("professionalism", "communication", "belief", "impact", "priority")


@pytest.fixture(scope="module")
def site(installation: Heard) -> Site:
    site = build_site(installation)
    police = {"service": "police", "borough": "birmingham"}
    rows = [
        *many(6, **police, month="2025-01", tags=[("belief", "unmet")],
              ratings={"belief": 2}, quote="[NAME] at the station did not believe me.",
              equality={"age": "25_34"}),
        *many(4, **police, month="2025-01", tags=[("belief", "unmet")],
              ratings={"belief": 2}),
        *many(2, **police, month="2025-01", tags=[("belief", "unmet")]),
        *many(8, **police, month="2025-02", tags=[("belief", "met")]),
        *many(3, **police, month="2025-02",
              tags=[("priority", "unmet")]),
        *many(7, **police, month="2025-02",
              tags=[("professionalism", "unmet")]),
        # Outside the police reviewer's scope (Coventry), and the SARC's own feedback.
        *many(20, service="police", borough="coventry", month="2025-01",
              tags=[("communication", "unmet")]),
        *many(9, service="sarc", borough="walsall", month="2025-01", tags=[("impact", "met")]),
        *many(2, service="sarc", borough="walsall", month="2025-01", tags=[("impact", "met")],
              locale="so"),
    ]  # fmt: skip
    add(installation, rows)
    return site


@pytest.fixture(scope="module")
def reviewer(site: Site) -> Browser:
    return site.browser("reviewer")


def cells(html: str) -> dict[str, int | None]:
    found = {}
    for name, content in CELL.findall(html):
        found[name] = None if "fewer than" in content else int(content.strip())
    return found


def assert_nothing_recoverable(figures: dict[str, int | None], rows: list[str], cols: list[str]):
    """Every line with a shown total hides no member, or 2+ adding up to at least k."""
    lines = [(f"{r}:total", [f"{r}:{c}" for c in cols]) for r in rows]
    lines += [(f"total:{c}", [f"{r}:{c}" for r in rows]) for c in cols]
    lines += [("total", [f"{r}:total" for r in rows]), ("total", [f"total:{c}" for c in cols])]
    for total_name, members in lines:
        total = figures.get(total_name)
        values = [figures.get(m) for m in members]
        hidden = [v for v in values if v is None]
        if total is None:
            assert hidden, f"{total_name} is the sum of what is shown"
            continue
        rest = total - sum(v or 0 for v in values)
        assert not hidden or (len(hidden) > 1 and rest >= K), (total_name, values, total)
    for name, value in figures.items():
        assert value is None or value == 0 or value >= K, name


def test_dashboard_suppresses_small_counts_and_their_complements(reviewer: Browser) -> None:
    page = reviewer.get("/staff/dashboard")
    assert page.status_code == 200
    figures = cells(page.text)
    assert figures["priority:unmet"] is None  # 3: primary
    assert figures["total"] == 30  # 12 + 8 + 3 + 7 tags in Birmingham's police feedback only
    assert figures["total:unmet"] == 22
    assert figures["belief:unmet"] == 12  # the 3 is covered by the 7, not by the 12
    assert_nothing_recoverable(figures, list(OUTCOMES), ["met", "unmet"])
    months = ["2025-01", "2025-02"]
    assert_nothing_recoverable(figures, months, ["met", "unmet"])
    assert "fewer than 5" in page.text


def test_charts_draw_no_bar_for_a_hidden_count(reviewer: Browser) -> None:
    page = reviewer.get("/staff/dashboard").text
    svgs = re.findall(r"<svg.*?</svg>", page, re.S)
    assert len(svgs) == 2
    drawn = [int(v) for svg in svgs for v in re.findall(r"<rect [^>]*><title>[^<]*: (\d+)", svg)]
    assert 12 in drawn and all(v == 0 or v >= K for v in drawn)
    figures = cells(page)
    shown = {v for v in figures.values() if v is not None}
    assert set(drawn) <= shown
    assert "fewer than 5" in svgs[0]
    assert "style=" not in page and "<script" not in page


def test_ratings_are_shown_only_for_k_or_more_raters(reviewer: Browser) -> None:
    page = reviewer.get("/staff/dashboard").text
    figures = cells(page)
    assert figures["rating:belief"] == 10
    assert figures["rating:priority"] is None
    assert ">2.0<" in page


def test_filters_that_narrow_below_k_show_nothing(site: Site, reviewer: Browser) -> None:
    sarc = site.browser("sarc_reviewer")
    wide = sarc.get("/staff/dashboard")
    assert cells(wide.text)["impact:met"] == 11
    narrow = sarc.get("/staff/dashboard?locale=so")
    assert "narrow to fewer than 5 submissions" in narrow.text
    assert not cells(narrow.text)
    assert "<svg" not in narrow.text
    assert "narrow to fewer than" in reviewer.get("/staff/dashboard?band=age:18_24").text
    banded = cells(reviewer.get("/staff/dashboard?band=age:25_34").text)
    assert banded["belief:unmet"] == 6 and banded["total"] == 6
    january = cells(reviewer.get("/staff/dashboard?month_from=2025-01&month_to=2025-01").text)
    assert january["belief:unmet"] == 12 and "2025-02:total" not in january


def test_scope_keeps_each_organisation_to_its_own_services(site: Site, reviewer: Browser) -> None:
    assert cells(reviewer.get("/staff/dashboard").text)["communication:unmet"] == 0
    sarc = cells(site.browser("sarc_reviewer").get("/staff/dashboard").text)
    assert sarc["total"] == 11 and sarc["belief:unmet"] == 0
    other = site.organisations["Horizon SARC"]
    assert "narrow to fewer than" in reviewer.get(f"/staff/dashboard?organisation={other}").text


def test_quotes_only_for_views_of_k_or_more_and_audited(site: Site, reviewer: Browser) -> None:
    before = site.heard.query("SELECT COUNT(*) FROM audit_log WHERE action = 'quote.view'")[0][0]
    page = reviewer.get("/staff/quotes?outcome=belief&polarity=unmet")
    assert page.text.count("did not believe me") == 6
    small = reviewer.get("/staff/quotes?outcome=priority&polarity=unmet")
    assert "fewer than 5 submissions" in small.text
    assert "<blockquote" not in small.text
    after = site.heard.query("SELECT COUNT(*) FROM audit_log WHERE action = 'quote.view'")[0][0]
    assert after == before + 1


def test_exports_apply_the_same_suppression(site: Site, reviewer: Browser) -> None:
    data = reviewer.get("/staff/export.json").json()
    assert data["k"] == K
    assert {c["service"] for c in data["cells"]} == {"police"}
    assert {c["borough"] for c in data["cells"]} == {"birmingham"}
    for row in [*data["cells"], *data["totals"]]:
        assert row["suppressed"] == (row["count"] is None)
        assert row["count"] is None or row["count"] >= K
    priority = [c for c in data["cells"] if c["outcome"] == "priority"]
    assert priority and all(c["suppressed"] for c in priority)
    assert all(len(t["keys"]) == 4 for t in data["totals"])
    table = list(csv.reader(io.StringIO(reviewer.get("/staff/export.csv").text)))
    assert table[0] == ["row", "outcome", "polarity", "service", "borough", "month", "count",
                        "suppressed"]  # fmt: skip
    assert {r[0] for r in table[1:]} == {"cell", "total"}
    exports = site.heard.query("SELECT COUNT(*) FROM audit_log WHERE action = 'export'")[0][0]
    assert exports >= 2


def test_export_command_contract(site: Site) -> None:
    everything = json.loads(
        site.heard.run("reviews", "export", "--format", "json", "--k", "1").stdout
    )
    assert everything["k"] == 1
    assert not any(c["suppressed"] for c in everything["cells"])
    coventry = [c for c in everything["cells"] if c["borough"] == "coventry"]
    assert coventry == [
        {"outcome": "communication", "polarity": "unmet", "service": "police",
         "borough": "coventry", "month": "2025-01", "count": 20, "suppressed": False}
    ]  # fmt: skip
    suppressed = json.loads(site.heard.run("reviews", "export", "--format", "json").stdout)
    assert set(suppressed) == {"k", "cells", "totals"}
    keys = {"outcome", "polarity", "service", "borough", "month", "count", "suppressed"}
    assert all(set(c) == keys for c in suppressed["cells"])
    assert all(set(t) == {"keys", "count", "suppressed"} for t in suppressed["totals"])
    assert all(c["count"] is None or c["count"] >= K for c in suppressed["cells"])
    sarc = [c for c in suppressed["cells"] if c["service"] == "sarc"]
    assert sarc == [
        {"outcome": "impact", "polarity": "met", "service": "sarc", "borough": "walsall",
         "month": "2025-01", "count": 11, "suppressed": False}
    ]  # fmt: skip
    text = site.heard.run("reviews", "export", "--format", "csv").stdout
    assert text.startswith("row,outcome,polarity,service,borough,month,count,suppressed\n")


def test_a_reviewer_corrects_a_tag_and_it_is_exported_for_training(
    site: Site, reviewer: Browser
) -> None:
    page = reviewer.get("/staff/quotes?outcome=belief&polarity=unmet").text
    tag_id = re.findall(r"/staff/tags/(\d+)/correction", page)[0]
    response = reviewer.post(
        f"/staff/tags/{tag_id}/correction",
        {"outcome": "belief", "polarity": "met", "back": "/staff/dashboard"},
    )
    assert response.status_code == 303 and response.headers["location"] == "/staff/dashboard"
    figures = cells(reviewer.get("/staff/dashboard").text)
    assert figures["total:unmet"] == 21 and figures["total:met"] == 9
    facilitator = site.browser("facilitator")
    refused = facilitator.post(f"/staff/tags/{tag_id}/correction", {"outcome": "belief"})
    assert refused.status_code == 403
    lines = site.heard.run("reviews", "corrections").stdout.splitlines()
    assert [json.loads(line) for line in lines] == [
        {"text": "[NAME] at the station did not believe me.", "lang": "en",
         "labels": {"belief": "met"}}
    ]  # fmt: skip
    stored = site.heard.query("SELECT old_polarity, polarity FROM review_corrections")
    assert stored == [("unmet", "met")]


def test_other_organisations_tags_cannot_be_corrected(site: Site) -> None:
    rows = site.heard.query(
        "SELECT t.id FROM submission_tags t JOIN submission_facts f "
        "ON f.submission_id = t.submission_id WHERE f.service = 'sarc' LIMIT 1"
    )
    response = site.browser("reviewer").post(
        f"/staff/tags/{rows[0][0]}/correction", {"outcome": "belief", "polarity": "met"}
    )
    assert response.status_code == 404


def test_audit_chain_verifies_and_names_the_first_broken_entry(site: Site) -> None:
    # Entries of its own, so the test holds whichever of the module's tests ran before it.
    browser = site.fresh_browser("reviewer")  # account.create, then login
    assert browser.get("/staff/quotes?outcome=belief&polarity=unmet").status_code == 200
    assert browser.get("/staff/export.json").status_code == 200
    ok = site.heard.run("audit", "verify")
    count = int(re.fullmatch(r"ok (\d+) entries\n", ok.stdout)[1])
    assert count == site.heard.query("SELECT COUNT(*) FROM audit_log")[0][0] >= 4
    actions = {r[0] for r in site.heard.query("SELECT DISTINCT action FROM audit_log")}
    assert {"login", "quote.view", "export", "account.create"} <= actions
    site.heard.query("UPDATE audit_log SET actor = 'someone else' WHERE seq = 3")
    broken = site.heard.run("audit", "verify", check=False)
    assert broken.returncode != 0
    assert "broken at entry 3" in broken.stderr
