"""Small-number suppression: the one place that decides which counts a person may see.

Every page, chart and export builds its figures with `protect`, which returns each published
count (cells and every total over them) with the counts that must be hidden.

Rules:
- primary: a count from 1 to k-1 is hidden ("fewer than k"). A zero is shown: it describes no
  one, and hiding it would only force more hiding around it (see docs/staff.md);
- complementary: a shown total must not give away its hidden members. For each published total,
  either none of its members is hidden, or at least two are and they add up to k or more
  (two hidden ones of 1 each would be given away as surely as one). Otherwise the smallest shown
  non-zero member is hidden too, or the total itself when no member is left to hide;
- a hidden total whose members are all shown is the sum of what is shown: its smallest member is
  hidden too;
- repeated until nothing changes, over the rows and columns of every published total.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

Key = frozenset[tuple[str, str]]
Equation = tuple[Key, list[Key]]


def key(**parts: str) -> Key:
    return frozenset(parts.items())


def _order(item: Key) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(item))


def suppress(values: Mapping[Key, int], equations: Sequence[Equation], k: int) -> set[Key]:
    """The keys to hide: primary suppression, then complementary until stable."""
    hidden = {item for item, value in values.items() if 0 < value < k}
    changed = True
    while changed:
        changed = False
        for total, members in equations:
            shown = [m for m in members if m not in hidden and values[m] > 0]
            hidden_members = [m for m in members if m in hidden]
            if total in hidden:
                if hidden_members or not shown:
                    continue
            elif not hidden_members or (
                len(hidden_members) > 1 and sum(values[m] for m in hidden_members) >= k
            ):
                continue
            if shown:
                hidden.add(min(shown, key=lambda m: (values[m], _order(m))))
            else:
                hidden.add(total)
            changed = True
    return hidden


@dataclass(frozen=True)
class Protected:
    """Published counts over some dimensions, each either shown or hidden."""

    k: int
    values: dict[Key, int]
    hidden: frozenset[Key]

    def count(self, **parts: str) -> int | None:
        """The count to show, or None when it must read "fewer than k"."""
        item = key(**parts)
        return None if item in self.hidden else self.values.get(item, 0)

    def items(self, dims: Iterable[str]) -> list[tuple[dict[str, str], int | None]]:
        """Every published count over exactly these dimensions, in a stable order."""
        wanted = set(dims)
        found = [item for item in self.values if {name for name, _ in item} == wanted]
        return [
            (dict(item), None if item in self.hidden else self.values[item])
            for item in sorted(found, key=_order)
        ]


def downward(*views: Sequence[str]) -> list[frozenset[str]]:
    """Each view with every total under it, down to the grand total."""
    sets: set[frozenset[str]] = set()
    for view in views:
        for size in range(len(view) + 1):
            sets.update(frozenset(c) for c in combinations(view, size))
    return sorted(sets, key=lambda s: (len(s), sorted(s)))


def protect(
    cells: Mapping[tuple[str, ...], int],
    dims: Sequence[str],
    published: Iterable[Iterable[str]],
    k: int,
) -> Protected:
    """Marginals of `cells` (keyed by values of `dims`) over each published set of dimensions.

    Equal marginals from different views share one key, so a count hidden in one table is
    hidden wherever it appears.
    """
    sets = [frozenset(s) for s in published]
    values: dict[Key, int] = defaultdict(int)
    for cell, count in cells.items():
        named = dict(zip(dims, cell, strict=True))
        for wanted in sets:
            values[frozenset((d, named[d]) for d in wanted)] += count
    equations: list[Equation] = []
    for wanted in sets:
        for dropped in wanted:
            if wanted - {dropped} not in sets:
                continue
            groups: dict[Key, list[Key]] = defaultdict(list)
            for item in values:
                if {name for name, _ in item} == wanted:
                    groups[frozenset(p for p in item if p[0] != dropped)].append(item)
            equations.extend(
                (total, sorted(members, key=_order)) for total, members in groups.items()
            )
    equations.sort(key=lambda e: (_order(e[0]), len(e[1])))
    values = dict(values)
    return Protected(k=k, values=values, hidden=frozenset(suppress(values, equations, k)))
