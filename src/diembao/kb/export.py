"""Export: every entity table, and the facts joined with their evidence, as JSONL, CSV or Parquet.

Rows are streamed from the database in pages and written as they come, so an export of millions
of rows holds one page in memory. A file is written beside its target and renamed onto it at the
end, so a failed export (disk full, a damaged row) leaves no half file, and never onto the
knowledge base itself. CSV cells that a spreadsheet would run as a formula (starting with `=`,
`+`, `-`, `@`, a tab or a carriage return) are written with a `'` in front.

Columns are typed (`int`, `str`, `float`, `json`) so Parquet files have one schema from the first
page to the last; `json` columns are nested objects in JSONL and JSON text in CSV and Parquet.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .codec import unpack
from .queries import DOCUMENT_LABEL
from .store import Store

FORMATS = ("jsonl", "csv", "parquet")
_PAGE = 2000


@dataclass(frozen=True, slots=True)
class Export:
    name: str
    description: str
    columns: tuple[tuple[str, str], ...]  # (name, type)
    sql: str


def _cols(spec: str) -> tuple[tuple[str, str], ...]:
    return tuple((part.split(":")[0], part.split(":")[1] if ":" in part else "str") for part in spec.split())


_A = "LEFT JOIN places AS pl ON pl.id = a.place_id"

EXPORTS: dict[str, Export] = {e.name: e for e in (
    Export("articles", "articles: metadata and the extracted record (not the raw input)",
           _cols("aid:int id published day day_estimated day_precision outlet title url place origin kind "
                 "input_hash record:json"),
           f"SELECT a.aid, a.id, a.published, a.day, a.day_estimated, a.day_precision, a.outlet, a.title, a.url, "
           f"pl.name, a.origin, a.kind, a.input_hash, a.record FROM articles AS a {_A} ORDER BY a.aid"),
    Export("persons", "persons, with what sets each apart and how many articles attest them",
           _cols("id:int key name scope province n_articles:int"),
           "SELECT p.id, p.key, p.name, p.scope, pl.name, (SELECT count(*) FROM resolutions AS r WHERE "
           "r.kind = 'person' AND r.entity_id = p.id) FROM persons AS p LEFT JOIN places AS pl ON "
           "pl.id = p.province_id ORDER BY p.id"),
    Export("person_names", "every name variant of every person, by article",
           _cols("person_id:int person name article_id"),
           "SELECT n.person_id, p.name, n.name, a.id FROM person_names AS n JOIN persons AS p ON p.id = n.person_id "
           "JOIN articles AS a ON a.aid = n.aid ORDER BY n.person_id, n.aid, n.name"),
    Export("organizations", "bodies, with their parent body and province",
           _cols("id:int key name parent_id:int parent place n_articles:int"),
           "SELECT o.id, o.key, o.name, o.parent_id, p.name, pl.name, (SELECT count(*) FROM resolutions AS r "
           "WHERE r.kind = 'organization' AND r.entity_id = o.id) FROM organizations AS o "
           "LEFT JOIN organizations AS p ON p.id = o.parent_id LEFT JOIN places AS pl ON pl.id = o.place_id "
           "ORDER BY o.id"),
    Export("places", "places, with the province that holds each since the 2025 mergers",
           _cols("id:int key name kind era province_2025"),
           "SELECT id, key, name, kind, era, province_2025 FROM places ORDER BY id"),
    Export("documents", "cited documents, one per canonical key",
           _cols("id:int key type number symbol year date issuer name n_citations:int"),
           "SELECT d.id, d.key, d.type, d.number, d.symbol, d.year, d.date, d.issuer, d.name, "
           "(SELECT count(*) FROM citations AS c WHERE c.document_id = d.id) FROM documents AS d ORDER BY d.id"),
    Export("events", "meetings and ceremonies",
           _cols("id:int key type name date part_of_day organizer_id:int organizer place"),
           "SELECT e.id, e.key, e.type, e.name, e.date, e.part_of_day, e.organizer_id, g.name, pl.name "
           "FROM events AS e LEFT JOIN organizations AS g ON g.id = e.organizer_id "
           "LEFT JOIN places AS pl ON pl.id = e.place_id ORDER BY e.id"),
    Export("offices", "offices: a person's title in a body, first and last seen",
           _cols("id:int person_id:int person title org_id:int org first_seen last_seen n_articles:int"),
           "SELECT o.id, o.person_id, p.name, o.title, o.org_id, g.name, o.first_seen, o.last_seen, o.n_articles "
           "FROM offices AS o JOIN persons AS p ON p.id = o.person_id "
           "LEFT JOIN organizations AS g ON g.id = o.org_id ORDER BY o.person_id, o.first_seen, o.id"),
    Export("office_facts", "each office as each article states it, with the words",
           _cols("office_id:int person_id:int person title org article_id day outlet text start:int end:int"),
           "SELECT o.id, o.person_id, p.name, o.title, g.name, a.id, e.day, a.outlet, e.text, e.start, e.\"end\" "
           "FROM office_evidence AS e JOIN offices AS o ON o.id = e.office_id JOIN persons AS p ON p.id = o.person_id "
           "LEFT JOIN organizations AS g ON g.id = o.org_id JOIN articles AS a ON a.aid = e.aid "
           "ORDER BY o.person_id, o.id, e.day, e.aid"),
    Export("citations", "each citation of a document: article, day, place and the words",
           _cols("document_id:int document article_id day place outlet as_written start:int end:int "
                 "n_mentions:int"),
           f"SELECT c.document_id, {DOCUMENT_LABEL}, a.id, a.day, "
           f"pl.name, a.outlet, c.as_written, c.start, c.\"end\", c.n_mentions FROM citations AS c "
           f"JOIN documents AS d ON d.id = c.document_id JOIN articles AS a ON a.aid = c.aid {_A} "
           "ORDER BY c.document_id, a.day, c.aid"),
    Export("event_facts", "each event as each article reports it: chairs, documents, the words",
           _cols("event_id:int type name date organizer place article_id day chairs:json documents:json "
                 "text start:int end:int"),
           "SELECT e.id, e.type, s.name, e.date, g.name, pl.name, a.id, a.day, "
           "(SELECT json_group_array(p.name) FROM event_chairs AS c JOIN persons AS p ON p.id = c.person_id "
           " WHERE c.event_id = e.id AND c.aid = s.aid), "
           "(SELECT json_group_array(coalesce(d.symbol, d.name, d.type)) FROM event_documents AS x "
           " JOIN documents AS d ON d.id = x.document_id WHERE x.event_id = e.id AND x.aid = s.aid), "
           "s.text, s.start, s.\"end\" FROM event_sources AS s JOIN events AS e ON e.id = s.event_id "
           "JOIN articles AS a ON a.aid = s.aid LEFT JOIN organizations AS g ON g.id = e.organizer_id "
           "LEFT JOIN places AS pl ON pl.id = e.place_id ORDER BY e.date, e.id, s.aid"),
    Export("event_chairs", "who chaired which event, by article",
           _cols("event_id:int person_id:int person article_id"),
           "SELECT c.event_id, c.person_id, p.name, a.id FROM event_chairs AS c JOIN persons AS p "
           "ON p.id = c.person_id JOIN articles AS a ON a.aid = c.aid ORDER BY c.event_id, c.aid, c.person_id"),
    Export("event_documents", "which documents an event concerned, by article",
           _cols("event_id:int document_id:int article_id"),
           "SELECT x.event_id, x.document_id, a.id FROM event_documents AS x JOIN articles AS a ON a.aid = x.aid "
           "ORDER BY x.event_id, x.aid, x.document_id"),
    Export("mentions", "every mention of every entity: article, offsets, words",
           _cols("article_id kind entity_id:int start:int end:int text"),
           "SELECT a.id, m.kind, m.entity_id, m.start, m.\"end\", m.text FROM mentions AS m "
           "JOIN articles AS a ON a.aid = m.aid ORDER BY m.aid, m.start, m.kind, m.entity_id"),
    Export("resolutions", "the evidence of every merge: which rule linked which article to which entity",
           _cols("kind entity_id:int article_id name rule detail:json"),
           "SELECT r.kind, r.entity_id, a.id, r.name, r.rule, r.detail FROM resolutions AS r "
           "JOIN articles AS a ON a.aid = r.aid ORDER BY r.kind, r.entity_id, r.aid"),
    Export("errors", "inputs that could not be read, parsed or extracted",
           _cols("origin article_id stage message"),
           "SELECT origin, article_id, stage, message FROM errors ORDER BY eid"),
)}


class ExportError(ValueError):
    pass


def export(store: Store, table: str, fmt: str, out: Path | None = None) -> int:
    """Write `table` in `fmt` to `out` (stdout when None); returns the number of rows."""
    spec = EXPORTS.get(table)
    if spec is None:
        raise ExportError(f"no table {table!r} to export; choose one of: {', '.join(EXPORTS)}")
    if fmt not in FORMATS:
        raise ExportError(f"no format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if fmt == "parquet" and out is None:
        raise ExportError("Parquet is binary: give a file with -o")
    pages = _pages(store, spec)
    if out is None:
        try:
            return (_jsonl if fmt == "jsonl" else _csv)(spec, pages, sys.stdout)
        finally:
            sys.stdout.flush()
    _check_target(out, store.path)
    partial = out.with_name(f".{out.name}.{os.getpid()}.partial")
    try:
        if fmt == "parquet":
            n = _parquet(spec, pages, partial)
        else:
            with partial.open("w", encoding="utf-8", newline="") as handle:
                n = (_jsonl if fmt == "jsonl" else _csv)(spec, pages, handle)
        os.replace(partial, out)
    except OSError as err:
        raise ExportError(f"cannot write {out}: {err.strerror or err}") from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return n


def _check_target(out: Path, db: Path) -> None:
    if out.is_dir():
        raise ExportError(f"cannot write {out}: it is a directory (give a file name)")
    if not out.parent.is_dir():
        raise ExportError(f"cannot write {out}: the folder {out.parent} does not exist")
    target, base = out.resolve(), db.resolve()
    if target in (base, base.with_name(base.name + "-wal"), base.with_name(base.name + "-shm")) or (
            out.exists() and db.exists() and os.path.samefile(out, db)):
        raise ExportError(f"cannot write {out}: it is the knowledge base itself")


def _pages(store: Store, spec: Export) -> Iterator[list[tuple[Any, ...]]]:
    cursor = store.execute(spec.sql)
    while True:
        rows = cursor.fetchmany(_PAGE)
        if not rows:
            return
        yield rows


def _jsonl(spec: Export, pages: Iterator[list[tuple[Any, ...]]], handle: IO[str]) -> int:
    n = 0
    for rows in pages:
        for row in rows:
            obj = {name: (json.loads(_text(v)) if kind == "json" and v is not None else v)
                   for (name, kind), v in zip(spec.columns, row, strict=True)}
            handle.write(json.dumps(obj, ensure_ascii=False))
            handle.write("\n")
            n += 1
    return n


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _csv(spec: Export, pages: Iterator[list[tuple[Any, ...]]], handle: IO[str]) -> int:
    writer = csv.writer(handle)
    writer.writerow([name for name, _kind in spec.columns])
    texts = [i for i, (_name, kind) in enumerate(spec.columns) if kind in ("str", "json")]
    n = 0
    for rows in pages:
        out = [list(row) for row in _texts(rows)]
        for row in out:
            for i in texts:
                if isinstance(row[i], str) and row[i].startswith(_FORMULA):
                    row[i] = "'" + row[i]
        writer.writerows(out)
        n += len(rows)
    return n


def _text(value: Any) -> Any:
    """Packed columns (the article record) as their text."""
    return unpack(value) if isinstance(value, bytes) else value


def _texts(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [tuple(_text(v) for v in row) for row in rows]


def _parquet(spec: Export, pages: Iterator[list[tuple[Any, ...]]], out: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"int": pa.int64(), "float": pa.float64(), "str": pa.string(), "json": pa.string()}
    schema = pa.schema([(name, types[kind]) for name, kind in spec.columns])
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        for rows in pages:
            columns = list(zip(*_texts(rows), strict=True))
            writer.write_batch(pa.record_batch(
                [pa.array(col, type=field.type) for col, field in zip(columns, schema, strict=True)],
                schema=schema))
            n += len(rows)
    return n
