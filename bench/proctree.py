"""Memory of a process tree from /proc (Linux), so the benchmarks need no extra package."""

from __future__ import annotations

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
