"""The document the stages pass along: the article, its text, the folded text, and the typed
layers one stage hands to a later one without them being part of the output record.

Stages never mutate: `Doc`, `Layers` and `Article` are frozen, and a stage returns a new `Doc`
(`with_article`, `with_layers`). A layer is one field of `Layers`; naming one that does not exist
is a `TypeError`, so a stage cannot write a layer nobody declared. Which stage assigns which
layer is declared by the stages (`REQUIRES`, `ASSIGNS`) and checked when the pipeline is built.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from diembao.record import Article
from diembao.text import fold

if TYPE_CHECKING:  # the types of the layers; their modules import this one
    from diembao.extract.bodies.grammar import Context
    from diembao.extract.persons import PersonSpan
    from diembao.extract.spans import OrgSpan, PlaceSpan, TitleSpan
    from diembao.extract.titles import TitleIndex
    from diembao.text.tokens import Token


@dataclass(frozen=True, slots=True)
class Layers:
    """Every layer a stage may set; None until the stage that assigns it has run."""

    tokens: tuple[Token, ...] | None = None  # lexing (the pipeline, before the first stage)
    positions: Mapping[str, list[int]] | None = None  # token indices by folded trigger word
    indexed: frozenset[str] = frozenset()  # the trigger words `positions` indexes
    capitals: tuple[int, ...] | None = None  # indices of the capitalised tokens
    title_index: TitleIndex | None = None  # where titles and cues stand (organizations, persons)
    places: tuple[PlaceSpan, ...] | None = None  # places
    place_blocks: tuple[PlaceSpan, ...] | None = None  # places: names that are no location
    context: Context | None = None  # context: the article's main province and district
    main_place: str | None = None  # context: the main province's name
    orgs: tuple[OrgSpan, ...] | None = None  # bodies
    titles: tuple[TitleSpan, ...] | None = None  # bodies: office titles with their bodies
    person_spans: tuple[PersonSpan, ...] | None = None  # persons


LAYER_NAMES = frozenset(f.name for f in fields(Layers))
_EMPTY = Layers()


@dataclass(frozen=True, slots=True)
class Doc:
    article: Article
    text: str
    folded: str
    layers: Layers = _EMPTY

    @classmethod
    def of(cls, article: Article) -> Doc:
        text = article.text
        return cls(article=article, text=text, folded=fold(text))

    def with_article(self, **changes: Any) -> Doc:
        return Doc(self.article.with_(**changes), self.text, self.folded, self.layers)

    def with_layers(self, **changes: Any) -> Doc:
        layers = self.layers
        values = {name: getattr(layers, name) for name in _FIELD_NAMES}
        values.update(changes)
        return Doc(self.article, self.text, self.folded, Layers(**values))


_FIELD_NAMES = tuple(f.name for f in fields(Layers))
