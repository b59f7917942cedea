"""The hostile-input campaign: generated inputs of every hostile class through `diembao extract`
and `diembao ingest` as a user runs them (subprocesses, one per class and command, in bounded
time), and thousands of malformed queries through the Python API and the CLI.

Prints one row per class and command: inputs, clean errors (one line each), records written,
inputs lost (neither), tracebacks, hangs (a subprocess past its time limit) and the peak memory
of the process tree (PSS summed over the command and its workers, sampled from /proc).

    python bench/hostile.py             # every class at full size (about 10,000 inputs, minutes)
    python bench/hostile.py --scale 0.1 # a slice
    python bench/hostile.py --only HTML --keep /tmp/h

Goal: 0 tracebacks, 0 hangs, 0 lost, peak ≤ 300 MB in every row.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from hostile_cases import CLASSES, RECORDS, count_inputs  # noqa: E402
from proctree import children, pss  # noqa: E402

CLI = [sys.executable, "-m", "diembao"]
SECONDS_PER_INPUT, BASE_SECONDS = 0.5, 120.0


@dataclass
class Row:
    name: str
    command: str
    inputs: int
    errors: int = 0
    records: int = 0
    tracebacks: int = 0
    hangs: int = 0
    peak_mb: float = 0.0
    seconds: float = 0.0

    @property
    def lost(self) -> int:
        return max(0, self.inputs - self.errors - self.records)


def run(command: list[str], timeout: float) -> tuple[str, str, bool, float, float]:
    """stdout, stderr, hung, peak PSS of the tree in MB, seconds."""
    started = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, start_new_session=True)
        peak, hung = 0, False
        while process.poll() is None:
            peak = max(peak, sum(pss(p) for p in [process.pid, *children(process.pid)]))
            if time.monotonic() - started > timeout:
                hung = True
                import os
                import signal

                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                break
            time.sleep(0.05)
        out.seek(0)
        err.seek(0)
        return (out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"), hung,
                peak / 2**20, time.monotonic() - started)


def error_lines(stderr: str) -> int:
    return sum(1 for line in stderr.splitlines() if line.startswith("diembao: ") and ": warning: " not in line
               and not line.endswith("could not be read"))


def campaign(name: str, folder: Path, inputs: int, records: bool = False) -> list[Row]:
    timeout = BASE_SECONDS + SECONDS_PER_INPUT * inputs
    rows = []
    if not records:
        row = Row(name, "extract", inputs)
        out, err, hung, row.peak_mb, row.seconds = run([*CLI, "extract", str(folder)], timeout)
        row.records = sum(1 for line in out.splitlines() if line.startswith("{"))
        row.errors, row.tracebacks, row.hangs = error_lines(err), err.count("Traceback"), int(hung)
        rows.append(row)
    row = Row(name, "ingest", inputs)
    db = folder.parent / f"{folder.name}.sqlite"
    args = [*CLI, "ingest", str(folder), "--db", str(db), "-j", "2"] + (["--records"] if records else [])
    _, err, hung, row.peak_mb, row.seconds = run(args, timeout)
    row.tracebacks, row.hangs = err.count("Traceback"), int(hung)
    summary = _SUMMARY.search(err)
    if summary:  # identical inputs share one article (or one error row): count the summary's
        added, replaced, unchanged, failed = (int(x.replace(",", "")) for x in summary.groups())
        row.records, row.errors = added + replaced + unchanged, failed
    rows.append(row)
    return rows


_SUMMARY = re.compile(r"([\d,]+) added, ([\d,]+) replaced, ([\d,]+) unchanged, ([\d,]+) failed")


def write(folder: Path, files: list[tuple[str, bytes]]) -> None:
    folder.mkdir(parents=True)
    for name, data in files:
        (folder / name).write_bytes(data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="share of each class's inputs")
    parser.add_argument("--only", help="classes whose name contains this")
    parser.add_argument("--queries", type=int, default=5000, help="malformed queries through the API")
    parser.add_argument("--cli-queries", type=int, default=300, help="of which also through the CLI")
    parser.add_argument("--keep", type=Path, help="keep the inputs and databases here")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="diembao-hostile-"))
    work.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    for name, make, size, seed in [*CLASSES, RECORDS]:
        if args.only and args.only.lower() not in name.lower():
            continue
        files = make(random.Random(seed), max(1, int(size * args.scale)))
        folder = work / f"c{seed:02d}"
        write(folder, files)
        done = campaign(name, folder, count_inputs(files), records=name == RECORDS[0])
        rows.extend(done)
        for row in done:
            print_row(row)
    if args.queries and (not args.only or "quer" in args.only.lower()):
        done = query_campaign(work, args.queries, args.cli_queries)
        rows.extend(done)
        for row in done:
            print_row(row)
    print()
    print_table(rows)
    bad = [r for r in rows if r.tracebacks or r.hangs or r.lost or r.peak_mb > 300]
    return 1 if bad else 0


def print_row(row: Row) -> None:
    print(f"  {row.name} / {row.command}: {row.inputs:,} inputs in {row.seconds:.0f} s, {row.tracebacks} "
          f"tracebacks, {row.hangs} hangs, {row.lost} lost, peak {row.peak_mb:.0f} MB", file=sys.stderr)


def print_table(rows: list[Row]) -> None:
    print("| class | command | inputs | clean errors | records | lost | tracebacks | hangs | peak MB |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r.name} | {r.command} | {r.inputs:,} | {r.errors:,} | {r.records:,} | {r.lost:,} | "
              f"{r.tracebacks} | {r.hangs} | {r.peak_mb:.0f} |")
    total = sum(r.inputs for r in rows)
    print(f"| **all** | | {total:,} | {sum(r.errors for r in rows):,} | {sum(r.records for r in rows):,} | "
          f"{sum(r.lost for r in rows):,} | {sum(r.tracebacks for r in rows)} | {sum(r.hangs for r in rows)} | "
          f"{max((r.peak_mb for r in rows), default=0):.0f} |")


# --- queries ------------------------------------------------------------------------------------


def query_campaign(work: Path, n: int, n_cli: int) -> list[Row]:
    """Malformed queries against a small knowledge base, in a child process (its memory and
    time are measured as the commands' are)."""
    from hostile_cases import ARTICLE

    corpus = work / "q-corpus"
    corpus.mkdir(exist_ok=True)
    for i in range(30):
        (corpus / f"a{i:02d}.txt").write_text(ARTICLE.replace("Nguyễn Văn An", f"Nguyễn Văn An{'h' * (i % 3)}"),
                                              encoding="utf-8")
    db = work / "queries.sqlite"
    subprocess.run([*CLI, "ingest", str(corpus), "--db", str(db), "-q", "-j", "0"], check=False,
                   capture_output=True)
    out, err, hung, peak, seconds = run([sys.executable, str(Path(__file__).resolve()), "--query-worker", str(db),
                                         str(n), str(n_cli)], BASE_SECONDS + 0.05 * n + 0.5 * n_cli)
    rows = []
    try:
        counts = json.loads(out.strip().splitlines()[-1])
    except (ValueError, IndexError):
        counts = {"api": [0, 0, 0], "cli": [0, 0, 0]}
        print(err[-2000:], file=sys.stderr)
    for what, (ok, clean, tracebacks) in counts.items():
        rows.append(Row("queries", what, ok + clean + tracebacks, clean, ok, tracebacks, int(hung), peak, seconds))
    return rows


_FTS = ['"', '""', "*", "^", "NEAR(", "NEAR(a b, 3)", "NEAR(a b, -1)", "title_x:", "{title_x body_x}:", "-title_x:",
        "AND", "OR", "NOT", "(", ")", "+", "-", ":", "'; DROP TABLE articles; --", "%", "_", "\\", "'", "`",
        "\x00", "\u200b", "🙂", "\ud800", "hội", "nghị", "Nguyễn", "a*", "*a", "^a", "a^", "NEAR", "near(a)",
        "rank", "bm25()", "1=1", "' OR '1'='1", "title_l:hoi", "col:", "{", "}", "[", "]", ",", "..", "\n", "\t"]


def random_query(rng: random.Random) -> str:
    if rng.random() < 0.05:
        return rng.choice(["x" * 100_000, " " * 120_000, "hội " * 5000, "(" * 10_000, '"' * 9999])
    words = [rng.choice(_FTS) if rng.random() < 0.6 else "".join(chr(rng.randint(32, 0x2FFF)) for _ in range(3))
             for _ in range(rng.randint(0, 8))]
    return rng.choice([" ", "", " ", "  "]).join(words)


def random_filters(rng: random.Random) -> dict[str, object]:
    filters: dict[str, object] = {}
    for key in ("since", "until", "outlet", "place", "person", "body", "document"):
        if rng.random() < 0.2:
            filters[key] = rng.choice(["2021", "2021-13-45", "abc", "99999", "-1", "", "0000", "2021-02-30",
                                       "Tiền Giang", "UBND", random_query(rng)])
    if rng.random() < 0.2:
        filters["limit"] = rng.choice([0, 1, 10**6, 10**20, -1])
    if rng.random() < 0.2:
        filters["offset"] = rng.choice([0, 5, 10**9, 10**20, -3])
    return filters


def query_worker(db: str, n: int, n_cli: int) -> None:
    from typer.testing import CliRunner

    from diembao.cli import app
    from diembao.kb import KnowledgeBase
    from diembao.kb.search import QueryError
    from diembao.kb.store import StoreError

    rng = random.Random(12)
    api = [0, 0, 0]
    with KnowledgeBase(db) as kb:
        for i in range(n):
            query, filters = random_query(rng), random_filters(rng)
            call = i % 4
            try:
                if call == 0:
                    kb.search(query, count=True, **filters)  # type: ignore[arg-type]
                elif call == 1:
                    kb.person(query)
                elif call == 2:
                    kb.document(query)
                else:
                    kb.org(query)
                api[0] += 1
            except (QueryError, StoreError) as err:
                assert "\n" not in str(err)
                api[1] += 1
            except Exception as err:  # what the campaign is looking for
                api[2] += 1
                print(f"API {type(err).__name__}: {err} for {query[:80]!r} {filters}", file=sys.stderr)
    runner = CliRunner()
    cli = [0, 0, 0]
    for _ in range(n_cli):
        query, filters = random_query(rng), random_filters(rng)
        command = rng.choice(["search", "person", "document", "org", "events"])
        query = query.replace("\x00", "")
        argv = [command] + ([query] if command != "events" else ["--place", query])
        if command == "search":
            for key, value in filters.items():
                argv += [f"--{key}", str(value)]
        result = runner.invoke(app, [*argv, "--db", db])
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            cli[2] += 1
            print(f"CLI {type(result.exception).__name__}: {result.exception} for {argv[:3]}", file=sys.stderr)
        elif result.exit_code == 0:
            cli[0] += 1
        else:
            cli[1] += 1
    print(json.dumps({"api": api, "cli": cli}))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--query-worker":
        query_worker(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
        sys.exit(0)
    sys.exit(main())
