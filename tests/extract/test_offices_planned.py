"""Offices only proposed are nobody's yet (the guidelines record offices held): a verb of taking
an office after `giới thiệu`, `đề cử`, `ứng cử`, `dự kiến` earlier in its sentence. Invented
sentences: (text, person, expected (title, body) pairs)."""

from __future__ import annotations

import pytest

from conftest import run


def offices(text: str, name: str) -> set[tuple[str, str | None]]:
    persons = {p.name: p for p in run(text).article.persons}
    return {(pos.title, pos.org) for pos in persons[name].positions} if name in persons else set()


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Nguyễn Văn Hùng, Phó Bí thư Huyện ủy Cần Đước, được giới thiệu để HĐND huyện bầu giữ chức Chủ tịch "
     "UBND huyện Cần Đước.", "Nguyễn Văn Hùng", {("Phó Bí thư", "Huyện ủy Cần Đước")}),
    ("Tỉnh ủy thống nhất giới thiệu ông Nguyễn Văn Hùng, Phó Bí thư Tỉnh ủy Long An, để HĐND tỉnh bầu giữ "
     "chức vụ Chủ tịch UBND tỉnh.", "Nguyễn Văn Hùng", {("Phó Bí thư", "Tỉnh ủy Long An")}),
    ("Tổng thống đã đề cử ông Peter Hall vào vị trí Giám đốc FBI.", "Peter Hall", set()),
    ("Ông Lê Văn Tám, Giám đốc Sở Y tế tỉnh Long An, được đề cử giữ chức Chánh án Tòa án nhân dân tỉnh.",
     "Lê Văn Tám", {("Giám đốc", "Sở Y tế tỉnh Long An")}),
    # a verb of office inside a chain: the titles before it are held, those after it proposed
    ("Ba nhân sự được giới thiệu vào các chức danh gồm: ông Nguyễn Văn Hùng, Phó Bí thư Tỉnh ủy Long An giữ "
     "chức Chủ nhiệm Ủy ban Kinh tế; ông Lê Văn Tám, Phó Chủ tịch UBND tỉnh Long An giữ chức Chủ nhiệm Ủy ban "
     "Pháp luật.", "Nguyễn Văn Hùng", {("Phó Bí thư", "Tỉnh ủy Long An")}),
    ("Ông Nguyễn Văn Hùng, Phó Bí thư Tỉnh ủy Long An giữ chức Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Long An.",
     "Nguyễn Văn Hùng", {("Phó Bí thư", "Tỉnh ủy Long An"), ("Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Long An")}),
    # the office it fills is still its previous holder's
    ("Ông Nguyễn Văn Hùng được giới thiệu để bầu giữ chức Chủ tịch UBND huyện Cần Đước thay ông Lê Văn Tám.",
     "Lê Văn Tám", {("Chủ tịch", "UBND huyện Cần Đước")}),
    # held offices: a held word before the verb, another clause, another sentence, a future word alone
    ("Ông Nguyễn Văn Hùng từng được giới thiệu nhiều lần, hiện giữ chức Chủ tịch UBND huyện Cần Đước.",
     "Nguyễn Văn Hùng", {("Chủ tịch", "UBND huyện Cần Đước")}),
    ("Văn bản giới thiệu giao việc cho đơn vị do ông Lê Văn Tám làm Giám đốc Sở Xây dựng tỉnh Long An.",
     "Lê Văn Tám", {("Giám đốc", "Sở Xây dựng tỉnh Long An")}),
    ("Hội nghị giới thiệu nhân sự. Ông Nguyễn Văn Hùng giữ chức Chủ tịch UBND huyện Cần Đước.",
     "Nguyễn Văn Hùng", {("Chủ tịch", "UBND huyện Cần Đước")}),
    ("Ông Nguyễn Văn Hùng sẽ làm Hiệu trưởng Trường Chính trị tỉnh Long An.", "Nguyễn Văn Hùng",
     {("Hiệu trưởng", "Trường Chính trị tỉnh Long An")}),
])
def test_proposed_offices(text: str, name: str, expected: set) -> None:
    assert offices(text, name) == expected
