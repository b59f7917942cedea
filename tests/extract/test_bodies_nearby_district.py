"""A bare district-level body (`Huyện ủy`, `UBND huyện`) in a report that goes through several
districts of one province is of the district named last before it, when that is near
(`data/orgs/grammar.json` district_place_reach), not of the article's main district. Invented
sentences: (title, text, person, expected positions)."""

from __future__ import annotations

import pytest

from conftest import run

_THROUGH = ("Theo kế hoạch, các huyện Nam Đàn, Đô Lương, Thanh Chương sẽ họp HĐND bất thường. "
            "Huyện Thanh Chương họp ngày 3/10, huyện Thanh Chương bầu lãnh đạo mới.\n"
            "Huyện Nam Đàn sẽ họp ngày 5/10.\n"
            "Ông Hồ Văn Khải, Phó Bí thư Huyện ủy, Phó Chủ tịch UBND huyện được giới thiệu để bầu.\n"
            "Cùng ngày, huyện Đô Lương cũng họp.\n"
            "Bà Lương Thị Mai, Trưởng ban Tổ chức Huyện ủy, được giới thiệu ứng cử.")


def _positions(text: str, title: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(x.title, x.org) for x in p.positions] for p in run(text, title=title).article.persons}


@pytest.mark.parametrize(
    ("title", "text", "person", "expected"),
    [
        ("Nghệ An bầu lãnh đạo huyện", _THROUGH, "Hồ Văn Khải",
         [("Phó Bí thư", "Huyện ủy Nam Đàn"), ("Phó Chủ tịch", "UBND huyện Nam Đàn")]),
        ("Nghệ An bầu lãnh đạo huyện", _THROUGH, "Lương Thị Mai",
         [("Trưởng ban", "Ban Tổ chức Huyện ủy Đô Lương")]),
        # One district named alone: the bare body stays the main district's.
        ("Huyện Thanh Chương (Nghệ An) bầu chủ tịch",
         "Huyện Thanh Chương họp HĐND ngày 3/10. Người dân huyện Thanh Chương phấn khởi.\n"
         "Ông Hồ Văn Khải, Phó Bí thư Huyện ủy, được bầu làm Chủ tịch UBND huyện.",
         "Hồ Văn Khải", [("Phó Bí thư", "Huyện ủy Thanh Chương"), ("Chủ tịch", "UBND huyện Thanh Chương")]),
    ],
)
def test_bare_district_body_is_of_the_district_named_before(title: str, text: str, person: str,
                                                            expected: list[tuple[str, str | None]]) -> None:
    assert _positions(text, title)[person] == expected


def test_regression_each_district_of_a_report_keeps_its_own_committee() -> None:
    """The bug: every bare `Huyện ủy` of a report through several districts went to the one main
    district (here Thanh Chương, named most), so Nam Đàn's deputy secretary was Thanh Chương's."""
    got = _positions(_THROUGH, "Nghệ An bầu lãnh đạo huyện")
    assert ("Phó Bí thư", "Huyện ủy Thanh Chương") not in got["Hồ Văn Khải"]


def test_a_district_named_beyond_the_reach_does_not_take_the_body() -> None:
    filler = " ".join(["Công việc chuẩn bị được tiến hành khẩn trương và chu đáo."] * 8)
    text = (f"Huyện Thanh Chương họp HĐND. Huyện Thanh Chương bầu lãnh đạo. Huyện Nam Đàn cũng họp. {filler}\n"
            "Ông Hồ Văn Khải, Phó Bí thư Huyện ủy Thanh Chương, dự họp. "
            "Ông Phan Đức Vinh, Ủy viên Ban Thường vụ Huyện ủy, dự họp.")
    got = _positions(text, "Huyện Thanh Chương (Nghệ An) bầu lãnh đạo")
    assert got["Phan Đức Vinh"] == [("Ủy viên", "Ban Thường vụ Huyện ủy Thanh Chương")]
