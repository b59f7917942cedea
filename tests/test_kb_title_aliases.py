"""One office in two writings (`Phó ban`, `Phó Trưởng ban`): the extraction keeps each as written,
the knowledge base keys them as one title (`data/kb/title_aliases.tsv`)."""

from __future__ import annotations

from pathlib import Path

from conftest import run
from diembao.kb import KnowledgeBase
from fixtures.kb.builders import article

BODY = "Ban Kinh tế Trung ương"


def test_the_extraction_keeps_the_writing() -> None:
    doc = run("Ông Lê Văn Nhất giữ chức Phó ban Kinh tế Trung ương.")
    assert [(x.title, x.org) for x in doc.article.persons[0].positions] == [("Phó ban", BODY)]


def test_the_knowledge_base_keys_both_writings_as_one(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    with KnowledgeBase(path, create=True) as kb:
        kb.add_articles([
            article("a1", "Nhân sự", "Ông Lê Văn Nhất giữ chức Phó ban Kinh tế Trung ương.",
                    published="2019-03-01T08:00:00+07:00", persons=[("Lê Văn Nhất", [("Phó ban", BODY)])]),
            article("a2", "Nhân sự", "Phó Trưởng ban Kinh tế Trung ương Phan Văn Nhì phát biểu.",
                    published="2020-03-01T08:00:00+07:00", persons=[("Phan Văn Nhì", [("Phó Trưởng ban", BODY)])]),
        ])
    with KnowledgeBase(path) as kb:
        found = kb.holders("Phó Trưởng ban", BODY)
    assert found is not None
    assert sorted(h.person for h in found.holders) == ["Lê Văn Nhất", "Phan Văn Nhì"]
