"""What the pages draw: the article's segments (property tests: they give back the text, the
highlights never overlap, every string is escaped), the offices timeline, the citations chart,
the month calendar."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diembao.kb.browse import EntityMention
from diembao.kb.results import EventRef
from diembao.serve import render
from diembao.serve.pages import marked

KINDS = st.sampled_from(["person", "organization", "place", "document", "event"])


@st.composite
def text_and_mentions(draw: st.DrawFn) -> tuple[str, list[EntityMention], list[int]]:
    text = draw(st.text(alphabet="ab <>&\"'đĐ\n", max_size=60))
    mentions = []
    for _ in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        mentions.append(EntityMention(draw(KINDS), draw(st.integers(1, 5)), start, end, text[start:end]))
    anchors = draw(st.lists(st.integers(-2, len(text) + 2), max_size=6))
    return text, mentions, anchors


@given(text_and_mentions())
def test_segments_give_back_the_text(case: tuple[str, list[EntityMention], list[int]]) -> None:
    text, mentions, anchors = case
    segments = render.segments(text, mentions, anchors)
    assert "".join(s.text for s in segments) == text
    highlighted = [s for s in segments if s.kind]
    assert len(highlighted) <= len([m for m in mentions if m.end > m.start])
    assert all(s.href and re.fullmatch(r"/(person|body|place|document|event)/\d+", s.href) for s in highlighted)
    wanted = {a for a in anchors if 0 <= a <= len(text)}
    assert {s.anchor for s in segments if s.anchor is not None} == wanted


@pytest.mark.parametrize(("mentions", "shown"), [
    # Highlights are links and do not nest: a person wins over the body around it, a body over a
    # place inside it; mentions apart are all shown.
    ([("organization", 0, 12), ("person", 4, 12)], [("person", "Văn Bình")]),
    ([("place", 8, 12), ("organization", 0, 12)], [("organization", "Ông Văn Bình")]),
    ([("event", 0, 3), ("document", 4, 7)], [("event", "Ông"), ("document", "Văn")]),
])
def test_which_mention_is_highlighted(mentions: list[tuple[str, int, int]], shown: list[tuple[str, str]]) -> None:
    text = "Ông Văn Bình, Ủy viên"
    found = render.segments(text, [EntityMention(k, 1, s, e, text[s:e]) for k, s, e in mentions])
    assert [(s.kind, s.text) for s in found if s.kind] == shown


@given(st.text(max_size=40), st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=4))
def test_marked_escapes_every_segment(text: str, raw: list[tuple[int, int]]) -> None:
    spans, pos = [], 0
    for a, b in sorted((min(a, b), max(a, b)) for a, b in raw):
        a, b = max(a, pos), min(b, len(text))
        if a < b:
            spans.append((a, b))
            pos = b
    out = str(marked(render.marked(text, spans)))
    assert out.count("<mark>") == len(spans)
    assert html.unescape(out.replace("<mark>", "").replace("</mark>", "")) == text
    assert "<" not in out.replace("<mark>", "").replace("</mark>", "")


def test_timeline() -> None:
    found = render.timeline([("Chủ tịch", "2021-03-01", "2023-06-30", "#office-0"),
                             ("Bí thư", "2022-01-01", None, "#office-1"), ("Ủy viên", None, None, "#office-2")])
    assert found is not None and [b.label for b in found.bars] == ["Chủ tịch", "Bí thư"]  # undated: no bar
    first, second = found.bars
    assert first.x < second.x and first.width > second.width and second.width == 4.0  # one day: the least bar
    assert [t.label for t in found.ticks] == ["2021", "2022", "2023", "2024"]
    assert max(b.x + b.width for b in found.bars) <= found.width
    assert render.timeline([("x", None, None, "#")]) is None


def test_month_chart_keeps_the_empty_months() -> None:
    chart = render.month_chart([("2023-11", 2), ("2024-02", 4)])
    assert chart is not None and [c.label for c in chart.columns] == ["2023-11", "2023-12", "2024-01", "2024-02"]
    assert [c.count for c in chart.columns] == [2, 0, 0, 4] and chart.peak == 4
    assert chart.columns[3].height == 2 * chart.columns[0].height
    assert render.month_chart([]) is None


def test_month_grid() -> None:
    event = EventRef(1, "Hội nghị", "Hội nghị A", "2024-10-04", None, None, None)
    weeks = render.month_grid(2024, 10, [event, EventRef(2, "Họp", "B", None, None, None, None)])
    assert weeks[0][0].day.isoformat() == "2024-09-30" and not weeks[0][0].in_month  # from Monday
    days = [d for week in weeks for d in week if d.events]
    assert [(d.day.isoformat(), [e.id for e in d.events]) for d in days] == [("2024-10-04", [1])]
