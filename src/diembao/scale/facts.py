"""One extracted input to its rows in the dataset's tables (see `schema.py`), and back to the
ingest's items: a pure function each way, shared by the workers and by the tests."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, NamedTuple

import pyarrow as pa

from diembao.kb.prepare import Failed
from diembao.readers import RawInput
from diembao.record import Article, Mention

from .schema import SCHEMAS, UNDATED, year_of

Rows = dict[str, list[dict[str, Any]]]


class Extraction(NamedTuple):
    """What a worker made of one raw input that gave an article (as `kb.prepare.Prepared` holds
    it, without the packing and index forms that only the SQLite writer needs)."""

    item: RawInput
    input_hash: str
    article: Article
    day: str | None
    extract_error: str | None


def rows_of(seq: int, result: Extraction | Failed) -> tuple[str, Rows]:
    """The publication year and the rows of every table for one input."""
    if isinstance(result, Failed):
        return UNDATED, {"errors": [_error(seq, result.input_key, result.origin, result.article_id, result.stage,
                                           result.message)]}
    item, article = result.item, result.article
    out: Rows = {"articles": [{
        "seq": seq, "article_id": article.id, "input_hash": result.input_hash, "origin": item.origin,
        "kind": item.kind, "name": item.name, "published": article.published, "day": result.day,
        "outlet": article.source.outlet, "url": article.source.url, "collection": article.source.collection,
        "title": article.title, "n_chars": len(article.text), "extract_error": result.extract_error,
        "record": article.to_json(), "raw": item.raw.encode("utf-8", "surrogatepass"),
    }]}
    out.update(fact_rows(article))
    if result.extract_error:
        out["errors"] = [_error(seq, result.input_hash, item.origin, article.id, "extract", result.extract_error)]
    return year_of(result.day), out


def fact_rows(article: Article) -> Rows:
    """The facts of one article record, one row per entity and per mention."""
    aid = article.id
    rows: Rows = {table: [] for table in ("persons", "positions", "organizations", "locations", "documents",
                                          "events", "mentions")}
    mentions = rows["mentions"]

    def mention_rows(entity: str, ordinal: int, found: Iterable[Mention]) -> None:
        mentions.extend({"article_id": aid, "entity": entity, "ordinal": ordinal, "start": m.start, "end": m.end,
                         "text": m.text} for m in found)

    n_positions = 0
    for i, person in enumerate(article.persons):
        rows["persons"].append({"article_id": aid, "ordinal": i, "name": person.name,
                                "n_mentions": len(person.mentions)})
        mention_rows("person", i, person.mentions)
        for position in person.positions:
            rows["positions"].append({"article_id": aid, "ordinal": n_positions, "person_ordinal": i,
                                      "person": person.name, "title": position.title, "org": position.org})
            mention_rows("position", n_positions, position.mentions)
            n_positions += 1
    for table, entity, items in (("organizations", "organization", article.organizations),
                                 ("locations", "location", article.locations)):
        for i, thing in enumerate(items):
            rows[table].append({"article_id": aid, "ordinal": i, "name": thing.name, "kind": thing.kind})
            mention_rows(entity, i, thing.mentions)
    for i, doc in enumerate(article.documents):
        rows["documents"].append({"article_id": aid, "ordinal": i, "type": doc.type, "number": doc.number,
                                  "symbol": doc.symbol, "date": doc.date, "issuer": doc.issuer, "name": doc.name,
                                  "subject": doc.subject})
        mention_rows("document", i, doc.mentions)
    for i, event in enumerate(article.events):
        rows["events"].append({"article_id": aid, "ordinal": i, "type": event.type, "name": event.name,
                               "date": event.date, "part_of_day": event.part_of_day, "organizer": event.organizer,
                               "chairs": list(event.chairs), "documents": list(event.documents)})
        mention_rows("event", i, event.mentions)
    for i, date in enumerate(article.dates):
        mentions.append({"article_id": aid, "entity": "date", "ordinal": i, "start": date.start, "end": date.end,
                         "text": date.text})
    return {table: found for table, found in rows.items() if found}


def _error(seq: int, key: str, origin: str, article_id: str | None, stage: str, message: str) -> dict[str, Any]:
    return {"seq": seq, "input_key": key, "origin": origin, "article_id": article_id, "stage": stage,
            "message": message}


def to_table(name: str, rows: list[dict[str, Any]]) -> pa.Table:
    try:
        return pa.Table.from_pylist(rows, schema=SCHEMAS[name])
    except (UnicodeEncodeError, pa.ArrowInvalid):
        # A lone surrogate (a JSON input may escape one) has no UTF-8 form: replaced in the fact
        # columns; the record keeps it, escaped, so `ingest DIR` reads the same article back.
        return pa.Table.from_pylist([_clean(row) for row in rows], schema=SCHEMAS[name])


def _clean(row: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in row.items():
        if key == "record":
            value = json.dumps(json.loads(value), ensure_ascii=True)
        elif isinstance(value, str):
            value = value.encode("utf-8", "replace").decode("utf-8")
        elif isinstance(value, list):
            value = [v.encode("utf-8", "replace").decode("utf-8") if isinstance(v, str) else v for v in value]
        out[key] = value
    return out


# --- back: rows of `articles` and `errors` to the ingest's items ---------------------------------


def item_of(row: dict[str, Any]) -> Any:
    """An `articles` row as the ingest's `Extracted` item, an `errors` row (read or parse) as its
    `Failed`: what the ingest would have prepared from the raw input."""
    from diembao.kb.prepare import Extracted

    if "record" not in row:
        return Failed(row["input_key"], row["origin"], row["article_id"], row["stage"], row["message"])
    raw = RawInput(row["origin"], row["kind"], row["raw"].decode("utf-8", "surrogatepass"), row["name"])
    return Extracted(raw, row["record"], row["extract_error"])


__all__ = ["Extraction", "fact_rows", "item_of", "rows_of", "to_table"]
