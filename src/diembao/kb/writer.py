"""The writer: one prepared article (or one failure) into the store, inside the caller's transaction.

An article is keyed by its id and the hash of its raw input. The same id with the same hash is
left alone; the same id with another hash from the same file (the text changed, or a later line
of a JSONL file gives a newer version) keeps its row number and has its old facts removed and
the new ones resolved. The same id from another file (two `a.txt` in two folders, two corpora
that both number their articles from 1) is another article: it is stored as `ID~2` (`~3`, ...)
with a warning, so that neither is lost. A failure replaces any earlier failure of the same
input; an input that succeeds clears its earlier failure.

Each article is written inside a savepoint: a value the database refuses (a string it cannot
encode, an integer too large for it) undoes that article alone, which becomes an error row,
and the batch goes on. Faults of the database itself (disk full, read-only) stop the run.

The full-text index is written at the end of the batch (`flush`, before each commit), not in
the article's savepoint: FTS5 writes its pending terms to disk as a new segment at every
SAVEPOINT and RELEASE, so one savepoint per article made one segment per article, and their
merging cost the writer about half its time (baomoi, 5,000 articles: 0.46 ms an article in
RELEASE alone). The text is checked in the savepoint (it must encode), so the deferred write
cannot be refused.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass, replace
from enum import Enum

from diembao.record import Article

from . import dating
from .analysis import IndexedText, index_text
from .codec import unpack
from .facets import article_tokens
from .prepare import Failed, Prepared, Result
from .resolve import Resolver
from .store import Store

# Index text queued before it is written anyway: FTS5 itself writes a segment per megabyte of
# terms, so a larger queue saves nothing and holds the memory of many large pages.
_INDEX_CHARS = 2_000_000


class Outcome(Enum):
    ADDED = "added"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Written:
    outcome: Outcome
    message: str | None = None  # for a failure: the one line to report
    notes: tuple[str, ...] = ()  # warnings to report, each a line naming the input


class Writer:
    def __init__(self, store: Store):
        self.store = store
        self.resolver = Resolver(store)
        self._estimate: dating.Estimate | None = None  # of the article being written
        # The batch's index writes, in order: (delete, aid, text, facets); see the module's doc.
        self._index: list[tuple[bool, int, IndexedText, str]] = []
        self._index_chars = 0

    def write(self, result: Result) -> Written:
        if isinstance(result, Failed):
            self._error(result.input_key, result.origin, result.article_id, result.stage, result.message)
            return Written(Outcome.FAILED, result.line())
        queued, chars = len(self._index), self._index_chars
        self.store.execute("SAVEPOINT article")
        try:
            self.store.execute("INSERT OR REPLACE INTO inputs (origin, input_hash) VALUES (?, ?)",
                               (origin_key(result.origin), result.input_hash))
            written = self._article(result)
        except (sqlite3.InterfaceError, sqlite3.IntegrityError, UnicodeError, OverflowError, ValueError,
                TypeError) as err:
            self.store.execute("ROLLBACK TO article")
            self.store.execute("RELEASE article")
            self._unqueue(queued, chars)
            failed = Failed(result.input_hash, result.origin, _safe(result.article.id), "write",
                            f"cannot be stored ({type(err).__name__}: {_safe(str(err))[:200]})")
            return self.write(failed)
        except BaseException:
            if self.store.in_transaction:
                self.store.execute("ROLLBACK TO article")
                self.store.execute("RELEASE article")
            self._unqueue(queued, chars)
            raise
        self.store.execute("RELEASE article")
        if self._index_chars > _INDEX_CHARS:
            self.flush()
        if result.notes:
            prefix = f"{result.origin} [{result.article.id}]: warning: "
            written = Written(written.outcome, written.message, tuple(prefix + n for n in result.notes))
        return written

    def _article(self, p: Prepared) -> Written:
        p, self._estimate = _dated(p)
        article = p.article
        article_id, row = self._slot(p)
        if article_id != article.id:
            renamed = article.with_(id=article_id)
            note = (f"{p.origin} [{article.id}]: warning: another file already gave an article this id: "
                    f"stored as {article_id}")
            p = _with_article(p, renamed)
            written = self._article_as(p, row)
            return Written(written.outcome, written.message, (note,))
        return self._article_as(p, row)

    def _slot(self, p: Prepared) -> tuple[str, tuple[int, str] | None]:
        """The id to store the article under, and the stored row it replaces: its own id unless a
        different file holds it (then `ID~2`, `ID~3`, ...)."""
        base, file = p.article.id, _file_of(origin_key(p.origin))
        for n in range(1, 10_000):
            candidate = base if n == 1 else f"{base}~{n}"
            row = self.store.one("SELECT aid, input_hash, origin FROM articles WHERE id = ?", (candidate,))
            if row is None:
                return candidate, None
            if row[1] == p.input_hash or self._same_file(row[1], row[2], file):
                return candidate, (row[0], row[1])
        raise ValueError(f"10,000 articles already have the id {base!r}")

    def _same_file(self, digest: str, origin: str, file: str) -> bool:
        if _file_of(origin_key(origin)) == file:
            return True
        # The stored origin may be relative to another working directory: the inputs table has
        # it absolute (a scan, but only for an id that another input already holds).
        known = self.store.value("SELECT origin FROM inputs WHERE input_hash = ? LIMIT 1", (digest,))
        return known is not None and _file_of(known) == file

    def _article_as(self, p: Prepared, row: tuple[int, str] | None) -> Written:
        article = p.article
        if row is not None and row[1] == p.input_hash:
            return Written(Outcome.UNCHANGED)
        if row is not None:
            aid = row[0]
            self.forget(aid)
            self._update(aid, p)
            return self._facts(aid, p, Outcome.REPLACED)
        aid = self.store.insert(
            "INSERT INTO articles (input_hash, kind, origin, name, raw, record, published, day, outlet, "
            "title, url, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (*_values(p), article.id))
        return self._facts(aid, p, Outcome.ADDED)

    def rewrite(self, aid: int, p: Prepared) -> Written:
        """Store article `aid` again from a new extraction of its own input (for `reindex`, which
        has already emptied the index and the facts)."""
        p, self._estimate = _dated(p)
        self._update(aid, p)
        return self._facts(aid, p, Outcome.REPLACED)

    def _update(self, aid: int, p: Prepared) -> None:
        taken = self.store.value("SELECT aid FROM articles WHERE id = ? AND aid != ?", (p.article.id, aid))
        # A parser that now reads another article's id keeps this one's: ids stay unique.
        new_id = p.article.id if taken is None else self.store.value("SELECT id FROM articles WHERE aid = ?", (aid,))
        self.store.execute(
            "UPDATE articles SET input_hash = ?, kind = ?, origin = ?, name = ?, raw = ?, record = ?, "
            "published = ?, day = ?, outlet = ?, title = ?, url = ?, id = ?, place_id = NULL WHERE aid = ?",
            (*_values(p), new_id, aid))

    def _facts(self, aid: int, p: Prepared, outcome: Outcome) -> Written:
        article = p.article
        estimate = self._estimate
        self.store.execute("UPDATE articles SET day_estimated = ?, day_precision = ? WHERE aid = ?",
                           (estimate.how if estimate else None, estimate.precision if estimate else None, aid))
        place_id = self.resolver.resolve(aid, article, p.day, p.outlet_province, estimated=estimate is not None)
        if p.day is None:
            estimate = self.resolver.date_from_offices(aid)
            if estimate is not None:
                self.store.execute("UPDATE articles SET day = ?, day_estimated = ?, day_precision = ? WHERE aid = ?",
                                   (estimate.day, estimate.how, estimate.precision, aid))
                p = replace(p, day=estimate.day)
        if place_id is not None:
            self.store.execute("UPDATE articles SET place_id = ? WHERE aid = ?", (place_id, aid))
        facets = article_tokens(self.resolver.last_links(), article.source.outlet, p.day)
        self.index(aid, p.text, facets)
        self.store.execute("DELETE FROM errors WHERE input_key = ?", (p.input_hash,))
        if p.extract_error:
            self._error(p.input_hash, p.origin, article.id, "extract", p.extract_error)
            return Written(outcome, f"{p.origin} [{article.id}]: {p.extract_error}")
        return Written(outcome)

    def forget(self, aid: int) -> None:
        """Take an article's words out of the index and its facts out of the knowledge base."""
        record, outlet, day = self.store.one("SELECT record, outlet, day FROM articles WHERE aid = ?", (aid,))
        old = Article.from_json(unpack(record))
        links = self.store.all("SELECT kind, entity_id FROM resolutions WHERE aid = ?", (aid,))
        self._index.append((True, aid, index_text(old.title, old.lead, old.body, old.captions),
                            article_tokens(links, outlet, day)))
        self.resolver.forget(aid, links)

    def index(self, aid: int, text: IndexedText, facets: str) -> None:
        """Add an article's words to the index at the next `flush`."""
        for column in (*text.columns, facets):
            column.encode()  # what the database would refuse, refused now, inside the savepoint
            self._index_chars += len(column)
        self._index.append((False, aid, text, facets))

    def _unqueue(self, queued: int, chars: int) -> None:
        """Drop the index writes queued since the queue held `queued` of them (an undone article's)."""
        del self._index[queued:]
        self._index_chars = chars

    def flush(self) -> None:
        """Write the queued index changes (the caller then commits)."""
        if self._index:
            self.store.index_batch(self._index)
        self._index.clear()
        self._index_chars = 0

    def _error(self, key: str, origin: str, article_id: str | None, stage: str, message: str) -> None:
        self.store.execute(
            "INSERT INTO errors (input_key, origin, article_id, stage, message) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (input_key) DO UPDATE SET origin = excluded.origin, article_id = excluded.article_id, "
            "stage = excluded.stage, message = excluded.message", (key, origin, article_id, stage, message))


def _dated(p: Prepared) -> tuple[Prepared, dating.Estimate | None]:
    """An article without a publication day gets the day its text gives (`dating.py`)."""
    if p.day is not None or p.extract_error:
        return p, None
    estimate = dating.from_text(p.article)
    return (replace(p, day=estimate.day), estimate) if estimate else (p, None)


def _values(p: Prepared) -> tuple[object, ...]:
    a = p.article
    return (p.input_hash, p.kind, p.origin, p.name, p.raw, p.record, a.published, p.day, a.source.outlet,
            a.title, a.source.url)


_LINE = re.compile(r"^(?P<path>.+):(?P<line>\d+)$")


def _file_of(key: str) -> str:
    """The file part of an origin key (`/data/c.jsonl:12` -> `/data/c.jsonl`)."""
    match = _LINE.match(key)
    return match.group("path") if match else key


def _safe(text: str) -> str:
    return text.encode("utf-8", "replace").decode("utf-8")


def _with_article(p: Prepared, article: Article) -> Prepared:
    from .codec import pack

    return replace(p, article=article, record=pack(article.to_json()))


def origin_key(origin: str) -> str:
    """An input's origin with its file as an absolute path (`corpus.jsonl:12` ->
    `/data/corpus.jsonl:12`), so the same input is the same however the path was written."""
    match = _LINE.match(origin)
    path, line = (match.group("path"), ":" + match.group("line")) if match else (origin, "")
    if path in ("-", "") or path.startswith("record:"):
        return origin
    return os.path.abspath(path) + line
