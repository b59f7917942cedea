"""`diembao serve`: the knowledge base over HTTP (see `diembao.serve`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer


def serve(
    db: Annotated[Path, typer.Option("--db", envvar="DIEMBAO_DB",
                                     help="The knowledge base file (default: diembao.sqlite here; env DIEMBAO_DB).")]
    = Path("diembao.sqlite"),
    host: Annotated[str, typer.Option("--host", help="The address to listen on; 0.0.0.0 opens it to the network.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="The port to listen on.")] = 8080,
) -> None:
    """Serve the knowledge base read-only: a web UI at / and a JSON API at /api/v1/."""
    import uvicorn

    from diembao.kb.store import StoreError

    from .app import create_app

    try:
        app = create_app(db)
    except StoreError as err:
        print(f"diembao: {err}", file=sys.stderr)
        raise typer.Exit(1) from None
    print(f"diembao: serving {db} at http://{host}:{port}/ (API: /api/v1/, read-only)", file=sys.stderr, flush=True)
    # At most 64 requests in flight (503 beyond): a burst queues no deeper than that.
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=5, limit_concurrency=64)
