"""The extraction pool, watched: a stuck article becomes an error row, not a stuck ingest, and no
worker outlives the ingest that started it.

Two clocks. In each worker an interval timer (SIGALRM) stops an article whose parsing or
extraction runs past `article_timeout` seconds: the exception it raises is caught like any
extraction failure (the article is stored without facts, and the error recorded). Code that
never returns to the interpreter (a C loop) cannot be stopped that way, so the writer also waits
for each chunk at most `chunk_size × article_timeout` plus a margin; past that, or when a worker
dies (killed for memory, a crash), the workers are killed and a new pool started, the chunk is
run again one article at a time, and the article that stops a worker again is an error row.

Orphans. A worker asks the kernel for SIGKILL when its parent dies (`PR_SET_PDEATHSIG`, Linux),
and a thread in it checks once a second that the ingest's process is still there: after a
kill -9 or SIGTERM of the ingest, its workers are gone within a second or two instead of
finishing their chunks and holding the caller's pipe open.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from .prepare import Extractor, Failed, Item, Result, arm_article_clock, input_hash, prepare_chunk

Chunk = list[tuple[Item, str | None]]
# Added to each wait for a chunk: a worker may first have to start and build its tables.
_MARGIN_SECONDS = 30.0
_PR_SET_PDEATHSIG = 1


class WatchedPool:
    def __init__(self, workers: int, article_timeout: float, margin: float = _MARGIN_SECONDS):
        self.workers = workers
        self.article_timeout = article_timeout
        self.margin = margin
        self.restarts = 0
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # forkserver: workers start from a clean process (no inherited threads, locks or database
        # handles), and share the modules the server preloaded.
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        context = multiprocessing.get_context(method)
        if method == "forkserver":
            context.set_forkserver_preload(["diembao.kb.prepare", "diembao.extract.pipeline"])
        executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=context, initializer=worker_start,
                                       initargs=(os.getpid(), self.article_timeout))
        # Wait until the workers are up and warm, so that no watchdog clock counts their start.
        try:
            with _held_stops():
                readies = [executor.submit(_ready) for _ in range(self.workers)]
            for ready in readies:
                with contextlib.suppress(Exception):
                    ready.result(timeout=600)
        except BaseException:
            # A SIGTERM (SystemExit) while the workers warm up: the caller holds no pool yet to stop,
            # and the interpreter's exit would wait for the warm-up to end.
            _kill(executor)
            raise
        return executor

    def map_ordered(self, chunks: Iterator[Chunk], extractor: Extractor | None, max_inflight: int) -> Iterator[Result]:
        """Like `Executor.map`, in order, never more than `max_inflight` chunks submitted ahead
        (`Executor.map` submits the whole input at once), each chunk watched."""
        pending: deque[tuple[Chunk, Future[list[Result]]]] = deque()
        for chunk in chunks:
            pending.append((chunk, self._submit(chunk, extractor)))
            while len(pending) >= max_inflight:
                yield from self._take(pending, extractor)
        while pending:
            yield from self._take(pending, extractor)

    def _submit(self, chunk: Chunk, extractor: Extractor | None) -> Future[list[Result]]:
        with _held_stops():
            return self.executor.submit(prepare_chunk, chunk, extractor)

    def _take(self, pending: deque[tuple[Chunk, Future[list[Result]]]], extractor: Extractor | None) -> list[Result]:
        chunk, future = pending.popleft()
        try:
            return future.result(timeout=len(chunk) * self.article_timeout + self.margin)
        except (FutureTimeout, BrokenProcessPool, CancelledError):
            pass
        self._restart()
        results: list[Result] = []
        for one in chunk:
            results.extend(self._alone(one, extractor))
        for i, (waiting, _) in enumerate(pending):  # their futures died with the old workers
            pending[i] = (waiting, self._submit(waiting, extractor))
        return results

    def _alone(self, one: tuple[Item, str | None], extractor: Extractor | None) -> list[Result]:
        """One article of a chunk that stopped its worker, run alone."""
        future = self._submit([one], extractor)
        try:
            return future.result(timeout=self.article_timeout + self.margin)
        except (FutureTimeout, BrokenProcessPool, CancelledError) as err:
            self._restart()
            item, digest = one
            reason = ("ran longer than the watchdog allows" if isinstance(err, FutureTimeout)
                      else "its worker process died")
            key = digest or (input_hash(item) if not hasattr(item, "message") else "read:" + item.origin)
            return [Failed(key, item.origin, None, "extract",
                           f"stopped: the article {reason} ({self.article_timeout:.0f} s per article)")]

    def _restart(self) -> None:
        self.restarts += 1
        self.shutdown(kill=True)
        self.executor = self._start()

    def shutdown(self, kill: bool = False) -> None:
        """Stop the workers: after their chunks, or (`kill`) at once."""
        if not kill:
            self.executor.shutdown(cancel_futures=True)
            return
        _kill(self.executor)


_STOPS = {signal.SIGTERM, signal.SIGINT}


@contextlib.contextmanager
def _held_stops() -> Iterator[None]:
    """SIGTERM and SIGINT held back while `submit` may start a worker: raised in the middle of
    the start, the exit came before the executor knew the new process, so `_kill` missed it, the
    exit removed the pool's semaphores, and the half-started worker printed a traceback
    (`SemLock._rebuild: FileNotFoundError`) into the ingest's stderr. Delivered on return."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    former = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, former)


def _kill(executor: ProcessPoolExecutor) -> None:
    """Stop an executor's workers at once, whatever they are doing."""
    processes = list((getattr(executor, "_processes", None) or {}).values())
    # The queue's feeder thread may be blocked writing a large chunk into the pipe of a worker
    # about to die; at exit the interpreter would join it and wait forever.
    call_queue = getattr(executor, "_call_queue", None)
    if call_queue is not None:
        with contextlib.suppress(Exception):
            call_queue.cancel_join_thread()
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.kill()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(timeout=5)


# --- in the worker ------------------------------------------------------------------------------


def _ready() -> None:
    pass


def worker_start(parent: int, article_timeout: float) -> None:
    # The forkserver was started inside `_held_stops`, and its children inherit its signal mask.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)
    _die_with(parent)
    arm_article_clock(article_timeout)
    # Build the pipeline's tables once per worker, before the first chunk arrives.
    from diembao.extract.pipeline import warm_up

    with contextlib.suppress(Exception):  # a broken pipeline is reported per article, where it fails
        warm_up()


def _die_with(parent: int) -> None:
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # the pid was taken by another user's process: ours is gone
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
