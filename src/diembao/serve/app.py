"""The app factory: it mounts the API and the pages and answers errors as JSON (or HTML), with
the security headers on every answer."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI, Request
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

from . import api, pages
from .deps import HERE, REQUEST_THREADS, Pool, log

# No script anywhere, no inline style, nothing from elsewhere; inline SVG is markup, not script.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


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
    path = Path(db_path)
    KnowledgeBase(path, readonly=True).close()  # fail now, not at the first request
    pool = Pool(path)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = REQUEST_THREADS
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


# The worker processes find the file here (uvicorn starts each from an import string).
DB_VARIABLE = "DIEMBAO_SERVE_DB"


def from_environment() -> FastAPI:
    """The app over the file `diembao serve` names in the environment: what each of its worker
    processes builds (see `cli.py`)."""
    return create_app(os.environ[DB_VARIABLE])


def _errors(app: FastAPI) -> None:
    def error(request: Request, status: int, message: str) -> Response:
        # The headers are set here too: a 500 is answered outside the middleware.
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": {"status": status, "message": message}}, status_code=status,
                                headers=SECURITY_HEADERS)
        response = pages.error_page(request, status, message)
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
