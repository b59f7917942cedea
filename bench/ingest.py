"""Benchmark: `diembao ingest` of a corpus into a fresh database, as a user runs it.

Runs the real command in a child process and samples the memory of its whole process tree (the
writer and every extraction worker) ten times a second. Prints articles/s, the peak of the summed
resident memory (RSS: shared pages counted once per process, so an upper bound) and the peak of
the summed proportional memory (PSS: shared pages divided among the processes that share them).

    python bench/ingest.py                       # ../shared/corpus/baomoi-2017.jsonl.gz
    python bench/ingest.py CORPUS --workers 2 --keep out.sqlite

Reads memory from /proc (Linux).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "baomoi-2017.jsonl.gz"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", default=[str(DEFAULT_CORPUS)])
    parser.add_argument("--workers", type=int, default=None, help="extraction processes (default: one per core)")
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--keep", type=Path, help="keep the database here (default: a temporary file)")
    parser.add_argument("--no-facts", action="store_true", help="read and index only (no fact stages)")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from proctree import children, cpu_seconds, pss, rss
    missing = [c for c in args.corpus if not Path(c).exists()]
    if missing:
        print(f"no corpus at {', '.join(missing)}", file=sys.stderr)
        return 2

    workdir = Path(tempfile.mkdtemp(prefix="diembao-bench-"))
    db = workdir / "bench.sqlite"
    command = [sys.executable, "-m", "diembao", "ingest", *args.corpus,
               "--db", str(db), "--quiet", "--batch-size", str(args.batch_size)]
    if args.workers is not None:
        command += ["--workers", str(args.workers)]
    if args.no_facts:
        command.append("--no-facts")
    started = time.perf_counter()
    child = subprocess.Popen(command)
    peak_rss = peak_pss = 0
    processes = 0
    per_process: dict[int, tuple[str, int]] = {}
    cpu: dict[int, float] = {}
    tick = 0
    while child.poll() is None:
        tree = [child.pid, *children(child.pid)]
        sizes = [(pid, rss(pid)) for pid in tree]
        for pid in tree:  # the last reading before a process ends is its total
            cpu[pid] = max(cpu.get(pid, 0.0), cpu_seconds(pid))
        for pid, size in sizes:
            name = "writer" if pid == child.pid else "helper"
            per_process[pid] = (name, max(size, per_process.get(pid, ("", 0))[1]))
        peak_rss = max(peak_rss, sum(size for _, size in sizes))
        processes = max(processes, len(tree))
        if tick % 5 == 0:  # PSS reads smaps: costlier, sampled less often
            peak_pss = max(peak_pss, sum(pss(pid) for pid in tree))
        tick += 1
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    if child.returncode != 0:
        print(f"ingest failed with exit code {child.returncode}", file=sys.stderr)
        return 1
    from diembao.kb import KnowledgeBase

    with KnowledgeBase(db) as kb:
        counts = kb.counts()
    articles, errors = counts["articles"], counts["errors"]
    facts = {t: counts[t] for t in ("persons", "organizations", "documents", "events", "offices", "mentions")}
    size = sum(p.stat().st_size for p in workdir.iterdir())
    inputs = articles + errors
    print(f"corpus:     {', '.join(args.corpus)}")
    print(f"inputs:     {inputs:,} ({articles:,} articles, {errors:,} errors)")
    print("facts:      " + ", ".join(f"{v:,} {k}" for k, v in facts.items()))
    print(f"time:       {seconds:.1f} s (whole command, start-up included)")
    print(f"throughput: {inputs / seconds:,.0f} articles/s")
    print(f"memory:     peak {peak_rss / 2**20:,.0f} MB RSS, {peak_pss / 2**20:,.0f} MB PSS, "
          f"summed over {processes} processes")
    print("per process: " + ", ".join(f"{name} {peak / 2**20:,.0f} MB" for name, peak in
                                       sorted(per_process.values(), key=lambda x: (x[0] != "writer", -x[1]))))
    print(f"database:   {size / 2**20:,.0f} MB")
    # CPU per article, by process: where the time goes (sampled every 0.1 s, so a little low).
    writer_cpu = cpu.get(child.pid, 0.0)
    helpers_cpu = sum(cpu.values()) - writer_cpu
    print(f"cpu:        writer {1000 * writer_cpu / max(inputs, 1):.2f} ms/article, "
          f"extraction workers {1000 * helpers_cpu / max(inputs, 1):.2f} ms/article (summed), "
          f"{(writer_cpu + helpers_cpu) / seconds:.2f} cores busy on average")
    if args.keep:
        with sqlite3.connect(db) as conn:  # fold the write-ahead log in, so one file is the database
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.move(str(db), args.keep)
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
