"""The per-article budget and the one sanitisation of text, applied by the readers so that every
later stage and writer sees valid Unicode of bounded size.

The limits, and why no real article meets them (measured over every article of the shared
corpora: politics, baomoi-2017, vietnews-20k, the seed and the HTML pages):

| limit | value | largest real value |
|---|---|---|
| one input (a file, a JSONL line, standard input) | 4 MB, refused above | 50 KB JSONL line, 254 KB HTML page |
| one HTML page, before parsing | 2 MB, refused above | 254 KB |
| an article's text | 100,000 characters, cut above | 37,105 |
| one line of text | 50,000 characters, broken at spaces above | 36,797 |
| a run of combining marks on one letter | 4, cut above | 3 (NFD Vietnamese: letter, hat, tone) |

Why these: Unicode normalisation sorts a run of combining marks by insertion (a 600 KB text of
stacked marks took 52 s), and on pathological text of hundreds of thousands of characters (a name
in every sentence) the extraction stages cost more than their length, in time and in memory: at
200,000 characters, 40 such articles took an ingest to 546 MB; within these limits every stage
stays fast and an ingest under 300 MB. What is
cut is reported as a warning (`Notes`), so nothing changes silently.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

MAX_INPUT_BYTES = 4 * 1024 * 1024
MAX_HTML_BYTES = 2 * 1024 * 1024
MAX_ARTICLE_CHARS = 100_000
MAX_LINE_CHARS = 50_000
MAX_MARKS = 4
# A date outside these years is no publication date (and the time-zone arithmetic of the stages
# overflows at year 1 and year 9999); it is dropped.
MIN_YEAR, MAX_YEAR = 1800, 2200

_SURROGATE = re.compile("[\ud800-\udfff]")


@cache
def _marks() -> re.Pattern[str]:
    """A run of more than MAX_MARKS combining characters (non-spacing and enclosing marks, and
    every character Unicode reorders under normalisation)."""
    chars = [chr(c) for c in range(0x300, 0x20000)
             if unicodedata.combining(chr(c)) or unicodedata.category(chr(c)) in ("Mn", "Me")]
    ranges: list[str] = []
    start = prev = chars[0]
    for ch in [*chars[1:], "\U0010ffff"]:
        if ord(ch) == ord(prev) + 1:
            prev = ch
            continue
        ranges.append(re.escape(start) if start == prev else f"{re.escape(start)}-{re.escape(prev)}")
        start = prev = ch
    return re.compile(f"([{''.join(ranges)}]{{{MAX_MARKS}}})[{''.join(ranges)}]+")


class Notes:
    """What sanitising changed in one input, counted, said in one line at the end."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def add(self, what: str, n: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + n

    def lines(self) -> tuple[str, ...]:
        return tuple(f"{what} ({n:,})" if n > 1 else what for what, n in self.counts.items())


def clean_unicode(text: str, notes: Notes, marks: bool = True) -> str:
    """Lone surrogates (a JSON escape such as \\ud800 makes them) replaced with U+FFFD, and
    (with `marks`) runs of combining marks cut to MAX_MARKS. Linear in the length of the text."""
    if _SURROGATE.search(text):
        text, n = _SURROGATE.subn("\ufffd", text)
        notes.add("lone surrogates replaced with U+FFFD", n)
    if not marks or text.isascii():
        return text
    cut, n = _marks().subn(r"\1", text)
    if n:
        notes.add(f"runs of more than {MAX_MARKS} combining marks cut", n)
    return cut


def clean_article_text(text: str, notes: Notes, limit: int = MAX_ARTICLE_CHARS) -> str:
    """`clean_unicode`, then the article's text cut to `limit` characters and lines longer than
    MAX_LINE_CHARS broken at spaces."""
    text = clean_unicode(text, notes)
    if len(text) > limit:
        notes.add(f"text cut at {limit:,} characters (it had {len(text):,})")
        text = text[:limit]
    if len(text) > MAX_LINE_CHARS and any(len(line) > MAX_LINE_CHARS for line in text.split("\n")):
        text = "\n".join(_break(line, notes) for line in text.split("\n"))
    return text


def budget_lines(lines: list[str], notes: Notes, limit: int = MAX_ARTICLE_CHARS) -> list[str]:
    """The first lines of `lines` that fit in `limit` characters, the last one cut."""
    total = sum(len(line) for line in lines)
    if total <= limit:
        return lines
    notes.add(f"text cut at {limit:,} characters (it had {total:,})")
    out: list[str] = []
    for line in lines:
        if limit <= 0:
            break
        out.append(line[:limit])
        limit -= len(line)
    return out


def _break(line: str, notes: Notes) -> str:
    if len(line) <= MAX_LINE_CHARS:
        return line
    notes.add(f"a line of {len(line):,} characters broken into lines of at most {MAX_LINE_CHARS:,}")
    out: list[str] = []
    while len(line) > MAX_LINE_CHARS:
        cut = line.rfind(" ", 0, MAX_LINE_CHARS)
        cut = cut if cut > MAX_LINE_CHARS // 2 else MAX_LINE_CHARS
        out.append(line[:cut])
        line = line[cut:].lstrip(" ")
    out.append(line)
    return "\n".join(out)


def display(text: str) -> str:
    """A string safe to print or store as an origin: surrogates (a file name that is not UTF-8,
    read by Python as escapes) become U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


_CONTROLS = dict.fromkeys([*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)], "\ufffd")
_CONTROLS.update(dict.fromkeys(range(0xD800, 0xE000), "\ufffd"))


def printable(text: str) -> str:
    """Text safe for a terminal: C0 and C1 controls (escape sequences that would move the cursor,
    retitle the window or hide what follows) and lone surrogates shown as U+FFFD."""
    return text.translate(_CONTROLS)
