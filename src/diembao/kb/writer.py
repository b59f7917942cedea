"""The writer: one prepared article (or one failure) into the store, inside the caller's transaction.

An article is keyed by its id and the hash of its raw input. The same id with the same hash is
left alone; the same id with another hash (the text changed) keeps its row number and has its
old facts removed and the new ones resolved. A failure replaces any earlier failure of the same
input; an input that succeeds clears its earlier failure.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from enum import Enum

from diembao.record import Article

from . import dating
from .analysis import index_text
from .codec import unpack
from .facets import article_tokens
from .prepare import Failed, Prepared, Result
from .resolve import Resolver
from .store import Store


class Outcome(Enum):
    ADDED = "added"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Written:
    outcome: Outcome
    message: str | None = None  # for a failure: the one line to report


class Writer:
    def __init__(self, store: Store):
        self.store = store
        self.resolver = Resolver(store)
        self._estimate: dating.Estimate | None = None  # of the article being written

    def write(self, result: Result) -> Written:
        if isinstance(result, Failed):
            self._error(result.input_key, result.origin, result.article_id, result.stage, result.message)
            return Written(Outcome.FAILED, result.line())
        self.store.execute("INSERT OR REPLACE INTO inputs (origin, input_hash) VALUES (?, ?)",
                           (origin_key(result.origin), result.input_hash))
        return self._article(result)

    def _article(self, p: Prepared) -> Written:
        p, self._estimate = _dated(p)
        article = p.article
        row = self.store.one("SELECT aid, input_hash FROM articles WHERE id = ?", (article.id,))
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
        self.store.index_article(aid, p.text, facets)
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
        self.store.unindex_article(aid, index_text(old.title, old.lead, old.body, old.captions),
                                   article_tokens(links, outlet, day))
        self.resolver.forget(aid, links)

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


def origin_key(origin: str) -> str:
    """An input's origin with its file as an absolute path (`corpus.jsonl:12` ->
    `/data/corpus.jsonl:12`), so the same input is the same however the path was written."""
    match = _LINE.match(origin)
    path, line = (match.group("path"), ":" + match.group("line")) if match else (origin, "")
    if path in ("-", "") or path.startswith("record:"):
        return origin
    return os.path.abspath(path) + line
