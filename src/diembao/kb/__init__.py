"""The knowledge base: articles and the facts extracted from them, resolved across articles,
searchable and queryable, in one SQLite file (see `api.KnowledgeBase`).

Modules, one job each: `schema` (migrations), `store` (connection, transactions, the dialect's
full-text index), `analysis` (the searchable forms of text), `keys` (canonical keys), `prepare`
(the workers' half of an ingest), `ingest` (pool, writer loop, resume), `writer` (one article in),
`resolve` (cross-article entities and the evidence of each merge), `search`, `queries`,
`export`, `results` (what queries return), `api`, `cli`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import KnowledgeBase
    from .ingest import IngestOptions, IngestReport
    from .search import QueryError
    from .store import StoreError

__all__ = ["IngestOptions", "IngestReport", "KnowledgeBase", "QueryError", "StoreError"]

_WHERE = {"KnowledgeBase": "api", "IngestOptions": "ingest", "IngestReport": "ingest",
          "QueryError": "search", "StoreError": "store"}


def __getattr__(name: str) -> Any:
    # Imported on first use, so `diembao --help` does not load the knowledge base.
    if name in _WHERE:
        from importlib import import_module

        return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(name)
