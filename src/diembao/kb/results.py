"""What the knowledge base answers: frozen dataclasses, the same for the CLI, `--json` and the API.

`to_dict()` gives the JSON shape (`--json`, and later the HTTP API).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


class _Plain:
    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]


def _plain(value: Any) -> Any:
    if isinstance(value, _Plain):
        return value.to_dict()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class Snippet(_Plain):
    """A stretch of an article's own text around the words that matched.

    `start:end` are offsets into the article's text (`Article.text`); `highlights` are
    `(start, end)` pairs relative to `text`."""

    text: str
    start: int
    end: int
    highlights: tuple[tuple[int, int], ...]
    cut_before: bool = False  # the snippet starts inside a paragraph
    cut_after: bool = False  # and ends inside one

    def marked(self, open_: str = "[", close: str = "]", ellipsis: str = "…") -> str:
        out, pos = [], 0
        for start, end in self.highlights:
            out += [self.text[pos:start], open_, self.text[start:end], close]
            pos = end
        out.append(self.text[pos:])
        return (ellipsis if self.cut_before else "") + "".join(out) + (ellipsis if self.cut_after else "")


@dataclass(frozen=True, slots=True)
class ArticleRef(_Plain):
    id: str
    title: str
    day: str | None
    outlet: str | None
    place: str | None = None
    url: str | None = None
    day_estimated: str | None = None  # how `day` was estimated (text | text+outlet | outlet | term), None: published
    day_precision: str | None = None  # of an estimated day: day | month | year


@dataclass(frozen=True, slots=True)
class SearchHit(_Plain):
    article: ArticleRef
    score: float  # higher is better; each rank tier above `words` adds 10,000 (see `search.py`)
    title_highlights: tuple[tuple[int, int], ...]
    snippet: Snippet
    match: str = "words"  # why it ranks where it does: entity | phrase | near | words


@dataclass(frozen=True, slots=True)
class EntityCard(_Plain):
    """An entity the query names: what a search answer leads with."""

    kind: str  # person | organization | place | document
    id: int
    name: str
    detail: str | None  # what tells it apart from others of that name: a province or body, a place, an issuer
    offices: tuple[str, ...]  # a person's most attested offices, `title, body`
    n_articles: int
    as_typed: str  # the words of the query that name it


@dataclass(frozen=True, slots=True)
class SearchResult(_Plain):
    query: str
    hits: tuple[SearchHit, ...]
    total: int | None  # all matching articles (every word, or an entity the query names), when counted
    offset: int = 0
    phrase_total: int | None = None  # of those, the articles holding the words side by side, when counted
    entities: tuple[EntityCard, ...] = ()  # what the query names, the most attested first
    total_capped: bool = False  # the count stopped at `total`: more match (a page's count)


@dataclass(frozen=True, slots=True)
class Evidence(_Plain):
    """Where an article states a fact: its id, day, and the words (offsets into its text)."""

    article_id: str
    day: str | None
    text: str | None
    start: int | None
    end: int | None
    estimated: bool = False  # `day` is the article's estimated day


@dataclass(frozen=True, slots=True)
class Office(_Plain):
    title: str
    org: str | None
    org_id: int | None
    first_seen: str | None
    last_seen: str | None
    n_articles: int
    evidence: tuple[Evidence, ...]
    first_estimated: bool = False  # first_seen / last_seen rest only on estimated days
    last_estimated: bool = False
    started: str | None = None  # the spell its articles state (`bổ nhiệm`, `nghỉ hưu`: spells.py)
    ended: str | None = None


@dataclass(frozen=True, slots=True)
class EventRef(_Plain):
    id: int
    type: str
    name: str
    date: str | None
    part_of_day: str | None
    organizer: str | None
    place: str | None
    chairs: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    date_estimated: bool = False  # the date is (in) an article's estimated day


@dataclass(frozen=True, slots=True)
class Resolution(_Plain):
    """Why one article's mention was linked to an entity."""

    article_id: str
    name: str
    rule: str
    detail: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class PersonProfile(_Plain):
    id: int
    key: str
    name: str
    scope: str | None  # what sets this person apart from others of the same name
    variants: tuple[str, ...]
    offices: tuple[Office, ...]  # the timeline: by first seen
    chaired: tuple[EventRef, ...]
    n_articles: int
    articles: tuple[ArticleRef, ...]  # the latest
    resolutions: tuple[Resolution, ...]


@dataclass(frozen=True, slots=True)
class Member(_Plain):
    person_id: int
    person: str
    title: str
    first_seen: str | None
    last_seen: str | None
    n_articles: int


@dataclass(frozen=True, slots=True)
class OrgProfile(_Plain):
    id: int
    key: str
    name: str
    parent: str | None
    children: tuple[str, ...]
    place: str | None
    variants: tuple[str, ...]
    members: tuple[Member, ...]
    events: tuple[EventRef, ...]
    n_articles: int
    articles: tuple[ArticleRef, ...]


@dataclass(frozen=True, slots=True)
class Citation(_Plain):
    article: ArticleRef
    as_written: str
    start: int | None
    end: int | None
    n_mentions: int


@dataclass(frozen=True, slots=True)
class DocumentProfile(_Plain):
    id: int
    key: str
    type: str
    number: str | None
    symbol: str | None
    year: str | None
    date: str | None
    issuer: str | None
    name: str | None
    n_citations: int
    citations: tuple[Citation, ...]  # by day, then article
    events: tuple[EventRef, ...]

    @property
    def label(self) -> str:
        """How the document is named in a list (as `queries.DOCUMENT_LABEL` names it in SQL)."""
        return self.symbol or self.name or f"{self.type} {self.number or ''}".strip()


@dataclass(frozen=True, slots=True)
class Count(_Plain):
    name: str
    count: int


@dataclass(frozen=True, slots=True)
class Stats(_Plain):
    path: str
    schema_version: int
    tables: tuple[Count, ...]
    first_day: str | None
    last_day: str | None
    outlets: tuple[Count, ...]
    persons: tuple[Count, ...]  # the most attested
    documents: tuple[Count, ...]  # the most cited
    errors_by_stage: tuple[Count, ...]
    bodies: tuple[Count, ...] = ()  # the most attested


@dataclass(frozen=True, slots=True)
class Summary(_Plain):
    """What an ingest found: the counts, and one example of each kind of fact."""

    stats: Stats
    person: PersonProfile | None  # the person with the most attested offices
    document: DocumentProfile | None  # the most cited document


@dataclass(frozen=True, slots=True)
class Holder(_Plain):
    """One person's spell in one office: from its stated start (`started`) or first attestation
    to its stated end or last attestation."""

    person_id: int
    person: str
    scope: str | None
    office: Office

    @property
    def start(self) -> str | None:
        return self.office.started or self.office.first_seen

    @property
    def end(self) -> str | None:
        return self.office.ended or self.office.last_seen


@dataclass(frozen=True, slots=True)
class Holders(_Plain):
    """Who held a title in a body: every holder in order of their spells; with a day, those in
    office that day, and who came before and after them."""

    title: str
    org: str | None
    on: str | None
    holders: tuple[Holder, ...]
    predecessor: Holder | None = None
    successor: Holder | None = None


@dataclass(frozen=True, slots=True)
class DocumentRow(_Plain):
    """A cited document in a list: how often, and between which days, it was cited."""

    id: int
    label: str
    type: str
    issuer: str | None
    year: str | None
    date: str | None
    n_citations: int
    first_cited: str | None
    last_cited: str | None
