"""Hostile input at the readers: every input ends in an article or one line naming it (file and
line) and the reason; nothing raises past the reader, memory stays bounded, and text reaches the
stages as valid Unicode within the budget of `diembao.readers.budget`. One named test per defect
the hostile-input campaign found (issue 14)."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import diembao.readers as readers
from diembao.errors import InputError
from diembao.readers import RawInput, ReadFailure, input_id, iter_inputs, parse, parse_noted, read_articles
from diembao.readers.budget import MAX_ARTICLE_CHARS, MAX_LINE_CHARS, MAX_MARKS, printable
from diembao.record import Article

GOOD = {"id": "good", "title": "Hội nghị tổng kết", "body": "Sáng 10-11, Tỉnh ủy Tiền Giang tổ chức hội nghị."}


def line(value: object) -> RawInput:
    raw = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return RawInput("c.jsonl:7", "jsonl", raw, "c.jsonl")


def error_of(item: RawInput) -> str:
    with pytest.raises(InputError) as caught:
        parse(item)
    text = str(caught.value)
    assert text.startswith(item.origin + ": ") and "\n" not in text
    return caught.value.message


def cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "diembao", *args], input=stdin, capture_output=True,
                          timeout=300, check=False, cwd=cwd)


# --- JSON that nothing can raise past ------------------------------------------------------------


def test_regression_a_5000_digit_integer_is_one_line_not_a_valueerror() -> None:
    assert "5,000 digits" in error_of(line('{"id": 1, "body": ' + "1" * 5000 + "}"))
    assert input_id(line('{"id": ' + "9" * 5000 + "}")) is None


def test_regression_a_lone_surrogate_is_replaced_and_reported() -> None:
    article, notes = parse_noted(line('{"id": "s\\ud800", "title": "Ti\\udfffêu đề", "body": "x\\ud800y"}'))
    assert article.id == "s\ufffd" and article.title == "Ti\ufffdêu đề"
    article.to_json().encode("utf-8")  # writable: no surrogate left anywhere
    assert notes == ("lone surrogates replaced with U+FFFD (3)",)


@pytest.mark.parametrize("raw", ['{"id": "n", "body": NaN}', '{"id": "n", "body": -Infinity}',
                                 '{"id": "n", "title": "a", "x": 1e999}'])
def test_nan_and_infinity_are_refused(raw: str) -> None:
    assert error_of(line(raw)).startswith("not valid JSON")


def test_regression_deep_nesting_is_one_line_not_a_recursionerror() -> None:
    assert "nested too deeply" in error_of(line("[" * 100_000 + "]" * 100_000))
    assert "nested too deeply" in error_of(line('{"id": "a", "body": ' + "[" * 100_000 + "]" * 100_000 + "}"))


@pytest.mark.parametrize(("record", "message"), [
    ({"id": True, "title": "a"}, "field 'id' is a boolean"),
    ({"id": [1], "title": "a"}, "field 'id' is an array"),
    ({"id": None, "title": "a"}, "the article has no id"),
    ({"id": "x" * 600, "title": "a"}, "field 'id' has 600 characters"),
    ({"id": "a", "title": 5}, "field 'title' is a number"),
    ({"id": "a", "sapo": {}}, "field 'sapo' is an object"),
    ({"id": "a", "body": ["x"]}, "field 'body' is an array"),
    ({"id": "a", "title": "t", "url": 7}, "field 'url' is a number"),
    ({"id": "a", "title": "t", "source": False}, "field 'source' is a boolean"),
    ({"id": "a", "title": "t", "published": 20211110}, "field 'published' is a number"),
    ({"id": "a", "title": "t", "captions": "x"}, "field 'captions' is a string"),
    ({"id": "a", "title": "t", "captions": [None]}, "field 'captions' holds a null"),
    ([GOOD], "an array where an article object was expected"),
    ('"just text"', "a string where"),
])
def test_a_field_of_the_wrong_type_is_one_line_naming_it(record: object, message: str) -> None:
    assert error_of(line(record)).startswith(message)


@pytest.mark.parametrize("published", ["9999-12-31T23:00:00-05:00", "9999-12-31T23:59:59-12:00",
                                       "0001-01-01T00:00:00+14:00", "0001-01-01", "9999-12-31"])
def test_regression_extreme_dates_are_dropped_not_an_overflow(published: str, tmp_path: Path) -> None:
    assert parse(line({**GOOD, "published": published})).published is None
    html = (f'<html><head><meta property="article:published_time" content="{published}"></head>'
            "<body><h1>Tiêu đề</h1><p>Sáng nay Ủy ban nhân dân tỉnh họp bàn kế hoạch năm.</p></body></html>")
    assert parse(RawInput("p.html", "html", html, "p")).published is None
    text = "Thứ Tư, 31/12/9999, 23:48 (GMT-12)\nTiêu đề\nThân bài.\n"
    article = parse(RawInput("t.txt", "text", text, "t"))
    assert (article.published, article.title) == (None, "Tiêu đề")  # the header line is still a header
    (tmp_path / "c.jsonl").write_text(json.dumps({**GOOD, "published": published}) + "\n", encoding="utf-8")
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    done = cli("extract", str(tmp_path))
    assert done.returncode == 0, done.stderr
    done = cli("ingest", str(tmp_path), "--db", str(tmp_path / "kb.sqlite"), "-q", "-j", "0")
    assert done.returncode == 0, done.stderr


def test_regression_stdin_jsonl_is_split_at_newlines_only() -> None:
    records = [{**GOOD, "id": f"u{i}", "title": f"Tiêu{sep}đề"} for i, sep in enumerate("\u2028\u2029\u0085\x0c")]
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode("utf-8")
    done = cli("extract", "-", "--no-facts", stdin=data)
    assert done.returncode == 0, done.stderr
    assert [json.loads(x)["id"] for x in done.stdout.decode().splitlines()] == ["u0", "u1", "u2", "u3"]


# --- the budget ------------------------------------------------------------------------------------


def test_regression_stacked_combining_marks_are_cut_to_a_few() -> None:
    stacked = ("a" + "\u0301\u0302\u0303\u0323\u0309" * 400 + " ") * 200  # 400 KB of marks took 30 s
    article, notes = parse_noted(line({"id": "m", "title": "T", "body": stacked}))
    assert max(len(w) for w in " ".join(article.body).split()) <= 1 + MAX_MARKS
    assert notes == (f"runs of more than {MAX_MARKS} combining marks cut (200)",)
    text, notes = parse_noted(RawInput("m.txt", "text", "Tiêu đề\n" + stacked, "m"))
    assert notes and len(text.body[0]) < 2000


def test_vietnamese_in_nfd_is_left_whole() -> None:
    import unicodedata

    body = unicodedata.normalize("NFD", "Nghị quyết về phát triển kinh tế - xã hội được thông qua.")
    article, notes = parse_noted(line({"id": "v", "title": "T", "body": body}))
    assert notes == () and article.body == (unicodedata.normalize("NFC", body),)


def test_an_article_over_the_budget_is_cut_with_a_warning() -> None:
    body = "\n".join(["Sáng nay Ủy ban nhân dân tỉnh họp bàn kế hoạch phát triển năm tới."] * 5000)
    article, notes = parse_noted(line({"id": "big", "title": "T", "body": body}))
    assert sum(map(len, article.body)) <= MAX_ARTICLE_CHARS
    assert notes == (f"text cut at {MAX_ARTICLE_CHARS - 1:,} characters (it had {len(body):,})",)


def test_a_line_over_the_limit_is_broken_at_spaces() -> None:
    body = "chữ " * (MAX_LINE_CHARS // 3)
    article, notes = parse_noted(RawInput("l.txt", "text", "Tiêu đề\n" + body, "l"))
    assert len(article.body) >= 2 and max(map(len, article.body)) <= MAX_LINE_CHARS
    assert "broken into lines" in notes[0]


# --- files -----------------------------------------------------------------------------------------


def test_regression_a_file_name_that_is_not_utf8_is_read(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Tiêu đề\nThân bài.\n", encoding="utf-8")
    with open(os.fsencode(tmp_path) + b"/\xff\xfebad.txt", "wb") as handle:
        handle.write("Tiêu đề hai\nThân bài hai.\n".encode())
    items = list(read_articles([str(tmp_path)]))
    assert sorted(a.id for a in items if isinstance(a, Article)) == ["ok", "\ufffd\ufffdbad"]
    done = cli("ingest", str(tmp_path), "--db", str(tmp_path / "kb.sqlite"), "-q", "-j", "0")
    assert done.returncode == 0, done.stderr


def test_regression_dev_zero_and_a_fifo_in_a_folder_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Tiêu đề\nThân bài.\n", encoding="utf-8")
    (tmp_path / "z.txt").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "f.txt")
    items = list(read_articles([str(tmp_path)]))
    assert [a.id for a in items if isinstance(a, Article)] == ["ok"]
    assert sorted(str(f) for f in items if isinstance(f, ReadFailure)) == [
        f"{tmp_path}/f.txt: not a regular file (a FIFO, device or socket): skipped",
        f"{tmp_path}/z.txt: not a regular file (a FIFO, device or socket): skipped"]


def test_dev_zero_named_on_the_command_line_stops_at_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_ARTICLE_BYTES", 1 << 16)
    [failure] = list(iter_inputs(["/dev/zero"]))
    assert isinstance(failure, ReadFailure) and "too large" in failure.message


def test_regression_a_gzip_bomb_and_an_endless_line_stop_at_the_limit(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_ARTICLE_BYTES", 1 << 16)
    tail = ("\n" + json.dumps(GOOD, ensure_ascii=False) + "\n").encode()
    endless = b'{"id": "a", "body": "' + b"a" * (1 << 20) + b'"}' + tail
    (tmp_path / "bomb.jsonl.gz").write_bytes(gzip.compress(endless))
    (tmp_path / "bomb.html.gz").write_bytes(gzip.compress(b"<html>" + b"a" * (1 << 20)))
    (tmp_path / "long.jsonl").write_bytes(endless)
    items = list(read_articles([str(tmp_path)]))
    assert [a.id for a in items if isinstance(a, Article)] == ["good", "good"]
    assert sorted(f.message.split(" (")[0] for f in items if isinstance(f, ReadFailure)) == [
        "line too long for one article", "line too long for one article", "too large for one article"]


def test_a_gzip_that_is_cut_short_is_one_line(tmp_path: Path) -> None:
    data = gzip.compress((json.dumps(GOOD) + "\n").encode() * 50)
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    (tmp_path / "cut.html.gz").write_bytes(data[: len(data) // 2])
    failures = [x for x in iter_inputs([str(tmp_path)]) if isinstance(x, ReadFailure)]
    assert len(failures) == 2 and all("gzip" in f.message for f in failures)


# --- property tests: nothing but an article or InputError ------------------------------------------

_json = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
                     | st.text(), lambda inner: st.lists(inner, max_size=4)
                     | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
_fields = st.fixed_dictionaries({}, optional={k: _json for k in ("id", "title", "sapo", "body", "captions", "url",
                                                                  "source", "published")})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=_fields)
def test_any_json_record_is_an_article_or_one_line(record: dict) -> None:
    _article_or_error(line(record))


@settings(max_examples=200, deadline=None)
@given(raw=st.text(max_size=300))
def test_any_jsonl_line_is_an_article_or_one_line(raw: str) -> None:
    _article_or_error(line(raw))


@settings(max_examples=200, deadline=None)
@given(raw=st.text(max_size=600), kind=st.sampled_from(["text", "html"]))
def test_any_text_is_an_article_or_one_line(raw: str, kind: str) -> None:
    _article_or_error(RawInput("x", kind, raw, "x"))


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=400))
def test_any_bytes_are_inputs_or_one_line(data: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("bytes")
    for name in ("a.txt", "b.jsonl", "c.html"):
        (folder / name).write_bytes(data)
    for item in iter_inputs([str(folder)]):
        if isinstance(item, RawInput):
            _article_or_error(item)
        else:
            assert "\n" not in str(item)


def _article_or_error(item: RawInput) -> None:
    try:
        article, notes = parse_noted(item)
    except InputError as err:
        assert "\n" not in str(err)
        return
    article.to_json().encode("utf-8")
    assert all("\n" not in n for n in notes)


def test_printable_keeps_text_and_drops_controls() -> None:
    assert printable("Tiêu đề\x1b]0;pwned\x07 \x9b31m") == "Tiêu đề\ufffd]0;pwned\ufffd \ufffd31m"
