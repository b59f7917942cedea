"""Cleaning: changes the text, applied once, by the readers."""

from __future__ import annotations

import re
import unicodedata

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
