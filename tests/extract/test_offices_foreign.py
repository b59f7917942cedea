"""Offices abroad (issue 9 pattern 4, issue 10 "Bodies in their country"): a foreign body written
after a title is that title's body, and a Vietnamese default body is not applied abroad. Invented
sentences: (text, person, expected positions)."""

from __future__ import annotations

import pytest

from conftest import run

STATE_BANK = "Ngân hàng Nhà nước"


def _positions(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(x.title, x.org) for x in p.positions] for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        # A bare Thống đốc is the State Bank's (GUIDELINES: offices without a body take the
        # conventional one).
        ("Phó Thống đốc Lê Thị Hòa cho biết lãi suất sẽ ổn định.", "Lê Thị Hòa",
         [("Phó Thống đốc", STATE_BANK)]),
        ("Thống đốc Trần Văn Hải chủ trì cuộc họp.", "Trần Văn Hải", [("Thống đốc", STATE_BANK)]),
        ("Thống đốc Ngân hàng Nhà nước Trần Văn Hải chủ trì cuộc họp.", "Trần Văn Hải",
         [("Thống đốc", STATE_BANK)]),
        # A foreign central bank written after the title is its body, not the State Bank.
        ("Thống đốc Ngân hàng Nhân dân Trung Quốc Phan Công Minh năm ngoái dự báo tăng trưởng.",
         "Phan Công Minh", [("Thống đốc", "Ngân hàng Nhân dân Trung Quốc")]),
        ("Phó Thống đốc Ngân hàng Nhân dân Trung Quốc Trâu Minh tháng trước cho hay.", "Trâu Minh",
         [("Phó Thống đốc", "Ngân hàng Nhân dân Trung Quốc")]),
    ],
)
def test_governors_keep_their_bank(text: str, person: str, expected: list[tuple[str, str | None]]) -> None:
    assert _positions(text)[person] == expected


def test_regression_bare_governor_was_no_title() -> None:
    # Before: only `Thống đốc Ngân hàng Nhà nước` was a title, so a bare or foreign governor had none.
    assert _positions("Phó Thống đốc Lê Thị Hòa phát biểu.")["Lê Thị Hòa"]


def test_regression_us_state_governor_is_not_the_state_bank() -> None:
    found = _positions("Thống đốc bang Texas Greg Abbott phát biểu tại cuộc họp báo.")
    assert all(org != STATE_BANK for positions in found.values() for _t, org in positions)
