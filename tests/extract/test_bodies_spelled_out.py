"""A body written as its head and an abbreviation of its name where the same article spells the
name out (`bodies/fuller.py` _spelled_out), and the acronym an article defines in brackets after
a sub-unit, before its parent (`bodies/subunits.py` parent_after_gap). Invented sentences."""

from __future__ import annotations

import pytest

from conftest import body_names, offices_of


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        # The ministry's field abbreviated, spelled out elsewhere in the article.
        ("Bộ Nông nghiệp và Phát triển nông thôn vừa công bố kết luận. Ông Lê Văn Hải, Thứ trưởng Bộ NN&PTNT, "
         "cho biết.", "Lê Văn Hải", [("Thứ trưởng", "Bộ Nông nghiệp và Phát triển nông thôn")]),
        # An acronym the article defines in brackets: the parent after it is still the sub-unit's,
        # and the later short writing is that body.
        ("Bộ Nông nghiệp và Phát triển nông thôn có nhiều đơn vị. Ông Lê Văn Hải, Cục trưởng Cục Quản lý xây "
         "dựng công trình (QLXDCT), Bộ NN&PTNT, bị truy tố. Ông Trần Văn Nam, Phó Cục trưởng Cục QLXDCT, "
         "cũng bị truy tố.", "Trần Văn Nam",
         [("Phó Cục trưởng", "Cục Quản lý xây dựng công trình Bộ Nông nghiệp và Phát triển nông thôn")]),
        ("Ông Lê Văn Hải, Vụ trưởng Vụ Tổ chức cán bộ (TCCB), Bộ Xây dựng, phát biểu.", "Lê Văn Hải",
         [("Vụ trưởng", "Vụ Tổ chức cán bộ Bộ Xây dựng")]),
    ],
)
def test_abbreviated_bodies_are_the_spelled_out_ones(text: str, person: str,
                                                      expected: list[tuple[str, str | None]]) -> None:
    assert offices_of(text)[person] == expected


def test_the_article_lists_the_body_once_spelled_out() -> None:
    orgs = body_names("Bộ Nông nghiệp và Phát triển nông thôn tổ chức hội nghị. Bộ NN&PTNT cho biết sẽ "
                            "triển khai ngay.")
    assert "Bộ NN&PTNT" not in orgs
    assert "Bộ Nông nghiệp và Phát triển nông thôn" in orgs


def test_letters_that_are_not_the_initials_are_another_body() -> None:
    orgs = body_names("Bộ Nông nghiệp và Phát triển nông thôn và Bộ GTVT đã họp.")
    assert "Bộ Nông nghiệp và Phát triển nông thôn" in orgs
    assert any(o.startswith("Bộ G") for o in orgs)
