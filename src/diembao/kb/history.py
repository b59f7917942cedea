"""What the knowledge base has seen of one person so far: the provinces its articles were placed
in, how many articles name it, the years they were published in.

Person resolution reads these for a candidate only when a rule needs them (`people.judge`), each
by one indexed query on the person's own links (`resolutions`' key starts with kind and entity),
never by a scan: ingest speed does not depend on how many persons the knowledge base holds.
They read what is written, in input order, so they too are a function of the article sequence.
"""

from __future__ import annotations

from collections.abc import Callable

from .store import Store


def article_places(store: Store, person_id: int, root: Callable[[int], int]) -> frozenset[int]:
    """The provinces (`root`: a historic one mapped to the one that holds it now) of its articles."""
    return frozenset(root(r[0]) for r in store.all(
        "SELECT DISTINCT a.place_id FROM resolutions AS r JOIN articles AS a ON a.aid = r.aid "
        "WHERE r.kind = 'person' AND r.entity_id = ? AND a.place_id IS NOT NULL", (person_id,)))


def n_articles(store: Store, person_id: int) -> int:
    return int(store.value("SELECT count(*) FROM resolutions WHERE kind = 'person' AND entity_id = ?",
                           (person_id,), 0))


def n_named(store: Store, person_id: int) -> int:
    """Its articles that name it other than by a short form."""
    return int(store.value("SELECT count(*) FROM resolutions WHERE kind = 'person' AND entity_id = ? "
                           "AND rule NOT LIKE 'short-form%'", (person_id,), 0))


def years(store: Store, person_id: int) -> tuple[int, int] | None:
    """The first and last year of its dated articles (published, or dated from their text or
    offices); None when none is dated."""
    first, last = store.one(
        "SELECT min(a.day), max(a.day) FROM resolutions AS r JOIN articles AS a ON a.aid = r.aid "
        "WHERE r.kind = 'person' AND r.entity_id = ? AND a.day IS NOT NULL", (person_id,)) or (None, None)
    return (int(first[:4]), int(last[:4])) if first and last else None


def year_of(day: str | None) -> int | None:
    return int(day[:4]) if day and day[:4].isdigit() else None
