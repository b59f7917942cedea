"""Sub-bodies and their parents (issue 9, pattern 10): a party board inside a state body belongs
to the state body the chain names after it, not to the party committee before it.
Sentences written by the project's authors in the style of provincial news."""

from __future__ import annotations

import pytest

from conftest import run


def _positions(text: str) -> set[tuple[str, str, str | None]]:
    doc = run(text)
    return {(p.name, q.title, q.org) for p in doc.article.persons for q in p.positions}


@pytest.mark.parametrize(
    ("text", "present", "absent_org"),
    [
        ("Ông Hà Minh Tuấn, Phó Bí thư Tỉnh ủy, Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh Hòa Bình phát biểu.",
         ("Hà Minh Tuấn", "Bí thư", "Ban cán sự đảng UBND tỉnh Hòa Bình"), "Ban cán sự đảng Tỉnh ủy Hòa Bình"),
        ("Bà Lê Thị Hoa, Phó Bí thư Thành ủy, Bí thư Đảng đoàn, Chủ tịch HĐND thành phố Đà Nẵng chủ trì.",
         ("Lê Thị Hoa", "Bí thư", "Đảng đoàn HĐND thành phố Đà Nẵng"), "Đảng đoàn Thành ủy Đà Nẵng"),
    ],
)
def test_state_board_takes_the_state_body(text: str, present: tuple[str, str, str], absent_org: str) -> None:
    positions = _positions(text)
    assert present in positions
    assert not any(org == absent_org for _n, _t, org in positions)


def test_other_boards_still_take_the_committee_before() -> None:
    """`Bí thư Thành ủy Đà Nẵng, Ủy viên Ban Thường vụ`: the board is the Thành ủy's."""
    positions = _positions("Ông Trần Văn Nam, Bí thư Thành ủy Đà Nẵng, Trưởng Ban Tổ chức phát biểu.")
    assert ("Trần Văn Nam", "Trưởng ban", "Ban Tổ chức Thành ủy Đà Nẵng") in positions or \
        any(org == "Ban Tổ chức Thành ủy Đà Nẵng" for _n, _t, org in positions)


def test_regression_ban_can_su_given_the_party_committee() -> None:
    """Defect: `Phó Bí thư Tỉnh ủy, Bí thư ban cán sự đảng, Chủ tịch UBND tỉnh Gia Lai` gave
    `ban cán sự đảng Tỉnh ủy Gia Lai`."""
    text = "Ông Hà Minh Tuấn, Phó Bí thư Tỉnh ủy, Bí thư ban cán sự đảng, Chủ tịch UBND tỉnh Gia Lai kiểm điểm."
    orgs = {org for _n, _t, org in _positions(text)}
    assert "ban cán sự đảng Tỉnh ủy Gia Lai" not in orgs
    assert "ban cán sự đảng UBND tỉnh Gia Lai" in orgs
