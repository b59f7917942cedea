"""Hostile input through `ingest`: one bad article is one error row, never a lost batch; the same
id from two files is two articles; records of another tool are checked field by field and
mention by mention. Named regression tests for issue 14."""

from __future__ import annotations

import json
import random
from pathlib import Path

from diembao.kb import IngestOptions, KnowledgeBase
from fixtures.kb.builders import synthetic_record


def write_jsonl(path: Path, lines: list[object]) -> Path:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)) + "\n" for x in lines),
                    encoding="utf-8")
    return path


def ingest(kb: KnowledgeBase, *paths: Path, **options: object) -> tuple[object, list[str]]:
    lines: list[str] = []

    def seen(written: object) -> None:
        lines.extend(written.notes)  # type: ignore[attr-defined]
        if written.message:  # type: ignore[attr-defined]
            lines.append(written.message)  # type: ignore[attr-defined]

    report = kb.ingest([str(p) for p in paths], IngestOptions(workers=0, **options), seen)  # type: ignore[arg-type]
    return report, lines


def test_regression_a_lone_surrogate_line_does_not_roll_back_the_batch(kb: KnowledgeBase, tmp_path: Path) -> None:
    rng = random.Random(3)
    good = [synthetic_record(i, rng) for i in range(6)]
    corpus = write_jsonl(tmp_path / "c.jsonl", [
        *good[:3], '{"id": "bad\\ud800", "source": "s\\udfff", "title": "T\\ud800", "body": "x"}', *good[3:]])
    report, lines = ingest(kb, corpus, batch_size=100)
    assert (report.added, report.failed) == (7, 0)  # type: ignore[attr-defined]
    assert any("c.jsonl:4 [bad\ufffd]: warning: lone surrogates replaced" in x for x in lines)
    out = tmp_path / "a.jsonl"
    assert kb.export("articles", "jsonl", out) == 7  # every export still works
    out.read_text(encoding="utf-8")
    again, _ = ingest(kb, corpus)
    assert again.unchanged == 7  # type: ignore[attr-defined]


def test_regression_the_same_stem_in_two_folders_is_two_articles(kb: KnowledgeBase, tmp_path: Path) -> None:
    for folder, words in (("a", "Thân bài thứ nhất."), ("b", "Thân bài thứ hai.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(f"Tiêu đề\n{words}\n", encoding="utf-8")
    report, lines = ingest(kb, tmp_path)
    assert report.added == 2  # type: ignore[attr-defined]
    assert [r[0] for r in kb.store.all("SELECT id FROM articles ORDER BY aid")] == ["x", "x~2"]
    assert lines == [f"{tmp_path}/b/x.txt [x]: warning: another file already gave an article this id: stored as x~2"]
    (tmp_path / "b" / "x.txt").write_text("Tiêu đề\nThân bài thứ hai, đã sửa.\n", encoding="utf-8")
    report, _ = ingest(kb, tmp_path)
    assert (report.replaced, report.unchanged) == (1, 1)  # type: ignore[attr-defined]
    assert kb.search("đã sửa").hits[0].article.id == "x~2"


def test_regression_a_repeated_id_in_two_jsonl_files_is_two_articles(kb: KnowledgeBase, tmp_path: Path) -> None:
    first = synthetic_record(0, random.Random(1))
    other = {**synthetic_record(1, random.Random(2)), "id": first["id"]}
    one, two = write_jsonl(tmp_path / "one.jsonl", [first]), write_jsonl(tmp_path / "two.jsonl", [other])
    report, lines = ingest(kb, one, two)
    assert report.added == 2 and len(lines) == 1  # type: ignore[attr-defined]


def _record(**changes: object) -> dict:
    from diembao.record import Article

    base = Article(id="r", title="Ông Lê Văn Hai dự họp", body=("Sáng nay Ủy ban nhân dân tỉnh họp.",)).to_dict()
    mention = {"start": 4, "end": 14, "text": "Lê Văn Hai"}
    base["persons"] = [{"name": "Lê Văn Hai", "positions": [], "mentions": [mention]}]
    return {**base, **changes}


def test_regression_records_of_wrong_types_are_one_error_row_each(kb: KnowledgeBase, tmp_path: Path) -> None:
    bad_mention = {"name": "Lê Văn Hai", "mentions": [{"start": 0, "end": 3, "text": "Lê Văn Hai"}]}
    lines_in = [
        _record(id="good-1"),
        _record(id="t", title=5),
        _record(id="p", persons="Lê Văn Hai"),
        _record(id="m", persons=[{"name": "A", "mentions": [{"start": "x", "end": 1, "text": "A"}]}]),
        _record(id="o", persons=[bad_mention]),
        _record(id="big", persons=[{"name": "A", "mentions": [{"start": 2 ** 70, "end": 2 ** 70, "text": ""}]}]),
        _record(id="n", published=7),
        _record(id=None),
        '{"id": "x", "title": NaN}',
        "[1, 2]",
        _record(id="good-2"),
    ]
    report, lines = ingest(kb, write_jsonl(tmp_path / "r.jsonl", lines_in), records=True)
    assert (report.added, report.failed) == (2, 9)  # type: ignore[attr-defined]
    assert [r[0] for r in kb.store.all("SELECT id FROM articles ORDER BY aid")] == ["good-1", "good-2"]
    assert kb.counts()["errors"] == 9
    joined = "\n".join(lines)
    assert "r.jsonl:2 [t]: not an article record: title is a number, not text" in joined
    assert "r.jsonl:5 [o]: not an article record: a mention in persons at 0:3 does not hold its text" in joined
    assert all(line.count("\n") == 0 for line in lines)
