"""`diembao serve`: the knowledge base over HTTP, read-only. `create_app(db_path)` builds the
FastAPI app: the JSON API under `/api/v1/` (`api.py`), the server-rendered pages (`pages.py`,
Jinja2 templates in `templates/`, one stylesheet in `static/`, no script), and what both share
(`app.py`: the pool of read-only connections, paging, errors, security headers)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # Imported on first use, so that `diembao --help` does not load FastAPI.
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(name)
