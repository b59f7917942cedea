"""Dotted and compact Central Committee forms (issue 9, pattern 5): `UVT.Ư Đảng`, `Ủy viên BCH TW
Đảng`, `Ủy viên T.Ư Đảng` are a title of the Central Committee, and the chain of titles after them
goes on. Invented sentences: (text, person, expected positions in order)."""

from __future__ import annotations

import pytest

from conftest import run

CENTRAL = "Ban Chấp hành Trung ương Đảng"


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Đồng chí Mai Văn Quyết, UVT.Ư Đảng, Bí thư Tỉnh ủy Nghệ An, Trưởng đoàn ĐBQH tỉnh phát biểu "
         "tại hội nghị.", "Mai Văn Quyết",
         [("Ủy viên", CENTRAL), ("Bí thư", "Tỉnh ủy Nghệ An"), ("Trưởng Đoàn", "Đoàn ĐBQH tỉnh Nghệ An")]),
        ("Ông Lê Hồng Sơn, Ủy viên BCH TW Đảng, Bí thư Tỉnh ủy Nghệ An, dự buổi làm việc.", "Lê Hồng Sơn",
         [("Ủy viên", CENTRAL), ("Bí thư", "Tỉnh ủy Nghệ An")]),
        ("Ông Lê Hồng Sơn, UVTW Đảng, Bí thư Tỉnh ủy Nghệ An, dự buổi làm việc.", "Lê Hồng Sơn",
         [("Ủy viên", CENTRAL), ("Bí thư", "Tỉnh ủy Nghệ An")]),
        ("Bà Trần Thị Hạnh, Ủy viên T.Ư Đảng, Phó Chủ tịch Quốc hội, phát biểu.", "Trần Thị Hạnh",
         [("Ủy viên", CENTRAL), ("Phó Chủ tịch", "Quốc hội")]),
        ("Bà Trần Thị Hạnh, Ủy viên BCH TƯ Đảng, Phó Chủ tịch Quốc hội, phát biểu.", "Trần Thị Hạnh",
         [("Ủy viên", CENTRAL), ("Phó Chủ tịch", "Quốc hội")]),
    ],
)
def test_dotted_central_committee_forms_keep_the_chain(text: str, person: str,
                                                      expected: list[tuple[str, str]]) -> None:
    found = {p.name: [(x.title, x.org) for x in p.positions] for p in run(text).article.persons}
    assert found[person] == expected


def test_regression_uvt_u_dang_no_longer_ends_the_chain_at_dang() -> None:
    # Before: `UVT.Ư` matched, the trailing `Đảng` broke the chain, one position of three.
    persons = run("Đồng chí Mai Văn Quyết, UVT.Ư Đảng, Bí thư Tỉnh ủy Nghệ An, dự họp.").article.persons
    assert len(persons[0].positions) == 2
