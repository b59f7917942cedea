"""A body's name ends where an office title begins after a dash or `kiêm` inside its run of
capitals (`bodies/cut.py`): a given name that is also a head word (`Ban`, `Trường`) before
` - Title` is no body, and `Cục X kiêm Giám đốc Ban 4` is a body and a second office. Invented
sentences: (text, expected bodies, absent bodies, person, expected positions)."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "present", "absent", "person", "positions"),
    [
        ("Dự lễ có Phạm Văn Thọ - Thứ trưởng Bộ Ngoại giao, Hà Ban - Phó Trưởng ban Tổ chức Trung ương.",
         ["Ban Tổ chức Trung ương"], ["Ban - Phó Trưởng ban Tổ chức Trung ương"], "Hà Ban",
         [("Phó Trưởng ban", "Ban Tổ chức Trung ương")]),
        ("Buổi làm việc có ông Lê Văn Trường - Giám đốc Sở Xây dựng Hải Phòng.",
         ["Sở Xây dựng Hải Phòng"], ["Trường - Giám đốc Sở Xây dựng Hải Phòng"], "Lê Văn Trường",
         [("Giám đốc", "Sở Xây dựng Hải Phòng")]),
        ("Bị truy tố có Lê Văn Tám, cựu Phó Cục trưởng Cục QLXDCT kiêm Giám đốc Ban 4.",
         ["Cục QLXDCT", "Ban 4"], ["Cục QLXDCT kiêm Giám đốc Ban 4"], "Lê Văn Tám",
         [("cựu Phó Cục trưởng", "Cục QLXDCT"), ("Giám đốc", "Ban 4")]),
    ],
)
def test_body_ends_before_a_title(text: str, present: list[str], absent: list[str], person: str,
                                  positions: list[tuple[str, str]]) -> None:
    doc = run(text)
    names = [o.name for o in doc.article.organizations]
    for name in present:
        assert name in names
    for name in absent:
        assert name not in names
    got = {p.name: [(x.title, x.org) for x in p.positions] for p in doc.article.persons}
    assert got[person] == positions


def test_a_dash_inside_a_name_before_no_title_keeps_the_name() -> None:
    names = [o.name for o in run("Ông Lê Văn Tám, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh Bến Tre, phát biểu."
                                 ).article.organizations]
    assert "Ban Kinh tế - Ngân sách HĐND tỉnh Bến Tre" in names


def test_regression_a_given_name_before_a_dash_is_no_board() -> None:
    """The bug: `Hà Ban - Phó Trưởng ban …` read `Ban` as a board whose name ran through the dash
    into the title, so the title was never read and the deputy had no office."""
    doc = run("Dự lễ có Phạm Văn Thọ - Thứ trưởng Bộ Ngoại giao, Hà Ban - Phó Trưởng ban Tổ chức Trung ương.")
    assert "Ban - Phó Trưởng ban Tổ chức Trung ương" not in [o.name for o in doc.article.organizations]
