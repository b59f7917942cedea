"""What the API and the pages share, apart from the app that mounts them: read-only
connections from a pool, paging limits, a time bound per request, a short-lived memo."""

from __future__ import annotations

import logging
import queue
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, TypeVar

from fastapi import Depends, HTTPException, Query, Request

from diembao.kb import KnowledgeBase

log = logging.getLogger("diembao.serve")
T = TypeVar("T")
HERE = Path(__file__).resolve().parent

MAX_SIZE = 100  # rows in one page of any list
MAX_OFFSET = 10_000  # how deep paging may go
REQUEST_SECONDS = 10.0  # a statement still running past this is interrupted (503)
# Requests one process works on at once (the threads its endpoints run in). A request is Python
# and SQLite on one core; two threads of one process on the same requests spent a fifth more CPU
# and eight twice as much (the interpreter's lock handed to and fro between them), so each
# process takes them one at a time and the processes (`diembao serve --workers`, one per core)
# share the cores. The others wait in the event loop, not in threads; REQUEST_SECONDS bounds any.
REQUEST_THREADS = 1
EXPORT_SECONDS = 300.0  # an export streams a whole table

class Pool:
    """Read-only knowledge bases, one per request in flight (a connection serves one thread at
    a time), kept for the next request."""

    def __init__(self, path: Path, size: int = 16):
        self.path = path
        self.idle: queue.LifoQueue[KnowledgeBase] = queue.LifoQueue(maxsize=size)

    def get(self) -> KnowledgeBase:
        try:
            return self.idle.get_nowait()
        except queue.Empty:
            return KnowledgeBase(self.path, readonly=True)

    def put(self, kb: KnowledgeBase) -> None:
        try:
            self.idle.put_nowait(kb)
        except queue.Full:
            kb.close()

    def close(self) -> None:
        while True:
            try:
                self.idle.get_nowait().close()
            except queue.Empty:
                return


STATS_SECONDS = 30.0


def memo(request: Request, key: str, compute: Callable[[], T], seconds: float = STATS_SECONDS) -> T:
    """`compute()`, kept for `seconds`: for what costs a scan of whole tables (the counts) and
    changes only as fast as an ingest writes."""
    kept: dict[str, tuple[float, Any]] = request.app.state.memo
    now = time.monotonic()
    found = kept.get(key)
    if found is None or now - found[0] > seconds:
        found = (now, compute())
        kept[key] = found
    return found[1]


# The dependencies are coroutines: FastAPI runs a plain function's dependency in a worker
# thread of its own, one more hop per request; these only take a connection from the pool.
async def _lease(request: Request, seconds: float) -> AsyncIterator[KnowledgeBase]:
    pool: Pool = request.app.state.pool
    kb = pool.get()
    try:
        with kb.store.deadline(seconds):
            yield kb
    finally:
        pool.put(kb)


async def knowledge_base(request: Request) -> AsyncIterator[KnowledgeBase]:
    async for kb in _lease(request, REQUEST_SECONDS):
        yield kb


async def export_knowledge_base(request: Request) -> AsyncIterator[KnowledgeBase]:
    async for kb in _lease(request, EXPORT_SECONDS):
        yield kb


KB = Annotated[KnowledgeBase, Depends(knowledge_base)]


@dataclass(frozen=True, slots=True)
class Page:
    page: int
    size: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size


async def paging(page: Annotated[int, Query(ge=1, le=MAX_OFFSET, description="1 for the first page")] = 1,
           size: Annotated[int, Query(ge=1, le=MAX_SIZE, description=f"rows per page (at most {MAX_SIZE})")] = 20,
           ) -> Page:
    found = Page(page, size)
    if found.offset > MAX_OFFSET:
        raise HTTPException(400, f"page {page} of {size} is too deep: paging stops at row {MAX_OFFSET}")
    return found


Paging = Annotated[Page, Depends(paging)]
