"""Readers: scraped plain text, corpus JSONL, HTML, directories and stdin, and broken input."""

from __future__ import annotations

import codecs
import gzip
import json
from pathlib import Path

import pytest

from diembao.readers import RawInput, ReadFailure, iter_inputs, parse, read_articles
from diembao.readers.layout import (
    detokenise,
    parse_header_date,
    split_byline,
    split_captions,
    unglue,
)
from diembao.record import Article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

ARTICLE = """Thứ Hai, 6/3/2023, 08:15 (GMT+7)
.

Huyện Cái Bè ra quân làm thủy lợi mùa khô

(ABO) Sáng 5-3, UBND huyện Cái Bè tổ chức lễ ra quân làm thủy lợi nội đồng năm 2023.

Ông Trần Văn Tư, Chủ tịch UBND huyện phát biểu tại buổi lễ.

Người dân nạo vét kênh
Người dân nạo vét kênh.

Toàn huyện sẽ nạo vét hơn 120 tuyến kênh trong mùa khô.

MINH THƯ

.
.
"""


def _text_article(tmp_path: Path, text: str, name: str = "bai-viet.txt") -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    items = list(read_articles([str(path)]))
    assert len(items) == 1
    assert isinstance(items[0], Article), items[0]
    return items[0]


def test_scraped_text_structure(tmp_path: Path) -> None:
    a = _text_article(tmp_path, ARTICLE)
    assert a.id == "bai-viet"
    assert a.published == "2023-03-06T08:15:00+07:00"
    assert a.title == "Huyện Cái Bè ra quân làm thủy lợi mùa khô"
    assert a.source.tag == "ABO" and a.source.outlet == "Báo Ấp Bắc"
    assert a.lead.startswith("Sáng 5-3, UBND huyện Cái Bè")
    assert a.captions == ("Người dân nạo vét kênh.",)
    assert a.authors == ("MINH THƯ",)
    assert a.body == (
        "Ông Trần Văn Tư, Chủ tịch UBND huyện phát biểu tại buổi lễ.",
        "Toàn huyện sẽ nạo vét hơn 120 tuyến kênh trong mùa khô.",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thứ Tư, 10/11/2021, 17:48 (GMT+7)", "2021-11-10T17:48:00+07:00"),
        ("Thứ Hai, 1/2/2021, 07:05 (GMT+7)", "2021-02-01T07:05:00+07:00"),
        ("Thứ Ba, 02/03/2021", "2021-03-02"),
        ("Thứ năm, 4/3/2021 - 9:30", "2021-03-04T09:30:00+07:00"),
        ("Thứ Sáu, 5/3/2021, 16:00", "2021-03-05T16:00:00+07:00"),
        ("Thứ Bảy, 6/3/2021 10h15", "2021-03-06T10:15:00+07:00"),
        ("Chủ nhật, 7/3/2021, 20:00 (GMT+7)", "2021-03-07T20:00:00+07:00"),
        ("CN, 7/3/2021", "2021-03-07"),
        ("10/11/2021 17:48", "2021-11-10T17:48:00+07:00"),
        ("Thứ Tư, 31/2/2021", None),
        ("Thứ Tư, 10/11/2021, 25:48", None),
        ("Sáng 10-11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị", None),
        ("Nghị quyết 22-NQ/TW", None),
    ],
)
def test_header_date(line: str, expected: str | None) -> None:
    assert parse_header_date(line) == expected


@pytest.mark.parametrize(
    ("paragraphs", "body", "captions"),
    [
        (["A b c.", "Quang cảnh hội nghị", "Quang cảnh hội nghị.", "D e."], ["A b c.", "D e."],
         ["Quang cảnh hội nghị."]),
        (["X", "X"], [], ["X"]),
        (["Đại biểu dự hội nghị. (Ảnh: Minh Anh)", "Nội dung."], ["Nội dung."],
         ["Đại biểu dự hội nghị. (Ảnh: Minh Anh)"]),
        (["Đồng chí Nguyễn Văn A phát biểu. Ảnh: TL", "Nội dung."], ["Nội dung."],
         ["Đồng chí Nguyễn Văn A phát biểu. Ảnh: TL"]),
        (["Một đoạn.", "Đoạn khác " * 40, "Đoạn khác " * 40], ["Một đoạn.", "Đoạn khác " * 40], []),
        (["Tiêu đề phụ", "Nội dung tiếp theo."], ["Tiêu đề phụ", "Nội dung tiếp theo."], []),
    ],
)
def test_captions(paragraphs: list[str], body: list[str], captions: list[str]) -> None:
    split = split_captions(paragraphs)
    assert list(split.body) == body
    assert list(split.captions) == captions


@pytest.mark.parametrize(
    ("last", "authors", "via", "body_tail"),
    [
        ("THỦY HÀ", ("THỦY HÀ",), None, None),
        ("Bài và ảnh: MINH ANH", ("MINH ANH",), None, None),
        ("Bài, ảnh: Hữu Khoa", ("Hữu Khoa",), None, None),
        ("Bài: Thanh Bình - Ảnh: Quốc Tuấn", ("Thanh Bình", "Quốc Tuấn"), None, None),
        ("Theo TTXVN", (), "TTXVN", None),
        ("(Theo VOV)", (), "VOV", None),
        ("Hữu Khoa (TTXVN)", ("Hữu Khoa",), "TTXVN", None),
        ("Nội dung kết thúc ở đây. Tiến Vinh", ("Tiến Vinh",), None, "Nội dung kết thúc ở đây."),
        ("Nội dung kết thúc ở đây.", (), None, "Nội dung kết thúc ở đây."),
        ("UBND TP. Hải Phòng.", (), None, "UBND TP. Hải Phòng."),
        ("Hải Phòng.", (), None, "Hải Phòng."),
    ],
)
def test_bylines(last: str, authors: tuple[str, ...], via: str | None, body_tail: str | None) -> None:
    byline = split_byline(["Đoạn đầu.", last])
    assert byline.authors == authors
    assert byline.via == via
    assert byline.body[-1] == (body_tail or "Đoạn đầu.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TP. HCM muốn tới tận ' tổ ' mời ' đại bàng '", "TP. HCM muốn tới tận 'tổ' mời 'đại bàng'"),
        ("Theo ông , việc này ( nếu có ) là đúng .", "Theo ông, việc này (nếu có) là đúng."),
        ("Văn bản số 7339 / VPCP - CN", "Văn bản số 7339 / VPCP - CN"),
    ],
)
def test_detokenise(text: str, expected: str) -> None:
    assert detokenise(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 30/1,Thủ tướng Phạm Minh Chínhnhấn mạnh", "ngày 30/1, Thủ tướng Phạm Minh Chính nhấn mạnh"),
        ("triển khai Nghị quyếtĐại hội Đảng XIVngay từ đầu", "triển khai Nghị quyết Đại hội Đảng XIV ngay từ đầu"),
        ("Samsung, iPhone và McDonald", "Samsung, iPhone và McDonald"),
        ("TP.HCM có 1,5 triệu hộ", "TP.HCM có 1,5 triệu hộ"),
    ],
)
def test_unglue(text: str, expected: str) -> None:
    assert unglue(text) == expected


def test_article_without_lead_byline_or_tag(tmp_path: Path) -> None:
    a = _text_article(tmp_path, "Tiêu đề bài viết\n\nĐoạn một của bài viết.\n\nĐoạn hai, kết thúc bài viết.\n")
    assert a.published is None and a.lead == "" and a.authors == () and a.source.tag is None
    assert a.body == ("Đoạn một của bài viết.", "Đoạn hai, kết thúc bài viết.")


def test_header_with_weekday_and_no_time(tmp_path: Path) -> None:
    a = _text_article(tmp_path, "Thứ Sáu, 14/7/2023\n\nTiêu đề\n\n(ABO) Mở đầu.\n\nThân bài.\n")
    assert a.published == "2023-07-14"
    assert a.lead == "Mở đầu."


def test_offsets_point_into_the_record_text(tmp_path: Path) -> None:
    a = _text_article(tmp_path, ARTICLE)
    text = a.text
    assert text.startswith(a.title + "\n\n" + a.lead)
    assert text.endswith(a.captions[-1])


# --- corpus JSONL -------------------------------------------------------------------------------


def _jsonl(tmp_path: Path, rows: list[object], name: str = "c.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")
    return path


def test_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    good = {"id": "a1", "source": "Báo Ấp Bắc", "url": "https://baoapbac.vn/x.html",
            "published": "2021-11-10T17:48:00+07:00",
            "title": "Tiêu đề", "sapo": "(ABO) Mở đầu bài viết.", "body": "Đoạn một.\nĐoạn hai.\nTHỦY HÀ",
            "captions": ["Ảnh hội nghị."]}
    path = _jsonl(tmp_path, [good, '{"id": "cut', [1, 2], {"title": "không có id"}, {**good, "id": "a2"}])
    items = list(read_articles([str(path)]))
    assert [type(x).__name__ for x in items] == ["Article", "ReadFailure", "ReadFailure", "ReadFailure", "Article"]
    a = items[0]
    assert isinstance(a, Article)
    assert (a.id, a.lead, a.source.tag, a.source.outlet, a.authors) == (
        "a1", "Mở đầu bài viết.", "ABO", "Báo Ấp Bắc", ("THỦY HÀ",))
    assert a.body == ("Đoạn một.", "Đoạn hai.") and a.captions == ("Ảnh hội nghị.",)
    failures = [x for x in items if isinstance(x, ReadFailure)]
    assert failures[0].origin.endswith("c.jsonl:2") and "not valid JSON" in failures[0].message
    assert "no id" in failures[2].message


def test_jsonl_gz_and_directory(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    with gzip.open(folder / "sub" / "b.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "g1", "title": "Một", "sapo": "", "body": "Thân."}, ensure_ascii=False) + "\n")
    (folder / "x.txt").write_text("Tiêu đề\n\nThân bài.\n", encoding="utf-8")
    (folder / "ignored.bin").write_bytes(b"\x00\x01")
    ids = sorted(a.id for a in read_articles([str(folder)]) if isinstance(a, Article))
    assert ids == ["g1", "x"]


def test_truncated_gzip_is_reported(tmp_path: Path) -> None:
    data = gzip.compress(("\n".join(json.dumps({"id": str(i), "title": "T", "body": "B " * 50})
                                    for i in range(200)) + "\n").encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = list(read_articles([str(path)]))
    assert any(isinstance(x, Article) for x in items)
    assert isinstance(items[-1], ReadFailure) and "gzip" in items[-1].message


# --- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary data"),
        ("Tiêu đề\n\nNội dung ở".encode()[:-1], "truncated UTF-8"),
        (b"\xff\xfe\x00\x00garbage" + bytes(50), "UTF-16"),
        (b"caf\xe9 au lait, du texte fran\xe7ais sans accents vietnamiens ici", "not UTF-8"),
    ],
)
def test_broken_files(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(data)
    [item] = list(read_articles([str(path)]))
    assert isinstance(item, ReadFailure)
    assert message in item.message
    assert item.origin == str(path)


def test_legacy_encoding_is_named(tmp_path: Path) -> None:
    from diembao.text import legacy

    text = "Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2021."
    path = tmp_path / "tcvn3.txt"
    path.write_bytes(legacy.encode(text, "TCVN3"))
    [item] = list(read_articles([str(path)]))
    assert isinstance(item, ReadFailure) and "TCVN3" in item.message and "--encoding tcvn3" in item.message
    [converted] = list(read_articles([str(path)], encoding="tcvn3"))
    assert isinstance(converted, Article) and converted.title == text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_unicode_encodings_are_read(tmp_path: Path, encoding: str) -> None:
    text = "Tiêu đề có dấu tiếng Việt\n\nThân bài của Ủy ban nhân dân tỉnh.\n"
    path = tmp_path / "u.txt"
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = data  # no BOM: detected from the zero bytes
    path.write_bytes(data)
    [item] = list(read_articles([str(path)]))
    assert isinstance(item, Article) and item.title == "Tiêu đề có dấu tiếng Việt"


def test_missing_path_and_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import diembao.readers as readers

    big = tmp_path / "big.txt"
    big.write_text("Tiêu đề\n\n" + "chữ " * 100, encoding="utf-8")
    monkeypatch.setattr(readers, "MAX_ARTICLE_BYTES", 100)
    items = list(read_articles([str(tmp_path / "nope.txt"), str(big)]))
    assert [x.message.split(" (")[0] for x in items if isinstance(x, ReadFailure)] == [
        "no such file or directory", "too large for one article"]


def test_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    data = (json.dumps({"id": "s1", "title": "Một", "body": "Hai."}) + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [item] = list(read_articles(["-"]))
    assert isinstance(item, Article) and item.id == "s1"


def test_raw_inputs_parse_the_same_as_reading(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [raw] = list(iter_inputs([str(path)]))
    assert isinstance(raw, RawInput) and raw.kind == "text"
    assert parse(raw) == next(iter(read_articles([str(path)])))


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_examples_read_cleanly(path: Path) -> None:
    [a] = list(read_articles([str(path)]))
    assert isinstance(a, Article)
    assert a.title and a.body and a.published
    assert not any(line.strip(". ") == "" for line in a.body)
    assert len(set(a.body)) == len(a.body)


def test_bom_decoding_helper() -> None:
    from diembao.text.encoding import decode

    assert decode(codecs.BOM_UTF8 + "Ủy ban".encode()) == "Ủy ban"
