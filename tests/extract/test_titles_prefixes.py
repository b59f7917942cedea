"""`quyền` (acting) and `hàm` (of the rank of) before a title are kept with it as written, after a
status word too (issue 9 pattern 12). Sentences written by the project's authors."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("Ông Trần Anh Tú, quyền Viện trưởng Viện Nghiên cứu phát triển TP HCM, cho biết.", "Trần Anh Tú",
         "quyền Viện trưởng"),
        ("Ông Nguyễn Văn Hùng, hàm Vụ trưởng Vụ Báo chí - Xuất bản, Ban Tuyên giáo Trung ương, cho biết.",
         "Nguyễn Văn Hùng", "hàm Vụ trưởng"),
        ("Bị can Trần Tố Nam, cựu Quyền Cục trưởng Cục Thi hành án, bị truy tố.", "Trần Tố Nam",
         "cựu Quyền Cục trưởng"),
        # an office of its own in the table stays that office
        ("Ông Lê Văn Bình, Quyền Chủ tịch UBND tỉnh Quảng Nam, cho biết.", "Lê Văn Bình", "Quyền Chủ tịch"),
    ],
)
def test_kept_prefixes(text: str, person: str, title: str) -> None:
    [found] = [p for p in run(text).article.persons if p.name == person]
    assert [x.title for x in found.positions] == [title]


def test_quyen_as_a_noun_is_no_title() -> None:
    assert [p.positions for p in run("Ông Nguyễn Văn Hùng có quyền Giám đốc quyết định.").article.persons] == [()]
