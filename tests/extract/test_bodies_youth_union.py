"""The Youth Union's central boards (`Ban Thường vụ Trung ương Đoàn`, `Ủy ban Kiểm tra Trung ương
Đoàn`) and an association's (`Ban Chấp hành Trung ương Hội Luật gia Việt Nam`) are theirs, not the
Party's boards their first words name. Invented sentences:
text -> expected bodies among the article's, bodies that must not be there, event organizers."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "present", "absent", "organizers"),
    [
        ("Chiều 23/6, tại Cần Thơ đã diễn ra hội nghị Ban Thường vụ Trung ương Đoàn lần thứ 20.",
         ["Ban Thường vụ Trung ương Đoàn"], ["Ban Thường vụ Trung ương"], ["Ban Thường vụ Trung ương Đoàn"]),
        ("Chiều 23/6, Ủy ban Kiểm tra Trung ương Đoàn tổ chức hội nghị lần thứ 12.",
         ["Ủy ban Kiểm tra Trung ương Đoàn"], ["Ủy ban Kiểm tra Trung ương"], ["Ủy ban Kiểm tra Trung ương Đoàn"]),
        ("Sáng 5/3, Ban Chấp hành Trung ương Đoàn tổ chức hội nghị lần thứ 9.",
         ["Ban Chấp hành Trung ương Đoàn"], ["Ban Chấp hành Trung ương Đảng"], ["Ban Chấp hành Trung ương Đoàn"]),
        # the Union's full name after it belongs to the body
        ("Ông Lê Văn Hòa từng là Bí thư Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh.",
         ["Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"], ["Ban Chấp hành Trung ương Đảng"], []),
        # an association's central board is the association's
        ("Chiều 13/9, Ban Chấp hành Trung ương Hội Luật gia Việt Nam tổ chức hội nghị lần thứ nhất.",
         ["Ban Chấp hành Trung ương Hội Luật gia Việt Nam", "Hội Luật gia Việt Nam"],
         ["Ban Chấp hành Trung ương Đảng"], ["Ban Chấp hành Trung ương Hội Luật gia Việt Nam"]),
        # the holder's name after an abbreviated association is no part of it
        ("Ủy viên Trung ương Đảng, Chủ tịch BCH T.Ư Hội NDVN Lê Văn Hòa dự lễ.",
         ["BCH T.Ư Hội NDVN"], ["BCH T.Ư Hội NDVN Lê Văn Hòa", "BCH T.Ư"], []),
        # a meeting after the board is no association
        ("Sáng 5/3, Ban Chấp hành Trung ương Hội nghị lần thứ 5 bế mạc.",
         ["Ban Chấp hành Trung ương Đảng"], [], [None]),
        # a verb in lower case is no Union
        ("Ban Chấp hành Trung ương đoàn kết một lòng.",
         ["Ban Chấp hành Trung ương Đảng"], ["Ban Chấp hành Trung ương Đoàn"], []),
    ],
)
def test_youth_union_boards(text: str, present: list[str], absent: list[str], organizers: list) -> None:
    article = run(text).article
    names = [o.name for o in article.organizations]
    for name in present:
        assert name in names
    for name in absent:
        assert name not in names
    assert [e.organizer for e in article.events] == organizers
