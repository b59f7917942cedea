"""Readers: files, directories and standard input to raw inputs, raw inputs to articles.

Reading is split in two so that a process pool can do the expensive half: `iter_inputs` walks
paths and yields one `RawInput` per article (a text file, an HTML page, one JSONL line) or one
`ReadFailure`; `parse` turns a `RawInput` into an `Article` or raises `InputError`. The raw
input is what the knowledge base stores, so articles can be parsed again when the rules improve.
"""

from __future__ import annotations

import gzip
import io
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from diembao.errors import InputError
from diembao.readers.budget import MAX_HTML_BYTES, MAX_INPUT_BYTES, Notes, clean_article_text, clean_unicode, display
from diembao.record import Article
from diembao.text.encoding import decode, decode_as

TEXT_SUFFIXES = (".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
KNOWN_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES
# A single input larger than this is refused rather than read into memory (see budget.py).
MAX_ARTICLE_BYTES = MAX_INPUT_BYTES
_GZIP = b"\x1f\x8b"
_CHUNK = 1 << 16


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
    return parse_noted(item)[0]


def parse_noted(item: RawInput) -> tuple[Article, tuple[str, ...]]:
    """The article of one raw input and the warnings of its sanitising (what was replaced or cut,
    see `budget.py`); raises `InputError` (with its origin) when it has no article."""
    from diembao.readers.html import parse_html
    from diembao.readers.jsonl import parse_jsonl_line
    from diembao.readers.plaintext import parse_text

    notes = Notes()
    try:
        if item.kind == "jsonl":
            article = parse_jsonl_line(item.raw, notes)
        elif item.kind == "html":
            if len(item.raw) > MAX_HTML_BYTES:
                raise InputError(f"HTML page too large ({len(item.raw):,} characters; the limit is "
                                 f"{MAX_HTML_BYTES:,})")
            article = parse_html(clean_unicode(item.raw, notes), item.name, notes=notes)
        else:
            article = parse_text(clean_article_text(item.raw, notes), item.name)
    except InputError as err:
        raise err.at(item.origin) from None
    except RecursionError:
        raise InputError("input nested too deeply to parse", item.origin) from None
    return article, notes.lines()


def input_id(item: RawInput) -> str | None:
    """The id the input's article has, read without parsing the article: a file's stem, or the
    `id` of a JSON line (None when the line is no JSON object with an id)."""
    from diembao.readers.jsonl import load_json

    if item.kind in ("text", "html"):
        return item.name
    try:
        data = load_json(item.raw)
    except InputError:
        return None
    value = data.get("id") if isinstance(data, dict) else None
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return display(str(value).strip())[:500] or None


def read_articles(paths: Iterable[str], encoding: str | None = None,
                  on_warning: Callable[[str], None] | None = None) -> Iterator[Article | ReadFailure]:
    """Every article of `paths`, parsed; failures are yielded, never raised. `on_warning` gets
    one line (`origin: warning: what`) for each input the sanitising changed."""
    for item in iter_inputs(paths, encoding):
        if isinstance(item, ReadFailure):
            yield item
            continue
        try:
            article, notes = parse_noted(item)
        except InputError as err:
            yield ReadFailure(item.origin, err.message)
            continue
        except Exception as err:  # a reader bug must not stop the batch
            yield ReadFailure(item.origin, f"cannot parse ({type(err).__name__}: {display(str(err))[:200]})")
            continue
        if on_warning is not None:
            for note in notes:
                on_warning(f"{item.origin}: warning: {note}")
        yield article


def iter_inputs(paths: Iterable[str], encoding: str | None = None) -> Iterator[RawInput | ReadFailure]:
    for path in paths:
        if path == "-":
            yield from _from_stream("-", "stdin", sys.stdin.buffer, None, encoding)
            continue
        p = Path(path)
        try:
            is_dir = p.is_dir()
        except OSError as err:
            yield ReadFailure(display(path), f"cannot read: {err.strerror or err}")
            continue
        if is_dir:
            for child in _walk(p):
                yield from _from_file(child, encoding, in_folder=True)
        elif os.path.lexists(p):
            yield from _from_file(p, encoding, in_folder=False)
        else:
            yield ReadFailure(display(path), "no such file or directory")


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


def _from_file(path: Path, encoding: str | None, in_folder: bool) -> Iterator[RawInput | ReadFailure]:
    """One file. In a folder only regular files are read (a FIFO would block, a device never
    end); a path named on the command line may be a pipe (`<(zcat x.jsonl.gz)`), read as a stream
    within the same limits."""
    origin = display(str(path))
    kind = _kind_of(path.name)
    try:
        mode = path.stat().st_mode
        if in_folder and not stat.S_ISREG(mode):
            yield ReadFailure(origin, "not a regular file (a FIFO, device or socket): skipped")
            return
        if stat.S_ISDIR(mode):
            yield ReadFailure(origin, "a directory where a file was expected")
            return
        with path.open("rb") as handle:
            if kind == "jsonl":
                yield from _jsonl_stream(origin, _maybe_gzip(handle, path.name), encoding)
                return
            yield from _from_stream(origin, display(_stem(path)), handle, kind, encoding)
    except OSError as err:
        yield ReadFailure(origin, f"cannot read: {err.strerror or err}")


def _maybe_gzip(handle: BinaryIO, name: str) -> BinaryIO:
    if name.lower().endswith(".gz"):
        return gzip.GzipFile(fileobj=handle, mode="rb")  # type: ignore[return-value]
    return handle


def _from_stream(origin: str, name: str, handle: BinaryIO, kind: str | None,
                 encoding: str | None) -> Iterator[RawInput | ReadFailure]:
    """A file or standard input: sniffed, JSONL streamed line by line, anything else read whole
    up to the limit (gzip decompressed as it is read, so a bomb stops at the limit too)."""
    head = handle.read(2)
    stream = _rewound(head, handle)
    if head == _GZIP:
        stream = gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[assignment]
    try:
        if kind is None:
            start = stream.read(512)
            stream = _rewound(start, stream)
            kind = "jsonl" if start.lstrip().lstrip(b"\xef\xbb\xbf").startswith(b"{") else None
        if kind == "jsonl":
            yield from _jsonl_stream(origin, stream, encoding)
            return
        data = stream.read(MAX_ARTICLE_BYTES + 1)
    except (EOFError, zlib.error, gzip.BadGzipFile) as err:
        yield ReadFailure(origin, f"broken gzip data ({err})")
        return
    if len(data) > MAX_ARTICLE_BYTES:
        yield ReadFailure(origin, f"too large for one article (over {MAX_ARTICLE_BYTES:,} bytes)")
        return
    text = _text_of(data, encoding, origin)
    if isinstance(text, ReadFailure):
        yield text
        return
    kind = kind or _sniff(text)
    if kind == "jsonl":  # UTF-16 JSONL: sniffed only once decoded
        for number, line in enumerate(text.split("\n"), 1):
            if line.strip():
                yield RawInput(f"{origin}:{number}", "jsonl", line, origin)
    else:
        yield RawInput(origin, kind, text, name)


def _rewound(head: bytes, rest: BinaryIO) -> BinaryIO:
    # Buffered, so that read(n) returns n bytes unless the stream ends.
    return io.BufferedReader(_Rewound(head, rest), _CHUNK)  # type: ignore[return-value]


class _Rewound(io.RawIOBase):
    """A stream with bytes already read from it put back in front."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self.head, self.rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


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


def _lines(handle: BinaryIO) -> Iterator[tuple[bytes, int]]:
    """(line, its length) split at b"\\n" only (U+2028 and the like are text inside a JSON
    string, not line ends), each read with a cap: a longer line is skipped in chunks, its length
    counted, so one endless line costs the cap in memory, not its size."""
    buffered = handle
    while True:
        line = buffered.readline(MAX_ARTICLE_BYTES + 1)
        if not line:
            return
        if len(line) <= MAX_ARTICLE_BYTES or line.endswith(b"\n"):
            yield line, len(line)
            continue
        size = len(line)
        del line
        while True:
            rest = buffered.readline(_CHUNK)
            size += len(rest)
            if not rest or rest.endswith(b"\n"):
                break
        yield b"", size


def _jsonl_stream(origin: str, handle: BinaryIO, encoding: str | None) -> Iterator[RawInput | ReadFailure]:
    """JSONL is read line by line, so a corpus of millions never sits in memory."""
    number = 0
    try:
        for number, (data, size) in enumerate(_lines(handle), 1):
            where = f"{origin}:{number}"
            if size > MAX_ARTICLE_BYTES:
                yield ReadFailure(where, f"line too long for one article ({size:,} bytes; the limit is "
                                         f"{MAX_ARTICLE_BYTES:,})")
                continue
            if not data.strip():
                continue
            if number == 1 and data.startswith(b"\xef\xbb\xbf"):
                data = data[3:]
            text = _text_of(data, encoding, where)
            yield text if isinstance(text, ReadFailure) else RawInput(where, "jsonl", text, origin)
    except OSError as err:
        yield ReadFailure(f"{origin}:{number + 1}" if number else origin,
                          f"cannot read: {getattr(err, 'strerror', None) or err}")
    except (EOFError, zlib.error) as err:
        yield ReadFailure(f"{origin}:{number + 1}", f"broken gzip data, the file is cut short ({err})")
