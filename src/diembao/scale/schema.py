"""The Parquet dataset's schema, stated once: one pyarrow schema per table.

Every table is hive-partitioned by `year` (the publication year, as the Viet Nam calendar day of
`published` reads it, or `undated`), which lives in the directory name (`year=2021`), not in
the files. Rows of one article are tied together by `article_id`; `ordinal` numbers an
article's facts in record order (the order `diembao extract` writes them), and `mentions`
points back to them with (`entity`, `ordinal`).

`articles` carries what the SQLite ingest stores of an input (its origin, kind, name, raw text,
content hash and the record's JSON), so `diembao ingest DIR` rebuilds the knowledge base
without extracting again; `seq` is the input's position in the run's inputs, the order ingest
replays them in.
"""

from __future__ import annotations

import pyarrow as pa

_STR = pa.string()
_INT = pa.int32()

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("seq", pa.int64()),  # position among the run's raw inputs
        ("article_id", _STR),
        ("input_hash", _STR),  # kb.prepare.input_hash of the raw input
        ("origin", _STR),  # path, path:LINE
        ("kind", _STR),  # text | jsonl | html
        ("name", _STR),
        ("published", _STR),
        ("day", _STR),  # YYYY-MM-DD in Viet Nam
        ("outlet", _STR),
        ("url", _STR),
        ("collection", _STR),
        ("title", _STR),
        ("n_chars", _INT),  # length of the text the offsets point into
        ("extract_error", _STR),  # the extraction failed: the article is kept without facts
        ("record", _STR),  # the article record's JSON, exactly as `diembao extract` writes it
        ("raw", pa.binary()),  # the raw input, UTF-8 (lone surrogates kept, as the knowledge base keeps them)
    ]),
    "persons": pa.schema([
        ("article_id", _STR), ("ordinal", _INT), ("name", _STR), ("n_mentions", _INT),
    ]),
    "positions": pa.schema([
        ("article_id", _STR), ("ordinal", _INT), ("person_ordinal", _INT), ("person", _STR),
        ("title", _STR), ("org", _STR),
    ]),
    "organizations": pa.schema([
        ("article_id", _STR), ("ordinal", _INT), ("name", _STR), ("kind", _STR),
    ]),
    "locations": pa.schema([
        ("article_id", _STR), ("ordinal", _INT), ("name", _STR), ("kind", _STR),
    ]),
    "documents": pa.schema([
        ("article_id", _STR), ("ordinal", _INT), ("type", _STR), ("number", _STR), ("symbol", _STR),
        ("date", _STR), ("issuer", _STR), ("name", _STR), ("subject", _STR),
    ]),
    "events": pa.schema([
        ("article_id", _STR), ("ordinal", _INT), ("type", _STR), ("name", _STR), ("date", _STR),
        ("part_of_day", _STR), ("organizer", _STR), ("chairs", pa.list_(_STR)), ("documents", pa.list_(_STR)),
    ]),
    "mentions": pa.schema([
        # entity: person | position | organization | location | document | event | date;
        # ordinal: the row of that entity's table (for dates, the index in the record's `dates`)
        ("article_id", _STR), ("entity", _STR), ("ordinal", _INT), ("start", _INT), ("end", _INT),
        ("text", _STR),
    ]),
    "errors": pa.schema([
        # stage: read | parse (no article) | extract (the article is in `articles`, without facts)
        ("seq", pa.int64()), ("input_key", _STR), ("origin", _STR), ("article_id", _STR), ("stage", _STR),
        ("message", _STR),
    ]),
}

TABLES: tuple[str, ...] = tuple(SCHEMAS)
# Facts of one article, in the order its record lists them.
FACT_TABLES: tuple[str, ...] = ("persons", "positions", "organizations", "locations", "documents", "events",
                                "mentions")
UNDATED = "undated"


def year_of(day: str | None) -> str:
    return day[:4] if day and day[:4].isdigit() else UNDATED
