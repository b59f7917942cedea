"""A ceremony a sentence speaks from is reported wherever it stands; a body holding an event is
read past a year and a body's own dot. Invented sentences in the seed's style."""

from __future__ import annotations

import pytest

from conftest import run

# Filler that puts a mention past the opening of an article, where an undated meeting is only cited.
_FILLER = " ".join(["Ông Trần Văn Hạnh đã có nhiều đóng góp cho sự phát triển của địa phương."] * 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deep in the text and undated, a ceremony someone speaks at is still reported
        (_FILLER + " Tại lễ trao quyết định, ông Lê Văn Kha mong muốn cán bộ phát huy năng lực.",
         [("Lễ", None)]),
        (_FILLER + " Ông Lê Văn Kha phát biểu tại Lễ khánh thành cầu Đồng Lạc.", [("Lễ", None)]),
        # a plenum in the same place is cited, not reported
        (_FILLER + " Tại Hội nghị Trung ương 4, Đảng ta đã chỉ rõ nhiều biểu hiện suy thoái.", []),
        # attending a ceremony may be asked for one to come: not enough on its own, deep in the text
        (_FILLER + " Người dân về dự lễ viếng gửi phương tiện tại bãi đỗ xe.", []),
    ],
)
def test_a_ceremony_spoken_from_is_reported(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text).article.events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bên lề buổi họp mặt báo chí đầu năm 2019 do Thành ủy TP. HCM tổ chức, ông Lê Văn Kha "
         "cho biết thành phố sẽ xử lý nghiêm vụ việc.",
         [("Họp mặt", "Thành ủy TP. HCM")]),
    ],
)
def test_held_by_past_a_year_and_a_bodys_dot(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.organizer) for e in run(text).article.events] == expected


def test_regression_ceremony_deep_in_the_text_was_taken_for_a_citation() -> None:
    """Defect: `Tại lễ trao quyết định, ông X …` past the article's opening, with no day of its
    own, was dropped as a meeting cited in passing."""
    text = _FILLER + " Tại lễ trao quyết định, ông Lê Văn Kha, Phó Bí thư Tỉnh ủy, chúc mừng hai cán bộ."
    assert [e.type for e in run(text).article.events] == ["Lễ"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event as the agent of what it passed is cited as an authority
        ("Sáng 9/3, Tỉnh ủy Nam Định bàn về phương hướng công tác nhân sự do Đại hội XIII thông qua.", []),
        # the same congress reported as held
        ("Sáng 9/3, Đại hội XIII thông qua Nghị quyết về công tác nhân sự.", [("Đại hội", "--03-09")]),
    ],
)
def test_an_event_as_the_agent_of_a_passing_is_cited(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text).article.events] == expected
