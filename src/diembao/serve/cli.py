"""`diembao serve`: the knowledge base over HTTP (see `diembao.serve`)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer


def default_workers() -> int:
    """One process per core this process may run on, at most 4: the requests are CPU-bound
    Python (one core per process behind the GIL), and SQLite reads scale across processes."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 4))


def serve(
    db: Annotated[Path, typer.Option("--db", envvar="DIEMBAO_DB",
                                     help="The knowledge base file (default: diembao.sqlite here; env DIEMBAO_DB).")]
    = Path("diembao.sqlite"),
    host: Annotated[str, typer.Option("--host", help="The address to listen on; 0.0.0.0 opens it to the network.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="The port to listen on.")] = 8080,
    workers: Annotated[int | None, typer.Option(
        "--workers", min=1, max=64,
        help="Processes serving requests, each with its own read-only connections "
             "(default: one per core, at most 4).")] = None,
) -> None:
    """Serve the knowledge base read-only: a web UI at / and a JSON API at /api/v1/."""
    import uvicorn

    from diembao.kb.store import StoreError

    from .app import DB_VARIABLE, create_app

    n = workers or default_workers()
    try:
        app = create_app(db)  # fails now, in this process, with one line, not in each worker
    except StoreError as err:
        print(f"diembao: {err}", file=sys.stderr)
        raise typer.Exit(1) from None
    print(f"diembao: serving {db} at http://{host}:{port}/ (API: /api/v1/, read-only, "
          f"{n} process{'es' if n > 1 else ''})", file=sys.stderr, flush=True)
    # At most 64 requests in flight per process (503 beyond): a burst queues no deeper than that.
    options = {"host": host, "port": port, "log_level": "warning", "timeout_graceful_shutdown": 5,
               "limit_concurrency": 64}
    if n == 1:
        uvicorn.run(app, **options)  # type: ignore[arg-type]
        return
    os.environ[DB_VARIABLE] = str(db.resolve())
    uvicorn.run("diembao.serve.app:from_environment", factory=True, workers=n, **options)  # type: ignore[arg-type]
