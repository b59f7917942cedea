"""A Party committee of a chain that belongs to the institution of the next title
(`bodies/chain_parents.py`). Invented sentences: (text, person, expected positions)."""

from __future__ import annotations

import pytest

from conftest import offices_of


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        # A commune's Party committee is the commune's, not its people's committee's.
        ("Ông Phan Văn Nhã (Phó Bí thư Đảng ủy, Chủ tịch UBND xã Tân Lập) bị khiển trách.", "Phan Văn Nhã",
         [("Phó Bí thư", "Đảng ủy xã Tân Lập"), ("Chủ tịch", "UBND xã Tân Lập")]),
        ("Ông Lê Văn Hải, Bí thư Đảng ủy, Chủ tịch HĐND phường Bến Nghé, phát biểu.", "Lê Văn Hải",
         [("Bí thư", "Đảng ủy phường Bến Nghé"), ("Chủ tịch", "HĐND phường Bến Nghé")]),
        # A body of its own: unchanged.
        ("Ông Lê Văn Hải, Bí thư Đảng ủy, Giám đốc Công an tỉnh Đồng Nai, phát biểu.", "Lê Văn Hải",
         [("Bí thư", "Đảng ủy Công an tỉnh Đồng Nai"), ("Giám đốc", "Công an tỉnh Đồng Nai")]),
        ("Ông Lê Văn Hải, Bí thư Đảng ủy, Chủ tịch HĐQT Tập đoàn Dầu khí Việt Nam, phát biểu.", "Lê Văn Hải",
         [("Bí thư", "Đảng ủy Tập đoàn Dầu khí Việt Nam"), ("Chủ tịch", "HĐQT Tập đoàn Dầu khí Việt Nam")]),
    ],
)
def test_a_party_committee_takes_the_institution_of_its_chain(text: str, person: str,
                                                             expected: list[tuple[str, str | None]]) -> None:
    assert offices_of(text)[person] == expected


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Ủy ban Kiểm tra cảnh cáo ông Lê Văn Đạo - nguyên Đảng ủy viên, nguyên Phó Tư lệnh Quân chủng Hải quân.",
         "Lê Văn Đạo", [("nguyên Ủy viên", "Đảng ủy Quân chủng Hải quân"),
                        ("nguyên Phó Tư lệnh", "Quân chủng Hải quân")]),
        # A department has no committee of its own: the member sits in the institution's.
        ("Đảng ủy Khối kỷ luật ông Nguyễn Văn Quân, Đảng ủy viên, Trưởng phòng Tổ chức cán bộ Viện Kiểm sát nhân "
         "dân tỉnh Quảng Trị.", "Nguyễn Văn Quân",
         [("Ủy viên", "Đảng ủy Viện Kiểm sát nhân dân tỉnh Quảng Trị"),
          ("Trưởng phòng", "Phòng Tổ chức cán bộ Viện Kiểm sát nhân dân tỉnh Quảng Trị")]),
        # Alone, the member's committee is not known.
        ("Ông Lê Văn Hải, Đảng ủy viên, phát biểu.", "Lê Văn Hải", [("Ủy viên", None)]),
    ],
)
def test_a_member_written_with_its_committee_sits_in_the_chain_s_institution(
        text: str, person: str, expected: list[tuple[str, str | None]]) -> None:
    assert offices_of(text)[person] == expected


_MAIN = "Hội nghị cán bộ tỉnh Quảng Ninh. Tỉnh ủy Quảng Ninh tổ chức hội nghị tại Hạ Long, Quảng Ninh.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The neighbour writes another province: the committee is that province's, as written.
        (_MAIN + "Ông Lê Văn Diễn - bí thư Tỉnh ủy, chủ tịch HĐND tỉnh Đăk Nông - cho rằng cần cơ chế.",
         [("Bí thư", "Tỉnh ủy Đăk Nông"), ("Chủ tịch", "HĐND tỉnh Đăk Nông")]),
        # No place written in the chain: the article's.
        (_MAIN + "Ông Lê Văn Diễn - bí thư Tỉnh ủy, chủ tịch HĐND tỉnh - cho rằng cần cơ chế.",
         [("Bí thư", "Tỉnh ủy Quảng Ninh"), ("Chủ tịch", "HĐND tỉnh Quảng Ninh")]),
        # A place of another level (a district) says nothing of the province's committee.
        (_MAIN + "Ông Lê Văn Diễn - Phó bí thư Tỉnh ủy, Chủ tịch UBND huyện Cô Tô - cho rằng cần cơ chế.",
         [("Phó Bí thư", "Tỉnh ủy Quảng Ninh"), ("Chủ tịch", "UBND huyện Cô Tô")]),
    ],
)
def test_a_body_completed_from_the_article_takes_the_place_its_chain_writes(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert offices_of(text)["Lê Văn Diễn"] == expected


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        # A member of a parliament is no member of the party the next title names.
        ("Đoàn do Ngài Edano Yukio, Hạ Nghị sỹ, Phó Tổng thư ký Thường trực Đảng Dân tiến Nhật Bản dẫn đầu đã "
         "sang thăm.", "Edano Yukio",
         [("Hạ nghị sỹ", None), ("Phó Tổng Thư ký Thường trực", "Đảng Dân tiến Nhật Bản")]),
        # Other titles still share it.
        ("Ông Lê Văn Hải, Tổng Giám đốc, Chủ tịch HĐQT Công ty Minh Phát, phát biểu.", "Lê Văn Hải",
         [("Tổng Giám đốc", "Công ty Minh Phát"), ("Chủ tịch", "HĐQT Công ty Minh Phát")]),
    ],
)
def test_a_legislator_does_not_share_the_next_title_s_body(text: str, person: str,
                                                          expected: list[tuple[str, str | None]]) -> None:
    assert offices_of(text)[person] == expected


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        # A local body completed with the neighbour's province is written with its admin word.
        ("Thành ủy Hà Nội sẽ giới thiệu ông Nguyễn Đức Chung, Phó Bí thư Thành ủy, Giám đốc Công an làm Chủ tịch "
         "UBND thành phố.", "Nguyễn Đức Chung",
         [("Phó Bí thư", "Thành ủy Hà Nội"), ("Giám đốc", "Công an thành phố Hà Nội")]),
        # A Party board takes the place alone.
        ("Ông Lê Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh Đồng Nai, phát biểu.",
         "Lê Văn Hải", [("Ủy viên", "Ban Thường vụ Tỉnh ủy Đồng Nai"),
                        ("Trưởng Đoàn", "Đoàn đại biểu Quốc hội tỉnh Đồng Nai")]),
    ],
)
def test_a_body_completed_from_its_chain_is_written_as_the_province_s(
        text: str, person: str, expected: list[tuple[str, str | None]]) -> None:
    assert offices_of(text)[person] == expected
