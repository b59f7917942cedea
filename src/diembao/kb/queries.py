"""Browsing the knowledge base: find entities by what a user types, and build their profiles.

Lookups follow the search rule for diacritics: a name typed with marks must match them
(`Võ Văn Bình`), one typed without matches any marks (`vo van binh`); when nothing has exactly
that name, names that contain it are offered. Documents are found by symbol (`22-NQ/TW`, every
year of it), by key, by type and number (`Nghị quyết 22`) or by name (`Luật Đất đai`).
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from diembao.lexicon import kb as lexicon
from diembao.text import fold_key

from . import facets, keys
from .analysis import loosen
from .filters import Filters, QueryError
from .results import (
    ArticleRef,
    Citation,
    Count,
    DocumentProfile,
    DocumentRow,
    EventRef,
    Evidence,
    Holder,
    Holders,
    Member,
    Office,
    OrgProfile,
    PersonProfile,
    Resolution,
    Stats,
    Summary,
)
from .store import Store

_DATE = re.compile(r"^\d{4}(-\d\d(-\d\d)?)?$")

_ARTICLE_COLUMNS = "a.id, a.title, a.day, a.outlet, pl.name, a.url, a.day_estimated, a.day_precision"
_ARTICLE_JOIN = "LEFT JOIN places AS pl ON pl.id = a.place_id"


def _in(ids: Sequence[int]) -> str:
    return ", ".join("?" * len(ids))


def _article(row: Sequence[Any]) -> ArticleRef:
    return ArticleRef(*row[:8])


def _like_escape(text: str) -> str:
    """`text` as the literal part of a LIKE pattern with `ESCAPE '\\'`."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(text: str) -> str:
    return "%" + _like_escape(text) + "%"


# How a document is named in a list: its symbol, else its name, else its type and number.
DOCUMENT_LABEL = "coalesce(d.symbol, d.name, d.type || ' ' || d.number, d.type)"


def _ranked(store: Store, kind: str, table: str, where: str, params: Sequence[Any], limit: int) -> list[int]:
    """Ids of `table` rows matching `where`, the most attested first."""
    rows = store.all(
        f"SELECT t.id FROM {table} AS t WHERE {where} ORDER BY "
        f"(SELECT count(*) FROM resolutions AS r WHERE r.kind = '{kind}' AND r.entity_id = t.id) DESC, t.id "
        f"LIMIT ?", (*params, limit))
    return [r[0] for r in rows]


# --- finding entities ---------------------------------------------------------------------------


def find_persons(store: Store, name: str, limit: int = 20) -> list[int]:
    name = name.strip()
    if not name:
        return []
    if keys.has_marks(name):
        found = _ranked(store, "person", "persons", "t.name_key = ? OR t.key = ?",
                        (keys.person_key(name), fold_key(name)), limit)
    else:
        found = _ranked(store, "person", "persons", "t.loose_key = ?", (keys.loose_key(name),), limit)
    if found:
        return found
    column, value = ("name_key", keys.person_key(name)) if keys.has_marks(name) else ("loose_key", keys.loose_key(name))
    return _ranked(store, "person", "persons", f"t.{column} LIKE ? ESCAPE '\\'", (_contains(value),), limit)


def find_orgs(store: Store, name: str, limit: int = 20) -> list[int]:
    key = keys.org_key(name)
    if not key:
        return []
    column, value = ("key", key) if keys.has_marks(name) else ("loose_key", loosen(key))
    found = _ranked(store, "organization", "organizations", f"t.{column} = ?", (value,), limit)
    return found or _ranked(store, "organization", "organizations", f"t.{column} LIKE ? ESCAPE '\\'",
                            (_contains(value),), limit)


def find_places(store: Store, name: str, *, include_merged: bool = False, limit: int = 50) -> list[int]:
    name = name.strip()
    if not name:
        return []
    key, display, _kind = keys.place_key(name, None)
    if key.startswith("province:"):
        found = [r[0] for r in store.all("SELECT id FROM places WHERE key = ?", (key,))]
    elif keys.has_marks(name):
        found = [r[0] for r in store.all("SELECT id FROM places WHERE key LIKE ? ESCAPE '\\' LIMIT ?",
                                         (_like_escape(fold_key(name)) + "|%", limit))]
    else:
        found = [r[0] for r in store.all("SELECT id FROM places WHERE loose_key = ? LIMIT ?",
                                         (keys.loose_key(name), limit))]
    if include_merged and key.startswith("province:"):
        # A post-2025 province also stands for the provinces merged into it (Đồng Tháp: Tiền Giang).
        found += [r[0] for r in store.all("SELECT id FROM places WHERE province_2025 = ? AND id NOT IN "
                                          f"({_in(found)})", (display, *found))]
    return found


def find_documents(store: Store, text: str, limit: int = 20) -> list[int]:
    """Documents by symbol however it is written (`57/TW-NQ`, `Nghị quyết số 57-NQ/TW`, `08-NQ/TW`,
    `168/2024/ND-CP`: every year of it), by key, by type and number (`NQ 57`: all the documents
    of that type and number, the candidates of a short form), or by name (`Luật Đất đai`)."""
    text = text.strip()
    if not text:
        return []
    order = "ORDER BY year IS NULL, year, id LIMIT ?"
    reference = keys.document_reference(text)
    found = documents_by_reference(store, reference, limit) if reference else []
    if not found:
        found = [r[0] for r in store.all(f"SELECT id FROM documents WHERE key = ? {order}", (text, limit))]
    if not found:
        found = [r[0] for r in store.all(
            f"SELECT id FROM documents WHERE key = ? OR key LIKE ? ESCAPE '\\' {order}",
            ("name:" + fold_key(text), "name:" + _contains(fold_key(text)), limit))]
    return found


def documents_by_reference(store: Store, ref: keys.DocumentRef, limit: int = 20) -> list[int]:
    """The documents a symbol or a type and number names, oldest first. A knowledge base keyed by
    an earlier analysis holds other symbol keys, so candidates are found by number and each
    symbol is keyed again here (a few rows: the number is indexed)."""
    numbers = [ref.number, "0" + ref.number, "00" + ref.number] if ref.number else []
    if ref.symbol:
        rows = store.all(
            f"SELECT id, symbol, year FROM documents WHERE symbol IS NOT NULL AND (symbol_key = ? OR number IN "
            f"({_in(numbers)}) OR number IS NULL)", (ref.symbol, *numbers))
        found = [(r[2] is None, r[2] or "", r[0]) for r in rows if keys.symbol_key(r[1]) == ref.symbol]
    elif ref.type and numbers:
        year = " AND year = ?" if ref.year else ""
        rows = store.all(f"SELECT id, year FROM documents WHERE number IN ({_in(numbers)}) AND type_key = ?{year}",
                         (*numbers, fold_key(ref.type), *([ref.year] if ref.year else [])))
        found = [(r[1] is None, r[1] or "", r[0]) for r in rows]
    else:
        return []
    return [doc_id for *_order, doc_id in sorted(found)][:limit]


# --- search filters -----------------------------------------------------------------------------


def date_bound(value: str | None, *, upper: bool) -> date | None:
    """`2021` -> 2021-01-01 (since) or 2021-12-31 (until); `2021-11` -> its first or last day."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if not _DATE.match(value):
        raise QueryError(f"not a date: {value!r} (write YYYY, YYYY-MM or YYYY-MM-DD)")
    parts = [int(p) for p in value.split("-")]
    try:
        if len(parts) == 3:
            return date(*parts)
        if len(parts) == 2:
            last = calendar.monthrange(*parts)[1]
            return date(parts[0], parts[1], last if upper else 1)
        return date(parts[0], 12, 31) if upper else date(parts[0], 1, 1)
    except ValueError:
        raise QueryError(f"not a date: {value!r}") from None


def search_filters(store: Store, *, since: str | None = None, until: str | None = None,
                   outlet: str | None = None, place: str | None = None, person: str | None = None,
                   body: str | None = None, document: str | None = None,
                   include_merged: bool = False) -> Filters:
    """The search's filters as facet conditions (see `facets.py`); `empty` when one of them names
    nothing the knowledge base holds."""
    conditions: list[str] = []
    low, high = date_bound(since, upper=False), date_bound(until, upper=True)
    if low or high:
        first, last = store.one("SELECT min(day), max(day) FROM articles")
        if first is None:
            return Filters(empty=True)
        low = max(low or date.min, date.fromisoformat(first))
        high = min(high or date.max, date.fromisoformat(last))
        if low > high:
            return Filters(empty=True)
        conditions.append(facets.any_of(facets.date_tokens(low, high)))
    if outlet:
        wanted = keys.loose_key(outlet)
        outlets = [r[0] for r in store.all("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL")
                   if wanted in keys.loose_key(r[0])]
        if not outlets:
            return Filters(empty=True)
        conditions.append(facets.any_of(facets.outlet_token(o) for o in outlets))
    for kind, value, finder in (("place", place, lambda v: find_places(store, v, include_merged=include_merged)),
                                ("person", person, lambda v: find_persons(store, v)),
                                ("organization", body, lambda v: find_orgs(store, v)),
                                ("document", document, lambda v: find_documents(store, v))):
        if not value:
            continue
        ids = finder(value)
        if not ids:
            return Filters(empty=True)
        conditions.append(facets.any_of(facets.entity_tokens(kind, ids)))
    return Filters(tuple(conditions))


# --- profiles -----------------------------------------------------------------------------------


def person_profile(store: Store, person_id: int, limit: int = 20) -> PersonProfile:
    person_id, key, name, scope = store.one("SELECT id, key, name, scope FROM persons WHERE id = ?", (person_id,))
    variants = tuple(r[0] for r in store.all(
        "SELECT name FROM person_names WHERE person_id = ? GROUP BY name ORDER BY count(*) DESC, name",
        (person_id,)))
    offices = tuple(_office(store, row) for row in store.all(
        f"SELECT {_OFFICE_COLUMNS} FROM offices AS o "
        "LEFT JOIN organizations AS g ON g.id = o.org_id WHERE o.person_id = ? "
        "ORDER BY o.first_seen IS NULL, o.first_seen, o.last_seen, o.id", (person_id,)))
    chaired = event_refs(store, [r[0] for r in store.all(
        "SELECT DISTINCT event_id FROM event_chairs WHERE person_id = ?", (person_id,))])
    return PersonProfile(
        person_id, key, name, scope, variants, offices, chaired,
        _count_links(store, "person", person_id),
        _latest_articles(store, "person", person_id, limit),
        _resolutions(store, "person", person_id, limit))


# An office's first or last day is estimated when only estimated evidence gives it.
_OFFICE_COLUMNS = (
    "o.id, o.title, g.name, o.org_id, o.first_seen, o.last_seen, o.n_articles, "
    "coalesce((SELECT min(x.estimated) FROM office_evidence AS x "
    "WHERE x.office_id = o.id AND x.day = o.first_seen), 0), "
    "coalesce((SELECT min(x.estimated) FROM office_evidence AS x "
    "WHERE x.office_id = o.id AND x.day = o.last_seen), 0), "
    "o.started, o.ended")


def _office(store: Store, row: Sequence[Any]) -> Office:
    office_id, title, org, org_id, first, last, n, first_est, last_est, started, ended = row
    evidence = tuple(Evidence(*r[:5], bool(r[5])) for r in store.all(
        "SELECT a.id, e.day, e.text, e.start, e.\"end\", e.estimated FROM office_evidence AS e JOIN articles AS a "
        "ON a.aid = e.aid WHERE e.office_id = ? ORDER BY e.day IS NULL, e.day, e.aid LIMIT 5", (office_id,)))
    return Office(title, org, org_id, first, last, n, evidence, bool(first_est), bool(last_est), started, ended)


def org_profile(store: Store, org_id: int, limit: int = 20) -> OrgProfile:
    org_id, key, name, parent, place = store.one(
        "SELECT o.id, o.key, o.name, p.name, pl.name FROM organizations AS o "
        "LEFT JOIN organizations AS p ON p.id = o.parent_id LEFT JOIN places AS pl ON pl.id = o.place_id "
        "WHERE o.id = ?", (org_id,))
    children = tuple(r[0] for r in store.all("SELECT name FROM organizations WHERE parent_id = ? ORDER BY name",
                                             (org_id,)))
    variants = tuple(r[0] for r in store.all(
        "SELECT name FROM org_names WHERE org_id = ? GROUP BY name ORDER BY count(*) DESC, name", (org_id,)))
    members = tuple(Member(*r) for r in store.all(
        "SELECT p.id, p.name, o.title, o.first_seen, o.last_seen, o.n_articles FROM offices AS o "
        "JOIN persons AS p ON p.id = o.person_id WHERE o.org_id = ? "
        "ORDER BY o.first_seen IS NULL, o.first_seen, o.id LIMIT ?", (org_id, max(limit, 50))))
    events = event_refs(store, [r[0] for r in store.all(
        "SELECT id FROM events WHERE organizer_id = ? ORDER BY date DESC, id DESC LIMIT ?", (org_id, limit))])
    return OrgProfile(org_id, key, name, parent, children, place, variants, members, events,
                      _count_links(store, "organization", org_id),
                      _latest_articles(store, "organization", org_id, limit))


def document_profile(store: Store, doc_id: int, limit: int | None = None, offset: int = 0) -> DocumentProfile:
    row = store.one("SELECT id, key, type, number, symbol, year, date, issuer, name FROM documents WHERE id = ?",
                    (doc_id,))
    n = int(store.value("SELECT count(*) FROM citations WHERE document_id = ?", (doc_id,), 0))
    citations = tuple(
        Citation(_article(r[:8]), r[8], r[9], r[10], r[11]) for r in store.all(
            f"SELECT {_ARTICLE_COLUMNS}, c.as_written, c.start, c.\"end\", c.n_mentions FROM citations AS c "
            f"JOIN articles AS a ON a.aid = c.aid {_ARTICLE_JOIN} WHERE c.document_id = ? "
            "ORDER BY a.day IS NULL, a.day, a.aid LIMIT ? OFFSET ?", (doc_id, -1 if limit is None else limit, offset)))
    events = event_refs(store, [r[0] for r in store.all(
        "SELECT DISTINCT event_id FROM event_documents WHERE document_id = ?", (doc_id,))])
    return DocumentProfile(*row, n, citations, events)


def event_refs(store: Store, ids: Sequence[int]) -> tuple[EventRef, ...]:
    """The events of `ids` with their chairs, documents and source articles: four queries for
    each few hundred events, not four for each event."""
    refs = []
    for at in range(0, len(ids), _IDS_PER_QUERY):
        chunk = list(dict.fromkeys(ids[at:at + _IDS_PER_QUERY]))
        marks = _in(chunk)
        chairs = _grouped(store.all(
            "SELECT c.event_id, p.name FROM event_chairs AS c JOIN persons AS p ON p.id = c.person_id "
            f"WHERE c.event_id IN ({marks}) GROUP BY c.event_id, p.id ORDER BY c.event_id, min(c.aid), p.id", chunk))
        documents = _grouped(store.all(
            f"SELECT x.event_id, {DOCUMENT_LABEL} "
            f"FROM event_documents AS x JOIN documents AS d ON d.id = x.document_id WHERE x.event_id IN ({marks}) "
            "GROUP BY x.event_id, d.id ORDER BY x.event_id, min(x.aid), d.id", chunk))
        articles = _grouped(store.all(
            "SELECT s.event_id, a.id FROM event_sources AS s JOIN articles AS a ON a.aid = s.aid "
            f"WHERE s.event_id IN ({marks}) ORDER BY s.event_id, s.aid", chunk))
        for row in store.all(
                "SELECT e.id, e.type, e.name, e.date, e.part_of_day, g.name, pl.name, e.date_estimated "
                "FROM events AS e "
                "LEFT JOIN organizations AS g ON g.id = e.organizer_id LEFT JOIN places AS pl ON pl.id = e.place_id "
                f"WHERE e.id IN ({marks})", chunk):
            event_id = row[0]
            refs.append(EventRef(*row[:7], chairs.get(event_id, ()), documents.get(event_id, ()),
                                 articles.get(event_id, ()), bool(row[7])))
    refs.sort(key=lambda e: (e.date is None, e.date or "", e.id))
    return tuple(refs)


# Well under SQLite's limit on bound parameters (999 before 3.32).
_IDS_PER_QUERY = 500


def _grouped(rows: Iterable[Sequence[Any]]) -> dict[int, tuple[Any, ...]]:
    """(key, value) rows, in order, as key -> the tuple of its values."""
    out: dict[int, list[Any]] = {}
    for key, value in rows:
        out.setdefault(key, []).append(value)
    return {key: tuple(values) for key, values in out.items()}


def list_events(store: Store, *, type: str | None = None, place: str | None = None, since: str | None = None,
                until: str | None = None, limit: int = 50, body: str | None = None, person: str | None = None,
                offset: int = 0) -> tuple[EventRef, ...]:
    clauses: list[str] = []
    params: list[object] = []
    for value, finder, clause in (
            (body, find_orgs, "e.organizer_id IN ({})"),
            (person, find_persons, "e.id IN (SELECT event_id FROM event_chairs WHERE person_id IN ({}))")):
        if not value:
            continue
        found = finder(store, value)
        if not found:
            return ()
        clauses.append(clause.format(_in(found)))
        params += found
    if type:
        wanted = keys.loose_key(type) if not keys.has_marks(type) else fold_key(type)
        fold = keys.loose_key if not keys.has_marks(type) else fold_key
        types = [r[0] for r in store.all("SELECT DISTINCT type FROM events") if fold(r[0]) == wanted]
        if not types:
            return ()
        clauses.append(f"e.type IN ({_in(types)})")
        params += types
    if place:
        ids = find_places(store, place)
        if not ids:
            return ()
        clauses.append(f"(e.place_id IN ({_in(ids)}) OR e.organizer_id IN "
                       f"(SELECT id FROM organizations WHERE place_id IN ({_in(ids)})))")
        params += [*ids, *ids]
    if date_bound(since, upper=False) or date_bound(until, upper=True):
        clauses.append("e.date GLOB '[0-9][0-9][0-9][0-9]-*'")
    _day_range(clauses, params, "e.date", since, until)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    ids = [r[0] for r in store.all(f"SELECT e.id FROM events AS e {where} ORDER BY e.date IS NULL, e.date DESC, "
                                   "e.id DESC LIMIT ? OFFSET ?", (*params, limit, offset))]
    by_id = {e.id: e for e in event_refs(store, ids)}
    return tuple(by_id[i] for i in ids if i in by_id)  # newest first, as selected


def _count_links(store: Store, kind: str, entity_id: int) -> int:
    return int(store.value("SELECT count(*) FROM resolutions WHERE kind = ? AND entity_id = ?", (kind, entity_id), 0))


def _latest_articles(store: Store, kind: str, entity_id: int, limit: int, offset: int = 0) -> tuple[ArticleRef, ...]:
    return tuple(_article(r) for r in store.all(
        f"SELECT {_ARTICLE_COLUMNS} FROM resolutions AS r JOIN articles AS a ON a.aid = r.aid {_ARTICLE_JOIN} "
        "WHERE r.kind = ? AND r.entity_id = ? ORDER BY a.day IS NULL, a.day DESC, a.aid DESC LIMIT ? OFFSET ?",
        (kind, entity_id, limit, offset)))


def _resolutions(store: Store, kind: str, entity_id: int, limit: int) -> tuple[Resolution, ...]:
    return tuple(Resolution(r[0], r[1], r[2], json.loads(r[3]) if r[3] else None) for r in store.all(
        "SELECT a.id, r.name, r.rule, r.detail FROM resolutions AS r JOIN articles AS a ON a.aid = r.aid "
        "WHERE r.kind = ? AND r.entity_id = ? ORDER BY r.aid LIMIT ?", (kind, entity_id, limit)))


# --- stats --------------------------------------------------------------------------------------

STAT_TABLES = ("articles", "errors", "persons", "person_names", "organizations", "places", "offices",
               "office_evidence", "documents", "citations", "events", "event_chairs", "event_documents",
               "mentions", "resolutions")


def stats(store: Store, schema_version: int, top: int = 5) -> Stats:
    tables = tuple(Count(t, int(store.value(f"SELECT count(*) FROM {t}", default=0))) for t in STAT_TABLES)
    first, last = store.one("SELECT min(day), max(day) FROM articles")
    outlets = tuple(Count(r[0], r[1]) for r in store.all(
        "SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL GROUP BY outlet "
        "ORDER BY count(*) DESC, outlet LIMIT ?", (top,)))
    persons = tuple(Count(r[0], r[1]) for r in store.all(
        "SELECT p.name || coalesce(' (' || p.scope || ')', ''), count(*) FROM resolutions AS r "
        "JOIN persons AS p ON p.id = r.entity_id WHERE r.kind = 'person' GROUP BY r.entity_id "
        "ORDER BY count(*) DESC, p.id LIMIT ?", (top,)))
    documents = tuple(Count(r[0], r[1]) for r in store.all(
        f"SELECT {DOCUMENT_LABEL}, count(*) FROM citations AS c "
        "JOIN documents AS d ON d.id = c.document_id GROUP BY c.document_id ORDER BY count(*) DESC, d.id LIMIT ?",
        (top,)))
    errors = tuple(Count(r[0], r[1]) for r in store.all(
        "SELECT stage, count(*) FROM errors GROUP BY stage ORDER BY stage"))
    bodies = tuple(Count(r[0], r[1]) for r in store.all(
        "SELECT o.name, count(*) FROM resolutions AS r JOIN organizations AS o ON o.id = r.entity_id "
        "WHERE r.kind = 'organization' GROUP BY r.entity_id ORDER BY count(*) DESC, o.id LIMIT ?", (top,)))
    return Stats(str(store.path), schema_version, tables, first, last, outlets, persons, documents, errors, bodies)


def summary(store: Store, schema_version: int) -> Summary:
    person_id = store.value("SELECT person_id FROM offices GROUP BY person_id "
                            "ORDER BY sum(n_articles) DESC, count(*) DESC, person_id LIMIT 1")
    doc_id = store.value("SELECT document_id FROM citations GROUP BY document_id "
                         "ORDER BY count(*) DESC, document_id LIMIT 1")
    return Summary(stats(store, schema_version),
                   person_profile(store, person_id, 5) if person_id is not None else None,
                   document_profile(store, doc_id, 5) if doc_id is not None else None)


# --- holders of an office and lists of documents -------------------------------------------------


def holders(store: Store, title: str, body: str, on: str | None = None) -> Holders | None:
    """Who held `title` in `body` (its most attested body of that name), in order of their spells;
    with `on`, who held it that day and who came before and after. None: no such body."""
    orgs = find_orgs(store, body, limit=1)
    if not orgs:
        return None
    wanted = fold_key(title)
    rows = store.all(
        f"SELECT p.id, p.name, p.scope, {_OFFICE_COLUMNS} FROM offices AS o JOIN persons AS p ON p.id = o.person_id "
        "LEFT JOIN organizations AS g ON g.id = o.org_id WHERE o.org_id = ?", (orgs[0],))
    accepted = (wanted, lexicon.word("acting") + " " + wanted)
    found = []
    for person_id, person, scope, *office in rows:
        if fold_key(office[1]) not in accepted:
            continue
        o = _office(store, office)
        published = store.one("SELECT min(day), max(day) FROM office_evidence WHERE office_id = ? AND estimated = 0",
                              (office[0],))
        if published and published[0]:
            # Days of publication date a spell; estimated ones only where there are none.
            o = replace(o, first_seen=published[0], last_seen=published[1], first_estimated=False,
                        last_estimated=False)
        found.append(Holder(person_id, person, scope, o))
    found.sort(key=lambda h: (h.start is None, h.start or "", h.end or "", h.person_id))
    org_name = store.value("SELECT name FROM organizations WHERE id = ?", (orgs[0],))
    if on is None:
        return Holders(title, org_name, None, tuple(found))
    low, high = date_bound(on, upper=False), date_bound(on, upper=True)
    assert low is not None and high is not None
    dated = [h for h in found if h.start and h.end]
    during = tuple(h for h in dated if h.start <= high.isoformat() and h.end >= low.isoformat())
    start = min((h.start for h in during if h.start), default=low.isoformat())
    end = max((h.end for h in during if h.end), default=high.isoformat())
    before = [h for h in dated if h.end < start and h not in during]
    after = [h for h in dated if h.start > end and h not in during]
    return Holders(title, org_name, on, during, max(before, key=lambda h: (h.end, h.start), default=None),
                   min(after, key=lambda h: (h.start, h.end), default=None))


def _day_range(clauses: list[str], params: list[Any], column: str, since: str | None, until: str | None) -> None:
    """`column` between the days `since` and `until` mean (either may be None)."""
    low, high = date_bound(since, upper=False), date_bound(until, upper=True)
    if low:
        clauses.append(f"{column} >= ?")
        params.append(low.isoformat())
    if high:
        clauses.append(f"{column} <= ?")
        params.append(high.isoformat())


def list_documents(store: Store, *, type: str | None = None, issuer: str | None = None, place: str | None = None,
                   since: str | None = None, until: str | None = None, limit: int = 50) -> tuple[DocumentRow, ...]:
    """Cited documents, the most cited first: of a type, of an issuer, cited in articles of a place
    or between two days (the citing articles' days, estimated ones included)."""
    clauses, params = ["1"], []
    if type:
        clauses.append("d.type_key = ?")
        params.append(fold_key(type))
    _day_range(clauses, params, "a.day", since, until)
    if place:
        ids = find_places(store, place, include_merged=True)
        if not ids:
            return ()
        clauses.append(f"a.place_id IN ({_in(ids)})")
        params += ids
    rows = store.all(
        f"SELECT d.id, {DOCUMENT_LABEL}, d.type, d.issuer, d.year, d.date, count(*), min(a.day), max(a.day) "
        "FROM documents AS d JOIN citations AS c ON c.document_id = d.id JOIN articles AS a ON a.aid = c.aid "
        f"WHERE {' AND '.join(clauses)} GROUP BY d.id ORDER BY count(*) DESC, d.id", params)
    if issuer:
        # The issuer as written (`Bộ Chính trị`, `BCH TW`) compared by body key, or contained.
        wanted = keys.org_key(issuer)
        rows = [r for r in rows if r[3] and (keys.org_key(r[3]) == wanted or wanted in keys.org_key(r[3]))]
    return tuple(DocumentRow(*r) for r in rows[:limit])
