"""Why a fact was found: the finer rule (or model, with its score) a stage names for a fact.

A stage that distinguishes several ways of finding one kind of fact (an office written before
its holder's name, or linked after it by a verb) may add a `Reason` to the layer `reasons`
for each fact it makes. `diembao extract --explain` reports it beside the stage that made the
fact (`diembao.extract.explain`); without `--explain` nothing reads the layer, so a stage that
notes nothing costs nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from diembao.extract.doc import Doc

Key = tuple[str | None, ...]


@dataclass(frozen=True, slots=True)
class Reason:
    """`kind` and `key` name the fact as `diembao.extract.explain.fact_keys` does."""

    kind: str
    key: Key
    rule: str
    score: float | None = None


def noted(doc: Doc, reasons: Iterable[Reason]) -> Doc:
    """The document with `reasons` added to its layer `reasons`."""
    new = tuple(reasons)
    return doc.with_layers(reasons=doc.layers.reasons + new) if new else doc
