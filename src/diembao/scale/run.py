"""The extraction job: partitions of the inputs, extracted on Dask workers, into the dataset.

    inputs (this process) ─▶ partitions ─▶ skip the finished ─▶ client.submit ─▶ worker:
        prepare each input (the ingest's own parse + extract, `kb.prepare.prepare`) ─▶ rows
        per table and year ─▶ Parquet files (pyarrow) ─▶ marker          (see partitions.py)

Dask does the distributing (a `LocalCluster` of worker processes, or any scheduler by address);
this module only keeps a bounded number of partitions in flight, so the driver's memory does not
grow with the corpus. A partition whose task fails (a worker lost, a disk full) is reported and
left without a marker: the rest of the job goes on, and a rerun does that partition again.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diembao.readers import RawInput, ReadFailure, iter_inputs

if TYPE_CHECKING:
    from diembao.kb.prepare import Failed

    from .facts import Extraction
    from .partitions import Partition


@dataclass(frozen=True, slots=True)
class ScaleOptions:
    workers: int | None = None  # LocalCluster worker processes (None: one per core)
    scheduler: str | None = None  # an existing Dask scheduler, instead of a LocalCluster
    partition_size: int = 500  # raw inputs per partition
    encoding: str | None = None
    facts: bool = True  # False: articles only, as `extract --no-facts`


@dataclass(slots=True)
class JobReport:
    partitions: int = 0
    skipped: int = 0  # finished by an earlier run
    failed: int = 0  # tasks that raised: no marker, a rerun does them
    inputs: int = 0  # inputs extracted by this run
    articles: int = 0
    errors: int = 0  # inputs that gave no article or whose extraction failed
    earlier_errors: int = 0  # the same, in the partitions an earlier run did (in `errors`, not reported again)
    seconds: float = 0.0
    removed: int = 0  # leftovers of an unfinished run, and partitions no longer among the inputs
    messages: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0


class Listener:
    """What the job tells its user (the CLI draws a Rich bar from it)."""

    def started(self, dashboard: str | None, workers: int) -> None: ...

    def partition(self, summary: dict[str, Any] | None, skipped: bool = False) -> None: ...

    def error(self, line: str) -> None: ...


def run_job(paths: Iterable[str], root: Path, options: ScaleOptions = ScaleOptions(),
            listener: Listener | None = None) -> JobReport:
    from .partitions import Layout, partitions

    listener = listener or Listener()
    layout = Layout(root)
    layout.create(options.partition_size)
    done = layout.markers()
    report = JobReport(removed=layout.clean(set(done)))
    seen: set[str] = set()
    started = time.perf_counter()
    with _client(options) as client:
        n_workers = len(client.scheduler_info(n_workers=-1).get("workers", {}))
        listener.started(client.dashboard_link, n_workers)
        client.run(_warm)  # every worker loads the pipeline's tables now, all at once

        def todo() -> Iterator[Partition]:
            for part in partitions(iter_inputs(paths, options.encoding), options.partition_size):
                report.partitions += 1
                seen.add(part.name)
                if part.name in done:
                    report.skipped += 1
                    report.earlier_errors += done[part.name]["rows"].get("errors", 0)
                    listener.partition(None, skipped=True)
                    continue
                yield part

        for part, outcome in _distributed(client, todo(), str(root), options.facts, 2 * max(1, n_workers) + 1):
            if isinstance(outcome, BaseException):
                report.failed += 1
                line = f"partition {part.name} (inputs {part.first}-{part.first + len(part.items) - 1}): " \
                       f"{type(outcome).__name__}: {outcome}; a rerun does it again"
                report.messages.append(line)
                listener.error(line)
                listener.partition(None)
                continue
            report.inputs += outcome["inputs"]
            report.articles += outcome["rows"].get("articles", 0)
            report.errors += len(outcome["errors"])
            for line in outcome["errors"]:
                listener.error(line)
            listener.partition(outcome)
    if not report.failed:
        # The inputs are all here now: partitions of inputs that changed or went are dropped,
        # so the dataset holds the extraction of exactly these inputs.
        stale = set(layout.markers()) - seen
        if stale:
            layout.remove(stale)
            report.removed += len(stale)
    report.seconds = time.perf_counter() - started
    return report


def _distributed(client: Any, parts: Iterator[Partition], root: str, facts: bool,
                 max_inflight: int) -> Iterator[tuple[Partition, dict[str, Any] | BaseException]]:
    """Each partition's outcome as its task finishes, at most `max_inflight` submitted ahead."""
    from distributed import as_completed

    pending: dict[str, Partition] = {}
    finished = as_completed(with_results=False)

    def take() -> tuple[Partition, dict[str, Any] | BaseException]:
        future = next(finished)
        part = pending.pop(future.key)
        try:
            return part, future.result()
        except Exception as err:  # the task raised, or its worker died too often
            return part, err
        finally:
            future.release()

    for part in parts:
        key = f"diembao-partition-{part.name}"
        pending[key] = part
        finished.add(client.submit(extract_partition, root, part.name, part.first, part.items, facts,
                                   key=key, pure=False))
        while len(pending) >= max_inflight:
            yield take()
    while pending:
        yield take()


@contextlib.contextmanager
def _client(options: ScaleOptions) -> Iterator[Any]:
    from distributed import Client, LocalCluster

    if options.scheduler:
        with Client(options.scheduler) as client:
            yield client
        return
    workers = options.workers or _cores()
    with LocalCluster(n_workers=workers, processes=True, threads_per_worker=1, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


# --- on the worker ------------------------------------------------------------------------------


_WARM = False


def _warm() -> None:
    global _WARM
    if not _WARM:
        from diembao.pipeline import warm_up

        with contextlib.suppress(Exception):  # a broken pipeline is reported per article, where it fails
            warm_up()
        _WARM = True


# Inputs whose rows are held as Python objects before they go to Arrow and to the files: the
# worker's memory is bounded by this, not by the partition size.
_BATCH = 200


def extract_partition(root: str, name: str, first: int, items: tuple[RawInput | ReadFailure, ...],
                      facts: bool = True) -> dict[str, Any]:
    """Extract one partition and write it (files, then marker); a summary for the driver."""
    from diembao.kb.prepare import Failed

    from .facts import rows_of, to_table
    from .partitions import Layout

    _warm()
    writer = Layout(root).writer(name, first)
    errors: list[str] = []
    try:
        for start in range(0, len(items), _BATCH):
            tables: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
            for offset, item in enumerate(items[start:start + _BATCH], start):
                result = extract_input(item, facts)
                if isinstance(result, Failed):
                    errors.append(result.line())
                elif result.extract_error:
                    errors.append(f"{result.item.origin} [{result.article.id}]: {result.extract_error}")
                year, rows = rows_of(first + offset, result)
                for table, found in rows.items():
                    tables[(table, year)].extend(found)
            for (table, year), rows in sorted(tables.items()):
                writer.write(table, year, to_table(table, rows))
        written = writer.commit(len(items))
    except BaseException:
        writer.abort()
        raise
    return {"name": name, "inputs": len(items), "rows": written, "errors": errors}


def extract_input(item: RawInput | ReadFailure, facts: bool = True) -> Extraction | Failed:
    """One input read and extracted as the ingest's `prepare` does it (the same failures, the
    same messages), without packing it for the SQLite writer."""
    from diembao.kb.prepare import Failed, extract, input_hash, keep_facts, local_day, parse_input, prepare

    from .facts import Extraction

    if isinstance(item, ReadFailure):
        return prepare(item)  # type: ignore[return-value]
    digest = input_hash(item)
    parsed = parse_input(item, digest)
    if isinstance(parsed, Failed):
        return parsed
    article, _, error = extract(parsed, None if facts else keep_facts)
    return Extraction(item, digest, article, local_day(article.published), error)
