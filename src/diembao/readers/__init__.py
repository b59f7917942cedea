"""Readers: files, directories and standard input to raw inputs, raw inputs to articles.

Reading is split in two so that a process pool can do the expensive half: `iter_inputs` walks
paths and yields one `RawInput` per article (a text file, an HTML page, one JSONL line) or one
`ReadFailure`; `parse` turns a `RawInput` into an `Article` or raises `InputError`. The raw
input is what the knowledge base stores, so articles can be parsed again when the rules improve.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from diembao.errors import InputError
from diembao.record import Article
from diembao.text.encoding import decode, decode_as

TEXT_SUFFIXES = (".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
KNOWN_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES
# A single input larger than this is refused rather than read into memory (JSONL is streamed).
MAX_ARTICLE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class RawInput:
    origin: str  # where it came from: "path", "path:LINE", "-" or "-:LINE"
    kind: str  # "text", "jsonl" or "html"
    raw: str
    name: str  # the article id for text and HTML (file stem); the file for JSONL


@dataclass(frozen=True, slots=True)
class ReadFailure:
    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def parse(item: RawInput) -> Article:
    """The article of one raw input; raises `InputError` (with its origin) when it has none."""
    from diembao.readers.html import parse_html
    from diembao.readers.jsonl import parse_jsonl_line
    from diembao.readers.plaintext import parse_text

    try:
        if item.kind == "jsonl":
            return parse_jsonl_line(item.raw)
        if item.kind == "html":
            return parse_html(item.raw, item.name)
        return parse_text(item.raw, item.name)
    except InputError as err:
        raise err.at(item.origin) from None
    except RecursionError:
        raise InputError("input nested too deeply to parse", item.origin) from None


def input_id(item: RawInput) -> str | None:
    """The id the input's article has, read without parsing the article: a file's stem, or the
    `id` of a JSON line (None when the line is no JSON object with an id)."""
    if item.kind in ("text", "html"):
        return item.name
    try:
        data = json.loads(item.raw)
    except (ValueError, RecursionError):
        return None
    value = data.get("id") if isinstance(data, dict) else None
    return str(value).strip() or None if isinstance(value, str | int) else None


def read_articles(paths: Iterable[str], encoding: str | None = None) -> Iterator[Article | ReadFailure]:
    """Every article of `paths`, parsed; failures are yielded, never raised."""
    for item in iter_inputs(paths, encoding):
        if isinstance(item, ReadFailure):
            yield item
            continue
        try:
            yield parse(item)
        except InputError as err:
            yield ReadFailure(item.origin, err.message)


def iter_inputs(paths: Iterable[str], encoding: str | None = None) -> Iterator[RawInput | ReadFailure]:
    for path in paths:
        if path == "-":
            yield from _from_bytes("-", "stdin", sys.stdin.buffer.read(), None, encoding)
            continue
        p = Path(path)
        if p.is_dir():
            for child in _walk(p):
                yield from _from_file(child, encoding)
        elif p.exists():
            yield from _from_file(p, encoding)
        else:
            yield ReadFailure(path, "no such file or directory")


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(KNOWN_SUFFIXES):
                yield Path(folder) / name


def _kind_of(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    if lower.endswith(TEXT_SUFFIXES):
        return "text"
    return None


def _stem(path: Path) -> str:
    name = path.name
    for suffix in sorted(KNOWN_SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def _from_file(path: Path, encoding: str | None) -> Iterator[RawInput | ReadFailure]:
    origin = str(path)
    kind = _kind_of(path.name)
    try:
        if kind == "jsonl":
            yield from _jsonl_stream(path, encoding)
            return
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            yield ReadFailure(origin, f"too large for one article ({size:,} bytes; the limit is "
                                      f"{MAX_ARTICLE_BYTES:,})")
            return
        data = path.read_bytes()
        if path.name.lower().endswith(".gz"):
            data = gzip.decompress(data)
    except OSError as err:
        yield ReadFailure(origin, f"cannot read: {err.strerror or err}")
        return
    except (EOFError, zlib.error, gzip.BadGzipFile) as err:
        yield ReadFailure(origin, f"broken gzip data ({err})")
        return
    yield from _from_bytes(origin, _stem(path), data, kind, encoding)


def _from_bytes(origin: str, name: str, data: bytes, kind: str | None,
                encoding: str | None) -> Iterator[RawInput | ReadFailure]:
    if data.startswith(b"\x1f\x8b"):
        try:
            data = gzip.decompress(data)
        except (EOFError, zlib.error, gzip.BadGzipFile) as err:
            yield ReadFailure(origin, f"broken gzip data ({err})")
            return
    text = _text_of(data, encoding, origin)
    if isinstance(text, ReadFailure):
        yield text
        return
    kind = kind or _sniff(text)
    if kind == "jsonl":
        yield from _jsonl_lines(origin, text.splitlines())
    else:
        yield RawInput(origin, kind, text, name)


def _text_of(data: bytes, encoding: str | None, where: str) -> str | ReadFailure:
    """The bytes as text (UTF-8, UTF-8 with BOM, UTF-16, or the `--encoding` given), or why not."""
    try:
        return decode_as(data, encoding) if encoding else decode(data)
    except InputError as err:
        return ReadFailure(where, err.message)


def _sniff(text: str) -> str:
    head = text.lstrip()[:512].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p")):
        return "html"
    return "text"


def _jsonl_lines(origin: str, lines: Iterable[str]) -> Iterator[RawInput | ReadFailure]:
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield RawInput(f"{origin}:{number}", "jsonl", line, origin)


def _jsonl_stream(path: Path, encoding: str | None) -> Iterator[RawInput | ReadFailure]:
    """JSONL is read line by line, so a corpus of millions never sits in memory."""
    origin = str(path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    number = 0
    try:
        with opener(path, "rb") as handle:
            for number, data in enumerate(handle, 1):
                if not data.strip():
                    continue
                where = f"{origin}:{number}"
                if len(data) > MAX_ARTICLE_BYTES:
                    yield ReadFailure(where, f"line too long for one article ({len(data):,} bytes)")
                    continue
                text = _text_of(data, encoding, where)
                yield text if isinstance(text, ReadFailure) else RawInput(where, "jsonl", text, origin)
    except OSError as err:
        yield ReadFailure(f"{origin}:{number + 1}" if number else origin,
                          f"cannot read: {getattr(err, 'strerror', None) or err}")
    except (EOFError, zlib.error) as err:
        yield ReadFailure(f"{origin}:{number + 1}", f"broken gzip data, the file is cut short ({err})")
