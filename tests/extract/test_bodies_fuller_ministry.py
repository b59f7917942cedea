"""A ministry written by a short writing of its field (`Bộ Giao thông`) where the same article
writes the field in full (`Bộ Giao thông Vận tải`) is that ministry, listed once under the full
name, and so are the offices read from the short writing; a department completed from the main
place (`Sở Xây dựng` -> `Sở Xây dựng thành phố Hà Nội`) where the article writes it with its place
is that writing (`bodies/fuller.py`). Invented sentences: (text, expected bodies, positions)."""

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


@pytest.mark.parametrize(
    ("title", "text", "orgs", "position"),
    [
        # Written with its place once: the bare department is that writing.
        ("Hà Nội xây dựng", "Sở Xây dựng Hà Nội cho biết. Ông Lê Văn Tám, Giám đốc Sở Xây dựng, phát biểu.",
         ["Sở Xây dựng Hà Nội"], ("Giám đốc", "Sở Xây dựng Hà Nội")),
        # The field written another way is the same department, under the field's full writing
        # and the place written with the other (`bodies/fuller.py` _in_full_field).
        ("Yên Bái rà soát đất rừng",
         "Sở Tài nguyên - Môi trường Yên Bái báo cáo. Ông Lê Văn Tám, Giám đốc Sở Tài nguyên và Môi trường, "
         "giải trình.", ["Sở Tài nguyên và Môi trường Yên Bái"], ("Giám đốc", "Sở Tài nguyên và Môi trường Yên Bái")),
        # Never written with its place: completed from the main place.
        ("Hà Nội xây dựng", "Ông Lê Văn Tám, Giám đốc Sở Xây dựng, phát biểu.",
         ["Sở Xây dựng thành phố Hà Nội"], ("Giám đốc", "Sở Xây dựng thành phố Hà Nội")),
    ],
)
def test_completed_department_is_the_written_one(title: str, text: str, orgs: list[str],
                                                 position: tuple[str, str]) -> None:
    doc = run(text, title=title)
    assert [o.name for o in doc.article.organizations] == orgs
    assert [(x.title, x.org) for x in doc.article.persons[0].positions] == [position]


def test_regression_a_department_is_listed_once_beside_its_written_place() -> None:
    """The bug: the bare `Sở Xây dựng` completed to `Sở Xây dựng thành phố Hà Nội` was listed
    beside the `Sở Xây dựng Hà Nội` of the same article, one body twice."""
    doc = run("Sở Xây dựng Hà Nội cho biết. Ông Lê Văn Tám, Giám đốc Sở Xây dựng, phát biểu.", title="Hà Nội xây dựng")
    assert "Sở Xây dựng thành phố Hà Nội" not in [o.name for o in doc.article.organizations]
