"""A response carries no link to the code that admitted it: not in the schema, nor the data."""

from __future__ import annotations

import sqlite3
import subprocess

from tests.conftest import BACKEND
from tests.consultations.conftest import answer_form, answer_sealed, open_with_codes
from tests.staff.conftest import Site
from tests.traces import database_contains, files_containing


def _columns(site: Site, table: str) -> set[str]:
    if BACKEND == "postgres":
        sql = f"SELECT column_name FROM information_schema.columns WHERE table_name = '{table}'"
        return {str(row[0]) for row in site.heard.query(sql)}
    return {str(row[1]) for row in site.heard.query(f"PRAGMA table_info({table})")}


def _data(site: Site) -> str:
    """Every row of every table, as a logical dump (not the files' free space)."""
    if BACKEND == "postgres":
        command = ["pg_dump", "--data-only", site.heard.database_url]
        return subprocess.run(command, check=True, capture_output=True, text=True).stdout
    with sqlite3.connect(site.heard.data_dir / "heard.db") as connection:
        return "\n".join(connection.iterdump())


def test_the_schema_has_nothing_that_joins_a_response_to_a_code(site: Site) -> None:
    assert _columns(site, "consultation_codes") == {"hash", "consultation_id"}
    assert _columns(site, "consultation_responses") == {
        "submission_id", "consultation_id", "answers", "quotes",
    }  # fmt: skip
    assert _columns(site, "submissions") >= {"received_on"}
    for column in _columns(site, "submissions") | _columns(site, "consultation_tags"):
        assert not column.endswith(("_at", "time", "code", "hash"))


def test_a_used_code_leaves_no_trace_and_responses_hold_no_code(site: Site) -> None:
    made, codes = open_with_codes(site.heard, 4)
    hashes = {str(row[0]) for row in site.heard.query("SELECT hash FROM consultation_codes")}
    assert answer_sealed(site.url, made["slug"], codes[0], q1="0").status_code == 201
    assert answer_form(site.url, made["slug"], codes[1], q1="1").status_code == 200
    left = {str(row[0]) for row in site.heard.query("SELECT hash FROM consultation_codes")}
    spent = hashes - left
    assert len(spent) == 2 and len(left) == len(hashes) - 2
    dump = _data(site)
    assert all(value not in dump for value in spent)
    # The codes themselves never reach the database files, nor a log.
    for value in (*codes, *(c.replace("-", "") for c in codes)):
        assert not database_contains(site.heard, value)
    for code in codes:
        assert not files_containing(site.heard.log_dir, code)
    rows = site.heard.query(
        "SELECT s.received_on, s.kid FROM consultation_responses r"
        " JOIN submissions s ON s.id = r.submission_id"
    )
    assert len(rows) == 2
    for received_on, _ in rows:
        assert len(str(received_on)) == 10  # the day, never the time
