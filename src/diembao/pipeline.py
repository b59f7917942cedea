"""The stage contract and the pipeline that runs stages over articles.

A stage is a callable `Doc -> Doc`: it reads the document (the article, its text and the folded
form of that text, and what earlier stages left in `layers`) and returns a new document with its
own annotations added. Stages never mutate; `Doc` and `Article` are frozen.

`layers` carries what one stage hands to a later one without it being part of the output
record (the article's main place, the spans of office titles, ...). Each stage documents the
layers it reads and writes.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from diembao.record import Article
from diembao.text import fold

Stage = Callable[["Doc"], "Doc"]


@dataclass(frozen=True, slots=True)
class Doc:
    article: Article
    text: str
    folded: str
    layers: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(cls, article: Article) -> Doc:
        text = article.text
        return cls(article=article, text=text, folded=fold(text))

    def with_article(self, **changes: Any) -> Doc:
        return Doc(self.article.with_(**changes), self.text, self.folded, self.layers)

    def with_layer(self, name: str, value: Any) -> Doc:
        return Doc(self.article, self.text, self.folded, MappingProxyType({**self.layers, name: value}))

    def layer(self, name: str, default: Any = None) -> Any:
        return self.layers.get(name, default)


class Pipeline:
    """Stages in order; `__call__` for one article, `pipe` for a stream."""

    def __init__(self, stages: Sequence[Stage]):
        self.stages = tuple(stages)
        self._calls = 0

    def run(self, doc: Doc) -> Doc:
        self._calls += 1
        if not self._calls % _COLLECT_EVERY and not gc.isenabled():
            gc.collect()  # `warm_up` turned automatic collection off; this is the safety net
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def __call__(self, article: Article) -> Article:
        return self.run(Doc.of(article)).article

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            yield self(article)


_DEFAULT: Pipeline | None = None
_COLLECT_EVERY = 1000  # articles between full collections while automatic collection is off


def default_pipeline() -> Pipeline:
    """The full extraction, built once per process (its tables load on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        from diembao.stages import DEFAULT_STAGES

        _DEFAULT = Pipeline(DEFAULT_STAGES())
    return _DEFAULT


# Loads every stage's tables: a body, an office, a person, a place, a date, a document, an event.
_WARM_UP_TEXT = ("Sáng 10-11, Ban Thường vụ Tỉnh ủy Tiền Giang tổ chức Hội nghị tổng kết Nghị quyết "
                 "22-NQ/TW. Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị.")


def warm_up() -> Pipeline:
    """Prepare this process to run the pipeline over many articles (the CLI, ingest workers,
    benchmarks): load every table now, then keep them out of the garbage collector's way. The
    tables are large and live for good (`gc.freeze`). Extracting an article allocates many
    short-lived tuples but makes no reference cycles (`tests/test_pipeline_gc.py` checks it), so
    reference counting frees everything and the automatic collector, which cost a tenth of the
    time walking those tuples, is switched off; `Pipeline.run` still collects every
    `_COLLECT_EVERY` articles in case a caller's own objects make cycles."""
    pipeline = default_pipeline()
    pipeline(Article(id="warm-up", body=(_WARM_UP_TEXT,), published="2021-11-10"))
    gc.collect()
    gc.freeze()
    gc.disable()
    return pipeline
