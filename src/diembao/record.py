"""The article record: diembao's output contract, as frozen dataclasses with a JSON round-trip.

The JSON shape is the one `shared/DESIGN.md` and `shared/eval/GUIDELINES.md` define: entity
lists hold each distinct thing once, and every entity carries its `mentions` (character
offsets into `Article.text`, see `diembao.text` for the one offset convention).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from diembao.pickling import compact_pickle
from diembao.text import join_segments


@compact_pickle
@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of the article text: `text == article.text[start:end]`."""

    start: int
    end: int
    text: str


@compact_pickle
@dataclass(frozen=True, slots=True)
class Source:
    outlet: str | None = None
    tag: str | None = None
    url: str | None = None
    # The collection the article came from, as the input names it ("VietNews", "baomoi.com (2017)").
    collection: str | None = None
    # The agency or outlet the text was taken from, as a byline says (`Theo TTXVN` -> "TTXVN").
    via: str | None = None


@compact_pickle
@dataclass(frozen=True, slots=True)
class Position:
    title: str
    org: str | None = None
    mentions: tuple[Mention, ...] = ()


@compact_pickle
@dataclass(frozen=True, slots=True)
class Person:
    name: str
    positions: tuple[Position, ...] = ()
    mentions: tuple[Mention, ...] = ()


@compact_pickle
@dataclass(frozen=True, slots=True)
class Organization:
    name: str
    kind: str | None = None
    mentions: tuple[Mention, ...] = ()


@compact_pickle
@dataclass(frozen=True, slots=True)
class Location:
    name: str
    kind: str | None = None
    mentions: tuple[Mention, ...] = ()


@compact_pickle
@dataclass(frozen=True, slots=True)
class Document:
    type: str
    number: str | None = None
    symbol: str | None = None
    date: str | None = None
    issuer: str | None = None
    name: str | None = None
    subject: str | None = None
    mentions: tuple[Mention, ...] = ()


@compact_pickle
@dataclass(frozen=True, slots=True)
class Event:
    type: str
    name: str
    date: str | None = None
    part_of_day: str | None = None
    organizer: str | None = None
    chairs: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


@compact_pickle
@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression. `value` is ISO 8601 (`2021-11-10`, `2021-11`, `2021`, `--11-10`),
    or `START/END` for a range (`2021/2026`); None for recurrences such as `hằng năm`."""

    text: str
    value: str | None
    precision: str
    start: int
    end: int
    part_of_day: str | None = None


@compact_pickle
@dataclass(frozen=True, slots=True)
class Article:
    id: str
    source: Source = field(default_factory=Source)
    published: str | None = None
    title: str = ""
    lead: str = ""
    body: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    locations: tuple[Location, ...] = ()
    documents: tuple[Document, ...] = ()
    events: tuple[Event, ...] = ()
    dates: tuple[DateMention, ...] = ()

    @property
    def text(self) -> str:
        """The text every offset points into (see `diembao.text.join_segments`)."""
        return join_segments(self.title, self.lead, self.body, self.captions)

    def to_dict(self) -> dict[str, Any]:
        return _to_plain(self)

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        return _from_plain(cls, data)

    @classmethod
    def from_json(cls, text: str) -> Article:
        return cls.from_dict(json.loads(text))

    def with_(self, **changes: Any) -> Article:
        """A copy with `changes`. Stages call this once each per article, so it skips
        `dataclasses.replace`'s generic machinery: the fields are known and already valid."""
        unknown = changes.keys() - _ARTICLE_FIELDS
        if unknown:
            return replace(self, **changes)  # raises the usual TypeError
        new = object.__new__(Article)
        for name in _ARTICLE_FIELDS_ORDER:
            object.__setattr__(new, name, changes[name] if name in changes else getattr(self, name))
        return new


_ARTICLE_FIELDS_ORDER = tuple(f.name for f in fields(Article))
_ARTICLE_FIELDS = frozenset(_ARTICLE_FIELDS_ORDER)


def _to_plain(value: Any) -> Any:
    names = _FIELD_NAMES.get(type(value))
    if names is None and hasattr(value, "__dataclass_fields__"):
        # `fields()` per object would be most of the cost of a record's JSON: once per class.
        names = _FIELD_NAMES[type(value)] = tuple(f.name for f in fields(value))
    if names is not None:
        return {name: _to_plain(getattr(value, name)) for name in names}
    if isinstance(value, tuple | list):
        return [_to_plain(v) for v in value]
    return value


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


# Which dataclass each list- or object-valued field holds, for reading JSON back.
_NESTED: dict[type, dict[str, type]] = {
    Article: {"source": Source, "persons": Person, "organizations": Organization,
              "locations": Location, "documents": Document, "events": Event, "dates": DateMention},
    Person: {"positions": Position, "mentions": Mention},
    Position: {"mentions": Mention},
    Organization: {"mentions": Mention},
    Location: {"mentions": Mention},
    Document: {"mentions": Mention},
    Event: {"mentions": Mention},
}


def _from_plain(cls: type, data: Any) -> Any:
    if data is None:
        return None
    if isinstance(data, str) and cls in (Organization, Location, Person):
        # A bare name, as gold files and other tools write entities.
        return cls(name=data)
    nested = _NESTED.get(cls, {})
    kwargs: dict[str, Any] = {}
    names = {f.name for f in fields(cls)}
    for key, value in data.items():
        if key not in names:
            continue
        inner = nested.get(key)
        if isinstance(value, list):
            value = tuple(_from_plain(inner, v) if inner else v for v in value)
        elif inner and isinstance(value, Mapping):
            value = _from_plain(inner, value)
        kwargs[key] = value
    return cls(**kwargs)
