"""The stage contract and the pipeline that runs stages over articles.

A stage is a module (or a `Stage`) with `annotate: Doc -> Doc`, which reads the document (the
article, its text, the folded text, and the layers earlier stages set) and returns a new one
with its own annotations added, and three declarations:

- `REQUIRES`: the layers (fields of `diembao.extract.doc.Layers`) and article facts (`dates`,
  `locations`, `organizations`, `documents`, `persons`, `events`) it reads;
- `ASSIGNS`: those it sets;
- `trigger_words()` (optional): the folded words it looks up with `starts_of`, which lexing
  indexes.

Building a `Pipeline` checks the declarations: a stage that requires what no earlier stage
assigns, or that names something that is neither a layer nor a fact, is a `StageOrderError`
naming the stage and the name. The pipeline lexes every article first (the layers `tokens`,
`positions`, `indexed`, `capitals`), indexing the trigger words its stages declared: no
process-wide state.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from diembao.extract.doc import LAYER_NAMES, Doc  # Doc: the type `run` takes, for callers
from diembao.extract.lexing import lexed
from diembao.extract.settings import COLLECT_EVERY as _COLLECT_EVERY
from diembao.record import Article

FACTS = frozenset({"dates", "locations", "organizations", "documents", "persons", "events"})
LEXING = frozenset({"tokens", "positions", "indexed", "capitals"})  # set by the pipeline itself
# Layers every stage may add to from the start (each adds its own entries; none requires another's).
SHARED_LAYERS = frozenset({"reasons"})


class StageOrderError(ValueError):
    """A stage list whose declarations do not hold (raised when the pipeline is built)."""


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    annotate: Callable[[Doc], Doc]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    triggers: Callable[[], Iterable[frozenset[str]]] | None = None

    @classmethod
    def of(cls, stage: Any) -> Stage:
        """A `Stage` from a stage module (or a `Stage` as it is)."""
        if isinstance(stage, Stage):
            return stage
        return cls(stage.__name__.rsplit(".", 1)[-1], stage.annotate, tuple(stage.REQUIRES),
                   tuple(stage.ASSIGNS), getattr(stage, "trigger_words", None))


def check_order(stages: Sequence[Stage]) -> None:
    """Raise `StageOrderError` unless every stage's requirements are assigned by an earlier one."""
    known = LAYER_NAMES | FACTS
    assigned = set(LEXING | SHARED_LAYERS)
    for stage in stages:
        for name in (*stage.requires, *stage.assigns):
            if name not in known:
                raise StageOrderError(f"stage {stage.name!r} declares {name!r}, which is neither a layer nor a fact")
        for name in stage.requires:
            if name not in assigned:
                raise StageOrderError(f"stage {stage.name!r} requires {name!r}, which no earlier stage assigns")
        assigned.update(stage.assigns)


class Pipeline:
    """Stages in order; `__call__` for one article, `pipe` for a stream."""

    def __init__(self, stages: Sequence[Any]):
        self.stages = tuple(Stage.of(s) for s in stages)
        check_order(self.stages)
        self.triggers = frozenset().union(*(words for s in self.stages if s.triggers for words in s.triggers()))
        self._run = tuple(s.annotate for s in self.stages)
        self._calls = 0

    def run(self, doc: Doc) -> Doc:
        self._calls += 1
        if not self._calls % _COLLECT_EVERY and not gc.isenabled():
            gc.collect()  # `warm_up` turned automatic collection off; this is the safety net
        doc = lexed(doc, self.triggers)
        for annotate in self._run:
            doc = annotate(doc)
        return doc

    def __call__(self, article: Article) -> Article:
        return self.run(Doc.of(article)).article

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            yield self(article)


def default_stages(links: bool = False) -> tuple[Any, ...]:
    """The extraction stages, one module per fact kind, in the order they run. `links`: with the
    learned stage that re-chooses the body of each office (`diembao.extract.links`), which is off
    by default: it has not beaten the rules on dev (see the README, "Accuracy")."""
    from diembao.extract import (
        bodies,
        careers,
        context,
        dates,
        deputies,
        descriptors,
        documents,
        events,
        offices,
        persons,
        places,
        units,
    )
    from diembao.extract import links as learned

    rules = (dates, places, context, units, bodies, descriptors, documents, persons, offices, careers, deputies)
    return (*rules, *((learned,) if links else ()), events)


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The full extraction, built once per process (its tables load on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline(default_stages())
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
