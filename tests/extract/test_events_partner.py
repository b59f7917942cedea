"""A meeting with a named partner (`hội đàm với …`, `cuộc họp với …`) is an event of its own even
undated, where no earlier one of its type was read (issue 9, pattern 9). Invented sentences:
(text, expected (type, date))."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(("text", "expected"), [
    ("Tại buổi hội đàm với Chủ tịch Quốc hội Trần Thanh Mẫn, hai bên thảo luận về hợp tác.",
     {("Hội đàm", None)}),
    ("Tại cuộc họp với các sở, ngành, Chủ tịch UBND tỉnh Long An Nguyễn Văn Út yêu cầu khẩn trương.",
     {("Cuộc họp", None)}),
    # a bare undated mention without a partner still only refers to an earlier event
    ("Tại hội nghị, ông Nguyễn Văn Út cho biết tỉnh đã hoàn thành kế hoạch.", set()),
])
def test_a_meeting_with_a_partner_is_reported(text: str, expected: set) -> None:
    events = run(text).article.events
    assert {(e.type, e.date) for e in events} == expected


def test_regression_undated_meeting_with_partner_was_dropped() -> None:
    """Defect: `cuộc họp với …` undated was read as a passing mention of an earlier event and lost."""
    events = run("Tại cuộc họp với các đơn vị liên quan, ông Nguyễn Văn Út yêu cầu báo cáo.").article.events
    assert [e.type for e in events] == ["Cuộc họp"]
