"""`KnowledgeBase`: the knowledge base as a small library. The CLI and the HTTP API call this.

    from diembao.kb import KnowledgeBase

    with KnowledgeBase("diembao.sqlite", create=True) as kb:
        kb.ingest(["corpus/"])
        for hit in kb.search("vo van binh", since="2021").hits:
            print(hit.article.title, hit.snippet.marked())
        for person in kb.person("Võ Văn Bình"):
            print([(o.title, o.org, o.first_seen) for o in person.offices])

One `KnowledgeBase` holds one database connection; open one per thread or process.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from diembao.readers.budget import display
from diembao.record import Article

from . import browse, queries, schema
from . import export as _export
from .filters import Filters
from .ingest import IngestOptions, IngestReport, OnWritten, add_articles, reindex
from .results import (
    ArticleRef,
    DocumentProfile,
    DocumentRow,
    EventRef,
    Holders,
    OrgProfile,
    PersonProfile,
    SearchResult,
    Stats,
    Summary,
)
from .search import QueryError, search_with_matches
from .search import search as _search
from .store import Store, StoreError

DEFAULT_PATH = "diembao.sqlite"
PAGE_COUNT_CAP = 1000
# A name, query or filter value longer than this is refused: no real one comes near it, and one of
# tens of thousands of characters makes SQLite refuse the pattern ("LIKE or GLOB pattern too complex").
MAX_QUERY_CHARS = 500


MAX_COUNT = 10_000_000


def _bounded(**values: str | int | None) -> None:
    for what, value in values.items():
        if isinstance(value, int) and not 0 <= value <= MAX_COUNT:
            raise QueryError(f"the {what} is {value}; it must be from 0 to {MAX_COUNT:,}")
        if isinstance(value, str) and len(value) > MAX_QUERY_CHARS:
            raise QueryError(f"the {what} has {len(value):,} characters; the limit is {MAX_QUERY_CHARS}")
        if isinstance(value, str) and not value.isascii() and display(value) != value:
            raise QueryError(f"the {what} is not valid Unicode (it holds a lone surrogate)")


class KnowledgeBase:
    def __init__(self, path: str | Path = DEFAULT_PATH, *, create: bool = False, readonly: bool = False):
        """`readonly`: the file is opened read-only (`diembao serve`); it must be migrated already."""
        self.store = Store(path, create=create and not readonly, readonly=readonly)
        try:
            if schema.current_version(self.store) == 0 and (self.store.tables() or not create or readonly):
                # Another program's database, or an empty file: not ours to fill with tables.
                raise StoreError(f"{self.store.path} is not a diembao knowledge base")
            if readonly:
                schema.check_readable(self.store)
            else:
                schema.migrate(self.store)
        except BaseException:
            self.store.close()
            raise

    @property
    def path(self) -> Path:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # --- writing ----------------------------------------------------------------------------

    def ingest(self, paths: Iterable[str], options: IngestOptions | None = None,
               on_written: OnWritten | None = None) -> IngestReport:
        """Read, extract and store the articles of files, directories or `-` (see `ingest.py`)."""
        from .ingest import ingest

        return ingest(self.store, paths, options or IngestOptions(), on_written)

    def add_articles(self, articles: Iterable[Article], on_written: OnWritten | None = None) -> IngestReport:
        """Store articles that are already extracted (their facts are kept as given), in order."""
        return add_articles(self.store, articles, on_written)

    def reindex(self, options: IngestOptions | None = None, on_written: OnWritten | None = None) -> IngestReport:
        """Extract every stored article again from its raw input and rebuild every fact."""
        return reindex(self.store, options or IngestOptions(), on_written)

    # --- reading ----------------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 20, offset: int = 0, since: str | None = None,
               until: str | None = None, outlet: str | None = None, place: str | None = None,
               person: str | None = None, body: str | None = None, document: str | None = None,
               include_merged: bool = False, count: bool = False, entities: bool = True) -> SearchResult:
        """Ranked articles for `query` (see `search.py` for the query language and the ranking);
        with `entities`, the persons, bodies, places and documents it names lead the answer
        (`SearchResult.entities`) and their articles rank first. `QueryError` when the query
        cannot be run."""
        filters = self._checked_filters(query, limit, offset, since=since, until=until, outlet=outlet, place=place,
                                        person=person, body=body, document=document, include_merged=include_merged)
        return _search(self.store, query, filters=filters, limit=limit, offset=offset, count=count,
                       entities=entities)

    def search_page(self, query: str, *, limit: int = 20, offset: int = 0, since: str | None = None,
                    until: str | None = None, outlet: str | None = None, place: str | None = None,
                    person: str | None = None, body: str | None = None, document: str | None = None,
                    include_merged: bool = False, count_cap: int | None = None) -> tuple[SearchResult, browse.Facets]:
        """What a page of results shows: `search(..., count=True)` without the phrase count and
        with the count stopped past PAGE_COUNT_CAP (`total_capped`: a person reads "more than
        1,000"; `search` counts them all), and `facets(...)` of the same matches, the filters
        resolved and the index read once for both."""
        filters = self._checked_filters(query, limit, offset, since=since, until=until, outlet=outlet, place=place,
                                        person=person, body=body, document=document, include_merged=include_merged)
        result, matches = search_with_matches(self.store, query, filters=filters, limit=limit, offset=offset,
                                              count=True, count_phrase=False, window=browse.FACET_WINDOW,
                                              count_cap=PAGE_COUNT_CAP if count_cap is None else count_cap)
        return result, browse.facets_of(self.store, matches)

    def _checked_filters(self, query: str, limit: int, offset: int, *, include_merged: bool,
                         **given: str | None) -> Filters:
        """A search's filters, its arguments checked first (`_bounded`)."""
        _bounded(limit=limit, offset=offset, query=query, **given)
        return queries.search_filters(self.store, include_merged=include_merged, **given)

    def person(self, name: str, *, limit: int = 20) -> list[PersonProfile]:
        """Every person of that name (several when the knowledge base keeps namesakes apart)."""
        _bounded(name=name, limit=limit)
        return [queries.person_profile(self.store, i, limit) for i in queries.find_persons(self.store, name)]

    def org(self, name: str, *, limit: int = 20) -> list[OrgProfile]:
        _bounded(name=name, limit=limit)
        return [queries.org_profile(self.store, i, limit) for i in queries.find_orgs(self.store, name)]

    def document(self, key: str, *, limit: int | None = None) -> list[DocumentProfile]:
        """Every document under that symbol, key, type and number, or name; citations by day."""
        _bounded(key=key)
        return [queries.document_profile(self.store, i, limit) for i in queries.find_documents(self.store, key)]

    def events(self, *, type: str | None = None, place: str | None = None, since: str | None = None,
               until: str | None = None, limit: int = 50, body: str | None = None, person: str | None = None,
               offset: int = 0) -> tuple[EventRef, ...]:
        return queries.list_events(self.store, type=type, place=place, since=since, until=until, limit=limit,
                                   body=body, person=person, offset=offset)

    def stats(self, *, limit: int = 5) -> Stats:
        """Counts, and the `limit` most attested outlets, persons, bodies and documents."""
        return queries.stats(self.store, schema.current_version(self.store), top=limit)

    def holders(self, title: str, body: str, *, on: str | None = None) -> Holders | None:
        """Who held `title` in `body`, in order; with `on` (YYYY, YYYY-MM, YYYY-MM-DD) who held it
        then, with predecessor and successor. None when no body has that name."""
        return queries.holders(self.store, title, body, on)

    def documents(self, *, type: str | None = None, issuer: str | None = None, place: str | None = None,
                  since: str | None = None, until: str | None = None, limit: int = 50) -> tuple[DocumentRow, ...]:
        """Cited documents, the most cited first, by type, issuer, place and citing days."""
        return queries.list_documents(self.store, type=type, issuer=issuer, place=place, since=since, until=until,
                                      limit=limit)

    def summary(self) -> Summary:
        """Counts, the person with the most attested offices, the most cited document."""
        return queries.summary(self.store, schema.current_version(self.store))

    def export(self, table: str, fmt: str = "jsonl", out: Path | None = None) -> int:
        return _export.export(self.store, table, fmt, out)

    # --- browsing by id (the HTTP API and the web UI; see `browse.py`) ----------------------

    def article(self, article_id: str) -> browse.ArticleView | None:
        return browse.article_view(self.store, article_id)

    def person_by_id(self, person_id: int, *, limit: int = 20) -> PersonProfile | None:
        return browse.person(self.store, person_id, limit)

    def org_by_id(self, org_id: int, *, limit: int = 20) -> OrgProfile | None:
        return browse.org(self.store, org_id, limit)

    def find(self, kind: str, name: str) -> list[int]:
        """Ids of the persons, organizations, places or documents a name stands for."""
        return browse.find(self.store, kind, name)

    def entity(self, kind: str, entity_id: int) -> browse.EntityRef | None:
        return browse.entity(self.store, kind, entity_id)

    def exists(self, kind: str, entity_id: int) -> bool:
        return browse.exists(self.store, kind, entity_id)

    def event_by_id(self, event_id: int) -> EventRef | None:
        return browse.event(self.store, event_id)

    def org_links(self, org_id: int) -> browse.OrgLinks:
        return browse.org_links(self.store, org_id)

    def document_by_id(self, doc_id: int, *, limit: int = 20, offset: int = 0) -> DocumentProfile | None:
        return browse.document(self.store, doc_id, limit, offset)

    def citation_counts(self, doc_id: int) -> browse.CitationCounts:
        return browse.citation_counts(self.store, doc_id)

    def entity_articles(self, kind: str, entity_id: int, *, limit: int = 20, offset: int = 0) -> tuple[ArticleRef, ...]:
        return browse.entity_articles(self.store, kind, entity_id, limit, offset)

    def entities(self, kind: str, name: str | None = None, *, limit: int = 20,
                 offset: int = 0) -> tuple[browse.EntityRef, ...]:
        """Persons, organizations, places or documents, in a stable order, paged."""
        return browse.entities(self.store, kind, name, limit=limit, offset=offset)

    def top(self, kind: str, n: int = 10) -> tuple[browse.EntityRef, ...]:
        return browse.top(self.store, kind, n)

    def facets(self, query: str, *, since: str | None = None, until: str | None = None, outlet: str | None = None,
               place: str | None = None, person: str | None = None, body: str | None = None,
               document: str | None = None, include_merged: bool = False) -> browse.Facets:
        """What the matches of `search(query, ...)` have in common: outlets, places, years, bodies,
        persons, documents and document types, with counts."""
        filters = queries.search_filters(self.store, since=since, until=until, outlet=outlet, place=place,
                                         person=person, body=body, document=document,
                                         include_merged=include_merged)
        return browse.facets(self.store, query, filters)

    # --- integrity --------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {t: int(self.store.value(f"SELECT count(*) FROM {t}", default=0)) for t in _content_tables(self.store)}

    def checksum(self) -> str:
        """A digest of the knowledge itself: every row of every table but the run log, and the
        words of the full-text index. Two databases with equal checksums hold the same knowledge."""
        digest = hashlib.sha256()
        for table in _content_tables(self.store):
            n = len(self.store.execute(f"SELECT * FROM {table} LIMIT 0").description)
            order = ", ".join(str(i) for i in range(1, n + 1))
            digest.update(f"\x00{table}\x00".encode())
            for row in self.store.execute(f"SELECT * FROM {table} ORDER BY {order}"):
                digest.update(repr(row).encode())
        self.store.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_words "
                           "USING fts5vocab(main, articles_fts, 'instance')")
        for row in self.store.execute("SELECT term, doc, col, offset FROM temp.fts_words"):
            digest.update(repr(row).encode())
        return digest.hexdigest()


def _content_tables(store: Store) -> list[str]:
    return sorted(r[0] for r in store.all(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'articles_fts%' AND name != 'runs'"))
