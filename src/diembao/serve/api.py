"""The JSON API under `/api/v1/`: each endpoint calls one or two `KnowledgeBase` methods and
returns their results' `to_dict()` (the shape of the CLI's `--json`). Lists are paged (`page`,
`size`) in a stable order; errors are `{"error": {"status", "message"}}`."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from diembao.kb import KnowledgeBase
from diembao.kb.export import EXPORTS, FORMATS

from .app import KB, Page, Paging, export_knowledge_base, memo

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "A malformed query, filter or page"},
    404: {"description": "No such entity or table"},
}
router = APIRouter(responses=ERRORS)

Text = Annotated[str | None, Query(max_length=200)]
Since = Annotated[str | None, Query(max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD")]
Id = Annotated[int, PathParam(ge=1, le=2**62)]
MEDIA = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8", "parquet": "application/vnd.apache.parquet"}


def _listed(page: Page, items: Any, **extra: Any) -> dict[str, Any]:
    return {"page": page.page, "size": page.size, **extra, "items": [i.to_dict() for i in items]}


def _found(value: Any, what: str, key: object) -> Any:
    if value is None:
        raise HTTPException(404, f"no {what} {key}")
    return value


def _articles(kb: KnowledgeBase, kind: str, entity_id: int, what: str, page: Page) -> dict[str, Any]:
    if not kb.exists(kind, entity_id):
        raise HTTPException(404, f"no {what} {entity_id}")
    return _listed(page, kb.entity_articles(kind, entity_id, limit=page.size, offset=page.offset))


class SearchFilters:
    def __init__(self, values: dict[str, Any]):
        self.values = values


async def search_filters(
        since: Since = None, until: Since = None, outlet: Text = None, place: Text = None, person: Text = None,
        body: Text = None, document: Text = None,
        merged: Annotated[bool, Query(description="a post-2025 province also finds its former ones")] = False,
) -> SearchFilters:
    """The search's filters, as the API and the search page take them."""
    return SearchFilters({"since": since, "until": until, "outlet": outlet, "place": place, "person": person,
                          "body": body, "document": document, "include_merged": merged})


Filters = Annotated[SearchFilters, Depends(search_filters)]
Q = Annotated[str, Query(min_length=1, max_length=1000, description="the search words (see the README)")]


@router.get("/search", summary="Ranked articles for a query, with snippets")
def search(kb: KB, q: Q, filters: Filters, page: Paging) -> dict[str, Any]:
    result = kb.search(q, limit=page.size, offset=page.offset, count=True, **filters.values)
    return {"page": page.page, "size": page.size, **result.to_dict()}


@router.get("/search/facets", summary="Outlets, places, years, bodies, persons and documents of a query's matches")
def search_facets(kb: KB, q: Q, filters: Filters) -> dict[str, Any]:
    return kb.facets(q, **filters.values).to_dict()


@router.get("/articles/{article_id:path}", summary="An article: its record (facts, offsets) and resolved mentions")
def article(kb: KB, article_id: Annotated[str, PathParam(max_length=300)]) -> dict[str, Any]:
    return _found(kb.article(article_id), "article", repr(article_id)).to_dict()


@router.get("/persons", summary="Persons in id order, or those whose name contains `name`")
def persons(kb: KB, page: Paging, name: Text = None) -> dict[str, Any]:
    return _listed(page, kb.entities("person", name, limit=page.size, offset=page.offset))


@router.get("/persons/{person_id}", summary="A person: offices timeline, events chaired, latest articles, merges")
def person(kb: KB, person_id: Id) -> dict[str, Any]:
    return _found(kb.person_by_id(person_id), "person", person_id).to_dict()


@router.get("/persons/{person_id}/articles", summary="A person's articles, newest first")
def person_articles(kb: KB, person_id: Id, page: Paging) -> dict[str, Any]:
    return _articles(kb, "person", person_id, "person", page)


@router.get("/bodies", summary="Bodies (organizations) in id order, or those whose name contains `name`")
def bodies(kb: KB, page: Paging, name: Text = None) -> dict[str, Any]:
    return _listed(page, kb.entities("organization", name, limit=page.size, offset=page.offset))


@router.get("/bodies/{body_id}", summary="A body: parent, parts, office holders over time, events organised")
def body(kb: KB, body_id: Id) -> dict[str, Any]:
    profile = _found(kb.org_by_id(body_id), "body", body_id)
    return {**profile.to_dict(), **kb.org_links(body_id).to_dict()}


@router.get("/bodies/{body_id}/articles", summary="A body's articles, newest first")
def body_articles(kb: KB, body_id: Id, page: Paging) -> dict[str, Any]:
    return _articles(kb, "organization", body_id, "body", page)


@router.get("/documents", summary="Documents in id order, or those a symbol, type and number, or name finds")
def documents(kb: KB, page: Paging, q: Text = None) -> dict[str, Any]:
    return _listed(page, kb.entities("document", q, limit=page.size, offset=page.offset))


@router.get("/documents/{document_id}", summary="A document: citations (first page) counted by month and province, "
                                                "events that concerned it")
def document(kb: KB, document_id: Id, page: Paging) -> dict[str, Any]:
    profile = _found(kb.document_by_id(document_id, limit=page.size, offset=page.offset), "document", document_id)
    return {**profile.to_dict(), "page": page.page, "size": page.size,
            **kb.citation_counts(document_id).to_dict()}


@router.get("/events", summary="Events, newest first, filtered by type, place, body, person and dates")
def events(kb: KB, page: Paging, type: Text = None, place: Text = None, body: Text = None, person: Text = None,
           since: Since = None, until: Since = None) -> dict[str, Any]:
    found = kb.events(type=type, place=place, body=body, person=person, since=since, until=until,
                      limit=page.size, offset=page.offset)
    return _listed(page, found)


@router.get("/events/{event_id}", summary="An event: organizer, chairs, documents, source articles")
def event(kb: KB, event_id: Id) -> dict[str, Any]:
    return _found(kb.event_by_id(event_id), "event", event_id).to_dict()


@router.get("/places", summary="Places in id order, or those whose name contains `name`")
def places(kb: KB, page: Paging, name: Text = None) -> dict[str, Any]:
    return _listed(page, kb.entities("place", name, limit=page.size, offset=page.offset))


@router.get("/places/{place_id}/articles", summary="A place's articles, newest first")
def place_articles(kb: KB, place_id: Id, page: Paging) -> dict[str, Any]:
    return _articles(kb, "place", place_id, "place", page)


@router.get("/stats", summary="What the knowledge base holds")
def stats(request: Request, kb: KB) -> dict[str, Any]:
    return memo(request, "stats", kb.stats).to_dict()


@router.get("/exports", summary="The tables `diembao export` writes, and the formats")
def exports() -> dict[str, Any]:
    return {"formats": list(FORMATS),
            "tables": [{"name": e.name, "description": e.description, "columns": [c for c, _ in e.columns]}
                       for e in EXPORTS.values()]}


@router.get("/exports/{table}", summary="Download a table as JSONL, CSV or Parquet",
            response_class=FileResponse, responses={200: {"content": {m.split(";")[0]: {} for m in MEDIA.values()}}})
def export(table: Annotated[str, PathParam(max_length=64)],
           kb: Annotated[KnowledgeBase, Depends(export_knowledge_base)],
           format: Annotated[Literal["jsonl", "csv", "parquet"], Query()] = "csv") -> FileResponse:
    if table not in EXPORTS:
        raise HTTPException(404, f"no table {table!r} to export; choose one of: {', '.join(EXPORTS)}")
    folder = Path(tempfile.mkdtemp(prefix="diembao-export-"))
    out = folder / f"{table}.{format}"
    try:
        kb.export(table, format, out)
    except BaseException:
        _remove(folder)
        raise
    return FileResponse(out, media_type=MEDIA[format], filename=out.name, background=BackgroundTask(_remove, folder))


def _remove(folder: Path) -> None:
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()
