"""A ministry written by a short writing of its field (`Bộ Giao thông`) where the same article
writes the field in full (`Bộ Giao thông Vận tải`) is that ministry, listed once under the full
name, and so are the offices read from the short writing (`bodies/fuller.py`). Invented
sentences: (text, expected bodies, expected positions of one person)."""

from __future__ import annotations

import pytest

from conftest import run

_BOTH = ("Ông Lê Văn Tám, Bộ trưởng Giao thông Vận tải, phát biểu. Lãnh đạo Bộ Giao thông hiện nay có "
         "bốn Thứ trưởng gồm ông Đỗ Minh Khang, ông Phạm Văn Bình.")


@pytest.mark.parametrize(
    ("text", "orgs", "person", "positions"),
    [
        (_BOTH, ["Bộ Giao thông Vận tải"], "Đỗ Minh Khang", [("Thứ trưởng", "Bộ Giao thông Vận tải")]),
        # Written short only: it stays as written.
        ("Ông Lê Văn Tám, Thứ trưởng Bộ Giao thông, phát biểu.", ["Bộ Giao thông"], "Lê Văn Tám",
         [("Thứ trưởng", "Bộ Giao thông")]),
        # A foreign ministry of the same field is another body: the short writing is the home one.
        ("Bộ Giao thông Vận tải và Bộ Giao thông Singapore ký kết. Ông Lê Văn Tám, Thứ trưởng Bộ Giao "
         "thông, phát biểu.", ["Bộ Giao thông Vận tải", "Bộ Giao thông Singapore"], "Lê Văn Tám",
         [("Thứ trưởng", "Bộ Giao thông Vận tải")]),
    ],
)
def test_short_ministry_is_the_full_one(text: str, orgs: list[str], person: str,
                                        positions: list[tuple[str, str]]) -> None:
    doc = run(text)
    assert [o.name for o in doc.article.organizations] == orgs
    got = {p.name: [(x.title, x.org) for x in p.positions] for p in doc.article.persons}
    assert got[person] == positions


def test_regression_deputies_named_after_the_short_ministry_keep_the_full_name() -> None:
    """The bug: `Lãnh đạo Bộ Giao thông gồm … Thứ trưởng A` gave A the short writing, and the list
    of bodies held `Bộ Giao thông` beside `Bộ Giao thông Vận tải`."""
    doc = run(_BOTH)
    assert "Bộ Giao thông" not in [o.name for o in doc.article.organizations]
