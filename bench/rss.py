"""Resident memory of a process, as the kernel counts it."""

from __future__ import annotations

from pathlib import Path


def rss_mb(pid: int | str = "self") -> tuple[float, float]:
    """The process's peak (VmHWM, over its whole life) and current (VmRSS) resident memory, MB."""
    found = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmHWM", "VmRSS"):
            found[key] = int(value.split()[0]) / 1024
    return found["VmHWM"], found["VmRSS"]
