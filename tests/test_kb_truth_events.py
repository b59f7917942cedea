"""Events across articles (kb/meetings.py): one meeting reported by several articles is one event
with several sources. One session of a provincial council was stored as several events."""

from __future__ import annotations

import pytest

from diembao.kb import KnowledgeBase
from diembao.kb.meetings import names_overlap
from fixtures.kb.builders import article


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Kỳ họp thứ 4 HĐND tỉnh", "Kỳ họp thứ 4 HĐND tỉnh Tiền Giang khóa X", True),
    ("Hội nghị Trung ương 9", "Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khóa XII", True),
    ("Lễ trao giải Mai Vàng", "Lễ trao giải Làn Sóng Xanh", False),
    ("Hội nghị tổng kết công tác dân vận", "Hội nghị triển khai nhiệm vụ năm 2023", False),
])
def test_names_overlap(a: str, b: str, same: bool) -> None:
    assert names_overlap(a, b) is same


def _session(id: str, name: str, date: str, published: str, organizer: str | None = "HĐND tỉnh Tiền Giang",
             kind: str = "Kỳ họp") -> object:
    return article(id, name, f"{name} khai mạc tại TP Mỹ Tho.", published=published, places=["Tiền Giang"],
                   events=[{"type": kind, "name": name, "date": date, "organizer": organizer}])


def test_one_session_reported_three_times_is_one_event(kb: KnowledgeBase) -> None:
    kb.add_articles([
        _session("a", "Kỳ họp thứ 4 HĐND tỉnh Tiền Giang khóa X", "2022-07-12", "2022-07-12T10:00:00+07:00"),
        # The next day's report dates the session by the day it reports.
        _session("b", "Kỳ họp thứ 4 HĐND tỉnh", "2022-07-13", "2022-07-13T10:00:00+07:00"),
        # No organizer, same place and name.
        _session("c", "Kỳ họp thứ 4 HĐND tỉnh Tiền Giang", "2022-07-12", "2022-07-12T18:00:00+07:00", organizer=None),
        # Another meeting of the same body the same week: its own event.
        _session("d", "Hội nghị tổng kết công tác dân vận", "2022-07-13", "2022-07-13T11:00:00+07:00",
                 kind="Hội nghị"),
        # The same name a month later: another session.
        _session("e", "Kỳ họp thứ 4 HĐND tỉnh", "2022-08-20", "2022-08-20T10:00:00+07:00"),
    ])
    events = kb.events()
    sessions = [e for e in events if e.type == "Kỳ họp"]
    assert sorted(len(e.articles) for e in sessions) == [1, 3]
    joined = next(e for e in sessions if len(e.articles) == 3)
    assert set(joined.articles) == {"a", "b", "c"}
    assert len(events) == 3
