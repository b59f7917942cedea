"""Throughput of `extract` on a real corpus, against the read-parse-normalise floor.

usage: python bench/extract.py [CORPUS.jsonl.gz] [--limit N] [--repeat R] [--profile]

Prints, on one core: articles/s for the read-parse floor (read and JSON-parse each line, NFC on
every string), for reading into records (`diembao.readers`), and for the full extraction; the
ratio of extraction to the floor; peak memory (max RSS of this process); and per-article latency
percentiles of the extraction. Each figure is the best of R runs (as `timeit` reports): on a
shared machine the best run is the one least disturbed by other work. A script, not a test:
timings vary with the machine's load, so compare ratios taken in one run.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import pstats
import resource
import statistics
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / ".." / "shared" / "corpus" / "vietnews-20k.jsonl.gz"


def floor(lines: list[bytes]) -> float:
    """Seconds to JSON-parse every line and NFC-normalise every string in it."""
    start = time.perf_counter()
    for line in lines:
        record = json.loads(line)
        for value in record.values():
            if isinstance(value, str):
                unicodedata.normalize("NFC", value)
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, str):
                        unicodedata.normalize("NFC", item)
    return time.perf_counter() - start


def _timed(work) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _extract(pipeline, articles) -> tuple[float, list[float], int]:  # type: ignore[no-untyped-def]
    """Seconds for the fact stages over every article, each article's latency, facts found."""
    latencies: list[float] = []
    facts = 0
    start = time.perf_counter()
    for article in articles:
        t0 = time.perf_counter()
        out = pipeline(article)
        latencies.append(time.perf_counter() - t0)
        facts += len(out.persons) + len(out.organizations) + len(out.documents) + len(out.events)
    return time.perf_counter() - start, latencies, facts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT))
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measure; the best is reported")
    parser.add_argument("--links", action="store_true",
                        help="also time the pipeline with the learned links stage, and print the ratio")
    parser.add_argument("--profile", action="store_true", help="print the top functions of the extraction")
    args = parser.parse_args(argv)
    path = Path(args.corpus)
    if not path.exists():
        print(f"no corpus at {path}: pass one (../shared/corpus/vietnews-20k.jsonl.gz)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT / "src"))
    from diembao.extract.pipeline import warm_up
    from diembao.readers.jsonl import parse_jsonl_line

    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as handle:
        lines = [line for line in handle if line.strip()]
    if args.limit:
        lines = lines[: args.limit]
    n = len(lines)
    texts = [line.decode("utf-8") for line in lines]

    floor_s = min(floor(lines) for _ in range(args.repeat))
    read_s = min(_timed(lambda: [parse_jsonl_line(t) for t in texts]) for _ in range(args.repeat))
    articles = [parse_jsonl_line(t) for t in texts]

    pipeline = warm_up()  # as the CLI does: tables loaded once, kept out of the collector's way
    with_links = None
    if args.links:
        from diembao.extract.pipeline import Pipeline, default_stages

        with_links = Pipeline(default_stages(links=True))
    profiler = cProfile.Profile() if args.profile else None
    best_s, latencies, facts = float("inf"), [], 0
    links_s = float("inf")
    for _ in range(args.repeat):
        if profiler:
            profiler.enable()
        run_s, run_latencies, facts = _extract(pipeline, articles)
        if profiler:
            profiler.disable()
        if run_s < best_s:
            best_s, latencies = run_s, run_latencies
        if with_links is not None:  # interleaved, so that both see the same load on a shared machine
            links_s = min(links_s, _extract(with_links, articles)[0])
    extract_s = best_s + read_s

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    q = statistics.quantiles(latencies, n=100)
    print(f"corpus                {path.name}  ({n} articles)")
    print(f"read-parse floor      {n / floor_s:10.0f} articles/s")
    print(f"read into records     {n / read_s:10.0f} articles/s")
    print(f"full extraction       {n / extract_s:10.0f} articles/s   (read + all stages, one core)")
    print(f"extraction / floor    {floor_s / extract_s:10.4f}   (floor is {extract_s / floor_s:.0f}x faster)")
    print(f"latency per article   p50 {q[49] * 1000:.2f} ms   p95 {q[94] * 1000:.2f} ms   p99 {q[98] * 1000:.2f} ms")
    print(f"facts found           {facts}  ({facts / n:.1f} per article)")
    print(f"peak memory           {peak_mb:.0f} MB (max RSS)")
    if with_links is not None:
        links_s += read_s
        print(f"with links            {n / links_s:10.0f} articles/s   ({links_s / extract_s:.3f}x the time "
              "without, in this run)")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
