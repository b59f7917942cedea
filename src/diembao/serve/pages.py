"""The server-rendered pages: Vietnamese by default, English with `?lang=en` (kept in a cookie).
Each route asks the `KnowledgeBase` and hands plain values to a template (`render.py` cuts and
measures); Jinja2 escapes every string."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from diembao.kb.export import EXPORTS, FORMATS
from diembao.lexicon import serve as lexicon_serve

from . import render
from .api import Filters, Id, Text
from .deps import HERE, KB, Paging, memo

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)
templates = Jinja2Templates(env=Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                                            trim_blocks=True, lstrip_blocks=True))


def marked(segments: list[render.Segment]) -> Markup:
    """A title or snippet with its matched words in `<mark>`: every segment escaped on its own
    (a filter, not a macro: a page of hits has a thousand segments)."""
    return Markup("".join(f"<mark>{escape(s.text)}</mark>" if s.kind else str(escape(s.text)) for s in segments))


templates.env.filters["marked"] = marked
LANGS = ("vi", "en")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
KIND_OF_FILTER = {"outlets": "outlet", "places": "place", "bodies": "body", "persons": "person",
                  "documents": "document"}


messages = lexicon_serve.messages


def language(request: Request) -> str:
    asked = request.query_params.get("lang")
    if asked in LANGS:
        return asked
    kept = request.cookies.get("lang")
    return kept if kept in LANGS else "vi"


def url_with(request: Request, **changes: str | None) -> str:
    """This page's URL with some parameters set (None: removed) and paging back to the first page."""
    return _UrlWith(request)(**changes)


class _UrlWith:
    """`url_with` for one request: a page of results links every facet value, so the page's own
    parameters are encoded once and each link encodes only what it changes (same URLs)."""

    def __init__(self, request: Request):
        self.path = request.url.path
        self.params = {k: v for k, v in request.query_params.items() if k not in ("page", "lang")}
        self.encoded = {k: urlencode({k: v}) for k, v in self.params.items()}

    def __call__(self, **changes: str | None) -> str:
        parts = [self.encoded[k] if k not in changes else urlencode({k: changes[k]}) for k in self.params
                 if changes.get(k, "") is not None]
        parts += [urlencode({k: v}) for k, v in changes.items() if k not in self.params and v is not None]
        return self.path + ("?" + "&".join(parts) if parts else "")


def page(request: Request, template: str, status: int = 200, **context: Any) -> Response:
    lang = language(request)
    words = messages()

    def t(key: str) -> str:
        return words[key][lang]

    other = "en" if lang == "vi" else "vi"
    query = {k: v for k, v in request.query_params.items() if k != "lang"}
    switch = request.url.path + "?" + urlencode({**query, "lang": other})
    response = templates.TemplateResponse(request, template, {
        "t": t, "lang": lang, "switch": switch, "other_lang": other, "url_with": (links := _UrlWith(request)),
        "page_url": lambda n: links(page=str(n)) if n > 1 else links(), **context},
        status_code=status)
    if request.query_params.get("lang") in LANGS:
        response.set_cookie("lang", lang, max_age=365 * 86400, samesite="lax", httponly=True)
    return response


def error_page(request: Request, status: int, message: str) -> Response:
    return page(request, "error.html", status, code=status, message=message)


@router.get("/")
def home(request: Request, kb: KB) -> Response:
    return page(request, "home.html", stats=memo(request, "stats", kb.stats),
                persons=memo(request, "top persons", lambda: kb.top("person", 10)),
                bodies=memo(request, "top bodies", lambda: kb.top("organization", 10)), events=kb.events(limit=10))


@router.get("/search")
def search(request: Request, kb: KB, filters: Filters, paging: Paging,
           q: Annotated[str, Query(max_length=1000)] = "") -> Response:
    if not q.strip():
        return page(request, "search.html", q=q, result=None, facets=None, active=[], paging=paging)
    result, facets = kb.search_page(q, limit=paging.size, offset=paging.offset, **filters.values)
    active = [(k, v) for k, v in filters.values.items() if v and k != "include_merged"]
    hits = [(h, render.marked(h.article.title, h.title_highlights), render.marked(h.snippet.text, h.snippet.highlights))
            for h in result.hits]
    return page(request, "search.html", q=q, result=result, hits=hits, facets=facets, active=active,
                paging=paging, filter_of=KIND_OF_FILTER)


@router.get("/article/{article_id:path}")
def article(request: Request, kb: KB, article_id: Annotated[str, PathParam(max_length=300)]) -> Response:
    view = kb.article(article_id)
    if view is None:
        raise HTTPException(404, f"no article {article_id!r}")
    facts = _facts(view)
    anchors = [start for f in facts for start, _ in f["evidence"]]
    return page(request, "article.html", view=view, segments=render.segments(view.text, view.mentions, anchors),
                facts=facts, kinds=render.PRIORITY)


def _facts(view: Any) -> list[dict[str, Any]]:
    """The record's facts, each with the entity page it was resolved to and its evidence offsets."""
    linked = {(m.kind, m.start): m.entity_id for m in view.mentions}
    record = view.record

    def fact(kind: str, name: str, mentions: list[dict[str, Any]], detail: str = "", sub: Any = ()) -> dict[str, Any]:
        spans = [(m["start"], m["end"]) for m in mentions if m.get("start") is not None]
        entity = next((linked[(kind, s)] for s, _ in spans if (kind, s) in linked), None)
        return {"kind": kind, "name": name, "detail": detail, "evidence": spans[:3], "sub": list(sub),
                "href": render.entity_href(kind, entity) if entity else None}

    out = []
    for p in record.get("persons") or ():
        positions = [fact("organization", f"{pos['title']}" + (f" · {pos['org']}" if pos.get("org") else ""),
                          pos.get("mentions") or []) for pos in p.get("positions") or ()]
        out.append(fact("person", p["name"], p.get("mentions") or [], sub=positions))
    for o in record.get("organizations") or ():
        out.append(fact("organization", o["name"], o.get("mentions") or []))
    for d in record.get("documents") or ():
        label = d.get("symbol") or d.get("name") or f"{d.get('type')} {d.get('number') or ''}"
        detail = " · ".join(x for x in (d.get("type"), d.get("date"), d.get("issuer")) if x)
        out.append(fact("document", label, d.get("mentions") or [], detail))
    for e in record.get("events") or ():
        detail = " · ".join(x for x in (e.get("date"), e.get("organizer"), ", ".join(e.get("chairs") or ())) if x)
        out.append(fact("event", e.get("name") or e.get("type") or "", e.get("mentions") or [], detail))
    for loc in record.get("locations") or ():
        out.append(fact("place", loc["name"], loc.get("mentions") or [], loc.get("kind") or ""))
    return out


@router.get("/person/{person_id}")
def person(request: Request, kb: KB, person_id: Id, paging: Paging) -> Response:
    profile = kb.person_by_id(person_id, limit=50)
    if profile is None:
        raise HTTPException(404, f"no person {person_id}")
    rows = [(f"{o.title} · {o.org}" if o.org else o.title, o.first_seen, o.last_seen, f"#office-{i}")
            for i, o in enumerate(profile.offices)]
    articles = kb.entity_articles("person", person_id, limit=paging.size, offset=paging.offset)
    return page(request, "person.html", p=profile, timeline=render.timeline(rows), articles=articles, paging=paging)


@router.get("/body/{body_id}")
def body(request: Request, kb: KB, body_id: Id, paging: Paging) -> Response:
    profile = kb.org_by_id(body_id, limit=50)
    if profile is None:
        raise HTTPException(404, f"no body {body_id}")
    rows = [(f"{m.person} · {m.title}", m.first_seen, m.last_seen, f"/person/{m.person_id}") for m in profile.members]
    articles = kb.entity_articles("organization", body_id, limit=paging.size, offset=paging.offset)
    return page(request, "body.html", o=profile, links=kb.org_links(body_id), timeline=render.timeline(rows),
                articles=articles, paging=paging)


@router.get("/document/{document_id}")
def document(request: Request, kb: KB, document_id: Id, paging: Paging) -> Response:
    profile = kb.document_by_id(document_id, limit=paging.size, offset=paging.offset)
    if profile is None:
        raise HTTPException(404, f"no document {document_id}")
    counts = kb.citation_counts(document_id)
    chart = render.month_chart([(c.name, c.count) for c in counts.by_month])
    return page(request, "document.html", d=profile, counts=counts, chart=chart, paging=paging)


@router.get("/place/{place_id}")
def place(request: Request, kb: KB, place_id: Id, paging: Paging) -> Response:
    found = kb.entity("place", place_id)
    if found is None:
        raise HTTPException(404, f"no place {place_id}")
    articles = kb.entity_articles("place", place_id, limit=paging.size, offset=paging.offset)
    return page(request, "place.html", place=found, articles=articles, paging=paging)


@router.get("/event/{event_id}")
def event(request: Request, kb: KB, event_id: Id) -> Response:
    found = kb.event_by_id(event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id}")
    return page(request, "event.html", e=found)


@router.get("/events")
def events(request: Request, kb: KB, type: Text = None, place: Text = None, body: Text = None,
           month: Annotated[str | None, Query(max_length=7)] = None) -> Response:
    if month and not _MONTH.match(month):
        raise HTTPException(400, f"month: not a month: {month!r} (write YYYY-MM)")
    if not month:
        latest = [e for e in kb.events(type=type, place=place, body=body, since="0001", limit=1)]
        month = latest[0].date[:7] if latest and latest[0].date else date.today().strftime("%Y-%m")
    year, number = int(month[:4]), int(month[5:])
    if not 1 <= year <= 9998:
        raise HTTPException(400, f"month: out of range: {month!r}")
    found = kb.events(type=type, place=place, body=body, since=month, until=month, limit=500)
    before = f"{year - 1:04d}-12" if number == 1 else f"{year:04d}-{number - 1:02d}"
    after = f"{year + 1:04d}-01" if number == 12 else f"{year:04d}-{number + 1:02d}"
    return page(request, "events.html", month=month, weeks=render.month_grid(year, number, found), events=found,
                before=before, after=after, type=type or "", place=place or "", body=body or "")


@router.get("/find/{kind}")
def find(request: Request, kb: KB, kind: Annotated[str, PathParam(pattern="^(person|organization|place|document)$")],
         name: Annotated[str, Query(min_length=1, max_length=200)]) -> Response:
    """From a name (an event's chair, organizer, document) to its page: one match goes there."""
    ids = kb.find(kind, name)
    if not ids:
        raise HTTPException(404, f"no {kind} named {name!r}")
    if len(ids) == 1:
        return RedirectResponse(render.entity_href(kind, ids[0]), status_code=303)
    found = [kb.entity(kind, i) for i in ids] if kind != "document" else list(kb.entities("document", name))
    return page(request, "found.html", kind=kind, name=name, found=[f for f in found if f])


@router.get("/export")
def export(request: Request) -> Response:
    return page(request, "export.html", tables=list(EXPORTS.values()), formats=FORMATS)


@router.get("/api/v1/docs")
def docs(request: Request) -> Response:
    spec = request.app.openapi()
    endpoints = [(method.upper(), path, op.get("summary", ""), op.get("parameters", []))
                 for path, ops in spec["paths"].items() for method, op in ops.items()]
    return page(request, "docs.html", endpoints=endpoints)
