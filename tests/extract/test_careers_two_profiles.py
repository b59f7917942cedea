"""Biographies of two people in one article (issue 9, pattern 2): a pronoun's verb of office is the
person's whom a sentence last opened with, not the one the article names most; and a company's
head written after a title is no short mention of a name (`Công ty` is not `ông Công`)."""

from __future__ import annotations

from conftest import run


def _titles(text: str) -> dict[str, set[str]]:
    return {p.name: {pos.title for pos in p.positions} for p in run(text).article.persons}


_TWO = ("Quốc hội sẽ miễn nhiệm ông Phan Văn Bảy và ông Trương Minh Nghĩa.\n"
        "Ông Phan Văn Bảy, 58 tuổi, quê Đồng Tháp.\n"
        "Từ tháng 10/2010 đến 9/2015, ông làm Bí thư Tỉnh ủy An Giang.\n"
        "Tháng 10/2015, ông làm Phó Trưởng ban Kinh tế Trung ương.\n"
        "Ông Phan Văn Bảy được Quốc hội phê chuẩn.\n"
        "Ông Nghĩa có 16 năm công tác trong quân đội.\n"
        "Tháng 6/2012, ông được Bộ Chính trị điều động giữ chức Bí thư Tỉnh ủy Sơn La.\n"
        "Tháng 3/2015, ông làm Trưởng ban Kinh tế Trung ương.\n")


def test_a_pronoun_speaks_of_the_person_a_sentence_last_opened_with() -> None:
    found = _titles(_TWO)
    assert {"Bí thư", "Phó Trưởng ban"} <= found["Phan Văn Bảy"]
    assert {"Bí thư", "Trưởng ban"} <= found["Trương Minh Nghĩa"]
    assert "Trưởng ban" not in found["Phan Văn Bảy"]


def test_a_company_head_after_a_title_is_no_short_name() -> None:
    text = ("Thứ trưởng Nguyễn Văn Công dự họp. Ông Phan Văn Sáu kinh qua nhiều vị trí như Giám đốc Công ty "
            "Cơ khí An Giang; Phó Giám đốc Công ty liên doanh khai thác đá xây dựng Antraco.")
    found = _titles(text)
    assert found["Nguyễn Văn Công"] == {"Thứ trưởng"}
    assert {"Giám đốc", "Phó Giám đốc"} <= found["Phan Văn Sáu"]
