"""The document the stages pass along: the article, its text, the folded text, and the typed
layers one stage hands to a later one without them being part of the output record.

Stages never mutate: `Doc`, `Layers` and `Article` are immutable, and a stage returns a new `Doc`
(`with_article`, `with_layers`). A layer is one field of `Layers`; naming one that does not exist
is a `TypeError`, so a stage cannot write a layer nobody declared. `Layers` is a typed named
tuple rather than a frozen dataclass because every stage makes a new one for every article: a
tuple is built in a third of the time, which kept the typed contract within noise of the
unchecked mapping it replaced. Which stage assigns which
layer is declared by the stages (`REQUIRES`, `ASSIGNS`) and checked when the pipeline is built.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from diembao.record import Article
from diembao.text import fold

if TYPE_CHECKING:  # the types of the layers; their modules import this one
    from diembao.extract.bodies.grammar import Context
    from diembao.extract.persons import PersonSpan
    from diembao.extract.reasons import Reason
    from diembao.extract.spans import OrgSpan, PlaceSpan, TitleSpan
    from diembao.extract.titles import TitleIndex
    from diembao.text.tokens import Token


class Layers(NamedTuple):
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
    reasons: tuple[Reason, ...] = ()  # any stage: the rule behind a fact, for `--explain`


LAYER_NAMES = frozenset(Layers._fields)
_INDEX = {name: i for i, name in enumerate(Layers._fields)}
_EMPTY = Layers()
_new_tuple = tuple.__new__


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
        if not LAYER_NAMES.issuperset(changes):
            raise TypeError(f"no such layer: {', '.join(sorted(set(changes) - LAYER_NAMES))}")
        values = list(self.layers)
        for name, value in changes.items():
            values[_INDEX[name]] = value
        return Doc(self.article, self.text, self.folded, _new_tuple(Layers, values))
