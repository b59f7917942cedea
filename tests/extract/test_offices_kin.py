"""An aside about a relative between a name and its verb of office (issue 9 pattern 1): the office
is the first name's. Sentences written by the project's authors."""

from __future__ import annotations

import pytest

from conftest import run

TITLE = "Yên Bái: bổ nhiệm cán bộ"


def _positions(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(x.title, x.org) for x in p.positions] for p in run(text, title=TITLE).article.persons}


@pytest.mark.parametrize(
    ("text", "person", "office"),
    [
        ("Báo chí hỏi về việc bổ nhiệm ông Phạm Sỹ Quang, em trai Bí thư Tỉnh ủy làm Giám đốc Sở Tài nguyên và "
         "Môi trường khi chưa đủ điều kiện.", "Phạm Sỹ Quang",
         ("Giám đốc", "Sở Tài nguyên và Môi trường tỉnh Yên Bái")),
        ("Sở Nội vụ xem xét việc bổ nhiệm ông Lê Ngọc Dũng - con trai Phó Bí thư Huyện ủy Lê Ngọc Sang - làm "
         "Trưởng phòng Tài chính.", "Lê Ngọc Dũng", ("Trưởng phòng", "Phòng Tài chính")),
        ("Bà Hà Thị Lan (vợ ông Trần Văn Bình) được bổ nhiệm làm Phó Giám đốc Sở Xây dựng.", "Hà Thị Lan",
         ("Phó Giám đốc", "Sở Xây dựng tỉnh Yên Bái")),
    ],
)
def test_the_office_after_a_relatives_aside_is_the_first_names(text: str, person: str, office: tuple) -> None:
    positions = _positions(text)
    assert office in positions[person]
    assert all(office not in held for name, held in positions.items() if name != person)


def test_a_title_right_after_the_relative_stays_the_relatives() -> None:
    # no verb of office after the aside: the apposition is the relative's own
    positions = _positions("Ông Lê Văn An, con trai ông Trần Văn Bình, Chủ tịch UBND xã, cho biết.")
    assert positions["Lê Văn An"] == []
    assert [title for title, _ in positions["Trần Văn Bình"]] == ["Chủ tịch"]


def test_regression_a_verb_inside_the_relatives_bracket_is_the_relatives() -> None:
    positions = _positions("Ông Lâm Văn Dũng đã ký giấy chứng nhận cho bà Huỳnh Cẩm Hà (vợ ông Huỳnh Duy Minh, lúc "
                           "này đang giữ chức Bí thư Huyện ủy Kiên Lương).")
    assert positions["Huỳnh Cẩm Hà"] == []
    assert [title for title, _ in positions["Huỳnh Duy Minh"]] == ["Bí thư"]
