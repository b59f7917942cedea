"""Benchmark: `diembao extract --parquet` on a Dask LocalCluster with 1 and with 2 workers.

For each corpus (a slice of its first `--limit` articles, written as one .jsonl.gz) and each
worker count, runs the real command in a child process and samples the resident memory (RSS,
from /proc) of every process of its tree five times a second. Prints:

- articles/s over the whole run (cluster start and warm-up included), and steady: the articles
  of every partition but the first, over the time from the first partition's marker to the
  last (markers are written as partitions finish);
- the ratio of the steady rates, 2 workers against 1;
- the peak RSS of each worker process (the processes of the tree that did the extraction) and
  of the driver;
- the CPU time per article of the workers (summed) and of the driver (which reads the inputs,
  names the partitions and runs the scheduler), which a busy machine does not change as it
  changes the rates;
- the dataset's size on disk against the input's (gzip) and its uncompressed text.

    python bench/scale.py                      # baomoi-2017 and vietnews-20k, 5,000 articles each
    python bench/scale.py CORPUS.jsonl.gz --limit 2000 --workers 1 2 --partition-size 250

The machine may be shared: the load average is printed with the figures.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPORA = REPO.parent / "shared" / "corpus"
DEFAULT = [CORPORA / "baomoi-2017.jsonl.gz", CORPORA / "vietnews-20k.jsonl.gz"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=5000, help="articles per corpus (0: all)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--partition-size", type=int, default=250)
    parser.add_argument("--repeat", type=int, default=1, help="runs per worker count (the best steady rate is kept)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    missing = [str(c) for c in args.corpus if not c.exists()]
    if missing:
        print(f"no corpus at {', '.join(missing)}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    work = Path(tempfile.mkdtemp(prefix="diembao-scale-"))
    figures = []
    try:
        for corpus in args.corpus:
            piece, n, text_bytes = _slice(corpus, args.limit, work)
            runs: dict[int, dict[str, object]] = {}
            for attempt in range(args.repeat):  # alternating, so a slow spell hits both counts
                for w in args.workers:
                    run = _run(piece, work / f"{corpus.name}.{w}.{attempt}", w, args.partition_size)
                    if w not in runs or (run["steady"] or 0) > (runs[w]["steady"] or 0):  # type: ignore[operator]
                        runs[w] = run
            one, two = runs.get(1), runs.get(2)
            ratio = two["steady"] / one["steady"] if one and two and one["steady"] else None
            ceiling = _ceiling(one, two) if one and two else None
            figures.append({"corpus": corpus.name, "articles": n, "input_gz_bytes": piece.stat().st_size,
                            "input_text_bytes": text_bytes, "runs": runs, "ratio_2_to_1": ratio,
                            "ratio_ceiling": ceiling})
            _print(figures[-1])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


def _slice(corpus: Path, limit: int, work: Path) -> tuple[Path, int, int]:
    """The first `limit` lines of a .jsonl(.gz) corpus as one .jsonl.gz; their count and size."""
    piece = work / f"{corpus.name.split('.')[0]}.jsonl.gz"
    opener = gzip.open if corpus.name.endswith(".gz") else open
    n = size = 0
    with opener(corpus, "rb") as source, gzip.open(piece, "wb") as out:
        for line in source:
            if limit and n >= limit:
                break
            if line.strip():
                out.write(line)
                n += 1
                size += len(line)
    return piece, n, size


def _run(piece: Path, dataset: Path, workers: int, partition_size: int) -> dict[str, object]:
    from proctree import children, cpu_seconds, rss

    command = [sys.executable, "-m", "diembao", "extract", str(piece), "--parquet", str(dataset),
               "--workers", str(workers), "--partition-size", str(partition_size)]
    started = time.perf_counter()
    job = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peaks: dict[int, int] = {}
    cpu: dict[int, float] = {}
    driver_peak = 0
    load = []
    driver_cpu = 0.0
    while job.poll() is None:
        driver_peak = max(driver_peak, rss(job.pid))
        driver_cpu = max(driver_cpu, cpu_seconds(job.pid))
        for pid in children(job.pid):
            peaks[pid] = max(peaks.get(pid, 0), rss(pid))
            cpu[pid] = max(cpu.get(pid, 0.0), cpu_seconds(pid))
        load.append(os.getloadavg()[0])
        time.sleep(0.2)
    wall = time.perf_counter() - started
    stderr = job.stderr.read() if job.stderr else ""
    if job.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({job.returncode}):\n{stderr}")
    markers = sorted(((p.stat().st_mtime, json.loads(p.read_text(encoding="utf-8")))
                      for p in (dataset / "_done").glob("*.json")), key=lambda m: m[0])
    articles = sum(m["rows"].get("articles", 0) for _, m in markers)
    later = sum(m["rows"].get("articles", 0) for _, m in markers[1:])
    span = markers[-1][0] - markers[0][0] if len(markers) > 1 else 0.0
    # The extraction workers are the processes that did the work (not the forkserver or the
    # resource tracker): the `workers` of the tree with the most CPU time.
    busiest = sorted(cpu, key=cpu.__getitem__, reverse=True)[:workers]
    # The rest of the tree: the nannies (one per worker), the forkserver, the resource tracker.
    others = sum(c for p, c in cpu.items() if p not in busiest)
    return {
        "workers": workers, "articles": articles, "wall_s": round(wall, 1),
        "rate_wall": round(articles / wall, 1), "steady": round(later / span, 1) if span else None,
        "worker_peak_rss_mb": [round(peaks[p] / 2**20) for p in busiest],
        # CPU per article does not depend on how busy the machine is, as the rates do.
        "worker_cpu_ms_per_article": round(1000 * sum(cpu[p] for p in busiest) / articles, 2) if articles else None,
        "driver_cpu_ms_per_article": round(1000 * driver_cpu / articles, 2) if articles else None,
        "others_cpu_ms_per_article": round(1000 * others / articles, 2) if articles else None,
        "cores_busy": round((sum(cpu[p] for p in busiest) + driver_cpu + others) / wall, 2),
        "driver_peak_rss_mb": round(driver_peak / 2**20),
        "dataset_bytes": sum(f.stat().st_size for f in dataset.rglob("*") if f.is_file()),
        "load_avg_mean": round(sum(load) / len(load), 1) if load else None,
    }


def _ceiling(one: dict[str, object], two: dict[str, object]) -> float | None:
    """The best 2-worker ratio this CPU accounting allows on 2 cores: 1 worker runs at most one
    core's worth (the driver has the other), 2 workers share both cores with the driver and the
    nannies, at the CPU per article each run measured (load-insensitive, unlike the rates)."""
    try:
        keys = ("worker_cpu_ms_per_article", "driver_cpu_ms_per_article", "others_cpu_ms_per_article")
        w1, d1, o1 = (float(one[k]) for k in keys)  # type: ignore[arg-type]
        overhead1 = d1 + o1
        total2 = sum(float(two[k]) for k in keys)  # type: ignore[arg-type]
    except (TypeError, KeyError, ValueError):
        return None
    one_rate = 1 / max(w1, (w1 + overhead1) / 2)  # articles per ms: one core for the worker
    return round(min(2.0, (2 / total2) / one_rate), 2) if total2 else None


def _print(f: dict[str, object]) -> None:
    print(f"{f['corpus']}: {f['articles']:,} articles, input {f['input_gz_bytes'] / 2**20:.1f} MB gzip "
          f"({f['input_text_bytes'] / 2**20:.1f} MB text)")
    for run in f["runs"].values():  # type: ignore[attr-defined]
        print(f"  {run['workers']} worker(s): {run['rate_wall']:,} articles/s whole run ({run['wall_s']} s), "
              f"{run['steady']} articles/s steady; worker peak RSS {run['worker_peak_rss_mb']} MB, driver "
              f"{run['driver_peak_rss_mb']} MB; CPU per article: workers {run['worker_cpu_ms_per_article']} ms, "
              f"driver {run['driver_cpu_ms_per_article']} ms, "
              f"nannies and the rest {run['others_cpu_ms_per_article']} ms; {run['cores_busy']} cores busy; "
              f"dataset {run['dataset_bytes'] / 2**20:.1f} MB "
              f"({run['dataset_bytes'] / f['input_gz_bytes']:.2f}x the gzip input); "  # type: ignore[operator]
              f"load average {run['load_avg_mean']}")
    if f["ratio_2_to_1"]:
        print(f"  2 workers / 1 worker (steady): {f['ratio_2_to_1']:.2f}x; ceiling from the CPU per article "
              f"on 2 idle cores: {f['ratio_ceiling']}x")


if __name__ == "__main__":
    raise SystemExit(main())
