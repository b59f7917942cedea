"""Text conventions: the one offset convention, cleaning, and the folded form used for matching.

Offsets. Every offset in a record is a character offset (Python `str` index, i.e. Unicode code
points of the NFC text) into `Article.text`, which is the title, the lead, each body paragraph
and each caption, in that order, joined by one blank line (`SEPARATOR`); empty parts are left
out. `join_segments` is the only place that builds that text.

Matching. Stages match against `fold(text)`, which has exactly the same length as `text`, so a
match at `[i:j]` in the folded form is the mention `text[i:j]`: lower case, one tone-mark
placement (`hoà` -> `hòa`, `thuỷ` -> `thủy`, `Uỷ` -> `ủy`), every whitespace character a space.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

SEPARATOR = "\n\n"


def join_segments(title: str, lead: str, body: Sequence[str], captions: Sequence[str]) -> str:
    return SEPARATOR.join(part for part in (title, lead, *body, *captions) if part)


@dataclass(frozen=True, slots=True)
class Segment:
    """Where one part of the article lies in `Article.text`."""

    kind: str  # "title", "lead", "body" or "caption"
    index: int  # position among the parts of its kind (0 for title and lead)
    start: int
    end: int


def segments(title: str, lead: str, body: Sequence[str], captions: Sequence[str]) -> list[Segment]:
    parts: list[tuple[str, int, str]] = [("title", 0, title), ("lead", 0, lead)]
    parts += [("body", i, p) for i, p in enumerate(body)]
    parts += [("caption", i, c) for i, c in enumerate(captions)]
    out: list[Segment] = []
    pos = 0
    for kind, index, part in parts:
        if not part:
            continue
        if out:
            pos += len(SEPARATOR)
        out.append(Segment(kind, index, pos, pos + len(part)))
        pos += len(part)
    return out


def alternation(words: Iterable[str]) -> str:
    """`a|b|…` of the words, escaped, longest first, so that a regular expression prefers a longer
    form to its prefix (`Nghị quyết liên tịch` to `Nghị quyết`)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# --- cleaning (changes the text; applied once, by the readers) -------------------------------

# Invisible and control characters are dropped (tabs and line breaks become spaces first).
_DROPPED = dict.fromkeys(
    [*map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\x7f"), *range(0, 9), *range(14, 32)], None
)
_NEEDS_TRANSLATE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")


def normalise(text: str) -> str:
    """NFC, invisible and control characters removed (line breaks and tabs kept)."""
    # `isprintable` is a fast first look: it is false for every character `_DROPPED` removes.
    if not text.replace("\n", "").isprintable() and _NEEDS_TRANSLATE.search(text):
        text = text.translate(_DROPPED)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def clean_paragraph(text: str) -> str:
    """NFC, invisible characters removed, runs of white space made one space, trimmed.

    A paragraph is one line: line breaks inside it become spaces."""
    return single_spaced(normalise(text))


def single_spaced(line: str) -> str:
    """`" ".join(line.split())`, without splitting a line that is single-spaced already: every
    white-space character but the space is unprintable, so a printable line with no double,
    leading or trailing space is its own answer."""
    if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " ":
        return line
    return " ".join(line.split())


# --- folding (never changes the text; same length) --------------------------------------------

_TONE_MOVE: dict[str, str] = {}
for _base, _marked in (("a", "àáảãạ"), ("e", "èéẻẽẹ"), ("y", "ỳýỷỹỵ")):
    _glide, _glide_marked = ("o", "òóỏõọ") if _base in "ae" else ("u", "ùúủũụ")
    for _i, _m in enumerate(_marked):
        _TONE_MOVE[_glide + _m] = _glide_marked[_i] + _base
# Only at the end of a syllable, and not after q ("quý" keeps its mark on the y). One pattern per
# pair, each starting with its literal pair: the engine finds a literal prefix with a fast string
# search, where one pattern for all the pairs would be tried at every character of the article.
_TONE_AT_END = {pair: re.compile(rf"{pair}(?!\w)") for pair in _TONE_MOVE}
# Cleaned text holds no other white space than spaces and the line breaks between parts.
_OTHER_SPACES = ("\n", "\t", "\r", "\x0b", "\x0c", "\u00a0")


def fold(text: str) -> str:
    """The matching form of NFC `text`; `len(fold(text)) == len(text)`."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for pair, at_end in _TONE_AT_END.items():
        if pair in lowered:
            lowered = at_end.sub(_move_tone, lowered)
    for space in _OTHER_SPACES:
        if space in lowered:
            lowered = lowered.replace(space, " ")
    return lowered


def _move_tone(match: re.Match[str]) -> str:
    pair, start = match.group(), match.start()
    return pair if start and match.string[start - 1] == "q" else _TONE_MOVE[pair]


@lru_cache(maxsize=1 << 16)
def fold_key(text: str) -> str:
    """A comparison key for names: NFC, folded, whitespace collapsed, trimmed."""
    return " ".join(fold(unicodedata.normalize("NFC", text)).split())


_STRIP_MARKS = str.maketrans({"đ": "d", "Đ": "D"})


def strip_diacritics(text: str) -> str:
    """`Võ Văn Bình` -> `Vo Van Binh`; for diacritic-insensitive search keys."""
    decomposed = unicodedata.normalize("NFD", text.translate(_STRIP_MARKS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def unique(items: Iterable[str]) -> list[str]:
    """Distinct items in first-seen order."""
    return list(dict.fromkeys(items))
