"""A party named with its country (`Đảng X <country>`) is a body, and a central body of it
(`Bộ Chính trị Đảng Cộng sản <country>`) is named with it; before, neither was read (the central
body was the home Bộ Chính trị). Invented sentences: (text, expected organizations among the
article's, organizations it must not hold, expected positions)."""

from __future__ import annotations

import pytest

from conftest import run


def _read(text: str) -> tuple[list[str], dict[str, list[tuple[str, str | None]]]]:
    article = run(text).article
    return ([o.name for o in article.organizations],
            {p.name: [(x.title, x.org) for x in p.positions] for p in article.persons})


@pytest.mark.parametrize(
    ("text", "orgs", "absent", "positions"),
    [
        ("Đoàn đại biểu Đảng Dân chủ Lập hiến Nhật Bản thăm Hà Nội.", ["Đảng Dân chủ Lập hiến Nhật Bản"], [], {}),
        ("Ông Lim Boon Kiat, Chủ tịch Đảng Hành động Nhân dân Singapore, dự hội đàm.",
         ["Đảng Hành động Nhân dân Singapore"], [],
         {"Lim Boon Kiat": [("Chủ tịch", "Đảng Hành động Nhân dân Singapore")]}),
        ("Ông Carlos Ruiz, Ủy viên Bộ Chính trị Đảng Cộng sản Cuba, thăm Việt Nam.",
         ["Bộ Chính trị Đảng Cộng sản Cuba"], ["Bộ Chính trị"],
         {"Carlos Ruiz": [("Ủy viên", "Bộ Chính trị Đảng Cộng sản Cuba")]}),
        # No country after the name: no body (the guidelines do not count a bare `Đảng`).
        ("Đảng và Nhà nước luôn quan tâm. Các nghị sĩ của Đảng Dân tiến cũng dự.", [], ["Đảng Dân tiến"], {}),
        ("Sáng nay, Đảng Cộng sản Tổng Bí thư Tô Lâm dự lễ.", [], ["Đảng Cộng sản Tổng Bí thư Tô Lâm"], {}),
    ],
)
def test_party_named_with_its_country(text: str, orgs: list[str], absent: list[str],
                                      positions: dict[str, list[tuple[str, str | None]]]) -> None:
    names, got = _read(text)
    for org in orgs:
        assert org in names
    for org in absent:
        assert org not in names
    for person, expected in positions.items():
        assert got[person] == expected


def test_regression_foreign_politburo_member_is_not_a_member_of_the_home_politburo() -> None:
    """The bug: `Ủy viên Bộ Chính trị Đảng Cộng sản Cuba` gave the office in `Bộ Chính trị`."""
    _, got = _read("Ông Carlos Ruiz, Ủy viên Bộ Chính trị Đảng Cộng sản Cuba, thăm Việt Nam.")
    assert ("Ủy viên", "Bộ Chính trị") not in got["Carlos Ruiz"]
