"""What a query is checked against before it runs: its filters, and the error a query that
cannot be run raises. Apart from `search`, so that the queries that build filters and the search
that reads them import it and not each other."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Filters", "QueryError"]


class QueryError(ValueError):
    """A query that cannot be run; the message says why, in one line."""


@dataclass(frozen=True, slots=True)
class Filters:
    """Conditions on the article's facets, as full-text conditions (see `facets.py`), all of
    which must hold; built by `queries.search_filters`."""

    conditions: tuple[str, ...] = ()
    empty: bool = False  # a filter named something the knowledge base does not hold
