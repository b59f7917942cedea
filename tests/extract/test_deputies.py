"""A deputy named by the bare word `đại biểu` / `ĐB` in a report of the National Assembly (issue 9
pattern 1). Sentences written by the project's authors."""

from __future__ import annotations

import pytest

from conftest import run

MP = ("Đại biểu Quốc hội", "Quốc hội")


def _positions(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(x.title, x.org) for x in p.positions] for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Thảo luận tại Quốc hội sáng 5/6, đại biểu Trần Văn Tuấn (Hòa Sơn) cho rằng cần sửa luật.",
         "Trần Văn Tuấn", [MP]),
        ("Phiên họp của Quốc hội bàn dự án luật. ĐB Nguyễn Thị Tâm đề nghị làm rõ.", "Nguyễn Thị Tâm", [MP]),
        ("Quốc hội thảo luận luật Cảnh vệ. Đại biểu Bùi Văn Lực thì cho rằng phải cân nhắc kỹ.", "Bùi Văn Lực", [MP]),
        # the office the name has already is kept beside it
        ("Tại Quốc hội, đại biểu Lê Minh Sơn, Phó Chủ tịch UBND tỉnh Quảng Nam, cho rằng cần sửa luật.",
         "Lê Minh Sơn", [("Phó Chủ tịch", "UBND tỉnh Quảng Nam"), MP]),
        # a delegation, a crowd: no one's title
        ("Đoàn đại biểu Nguyễn Văn Hải thăm Quốc hội.", "Nguyễn Văn Hải", []),
        ("Quốc hội họp. Các đại biểu Trần Văn Tuấn và Lê Văn Hòa phát biểu.", "Trần Văn Tuấn", []),
        # a people's council's session: its deputies are not the Assembly's
        ("Tại kỳ họp HĐND tỉnh, đại biểu Trần Văn Tuấn cho rằng cần sửa. HĐND tỉnh thông qua nghị quyết; "
         "Quốc hội đã ban hành luật.", "Trần Văn Tuấn", []),
        # no Assembly in the article at all
        ("Tại hội nghị, đại biểu Trần Văn Tuấn cho rằng cần làm rõ.", "Trần Văn Tuấn", []),
    ],
)
def test_a_bare_deputy_word_in_an_assembly_report(text: str, person: str, expected: list) -> None:
    assert _positions(text)[person] == expected
