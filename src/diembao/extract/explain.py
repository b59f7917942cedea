"""`diembao extract --explain`: each fact with the stage (and, where the stage names one, the
rule or model and its score) that produced it.

The pipeline is run one stage at a time and the article's facts are compared after each: a fact
is credited to the stage after which it first appears, and the later stages that changed it
(a document's issuer set by a later stage, a body renamed) are listed as `changed_by`. A stage
may name a finer rule through the layer `reasons` (`diembao.extract.reasons`). The result is
the record's JSON with a `why` object in every fact, which other tools and the scorers ignore:
the same record, so `--explain` never changes what is extracted (tested).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any

from diembao.extract.doc import Doc
from diembao.extract.lexing import lexed
from diembao.extract.pipeline import Pipeline, default_pipeline
from diembao.extract.reasons import Key, Reason
from diembao.record import Article

# A fact present before the first stage ran: given by the input record itself.
INPUT = "input"
# The list fields of a record whose items are facts, with the fields that name one item.
_KEYS: dict[str, tuple[str, ...]] = {
    "persons": ("name",),
    "organizations": ("name",),
    "locations": ("name",),
    "documents": ("type", "number", "name"),
    "events": ("type", "name"),
    "dates": ("start", "end"),
}
# Fields a fact's value leaves out: where it was written grows as stages find more mentions,
# and a person's offices are facts of their own.
_NOT_VALUE = frozenset({"mentions", "positions"})


@dataclass(frozen=True, slots=True)
class Why:
    stage: str
    rule: str | None = None
    score: float | None = None
    changed_by: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"stage": self.stage}
        if self.rule is not None:
            out["rule"] = self.rule
        if self.score is not None:
            out["score"] = self.score
        if self.changed_by:
            out["changed_by"] = list(self.changed_by)
        return out


def _value(fact: Any) -> tuple[Any, ...]:
    return tuple(getattr(fact, f.name) for f in fields(fact) if f.name not in _NOT_VALUE)


def fact_keys(article: Article) -> Iterator[tuple[tuple[str, Key], Any]]:
    """((kind, key), fact) for every fact of the record; a person's offices are kind `positions`
    with key (person's name, title, org)."""
    for kind, names in _KEYS.items():
        for fact in getattr(article, kind):
            yield (kind, tuple(getattr(fact, n) for n in names)), fact
    for person in article.persons:
        for position in person.positions:
            yield ("positions", (person.name, position.title, position.org)), position


def explained(article: Article, pipeline: Pipeline | None = None) -> tuple[Article, dict[tuple[str, Key], Why]]:
    """The extracted record, and why each of its facts is there."""
    pipeline = pipeline or default_pipeline()
    doc = lexed(Doc.of(article), pipeline.triggers)
    before = {k: _value(f) for k, f in fact_keys(doc.article)}
    first = dict.fromkeys(before, INPUT)
    changed: dict[tuple[str, Key], list[str]] = {}
    for stage in pipeline.stages:
        doc = stage.annotate(doc)
        now = {k: _value(f) for k, f in fact_keys(doc.article)}
        for key, value in now.items():
            if key not in first:
                first[key] = stage.name
            elif key in before and before[key] != value:
                changed.setdefault(key, []).append(stage.name)
        before = now
    reasons: dict[tuple[str, Key], Reason] = {}
    for reason in doc.layers.reasons:
        reasons.setdefault((reason.kind, reason.key), reason)
    why: dict[tuple[str, Key], Why] = {}
    for key in before:
        reason = reasons.get(key)
        why[key] = Why(first[key], reason.rule if reason else None, reason.score if reason else None,
                       tuple(changed.get(key, ())))
    return doc.article, why


def explain(article: Article, pipeline: Pipeline | None = None) -> dict[str, Any]:
    """The extracted record as JSON data, every fact carrying its `why`."""
    record, why = explained(article, pipeline)
    data = record.to_dict()
    for kind, names in _KEYS.items():
        for fact, item in zip(getattr(record, kind), data[kind], strict=True):
            item["why"] = why[kind, tuple(getattr(fact, n) for n in names)].to_dict()
    for person, item in zip(record.persons, data["persons"], strict=True):
        for position, pos_item in zip(person.positions, item["positions"], strict=True):
            pos_item["why"] = why["positions", (person.name, position.title, position.org)].to_dict()
    return data
