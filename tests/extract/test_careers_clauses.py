"""Careers (issue 9, pattern 1): the subject of a verb of office across a body named inside the
clause, the verbs of assignment (`chỉ định`, `phân công`), membership by joining a committee
(`vào Ban Chấp hành`), and the clauses that bring in a subject of their own. Invented sentences
in the seed's style: (text, person, expected (title, body) pairs, or a title that must be absent)."""

from __future__ import annotations

import pytest

from conftest import run


def titles(text: str, name: str) -> set[str]:
    persons = {p.name: p for p in run(text).article.persons}
    return {pos.title for pos in persons[name].positions} if name in persons else set()


@pytest.mark.parametrize(("text", "name", "expected"), [
    # the body that acts (`được Ban Thường vụ Thành ủy chỉ định`) does not part the name from the verb
    ("Ông Trần Văn Hòa, nguyên Phó Chánh Văn phòng UBND tỉnh Long An đã được Ban Thường vụ Tỉnh ủy Long An "
     "chỉ định tham gia Ban Chấp hành Đảng bộ huyện Cần Đước, giữ chức vụ Phó Bí thư Huyện ủy.",
     "Trần Văn Hòa", {"nguyên Phó Chánh Văn phòng", "Ủy viên", "Phó Bí thư"}),
    # nor does the body where the new post is (`về công tác tại Ủy ban Kiểm tra …`)
    ("Bí thư Tỉnh ủy đã trao quyết định điều động ông Lê Minh Khang, Bí thư Huyện ủy Cần Giuộc về công tác "
     "tại Ủy ban Kiểm tra Tỉnh ủy Long An từ ngày 1/7, giữ chức vụ Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.",
     "Lê Minh Khang", {"Bí thư", "Phó Chủ nhiệm"}),
    # `chỉ định vào Ban Chấp hành`, `bầu vào Ban Thường vụ`: a member of it
    ("Ông Phạm Quốc Bảo được chỉ định vào Ban Chấp hành Đảng bộ quận Cái Răng, Ban Thường vụ Quận ủy "
     "và giữ chức Bí thư Quận ủy Cái Răng.", "Phạm Quốc Bảo", {"Ủy viên", "Bí thư"}),
    ("Tháng 10/2015, ông Võ Thành Nhân được bầu vào Ban Chấp hành Đảng bộ tỉnh Long An nhiệm kỳ 2015-2020.",
     "Võ Thành Nhân", {"Ủy viên"}),
    # `trở thành`, `lên làm`: verbs of office in a biography
    ("Từ tháng 8/2002 đến 7/2007, ông Hoàng Văn Hải trở thành Bộ trưởng Bộ Công nghiệp.", "Hoàng Văn Hải",
     {"Bộ trưởng"}),
    ("Sau 3 năm công tác, ông Hoàng Văn Hải chuyển lên làm Trưởng phòng Tổng hợp, Bộ Năng lượng.",
     "Hoàng Văn Hải", {"Trưởng phòng"}),
    # `chuyển từ X về Y`, `nghỉ X`: both offices were the aside's subject's
    ("Kỳ họp đã miễn nhiệm chức danh Ủy viên UBND tỉnh với ông Trần Văn Sơn (chuyển từ Giám đốc Sở Kế hoạch "
     "và Đầu tư về Phó Trưởng ban Nội chính Tỉnh ủy) và đại tá Lê Văn Tâm (nghỉ Giám đốc Công an tỉnh Long An "
     "để chờ hưu).", "Trần Văn Sơn", {"Ủy viên", "Giám đốc", "Phó Trưởng ban"}),
    # a pronoun right before the verb takes up the sentence's subject, however far it stands
    ("Ông Nguyễn Văn Thái ở vị trí người đứng đầu chính quyền tỉnh Long An từ năm 2007, trước đó ông làm "
     "Bí thư Huyện ủy Cần Đước.", "Nguyễn Văn Thái", {"Bí thư"}),
    # names after a plural head, joined by commas alone, share the verb
    ("Theo đó, các ông Dương Văn Dũng, Nguyễn Văn Hùng sẽ được miễn nhiệm chức danh Phó Chủ tịch UBND "
     "huyện Cần Đước.", "Dương Văn Dũng", {"Phó Chủ tịch"}),
    # `chức danh X của ông Y`: the office is Y's, not the sentence's subject's
    ("HĐND thành phố vừa biểu quyết miễn nhiệm chức danh Phó Chủ tịch UBND thành phố của ông Đặng Văn Dũng.",
     "Đặng Văn Dũng", {"Phó Chủ tịch"}),
    # a planned election that names the previous holder: he held the office
    ("Ông Lý Văn Tâm, Phó Bí thư Huyện ủy được giới thiệu để HĐND huyện bầu giữ chức Chủ tịch UBND huyện "
     "Cần Đước thay ông Ngô Văn Lợi nghỉ hưu.", "Ngô Văn Lợi", {"Chủ tịch"}),
])
def test_offices_of_the_subject_across_the_clause(text: str, name: str, expected: set[str]) -> None:
    assert titles(text, name) == expected


@pytest.mark.parametrize(("text", "name", "absent"), [
    # a body opening a clause of its own after a comma is a new subject
    ("Chủ tịch Quốc hội Trần Thị Mai cũng cho biết, Ủy ban Thường vụ Quốc hội sớm có chủ trương để "
     "Đoàn đại biểu Quốc hội tỉnh Long An bầu Trưởng đoàn mới.", "Trần Thị Mai", "Trưởng Đoàn"),
    # `mà` opens a clause with its own subject
    ("Bà Lê Thị Thu Hà đã tạo lợi thế cho Công ty Hưng Phát mà chồng bà làm Giám đốc.",
     "Lê Thị Thu Hà", "Giám đốc"),
    # a form of address before a capitalised word: another person, even one not read as a name
    ("Tháng 7/1986, Tổng Bí thư Lê Văn Tùng từ trần, tại hội nghị đặc biệt Ban Chấp hành Trung ương Đảng, "
     "ông Trường Sơn đang làm Chủ tịch Hội đồng Nhà nước.", "Lê Văn Tùng", "Chủ tịch"),
    # `phân công` without `được` before it: the chain after it names the one assigned, by his title
    ("Ông Trần Văn Sướng nói tỉnh đã thành lập đoàn, phân công Phó Bí thư Thường trực Tỉnh ủy làm Trưởng đoàn.",
     "Trần Văn Sướng", "Phó Bí thư Thường trực"),
    # without a plural head, a comma between two names lists no shared subject
    ("Ông Dương Văn Dũng, Nguyễn Văn Hùng được bầu làm Phó Chủ tịch UBND huyện Cần Đước.",
     "Dương Văn Dũng", "Phó Chủ tịch"),
    ("Ông Trần Xuân Vinh, Trưởng ban Tổ chức Tỉnh ủy cho biết, Tỉnh ủy vừa nhận đơn xin thôi giữ chức vụ "
     "Phó Giám đốc Sở Nông nghiệp của ông Phạm Hồng Thái.", "Trần Xuân Vinh", "Phó Giám đốc"),
    # a possible office is no office
    ("Các nguồn tin cho biết ông Hồ Văn Hoa có thể trở thành Phó Thủ tướng.", "Hồ Văn Hoa", "Phó Thủ tướng"),
    # a planned election is no office yet (`được giới thiệu để … bầu`)
    ("Ông Lý Văn Tâm, Phó Bí thư Huyện ủy được giới thiệu để HĐND huyện bầu giữ chức Chủ tịch UBND huyện "
     "Cần Đước thay ông Ngô Văn Lợi nghỉ hưu.", "Lý Văn Tâm", "Chủ tịch"),
])
def test_no_office_where_another_subject_or_a_plan_comes_in(text: str, name: str, absent: str) -> None:
    assert absent not in titles(text, name)


def test_the_second_aside_of_a_list_is_its_own_name_s() -> None:
    text = ("Kỳ họp đã miễn nhiệm chức danh Ủy viên UBND tỉnh với ông Trần Văn Sơn (chuyển từ Giám đốc Sở Kế "
            "hoạch và Đầu tư về Phó Trưởng ban Nội chính Tỉnh ủy) và đại tá Lê Văn Tâm (nghỉ Giám đốc Công an "
            "tỉnh Long An để chờ hưu).")
    assert "Giám đốc" in titles(text, "Lê Văn Tâm")


def test_an_aside_in_brackets_brings_in_no_subject() -> None:
    text = "Ông Hồ Anh Tuấn (gọi ông Hùng bằng cậu) đang là Chủ tịch UBND xã Quế Long."
    assert "Chủ tịch" in titles(text, "Hồ Anh Tuấn")
