"""Browsing by id, for the HTTP API and the web UI: an article with its entity mentions, entity
lists in pages, the parts of a body, a document's citations counted by month and province, the
facets of a search. Profiles themselves come from `queries`; this module adds only what a page
that links entity to entity needs and the CLI does not.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from diembao.text import join_segments

from . import keys, queries
from .codec import unpack
from .results import ArticleRef, Count, DocumentProfile, EventRef, OrgProfile, PersonProfile, _Plain
from .search import Filters, matches
from .store import Store

# Facets are counted over at most this many matches, the most recently stored (a fifth of what
# search ranks, `search.RANK_WINDOW`), so that a page's facets cost less than its hits.
FACET_WINDOW = 200
KINDS = ("person", "organization", "place", "document", "event")


@dataclass(frozen=True, slots=True)
class EntityRef(_Plain):
    kind: str
    id: int
    name: str
    detail: str | None = None  # a person's scope, a place's kind, a document's type
    n_articles: int | None = None


@dataclass(frozen=True, slots=True)
class EntityMention(_Plain):
    kind: str
    entity_id: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ArticleView(_Plain):
    article: ArticleRef
    text: str  # `Article.text`: every offset points into it
    record: dict[str, Any]  # the extracted record (the `diembao extract` shape)
    mentions: tuple[EntityMention, ...]  # resolved: each names the entity it was linked to


@dataclass(frozen=True, slots=True)
class FacetCount(_Plain):
    name: str
    count: int
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Facets(_Plain):
    considered: int  # the matches counted (at most FACET_WINDOW)
    outlets: tuple[FacetCount, ...]
    places: tuple[FacetCount, ...]
    years: tuple[FacetCount, ...]
    bodies: tuple[FacetCount, ...]
    persons: tuple[FacetCount, ...]
    documents: tuple[FacetCount, ...]
    document_types: tuple[FacetCount, ...]


@dataclass(frozen=True, slots=True)
class OrgLinks(_Plain):
    parent: EntityRef | None
    parts: tuple[EntityRef, ...]


@dataclass(frozen=True, slots=True)
class CitationCounts(_Plain):
    by_month: tuple[Count, ...]  # YYYY-MM, in order
    by_place: tuple[Count, ...]  # the article's province, most citations first


def article_view(store: Store, article_id: str) -> ArticleView | None:
    row = store.one("SELECT a.aid, a.id, a.title, a.day, a.outlet, pl.name, a.url, a.record FROM articles AS a "
                    "LEFT JOIN places AS pl ON pl.id = a.place_id WHERE a.id = ?", (article_id,))
    if row is None:
        return None
    record = json.loads(unpack(row[7]))
    text = join_segments(record.get("title") or "", record.get("lead") or "", record.get("body") or (),
                         record.get("captions") or ())
    mentions = tuple(EntityMention(*r) for r in store.all(
        "SELECT kind, entity_id, start, \"end\", text FROM mentions WHERE aid = ? ORDER BY start, \"end\" DESC, kind",
        (row[0],)))
    return ArticleView(ArticleRef(row[1], row[2], row[3], row[4], row[5], row[6]), text, record, mentions)


def person(store: Store, person_id: int, limit: int) -> PersonProfile | None:
    if not exists(store, "person", person_id):
        return None
    return queries.person_profile(store, person_id, limit)


def org(store: Store, org_id: int, limit: int) -> OrgProfile | None:
    if not exists(store, "organization", org_id):
        return None
    return queries.org_profile(store, org_id, limit)


def document(store: Store, doc_id: int, limit: int, offset: int = 0) -> DocumentProfile | None:
    if not exists(store, "document", doc_id):
        return None
    return queries.document_profile(store, doc_id, limit, offset)


def find(store: Store, kind: str, name: str) -> list[int]:
    """The ids a name stands for, as the CLI's lookups find them (best attested first)."""
    finder = {"person": queries.find_persons, "organization": queries.find_orgs,
              "place": queries.find_places, "document": queries.find_documents}[kind]
    return finder(store, name)


_TABLES = {"person": "persons", "organization": "organizations", "place": "places", "document": "documents",
           "event": "events"}


def entity(store: Store, kind: str, entity_id: int) -> EntityRef | None:
    """A person, body or place by id, with its article count."""
    table, detail = _LISTS[kind]
    row = store.one(f"SELECT t.id, t.name, {detail}, (SELECT count(*) FROM resolutions AS r WHERE r.kind = ? AND "
                    f"r.entity_id = t.id) FROM {table} AS t WHERE t.id = ?", (kind, entity_id))
    return EntityRef(kind, *row) if row else None


def exists(store: Store, kind: str, entity_id: int) -> bool:
    return store.one(f"SELECT 1 FROM {_TABLES[kind]} WHERE id = ?", (entity_id,)) is not None


def event(store: Store, event_id: int) -> EventRef | None:
    found = queries.event_refs(store, [event_id])
    return found[0] if found else None


def entity_articles(store: Store, kind: str, entity_id: int, limit: int, offset: int = 0) -> tuple[ArticleRef, ...]:
    """The articles linked to an entity, newest first."""
    return queries._latest_articles(store, kind, entity_id, limit, offset)


def org_links(store: Store, org_id: int) -> OrgLinks:
    parent = store.one("SELECT p.id, p.name FROM organizations AS o JOIN organizations AS p ON p.id = o.parent_id "
                       "WHERE o.id = ?", (org_id,))
    parts = tuple(EntityRef("organization", r[0], r[1]) for r in store.all(
        "SELECT id, name FROM organizations WHERE parent_id = ? ORDER BY name, id", (org_id,)))
    return OrgLinks(EntityRef("organization", parent[0], parent[1]) if parent else None, parts)


_LISTS = {
    "person": ("persons", "t.scope"),
    "organization": ("organizations", "NULL"),
    "place": ("places", "t.kind"),
}


def entities(store: Store, kind: str, name: str | None = None, *, limit: int = 20, offset: int = 0) -> tuple[
        EntityRef, ...]:
    """Persons, bodies or places in id order (stable across pages), those whose name contains
    `name` (marks or none, as the lookups take them) when given; documents as `find_documents`
    finds them."""
    if kind == "document":
        return documents(store, name, limit=limit, offset=offset)
    table, detail = _LISTS[kind]
    where, params = "", []
    if name and name.strip():
        where, params = "WHERE t.loose_key LIKE ? ESCAPE '\\'", [queries._contains(keys.loose_key(name))]
    rows = store.all(
        f"SELECT t.id, t.name, {detail}, (SELECT count(*) FROM resolutions AS r WHERE r.kind = ? AND "
        f"r.entity_id = t.id) FROM {table} AS t {where} ORDER BY t.id LIMIT ? OFFSET ?",
        (kind, *params, limit, offset))
    return tuple(EntityRef(kind, *r) for r in rows)


def documents(store: Store, text: str | None, *, limit: int = 20, offset: int = 0) -> tuple[EntityRef, ...]:
    if text and text.strip():
        found = queries.find_documents(store, text, limit=offset + limit)[offset:]
    else:
        found = [r[0] for r in store.all("SELECT id FROM documents ORDER BY id LIMIT ? OFFSET ?", (limit, offset))]
    return tuple(EntityRef("document", *r) for r in _by_ids(store, (
        f"SELECT d.id, {queries.DOCUMENT_LABEL}, d.type, (SELECT count(*) FROM citations AS c "
        "WHERE c.document_id = d.id) FROM documents AS d WHERE d.id IN ({})"), found))


def _by_ids(store: Store, sql: str, ids: Sequence[int]) -> list[tuple[Any, ...]]:
    rows = {r[0]: r for r in store.all(sql.format(queries._in(ids)), tuple(ids))} if ids else {}
    return [rows[i] for i in ids if i in rows]


def top(store: Store, kind: str, n: int = 10) -> tuple[EntityRef, ...]:
    """The entities of `kind` attested by the most articles."""
    table, detail = _LISTS[kind]
    return tuple(EntityRef(kind, *r) for r in store.all(
        f"SELECT t.id, t.name, {detail}, c.n FROM (SELECT entity_id, count(*) AS n FROM resolutions WHERE kind = ? "
        f"GROUP BY entity_id ORDER BY n DESC, entity_id LIMIT ?) AS c JOIN {table} AS t ON t.id = c.entity_id "
        "ORDER BY c.n DESC, t.id", (kind, n)))


def citation_counts(store: Store, doc_id: int) -> CitationCounts:
    by_month = tuple(Count(r[0], r[1]) for r in store.all(
        "SELECT substr(a.day, 1, 7) AS m, count(*) FROM citations AS c JOIN articles AS a ON a.aid = c.aid "
        "WHERE c.document_id = ? AND a.day IS NOT NULL GROUP BY m ORDER BY m", (doc_id,)))
    by_place = tuple(Count(r[0] or "?", r[1]) for r in store.all(
        "SELECT pl.name, count(*) FROM citations AS c JOIN articles AS a ON a.aid = c.aid "
        "LEFT JOIN places AS pl ON pl.id = a.place_id WHERE c.document_id = ? GROUP BY pl.name "
        "ORDER BY count(*) DESC, pl.name", (doc_id,)))
    return CitationCounts(by_month, by_place)


def facets(store: Store, text: str, filters: Filters, top_n: int = 8) -> Facets:
    """What the matches of a search have in common, counted over the FACET_WINDOW most recently
    stored matches (the newest of those search ranks)."""
    return facets_of(store, matches(store, text, filters=filters, window=FACET_WINDOW), top_n)


def facets_of(store: Store, aids: Sequence[int], top_n: int = 8) -> Facets:
    """The facets of these matches (`search.matches`, or what `search_with_matches` read)."""
    if not aids:
        return Facets(0, (), (), (), (), (), (), ())
    ids = json.dumps(list(aids))
    within = "aid IN (SELECT value FROM json_each(?))"
    # Each article's row is read once for its outlet, year and place (the columns sit behind
    # the stored texts, so a row costs more than an index entry), and counted here.
    rows = store.all(f"SELECT outlet, day, place_id FROM articles WHERE {within}", (ids,))
    outlets: Counter[str] = Counter(outlet for outlet, _day, _place in rows if outlet)
    years: Counter[str] = Counter(day[:4] for _outlet, day, _place in rows if day)
    places: Counter[int] = Counter(place for _outlet, _day, place in rows if place is not None)
    place_names = dict(store.all(f"SELECT id, name FROM places WHERE id IN ({queries._in(list(places))})",
                                 tuple(places))) if places else {}

    def top(counts: Counter[Any], name: Any = None) -> tuple[FacetCount, ...]:
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top_n]
        return tuple(FacetCount(name(k) if name else k, n, k if name else None) for k, n in ranked)

    def linked(kind: str, table: str, label: str = "t.name") -> tuple[FacetCount, ...]:
        # `+kind`: look the matches' rows up by article (resolutions_aid), not every row of the kind.
        # One query per kind, each ranked and cut by the engine: one pass for the three kinds
        # hands Python every linked entity (hundreds), which cost more.
        return tuple(FacetCount(r[0], r[1], r[2]) for r in store.all(
            f"SELECT {label}, c.n, t.id FROM (SELECT entity_id, count(*) AS n FROM resolutions "
            f"WHERE +kind = '{kind}' AND {within} GROUP BY entity_id ORDER BY n DESC, entity_id LIMIT ?) "
            f"AS c JOIN {table} AS t ON t.id = c.entity_id ORDER BY c.n DESC, t.id", (ids, top_n)))

    types = tuple(FacetCount(r[0], r[1]) for r in store.all(
        f"SELECT d.type, count(DISTINCT c.aid) FROM citations AS c JOIN documents AS d ON d.id = c.document_id "
        f"WHERE c.{within} GROUP BY d.type ORDER BY count(DISTINCT c.aid) DESC, d.type LIMIT ?", (ids, top_n)))
    return Facets(
        len(aids), top(outlets), top(places, lambda k: place_names.get(k, "?")),
        tuple(FacetCount(y, years[y]) for y in sorted(years, reverse=True)[:top_n]),  # the latest years
        linked("organization", "organizations"), linked("person", "persons"),
        linked("document", "documents", queries.DOCUMENT_LABEL.replace("d.", "t.")), types)
