"""Memory of a process tree from /proc (Linux), so the benchmarks need no extra package."""

from __future__ import annotations

import os
from pathlib import Path


def children(pid: int) -> list[int]:
    """Every descendant of `pid`."""
    out: list[int] = []
    stack = [pid]
    while stack:
        parent = stack.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                kids = (task / "children").read_text().split()
            except OSError:
                continue
            for kid in map(int, kids):
                out.append(kid)
                stack.append(kid)
    return out


def _field(pid: int, name: str, file: str) -> int:
    """A `kB` field of /proc/PID/status or smaps_rollup, in bytes (0 if the process is gone)."""
    try:
        for line in Path(f"/proc/{pid}/{file}").read_text().splitlines():
            if line.startswith(name + ":"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def rss(pid: int) -> int:
    return _field(pid, "VmRSS", "status")


def pss(pid: int) -> int:
    return _field(pid, "Pss", "smaps_rollup")


_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of `pid` so far (0 if the process is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    # After the command name: state is field 3 of stat(5), utime 14, stime 15.
    return (int(fields[11]) + int(fields[12])) / _TICKS
