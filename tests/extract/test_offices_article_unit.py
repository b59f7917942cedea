"""A bare unit-head title takes the only unit of its kind the article names
(`extract/article_units.py`). Invented sentences: (text, person, expected positions)."""

from __future__ import annotations

import pytest

from conftest import run


def _positions(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(x.title, x.org) for x in p.positions] for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        # The only general department of the article, written sentences before the title.
        ("Tổng cục Hải quan vừa công bố quyết định điều động cán bộ. Lễ trao quyết định diễn ra sáng 5/3. "
         "Phó Tổng cục trưởng Lê Văn Thành trao quyết định cho các cán bộ.", "Lê Văn Thành",
         [("Phó Tổng cục trưởng", "Tổng cục Hải quan")]),
        # The only ministry: a bare deputy minister is its.
        ("Bộ Xây dựng đã có văn bản gửi các địa phương. Tại buổi làm việc hôm qua, Thứ trưởng Nguyễn Văn Sinh "
         "yêu cầu xử lý dứt điểm.", "Nguyễn Văn Sinh", [("Thứ trưởng", "Bộ Xây dựng")]),
        ("Cục Quản lý thị trường tỉnh Hòa Sơn kiểm tra nhiều cửa hàng. Sau đó, Cục trưởng Trần Văn Nam "
         "cho biết sẽ xử phạt nghiêm.", "Trần Văn Nam", [("Cục trưởng", "Cục Quản lý thị trường tỉnh Hòa Sơn")]),
        # Two ministries: the title says nothing of which.
        ("Bộ Xây dựng và Bộ Tài chính đã có văn bản gửi các địa phương. Tại buổi làm việc hôm qua, Thứ trưởng "
         "Nguyễn Văn Sinh yêu cầu xử lý dứt điểm.", "Nguyễn Văn Sinh", [("Thứ trưởng", None)]),
        # `Bộ Chính trị` is no ministry.
        ("Bộ Chính trị đã có kết luận về công tác cán bộ. Tại buổi làm việc hôm qua, Thứ trưởng "
         "Nguyễn Văn Sinh yêu cầu xử lý dứt điểm.", "Nguyễn Văn Sinh", [("Thứ trưởng", None)]),
    ],
)
def test_bare_unit_heads_take_the_articles_only_unit(text: str, person: str,
                                                      expected: list[tuple[str, str | None]]) -> None:
    assert _positions(text)[person] == expected


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        # Two ministries, one named far more often: the one the article is about.
        ("Truy tố cựu Thứ trưởng Hoàng Văn Thắng. Bộ Nông nghiệp và Phát triển nông thôn đã họp. Bộ Nông nghiệp "
         "và Phát triển nông thôn cho biết. Bộ Công Thương cũng có ý kiến.", "Hoàng Văn Thắng",
         [("cựu Thứ trưởng", "Bộ Nông nghiệp và Phát triển nông thôn")]),
        # The boards of the article: the Central Committee is no board a Trưởng ban heads.
        ("Ông Lê Văn Bình làm Trưởng ban Kinh tế Trung ương. Ban Chấp hành Trung ương Đảng đã quyết định. Ban "
         "Chấp hành Trung ương Đảng cũng phân công. Dự họp có ông Cao Văn Phát, Phó trưởng ban Thường "
         "trực.", "Cao Văn Phát", [("Phó Trưởng ban Thường trực", "Ban Kinh tế Trung ương")]),
    ],
)
def test_bare_unit_heads_take_the_unit_named_most_often(text: str, person: str,
                                                         expected: list[tuple[str, str | None]]) -> None:
    assert _positions(text)[person] == expected


def test_boards_do_not_reach_across_the_article() -> None:
    # Every article names several `Ban`: a bare Trưởng ban keeps its own reading.
    text = ("Ban Tổ chức Tỉnh ủy Hòa Sơn đã trình danh sách. Lễ tang được tổ chức trọng thể. "
            "Danh sách Ban lễ tang do ông Lê Văn Thành làm Trưởng ban.")
    found = _positions(text).get("Lê Văn Thành", [])
    assert ("Trưởng ban", "Ban Tổ chức Tỉnh ủy Hòa Sơn") not in found


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        # Every Bí thư and Phó Bí thư of the article is of one Tỉnh ủy: a bare Phó Bí thư Thường trực is its.
        ("Ông Lê Văn Thành, Phó Bí thư Thường trực, được bầu làm Bí thư Tỉnh ủy Nam Định nhiệm kỳ 2020-2025.",
         "Lê Văn Thành", [("Phó Bí thư Thường trực", "Tỉnh ủy Nam Định"), ("Bí thư", "Tỉnh ủy Nam Định")]),
        ("Bí thư Thành ủy Hà Nội Trần Văn Nam dự hội nghị. Cùng dự có Phó Bí thư Nguyễn Thị Hoa.",
         "Nguyễn Thị Hoa", [("Phó Bí thư", "Thành ủy Hà Nội")]),
        # Two committees: the bare title says nothing of which.
        ("Bí thư Thành ủy Hà Nội Trần Văn Nam và Bí thư Tỉnh ủy Nam Định Lê Văn Thành dự hội nghị. Cùng dự có "
         "Phó Bí thư Nguyễn Thị Hoa.", "Nguyễn Thị Hoa", [("Phó Bí thư", None)]),
        # A body written after the title, which the grammar does not read, is no bare title.
        ("Bí thư Thành ủy Hà Nội Trần Văn Nam dự hội nghị. Ông Lê Văn Hùng, Phó Bí thư Chi bộ 5A, "
         "Trưởng ấp 5A, bị khiển trách.", "Lê Văn Hùng", [("Phó Bí thư", None)]),
    ],
)
def test_bare_committee_titles_take_their_familys_one_body(text: str, person: str,
                                                            expected: list[tuple[str, str | None]]) -> None:
    assert _positions(text)[person] == expected


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        # The article's one province-level committee, written under its board.
        ('"Những trường hợp đặc biệt do Thường trực Thành ủy Đà Nẵng quyết định". Anh Trần Văn Mẫn được cử đi '
         'học do đồng chí Bí thư Nguyễn Bá Thành quyết định.', "Nguyễn Bá Thành",
         [("Bí thư", "Thành ủy Đà Nẵng")]),
        # Beside district committees, the province's committee is the one.
        ("Sáng nay, Thành ủy TP.HCM trao quyết định cho ông Nguyễn Mạnh Hùng làm Bí thư Quận ủy Thủ Đức, Bí thư "
         "Quận ủy Bình Thạnh cũ. Tại buổi lễ, Phó Bí thư Thường trực Tất Văn Cang phát biểu.", "Tất Văn Cang",
         [("Phó Bí thư Thường trực", "Thành ủy TP.HCM")]),
        # Two province committees: none.
        ("Thành ủy Hà Nội và Tỉnh ủy Nam Định ký kết hợp tác. Tại buổi lễ, Phó Bí thư Thường trực Tất Văn Cang "
         "phát biểu.", "Tất Văn Cang", [("Phó Bí thư Thường trực", None)]),
    ],
)
def test_a_bare_secretary_is_of_the_article_s_province_committee(text: str, person: str,
                                                                 expected: list[tuple[str, str | None]]) -> None:
    assert _positions(text)[person] == expected


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        # The article's one written Chủ tịch body is not the state leader's.
        ("Tổng Bí thư dự lễ khánh thành nhà tưởng niệm Chủ tịch Hồ Chí Minh. Cùng dự có Chủ tịch Ủy ban Trung ương "
         "Mặt trận Tổ quốc Việt Nam Bùi Thị Minh Hoài.", "Hồ Chí Minh", [("Chủ tịch", None)]),
        ("Chủ tịch UBND tỉnh Nghệ An Lê Văn Hải dâng hương tưởng niệm Chủ tịch Tôn Đức Thắng.", "Tôn Đức Thắng",
         [("Chủ tịch", None)]),
        # Another person's bare title still takes it.
        ("Chủ tịch UBND tỉnh Nghệ An Lê Văn Hải chủ trì. Sau đó, Chủ tịch Lê Văn Hải kết luận.", "Lê Văn Hải",
         [("Chủ tịch", "UBND tỉnh Nghệ An")]),
    ],
)
def test_a_state_leader_s_bare_title_takes_no_body(text: str, person: str,
                                                    expected: list[tuple[str, str | None]]) -> None:
    assert _positions(text)[person] == expected
