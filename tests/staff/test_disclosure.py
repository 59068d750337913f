"""Small-number suppression: primary, complementary, and no hidden count recoverable."""

from __future__ import annotations

from itertools import product

from feedback.disclosure import Protected, downward, key, protect, suppress

K = 5


def grid(rows: dict[str, list[int]], columns: list[str]) -> dict[tuple[str, ...], int]:
    return {(r, c): v for r, values in rows.items() for c, v in zip(columns, values, strict=True)}


def recoverable(table: Protected, cells: dict[tuple[str, ...], int], dims: tuple[str, str]) -> list:
    """Lines whose shown figures give hidden counts away: a shown total with one hidden member
    or hidden members adding up to less than k, or a hidden total of shown members."""
    found = []
    rows = sorted({c[0] for c in cells})
    columns = sorted({c[1] for c in cells})
    lines = [({dims[0]: r}, [(r, c) for c in columns]) for r in rows]
    lines += [({dims[1]: c}, [(r, c) for r in rows]) for c in columns]
    lines += [({}, [(r,) for r in rows]), ({}, [(c,) for c in columns])]
    for total_parts, members in lines:
        total = table.count(**total_parts)
        named = [
            dict(zip(dims, m, strict=True))
            if len(m) == 2
            else {dims[0 if m[0] in rows else 1]: m[0]}
            for m in members
        ]
        shown = [table.count(**n) for n in named]
        hidden = [n for n, v in zip(named, shown, strict=True) if v is None]
        if total is None:
            if not hidden:
                found.append(total_parts)
            continue
        rest = total - sum(v or 0 for v in shown)
        if len(hidden) == 1 or (hidden and rest < K):
            found.append(hidden)
    return found


def test_counts_below_k_are_hidden_and_others_shown() -> None:
    table = protect({("a",): 4, ("b",): 5, ("c",): 0}, ("x",), [("x",)], K)
    assert table.count(x="a") is None
    assert table.count(x="c") == 0  # a zero describes no one
    assert table.count(x="b") == 5


def test_one_hidden_cell_in_a_line_takes_the_next_smallest_with_it() -> None:
    cells = grid({"r1": [20, 3, 9, 30], "r2": [25, 40, 50, 60]}, ["c1", "c2", "c3", "c4"])
    table = protect(cells, ("row", "col"), downward(("row", "col")), K)
    assert table.count(row="r1", col="c2") is None
    # Row r1's and column c2's totals are shown, so each hides a partner of the 3 ...
    assert table.count(row="r1") == 62
    assert table.count(col="c2") == 43
    partners_in_row = [c for c in ("c1", "c3", "c4") if table.count(row="r1", col=c) is None]
    assert partners_in_row
    assert table.count(row="r2", col="c2") is None
    # ... and the cells that were never at risk stay shown.
    assert table.count(row="r2", col="c4") == 60
    assert recoverable(table, cells, ("row", "col")) == []


def test_hidden_cells_that_add_up_to_less_than_k_are_not_enough() -> None:
    # Two hidden 1s under a shown total would both be known to be 1.
    values = {key(c="a"): 1, key(c="b"): 1, key(c="d"): 30, key(c="e"): 40, key(): 72}
    members = [key(c="a"), key(c="b"), key(c="d"), key(c="e")]
    hidden = suppress(values, [(key(), members)], K)
    assert {key(c="a"), key(c="b"), key(c="d")} <= hidden
    assert key(c="e") not in hidden


def test_a_total_with_one_hidden_member_and_nothing_else_to_hide_is_hidden() -> None:
    values = {key(c="a"): 3, key(): 3}
    assert suppress(values, [(key(), [key(c="a")])], K) == {key(c="a"), key()}


def test_a_hidden_total_of_shown_members_hides_a_member() -> None:
    values = {key(c="a"): 10, key(c="b"): 12, key(): 22, key(g="x"): 3}
    equations = [(key(), [key(c="a"), key(c="b")])]
    hidden = suppress({**values, key(): 4}, equations, K)  # a total below k, members above
    assert key() in hidden and key(c="a") in hidden


def test_tables_sharing_a_total_suppress_consistently() -> None:
    cells = {
        (o, p, m): (2 if (o, p, m) == ("belief", "met", "2025-01") else 12)
        for o, p, m in product(("belief", "priority"), ("met", "unmet"), ("2025-01", "2025-02"))
    }
    table = protect(
        cells,
        ("outcome", "polarity", "month"),
        downward(("outcome", "polarity"), ("month", "polarity")),
        K,
    )
    # The polarity totals appear in both tables under one key: one value, one decision.
    assert table.count(polarity="met") == sum(v for (o, p, m), v in cells.items() if p == "met")
    for dims in (("outcome", "polarity"), ("month", "polarity")):
        for parts, _count in table.items(dims):
            assert set(parts) == set(dims)


def test_suppression_is_stable_and_leaves_nothing_recoverable() -> None:
    import random

    rng = random.Random(3)
    for _ in range(200):
        rows = {
            f"r{i}": [rng.choice((0, 1, 2, 3, 4, 6, 9, 15, 40)) for _ in range(4)] for i in range(4)
        }
        cells = grid(rows, ["c1", "c2", "c3", "c4"])
        table = protect(cells, ("row", "col"), downward(("row", "col")), K)
        assert recoverable(table, cells, ("row", "col")) == []
        for parts, count in table.items(("row", "col")):
            value = cells[(parts["row"], parts["col"])]
            assert count is None or (count == value and (value >= K or value == 0))
