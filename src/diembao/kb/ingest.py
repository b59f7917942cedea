"""Ingest and reindex: raw inputs through a process pool of workers into one writer.

    inputs (this process) ─▶ skip the known ─▶ chunks ─▶ pool: parse + extract + prepare
                                                              │ (results in input order)
                                           batched transactions ◀─ writer (this process)

- Order. Chunks are submitted to the pool and their results taken back in input order, so the
  writer sees the articles exactly as an in-process loop would; resolution (see `resolve.py`)
  is a function of that sequence, whatever the number of workers or the batch size.
- Memory. At most `2 × workers` chunks are in flight and nothing is accumulated: the peak is a
  few chunks of articles plus the database's page cache, however large the corpus.
- Resuming. A batch is committed whole or not at all, and batches commit in input order, so
  after a kill (even -9) the file holds exactly the articles of a prefix of the input. A rerun
  skips, before parsing it, every input whose content was read from that input before (table
  `inputs`) or is stored, and continues with the rest in the same order: the result is the
  database an uninterrupted run writes.
- Failures. An input that cannot be read or parsed is written to `errors` in its place in the
  sequence and reported through `on_written`; an extraction that raises keeps the article
  without facts and records the error. Neither stops the run.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from diembao.readers import RawInput, ReadFailure, iter_inputs
from diembao.record import Article

from . import schema
from .codec import unpack
from .pool import WatchedPool
from .prepare import RECORD, Extracted, Extractor, Failed, Item, Result, input_hash, keep_facts, prepare_chunk
from .store import Store, StoreError
from .writer import Outcome, Writer, Written, origin_key

OnWritten = Callable[[Written], None]


@dataclass(frozen=True, slots=True)
class IngestReport:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0  # inputs already stored with the same content
    failed: int = 0
    seconds: float = 0.0

    @property
    def processed(self) -> int:
        return self.added + self.replaced + self.unchanged + self.failed

    @property
    def rate(self) -> float:
        return self.processed / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True, slots=True)
class IngestOptions:
    workers: int | None = None  # None: one per core; 0: extract in this process
    batch_size: int = 500  # articles per transaction
    chunk_size: int = 32  # inputs per task sent to a worker
    encoding: str | None = None
    extractor: Extractor | None = None  # None: diembao's default pipeline (must pickle for workers)
    records: bool = False  # JSONL lines are article records (`diembao extract` output), facts kept
    facts: bool = True  # False: store the articles without running the fact stages (`reindex` adds them)
    article_timeout: float = 60.0  # seconds one article may take in a worker (see pool.py)

    @property
    def extract(self) -> Extractor | None:
        return self.extractor if self.facts else keep_facts


def ingest(store: Store, paths: Iterable[str], options: IngestOptions = IngestOptions(),
           on_written: OnWritten | None = None) -> IngestReport:
    """Read, extract and store every article of `paths` (files, directories, `-`)."""
    ensure_writable(store)
    run_id = _start_run(store, "ingest")
    counter = _Counter(on_written)
    started = time.perf_counter()

    def fresh() -> Iterator[tuple[Item, str | None]]:
        for item in _inputs(paths, options.encoding):
            if isinstance(item, ReadFailure | Failed):
                yield item, None
                continue
            if options.records and isinstance(item, RawInput) and item.kind == "jsonl":
                item = RawInput(item.origin, RECORD, item.raw, item.name)
            raw = item.item if isinstance(item, Extracted) else item
            digest = input_hash(raw)
            if _known(store, raw.origin, digest):
                counter.count(Written(Outcome.UNCHANGED))
                continue
            yield item, digest

    _run(store, fresh(), options, counter)
    report = counter.report(time.perf_counter() - started)
    _finish_run(store, run_id, report)
    return report


def _inputs(paths: Iterable[str], encoding: str | None) -> Iterator[Item]:
    """The raw inputs of `paths`; a Parquet dataset of `diembao extract --parquet` gives its
    inputs already extracted, in the order they were read."""
    from diembao.scale import is_dataset

    for path in paths:
        if is_dataset(path):
            from diembao.scale.dataset import dataset_inputs

            yield from dataset_inputs(path)
        else:
            yield from iter_inputs([path], encoding)


def add_articles(store: Store, articles: Iterable[Article], on_written: OnWritten | None = None) -> IngestReport:
    """Store articles that are already extracted (their facts kept as given), in order, in this
    process: an ingest of records with nothing to read or extract."""
    ensure_writable(store)
    counter = _Counter(on_written)
    started = time.perf_counter()

    def items() -> Iterator[tuple[Item, str | None]]:
        for article in articles:
            item = RawInput(f"record:{article.id}", RECORD, article.to_json(), article.id)
            yield item, input_hash(item)

    _run(store, items(), IngestOptions(workers=0), counter)
    return counter.report(time.perf_counter() - started)


def reindex(store: Store, options: IngestOptions = IngestOptions(),
            on_written: OnWritten | None = None) -> IngestReport:
    """Parse and extract every stored article again from its raw input, and rebuild every fact.

    One transaction: readers see the old knowledge base until the new one is complete, and a
    reindex that is killed leaves the old one as it was.
    """
    schema.migrate(store)
    run_id = _start_run(store, "reindex")
    counter = _Counter(on_written)
    started = time.perf_counter()
    with store.transaction():
        _clear_facts(store)
        writer = Writer(store)
        pool = _pool(options)
        try:
            for result in _results(_stored_inputs(store), options, pool):
                counter.count(_rewrite(store, writer, result))
            writer.flush()
        except BaseException:
            _stop(pool, kill=True)
            raise
        _stop(pool)
        schema.set_analysis_version(store)
    report = counter.report(time.perf_counter() - started)
    _finish_run(store, run_id, report)
    return report


def _known(store: Store, origin: str, digest: str) -> bool:
    """Whether this content was read from this input before, or is stored from anywhere."""
    seen = store.value("SELECT input_hash FROM inputs WHERE origin = ?", (origin_key(origin),))
    return seen == digest or store.one("SELECT 1 FROM articles WHERE input_hash = ? LIMIT 1", (digest,)) is not None


def ensure_writable(store: Store) -> None:
    from .analysis import ANALYSIS_VERSION

    schema.migrate(store)
    version = schema.analysis_version(store)
    if version not in (None, ANALYSIS_VERSION):
        raise StoreError(f"{store.path} was indexed by another version of diembao's text analysis "
                         f"({version}, this one is {ANALYSIS_VERSION}): run `diembao reindex` first")


# --- the loop ----------------------------------------------------------------------------------


# The writer's page cache during an ingest. Its reads are index lookups of the resolution, which
# fit in far less than a reader's cache; on baomoi-2017, 16 MB instead of 32 took the peak of
# the process tree from 284 to 266 MB at the same speed (the bar is 300 MB).
_WRITER_CACHE_MB = 16


def _run(store: Store, items: Iterator[tuple[Item, str | None]], options: IngestOptions,
         counter: _Counter) -> None:
    with store.page_cache(_WRITER_CACHE_MB):
        _write_all(store, items, options, counter)


def _write_all(store: Store, items: Iterator[tuple[Item, str | None]], options: IngestOptions,
               counter: _Counter) -> None:
    writer = Writer(store)
    pool = _pool(options)
    in_batch = 0
    last_commit = time.monotonic()
    try:
        for result in _results(items, options, pool):
            if not store.in_transaction:
                store.begin()
            counter.count(writer.write(result))
            in_batch += 1
            # Commit by count, and at least every few seconds so readers see progress.
            if in_batch >= options.batch_size or time.monotonic() - last_commit > 5.0:
                writer.flush()
                store.commit()
                in_batch, last_commit = 0, time.monotonic()
        writer.flush()
        store.commit()
    except BaseException:
        store.rollback()
        _stop(pool, kill=True)  # not waiting for the workers' chunks: they are of no use now
        raise
    _stop(pool)


def _results(items: Iterator[tuple[Item, str | None]], options: IngestOptions,
             pool: WatchedPool | None) -> Iterator[Result]:
    chunks = _chunks(items, options.chunk_size)
    if pool is None:
        for chunk in chunks:
            yield from prepare_chunk(chunk, options.extract)
        return
    yield from pool.map_ordered(chunks, options.extract, max_inflight=2 * max(1, _workers(options)))


# A chunk is also cut at this many characters of raw input: the writer holds a few chunks of
# results at once, and 32 articles at the size limit would be hundreds of megabytes of them.
_CHUNK_CHARS = 400_000


def _chunks(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    chars = 0
    for item in items:
        chunk.append(item)
        chars += len(getattr(item[0], "raw", ""))
        if len(chunk) >= size or chars >= _CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _workers(options: IngestOptions) -> int:
    if options.workers is not None:
        return options.workers
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _pool(options: IngestOptions) -> WatchedPool | None:
    workers = _workers(options)
    return WatchedPool(workers, options.article_timeout) if workers > 0 else None


def _stop(pool: WatchedPool | None, kill: bool = False) -> None:
    if pool is not None:
        pool.shutdown(kill=kill)


# --- reindex -----------------------------------------------------------------------------------


_FACT_TABLES = ("mentions", "resolutions", "person_names", "org_names", "office_evidence", "offices",
                "citations", "event_sources", "event_chairs", "event_documents", "events", "documents",
                "persons", "organizations", "places")


def _clear_facts(store: Store) -> None:
    for table in _FACT_TABLES:
        store.execute(f"DELETE FROM {table}")
    store.execute("DELETE FROM errors WHERE stage = 'extract'")
    store.execute("UPDATE articles SET place_id = NULL")
    store.clear_index()


def _stored_inputs(store: Store, page: int = 256) -> Iterator[tuple[Item, str | None]]:
    last = 0
    while True:
        rows = store.all("SELECT aid, origin, kind, name, raw, input_hash FROM articles WHERE aid > ? "
                         "ORDER BY aid LIMIT ?", (last, page))
        if not rows:
            return
        for aid, origin, kind, name, raw, digest in rows:
            last = aid
            yield RawInput(origin, kind, unpack(raw), name), digest


def _rewrite(store: Store, writer: Writer, result: Result) -> Written:
    """One stored article, extracted again, into the emptied knowledge base."""
    key = result.input_key if isinstance(result, Failed) else result.input_hash
    row = store.one("SELECT aid, record, outlet, day FROM articles WHERE input_hash = ? ORDER BY aid LIMIT 1",
                    (key,))
    if isinstance(result, Failed) or row is None:
        if row is not None:
            # The stored input no longer parses: the article stays as it was, searchable, without facts.
            from diembao.record import Article

            from .analysis import index_text
            from .facets import article_tokens

            old = Article.from_json(unpack(row[1]))
            writer.index(row[0], index_text(old.title, old.lead, old.body, old.captions),
                         article_tokens((), row[2], row[3]))
        return writer.write(result)
    return writer.rewrite(row[0], result)


# --- bookkeeping -------------------------------------------------------------------------------


class _Counter:
    def __init__(self, on_written: OnWritten | None):
        self.counts = dict.fromkeys(Outcome, 0)
        self.on_written = on_written

    def count(self, written: Written) -> None:
        self.counts[written.outcome] += 1
        if self.on_written is not None:
            self.on_written(written)

    def report(self, seconds: float) -> IngestReport:
        c = self.counts
        return IngestReport(c[Outcome.ADDED], c[Outcome.REPLACED], c[Outcome.UNCHANGED], c[Outcome.FAILED], seconds)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _start_run(store: Store, command: str) -> int:
    with store.transaction():
        return store.insert("INSERT INTO runs (command, started) VALUES (?, ?)", (command, _now()))


def _finish_run(store: Store, run_id: int, report: IngestReport) -> None:
    with store.transaction():
        store.execute("UPDATE runs SET finished = ?, added = ?, replaced = ?, skipped = ?, failed = ? WHERE id = ?",
                      (_now(), report.added, report.replaced, report.unchanged, report.failed, run_id))
