"""Central bodies whose names hold commas or `về` (`data/orgs/units.json` central): the National
Assembly's committees and the central steering committee against corruption are read whole, not
cut at the first comma. Invented sentences: (text, person, expected position)."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Bà Trần Thị Mai, Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng, phát biểu.",
         "Trần Thị Mai", ("Chủ nhiệm", "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng")),
        ("Ông Lê Văn Tám, Chủ nhiệm Ủy ban Các vấn đề xã hội, chủ trì phiên giải trình.",
         "Lê Văn Tám", ("Chủ nhiệm", "Ủy ban Các vấn đề xã hội")),
        ("Ông Đỗ Minh Khang, Chủ nhiệm Ủy ban Pháp luật và Tư pháp, trình bày báo cáo.",
         "Đỗ Minh Khang", ("Chủ nhiệm", "Ủy ban Pháp luật và Tư pháp")),
    ],
)
def test_committee_with_commas_is_read_whole(text: str, person: str, expected: tuple[str, str]) -> None:
    persons = {p.name: [(x.title, x.org) for x in p.positions] for p in run(text).article.persons}
    assert expected in persons[person]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ban chỉ đạo Trung ương về Phòng chống tham nhũng kiểm tra công tác tại tỉnh.",
         "Ban chỉ đạo Trung ương về Phòng chống tham nhũng"),
        ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực họp phiên thứ năm.",
         "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"),
    ],
)
def test_steering_committee_is_read_whole(text: str, expected: str) -> None:
    assert expected in [o.name for o in run(text).article.organizations]


def test_regression_the_committees_name_is_not_cut_at_its_second_comma() -> None:
    """The bug: the longest known writing was the committee's former name, so the office's body
    was `Ủy ban Văn hóa, Giáo dục` and the rest of the name was lost."""
    text = "Bà Trần Thị Mai, Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng, phát biểu."
    names = [o.name for o in run(text).article.organizations]
    assert "Ủy ban Văn hóa, Giáo dục" not in names
