"""The one offset convention. Every offset in a record is a character offset (Python `str` index,
i.e. Unicode code points of the NFC text) into `Article.text`, which is the title, the lead, each
body paragraph and each caption, in that order, joined by one blank line (`SEPARATOR`); empty
parts are left out. `join_segments` is the only place that builds that text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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
