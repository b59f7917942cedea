"""Office spells (kb/spells.py): statements of election, appointment, transfer, dismissal and
retirement give an office's start and end, with evidence, beside its first and last attestation."""

from __future__ import annotations

import pytest

from diembao.kb import KnowledgeBase
from diembao.kb.spells import spell_at
from fixtures.kb.builders import article


@pytest.mark.parametrize(("text", "title", "expected"), [
    ("Ông Lê Văn Tư được bầu giữ chức Bí thư Tỉnh ủy.", "Bí thư", ("start", "được bầu giữ chức")),
    ("Bộ Chính trị điều động ông Lê Văn Tư giữ chức Bí thư Tỉnh ủy.", "Bí thư", ("start", "điều động")),
    ("UBND tỉnh bổ nhiệm bà Trần Thị Hoa làm Giám đốc Sở Y tế.", "Giám đốc", ("start", "bổ nhiệm")),
    ("Tân Bí thư Tỉnh ủy phát biểu nhận nhiệm vụ.", "Bí thư", ("start", "tân")),
    ("HĐND tỉnh miễn nhiệm chức Chủ tịch UBND tỉnh đối với ông Lê Văn Tư.", "Chủ tịch", ("end", "miễn nhiệm")),
    ("Ông Lê Văn Tư thôi giữ chức Chủ tịch UBND tỉnh để nghỉ hưu.", "Chủ tịch", ("end", "thôi giữ chức")),
    # A name that is a cue word, parted from the title by a comma: no spell.
    ("Ông Lê Văn Tân, Chủ tịch UBND huyện, dự hội nghị.", "Chủ tịch", None),
    # A cue of another sentence: no spell.
    ("Ông Tư được bổ nhiệm năm 2019. Chủ tịch UBND tỉnh dự họp.", "Chủ tịch", None),
])
def test_spell_at(text: str, title: str, expected: tuple[str, str] | None) -> None:
    assert spell_at(text, text.index(title)) == expected


def test_an_office_keeps_its_stated_start_and_end(kb: KnowledgeBase) -> None:
    kb.add_articles([
        article("a", "Kiện toàn nhân sự", "Ông Lê Văn Bốn được bầu giữ chức Chủ tịch UBND tỉnh Vĩnh Long.",
                published="2020-03-02T08:00:00+07:00",
                persons=[("Lê Văn Bốn", [("Chủ tịch", "UBND tỉnh Vĩnh Long")])], places=["Vĩnh Long"]),
        article("b", "Làm việc với doanh nghiệp", "Ông Lê Văn Bốn, Chủ tịch UBND tỉnh Vĩnh Long, làm việc.",
                published="2021-06-01T08:00:00+07:00",
                persons=[("Lê Văn Bốn", [("Chủ tịch", "UBND tỉnh Vĩnh Long")])], places=["Vĩnh Long"]),
        article("c", "Miễn nhiệm", "HĐND tỉnh miễn nhiệm chức Chủ tịch UBND tỉnh Vĩnh Long đối với ông Lê Văn Bốn.",
                published="2022-09-15T08:00:00+07:00",
                persons=[("Lê Văn Bốn", [("Chủ tịch", "UBND tỉnh Vĩnh Long")])], places=["Vĩnh Long"]),
    ])
    [person] = kb.person("Lê Văn Bốn")
    [office] = person.offices
    assert (office.started, office.ended, office.first_seen, office.last_seen) == (
        "2020-03-02", "2022-09-15", "2020-03-02", "2022-09-15")
    [holder] = kb.holders("Chủ tịch", "UBND tỉnh Vĩnh Long").holders
    assert (holder.start, holder.end) == ("2020-03-02", "2022-09-15")


def test_forgetting_the_article_forgets_its_spell(kb: KnowledgeBase) -> None:
    first = article("a", "Bổ nhiệm", "UBND tỉnh bổ nhiệm ông Lê Văn Năm giữ chức Giám đốc Sở Y tế tỉnh Vĩnh Long.",
                    published="2020-03-02T08:00:00+07:00",
                    persons=[("Lê Văn Năm", [("Giám đốc", "Sở Y tế tỉnh Vĩnh Long")])], places=["Vĩnh Long"])
    other = article("b", "Tin", "Ông Lê Văn Năm, Giám đốc Sở Y tế tỉnh Vĩnh Long, kiểm tra bệnh viện.",
                    published="2021-03-02T08:00:00+07:00",
                    persons=[("Lê Văn Năm", [("Giám đốc", "Sở Y tế tỉnh Vĩnh Long")])], places=["Vĩnh Long"])
    kb.add_articles([first, other])
    assert kb.person("Lê Văn Năm")[0].offices[0].started == "2020-03-02"
    kb.add_articles([article("a", "Tin mới", "Ông Lê Văn Năm, Giám đốc Sở Y tế tỉnh Vĩnh Long, họp.",
                             published="2020-03-02T08:00:00+07:00",
                             persons=[("Lê Văn Năm", [("Giám đốc", "Sở Y tế tỉnh Vĩnh Long")])], places=["Vĩnh Long"])])
    assert kb.person("Lê Văn Năm")[0].offices[0].started is None
