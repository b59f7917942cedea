"""The database connection: SQLite in WAL mode, transactions, and every dialect-specific bit.

Everything that would change for a server database lives here: connection set-up and pragmas,
the migration files' dialect folder, the full-text index (FTS5: how an article is added to it or
taken out of it, how a match is run), and how a query names the rank. The rest of `kb` speaks
plain SQL that PostgreSQL also reads (`?` placeholders are rewritten by a server store).

WAL lets readers query while an ingest writes: a reader sees the last committed batch, never
half of one. The writer uses `synchronous=NORMAL`: a crash of the process (kill -9) loses
nothing committed and never corrupts the file; a power cut may lose the last batches, which a
rerun of the same ingest adds again.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import groupby
from pathlib import Path
from typing import Any

from .analysis import IndexedText
from .facets import FACET_COLUMN

DIALECT = "sqlite"
FTS_TABLE = "articles_fts"
EXACT_COLUMNS = ("title_x", "lead_x", "body_x", "captions_x")
LOOSE_COLUMNS = ("title_l", "lead_l", "body_l", "captions_l")
_COLUMNS = ", ".join((*EXACT_COLUMNS, *LOOSE_COLUMNS, FACET_COLUMN))
_MARKS = ", ".join("?" * (len(EXACT_COLUMNS) + len(LOOSE_COLUMNS) + 1))  # and the facets
# bm25 weights: a word in the title counts most, then the lead, the captions, the body; facets
# only filter.
_WEIGHTS = ", ".join(str(w) for w in (10.0, 4.0, 1.0, 2.0) * 2 + (0.0,))


class StoreError(Exception):
    """The database cannot be opened or used (missing file, newer schema, locked)."""


class MissingStore(StoreError):
    """There is no database at the path (a user's slip, not a fault of the database)."""


# How long a writer waits for another one (a second ingest into the same file) before giving up;
# DIEMBAO_BUSY_TIMEOUT (seconds) sets another.
BUSY_TIMEOUT_SECONDS = float(os.environ.get("DIEMBAO_BUSY_TIMEOUT") or 60.0)


def explain(err: BaseException, path: Path | str) -> str:
    """One line for a fault of the database: what is wrong, and what to do about it."""
    text = str(err)
    lower = text.lower()
    if "readonly" in lower or "read-only" in lower:
        return f"{path} is read-only (the file or its file system): nothing was written"
    if "disk is full" in lower or "disk i/o" in lower:
        return f"{path}: the disk is full or failing ({text}): the batch being written was rolled back"
    if "locked" in lower or "busy" in lower:
        return (f"{path} is locked by another writer (another ingest?) for over "
                f"{BUSY_TIMEOUT_SECONDS:.0f} s: try again when it has finished")
    if "unable to open" in lower and not _writable(Path(path)):
        return f"{path} is read-only (the file or its file system): nothing was written"
    if "unable to open" in lower:
        return f"{path} cannot be opened ({text}): check that its folder exists and can be read"
    if any(x in lower for x in ("not a database", "malformed", "no such table", "no such column", "corrupt")):
        return f"{path} is damaged or not a diembao knowledge base ({text})"
    return f"{path}: the database failed ({type(err).__name__}: {text})"


def _writable(path: Path) -> bool:
    target = path if path.exists() else path.parent
    return os.access(target, os.W_OK)


READ_MMAP_BYTES = 1 << 30


class Store:
    """One connection. Writers call `transaction()`; readers just query."""

    def __init__(self, path: str | Path, *, create: bool = False, cache_mb: int = 32, readonly: bool = False):
        self.path = Path(path)
        self.readonly = readonly
        if (readonly or not create) and not self.path.exists():
            raise MissingStore(f"no knowledge base at {self.path} (create one with `diembao ingest`)")
        try:
            if readonly:
                # `mode=ro`: this connection can never write, whatever runs through it; the file
                # stays in the journal mode its writer set (WAL), so an ingest may go on beside it.
                self.conn = self._read_only()
                self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
                # Pages read through a mapping of the file rather than copied into each
                # connection's own cache: a server's many connections share the one the system
                # keeps (readers only: a writer's pages go through its cache and the WAL).
                self.conn.execute(f"PRAGMA mmap_size = {READ_MMAP_BYTES}")
            else:
                self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                            timeout=BUSY_TIMEOUT_SECONDS)
                self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute(f"PRAGMA cache_size = -{cache_mb * 1024}")
            self.conn.execute("PRAGMA temp_store = MEMORY")
        except sqlite3.DatabaseError as err:
            raise StoreError(explain(err, self.path)) from None
        self.cache_mb = cache_mb

    def _read_only(self) -> sqlite3.Connection:
        uri = self.path.resolve().as_uri()
        conn = sqlite3.connect(uri + "?mode=ro", uri=True, isolation_level=None, check_same_thread=False,
                               timeout=BUSY_TIMEOUT_SECONDS)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            # A WAL file on a read-only file system with no shared-memory file beside it: nobody
            # can be writing there, so the file is read as it stands.
            conn.close()
            return sqlite3.connect(uri + "?immutable=1", uri=True, isolation_level=None, check_same_thread=False)

    @contextmanager
    def page_cache(self, mb: int) -> Iterator[None]:
        """A page cache of `mb` megabytes for the duration of the block (then the former one)."""
        former = self.cache_mb
        self.conn.execute(f"PRAGMA cache_size = -{mb * 1024}")
        self.cache_mb = mb
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = -{former * 1024}")
            self.cache_mb = former

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def deadline(self, seconds: float) -> Iterator[None]:
        """Statements still running `seconds` after the block starts are interrupted (they raise
        `sqlite3.OperationalError: interrupted`): a bound on what one request may cost."""
        end = time.monotonic() + seconds
        self.conn.set_progress_handler(lambda: time.monotonic() > end, 20_000)
        try:
            yield
        finally:
            self.conn.set_progress_handler(None, 0)

    # --- statements -------------------------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        return self.conn.execute(sql, params).fetchone()

    def value(self, sql: str, params: Sequence[Any] = (), default: Any = None) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return default if row is None or row[0] is None else row[0]

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, params).fetchall()

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run an INSERT and return the new row's id."""
        cursor = self.conn.execute(sql, params)
        return int(cursor.lastrowid or 0)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write: all of it lands, or (on error or kill) none of it."""
        self.begin()
        try:
            yield
        except BaseException:
            self.rollback()  # SQLite may have rolled back already: `rollback` checks
            raise
        self.commit()

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    def begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def tables(self) -> set[str]:
        return {r[0] for r in self.all("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}

    # --- the full-text index ----------------------------------------------------------------

    def index_batch(self, ops: Sequence[tuple[bool, int, IndexedText, str]]) -> None:
        """Articles' words added to the index (False) or taken out of it (True), in their order. A
        contentless FTS5 table forgets a row only when told the words it was indexed with."""
        for delete, group in groupby(ops, key=lambda op: op[0]):
            sql = (f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {_COLUMNS}) VALUES ('delete', ?, {_MARKS})"
                   if delete else f"INSERT INTO {FTS_TABLE} (rowid, {_COLUMNS}) VALUES (?, {_MARKS})")
            self.conn.executemany(sql, [(aid, *text.columns, facets) for _, aid, text, facets in group])

    def clear_index(self) -> None:
        self.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('delete-all')")

    def match(self, expression: str, *, limit: int = 20, offset: int = 0,
              window: int | None = None) -> list[tuple[int, float]]:
        """(article aid, score) of the articles that match an FTS5 expression, best first.

        BM25 costs a few microseconds per matching row, so a query that matches tens of thousands
        of articles would spend its time ranking them all; with `window`, only the `window` most
        recently stored matches are ranked (finding them costs a walk down the row ids)."""
        where, params = "", [expression]
        try:
            if window is not None:
                window = max(window, limit + offset)
                floor = self.value(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? "
                                   f"ORDER BY rowid DESC LIMIT 1 OFFSET ?", (expression, window - 1))
                if floor is not None:
                    where, params = "AND rowid >= ?", [expression, floor]
            rows = self.all(f"SELECT rowid, bm25({FTS_TABLE}, {_WEIGHTS}) AS score FROM {FTS_TABLE} "
                            f"WHERE {FTS_TABLE} MATCH ? {where} ORDER BY score LIMIT ? OFFSET ?",
                            (*params, limit, offset))
        except sqlite3.OperationalError as err:
            raise MatchError(str(err)) from None
        return [(int(r[0]), float(r[1])) for r in rows]

    def newest(self, expression: str, limit: int) -> list[int]:
        """The article aids of the `limit` most recently stored matches: no ranking, and the
        engine stops as soon as it has them."""
        try:
            return [int(r[0]) for r in self.all(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? "
                                                "ORDER BY rowid DESC LIMIT ?", (expression, limit))]
        except sqlite3.OperationalError as err:
            raise MatchError(str(err)) from None

    def count_matches(self, expression: str, cap: int | None = None) -> int:
        """How many articles match; with `cap`, counting stops past it (at most cap + 1): a
        common word's matches cost their count to walk."""
        try:
            if cap is not None:
                return int(self.value(f"SELECT count(*) FROM (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} "
                                      "MATCH ? LIMIT ?)", (expression, cap + 1), 0))
            return int(self.value(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?", (expression,), 0))
        except sqlite3.OperationalError as err:
            raise MatchError(str(err)) from None


class MatchError(Exception):
    """The full-text engine refused a query."""
