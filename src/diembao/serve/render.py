"""What the pages draw, computed in Python and handed to the templates as plain values: an
article's text cut into segments (plain, entity, anchor) that the template escapes one by one, the
SVG timeline of offices, the bar chart of citations, the month calendar. Nothing here builds
markup: every string reaches the page through Jinja2's autoescape."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from diembao.kb.browse import EntityMention
from diembao.kb.results import EventRef

# Which mention wins where two overlap (a highlight is one link, and links do not nest): a person
# before a document, a body, a place, an event; then the longer.
PRIORITY = {"person": 0, "document": 1, "organization": 2, "place": 3, "event": 4}
ROUTE = {"person": "person", "organization": "body", "place": "place", "document": "document", "event": "event"}


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    kind: str | None = None  # an entity's kind, when the segment is a highlight
    href: str | None = None
    anchor: int | None = None  # an evidence offset: the segment is an empty anchor `at-N`


def entity_href(kind: str, entity_id: int) -> str:
    return f"/{ROUTE[kind]}/{entity_id}"


def segments(text: str, mentions: Sequence[EntityMention], anchors: Iterable[int] = ()) -> list[Segment]:
    """`text` cut into plain runs and non-overlapping entity highlights, with an empty anchor at
    each evidence offset (`anchors`) so that a fact can link to its words."""
    taken = bytearray(len(text) + 1)
    chosen: list[EntityMention] = []
    for m in sorted(mentions, key=lambda m: (PRIORITY.get(m.kind, 9), m.start - m.end, m.start)):
        if 0 <= m.start < m.end <= len(text) and m.kind in ROUTE and not any(taken[m.start:m.end]):
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
            chosen.append(m)
    chosen.sort(key=lambda m: m.start)
    points = sorted({a for a in anchors if 0 <= a <= len(text)})
    out: list[Segment] = []
    pos = at = 0  # text written up to `pos`; anchors written up to `at`

    def upto(end: int, cut: bool) -> None:
        # The anchors before `end`; with `cut` they split the plain text at their offsets,
        # without it (inside a highlight) they stand just before it.
        nonlocal pos, at
        while at < len(points) and points[at] < end:
            if cut and points[at] > pos:
                out.append(Segment(text[pos:points[at]]))
                pos = points[at]
            out.append(Segment("", anchor=points[at]))
            at += 1

    for m in chosen:
        upto(m.start, cut=True)
        if m.start > pos:
            out.append(Segment(text[pos:m.start]))
        upto(m.end, cut=False)
        out.append(Segment(text[m.start:m.end], m.kind, entity_href(m.kind, m.entity_id)))
        pos = m.end
    upto(len(text) + 1, cut=True)
    if len(text) > pos:
        out.append(Segment(text[pos:]))
    return out


def marked(text: str, spans: Sequence[Sequence[int]]) -> list[Segment]:
    """A snippet or title with its matched words as `match` segments."""
    out, pos = [], 0
    for start, end in spans:
        if start > pos:
            out.append(Segment(text[pos:start]))
        out.append(Segment(text[start:end], "match"))
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


# --- the timeline -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    label: str
    dates: str
    href: str


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True, slots=True)
class Timeline:
    width: int
    height: int
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]
    left: int


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


ROW = 26
LEFT = 300
WIDTH = 900


def timeline(rows: Sequence[tuple[str, str | None, str | None, str]]) -> Timeline | None:
    """Bars from first to last attestation, one row each: (label, first, last, href). None when
    no row has a date."""
    dated = [(label, _day(first), _day(last) or _day(first), href, first, last)
             for label, first, last, href in rows if _day(first)]
    if not dated:
        return None
    low = min(d[1] for d in dated)
    high = max(d[2] for d in dated)
    low, high = date(low.year, 1, 1), date(high.year + 1, 1, 1)
    span = (high - low).days
    scale = (WIDTH - LEFT - 40) / span  # room for the last year's label

    def x(day: date) -> float:
        return round(LEFT + (day - low).days * scale, 1)

    bars = tuple(Bar(x(first), 10 + i * ROW, max(4.0, round(x(last) - x(first), 1)), label,
                     first_text if first_text == last_text else f"{first_text} → {last_text}", href)
                 for i, (label, first, last, href, first_text, last_text) in enumerate(dated))
    years = range(low.year, high.year + 1)
    step = max(1, len(years) // 10)
    ticks = tuple(Tick(x(date(y, 1, 1)), str(y)) for y in years[::step])
    return Timeline(WIDTH, 10 + len(dated) * ROW + 24, bars, ticks, LEFT)


# --- the chart of citations by month ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Column:
    x: float
    y: float
    width: float
    height: float
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    columns: tuple[Column, ...]
    ticks: tuple[Tick, ...]
    peak: int


def month_chart(counts: Sequence[tuple[str, int]], width: int = 900, height: int = 160) -> Chart | None:
    """One column per month from the first month cited to the last (empty months included)."""
    if not counts:
        return None
    by_month = dict(counts)
    first, last = counts[0][0], counts[-1][0]
    months = []
    year, month = int(first[:4]), int(first[5:7])
    while f"{year:04d}-{month:02d}" <= last and len(months) < 600:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    peak = max(by_month.values())
    slot = (width - 40) / len(months)
    plot = height - 30
    columns = tuple(Column(round(30 + i * slot, 1), round(10 + plot - plot * by_month.get(m, 0) / peak, 1),
                           max(1.0, round(min(slot * 0.8, 40.0), 1)), round(plot * by_month.get(m, 0) / peak, 1), m,
                           by_month.get(m, 0)) for i, m in enumerate(months))
    step = max(1, len(months) // 8)
    ticks = tuple(Tick(c.x, c.label) for c in columns[::step])
    return Chart(width, height, columns, ticks, peak)


# --- the month calendar -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Day:
    day: date
    in_month: bool
    events: tuple[EventRef, ...]


def month_grid(year: int, month: int, events: Iterable[EventRef]) -> list[list[Day]]:
    """Weeks (Monday first) of the month, each day with its events."""
    by_day: dict[str, list[EventRef]] = {}
    for e in events:
        if e.date:
            by_day.setdefault(e.date[:10], []).append(e)
    return [[Day(d, d.month == month, tuple(by_day.get(d.isoformat(), ()))) for d in week]
            for week in calendar.Calendar(0).monthdatescalendar(year, month)]
