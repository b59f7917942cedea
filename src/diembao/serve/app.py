"""The app factory and what the API and the pages share: read-only connections, paging limits,
a time bound per request, JSON (or HTML) errors, and the security headers."""

from __future__ import annotations

import logging
import queue
import sqlite3
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, TypeVar

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from diembao.kb import KnowledgeBase
from diembao.kb.export import ExportError
from diembao.kb.search import QueryError
from diembao.kb.store import StoreError

log = logging.getLogger("diembao.serve")
T = TypeVar("T")
HERE = Path(__file__).resolve().parent

MAX_SIZE = 100  # rows in one page of any list
MAX_OFFSET = 10_000  # how deep paging may go
REQUEST_SECONDS = 10.0  # a statement still running past this is interrupted (503)
EXPORT_SECONDS = 300.0  # an export streams a whole table

# No script anywhere, no inline style, nothing from elsewhere; inline SVG is markup, not script.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


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


class SecurityHeaders:
    """The security headers on every answer (plain ASGI: no task or stream per request)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).update(SECURITY_HEADERS)
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(db_path: str | Path) -> FastAPI:
    """The app over one knowledge base file, opened read-only (`StoreError` if it cannot be)."""
    from . import api, pages

    path = Path(db_path)
    KnowledgeBase(path, readonly=True).close()  # fail now, not at the first request
    pool = Pool(path)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(title="diembao", version="1", summary="The diembao knowledge base, read-only.",
                  openapi_url="/api/v1/openapi.json", docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.pool = pool
    app.state.memo = {}
    app.include_router(api.router, prefix="/api/v1")
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    app.add_middleware(SecurityHeaders)
    _errors(app)
    return app


def _errors(app: FastAPI) -> None:
    def error(request: Request, status: int, message: str) -> Response:
        # The headers are set here too: a 500 is answered outside the middleware.
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": {"status": status, "message": message}}, status_code=status,
                                headers=SECURITY_HEADERS)
        from .pages import error_page

        response = error_page(request, status, message)
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "path"))
        return error(request, 400, f"{where or 'request'}: {first.get('msg', 'not valid')}")

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError) -> Response:
        return error(request, 400, f"bad query: {exc}")

    @app.exception_handler(ExportError)
    async def bad_export(request: Request, exc: ExportError) -> Response:
        return error(request, 404, str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        log.error("knowledge base: %s", exc)
        return error(request, 503, "the knowledge base cannot be read now")

    @app.exception_handler(sqlite3.OperationalError)
    async def database_error(request: Request, exc: sqlite3.OperationalError) -> Response:
        if "interrupted" in str(exc):
            return error(request, 503, "the request took too long and was stopped")
        log.exception("database error on %s", request.url.path)
        return error(request, 503, "the knowledge base cannot be read now")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path, exc_info=exc)
        return error(request, 500, "internal error (logged)")
