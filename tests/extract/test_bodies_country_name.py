"""A body named with its country ends at the country when a foreign name follows it: the name is
its officer's (issue 9 pattern 4). Sentences written by the project's authors."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "body", "person", "office"),
    [
        ("Phó Chủ tịch Hội đồng An ninh Nga Dmitry Medvedev nói trong một cuộc phỏng vấn.",
         "Hội đồng An ninh Nga", "Dmitry Medvedev", ("Phó Chủ tịch", "Hội đồng An ninh Nga")),
        ("Chủ tịch Quốc hội Cuba Esteban Lazo Hernandez thăm Hà Nội.",
         "Quốc hội Cuba", "Esteban Lazo Hernandez", ("Chủ tịch", "Quốc hội Cuba")),
    ],
)
def test_a_country_ends_the_body_before_a_foreign_name(text: str, body: str, person: str,
                                                       office: tuple[str, str]) -> None:
    doc = run(text)
    assert body in [o.name for o in doc.article.organizations]
    assert [(x.title, x.org) for x in next(p for p in doc.article.persons if p.name == person).positions] == [office]


def test_a_body_ending_in_its_country_is_kept_whole() -> None:
    doc = run("Ông Lê Văn An làm việc với Hội đồng An ninh Nga.")
    assert "Hội đồng An ninh Nga" in [o.name for o in doc.article.organizations]


def test_regression_a_body_head_ending_a_persons_name_starts_no_body() -> None:
    # `Trường` (a school) was read as a body's head inside the name, taking the title with it.
    doc = run("Ông Nguyễn Xuân Trường - Giám đốc Sở Giáo dục và Đào tạo Hải Phòng nhận định.")
    [person] = doc.article.persons
    assert [(x.title, x.org) for x in person.positions] == [("Giám đốc", "Sở Giáo dục và Đào tạo Hải Phòng")]
    assert [o.name for o in doc.article.organizations] == ["Sở Giáo dục và Đào tạo Hải Phòng"]


def test_a_known_body_with_a_comma_is_read_whole_after_a_title_holding_its_head() -> None:
    text = ("Thượng tướng Trần Văn Tâm, Bộ trưởng Bộ Công an, Phó Trưởng Ban Chỉ đạo Trung ương về phòng, chống "
            "tham nhũng; ông Lê Văn Bình cũng dự.")
    [tam] = [p for p in run(text).article.persons if p.name == "Trần Văn Tâm"]
    assert ("Phó Trưởng ban", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng") in \
        [(x.title, x.org) for x in tam.positions]


def test_regression_a_title_head_is_no_family_name_before_a_body() -> None:
    # `Phó` heads the title `Phó Trưởng Ban`: the body after it still starts there
    doc = run("Ông Lê Văn Bình làm Phó Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng.")
    assert "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng" in [o.name for o in doc.article.organizations]


@pytest.mark.parametrize("text", [
    "Đây là nhà hàng Đài Loan Brick Kiln Old-Style ở Đài Bắc.",
    "Ông Jensen Hoàng chụp ảnh ở Đài Loan Trung Quốc.",
])
def test_regression_a_place_whose_first_word_is_a_head_word_starts_no_body(text: str) -> None:
    # `Đài` heads broadcasters' names; `Đài Loan` is a place
    assert [o.name for o in run(text).article.organizations] == []


def test_a_broadcaster_is_still_a_body() -> None:
    names = [o.name for o in run("Đài Truyền hình Việt Nam đưa tin.").article.organizations]
    assert names == ["Đài Truyền hình Việt Nam"]
