"""The two searchable forms of an article's text, and the words of a query.

Diacritic-insensitive search. SQLite's `unicode61 remove_diacritics` does not map `đ` to `d`
(checked on SQLite 3.40: `dang` does not find `Đảng`), and it cannot tell a query typed with
marks from one typed without. So the index holds two forms of every part of the text, both
computed here, in Python, and both exactly as long as the text (character for character):

- exact: `diembao.text.fold` (lower case, one tone-mark placement: `hoà` = `hòa`);
- loose: the exact form with every mark removed and `đ` -> `d` (`loosen`).

A query word written with any mark is matched against the exact form (`Bình` finds `bình`, not
`bính` or `binh`); a word written without marks against the loose form (`binh` finds all three).
Because both forms keep the text's length, a word found at `[i:j]` in either form is `text[i:j]`:
snippets and highlights are cut from the article's own letters.

`ANALYSIS_VERSION` names this analysis and the keys entities are resolved by (`keys.py`); the
knowledge base stores it, and one built by another version must be rebuilt (`diembao reindex`)
before it is written again: removing an article from a contentless index needs the exact words it
was indexed with, and a body keyed another way would not meet its earlier rows.

Versions: 1, the first; 2, body keys expand the ministries' abbreviations (`Bộ GD-ĐT` is `Bộ Giáo
dục và Đào tạo`) and read `TƯ` as `Trung ương` only in capitals (not the `tư` of `Đầu tư`);
3, one document key however its symbol is written (`57/TW-NQ` = `57-NQ/TW`, `08-NQ/TW` =
`8-NQ/TW`, `ND-CP` = `NĐ-CP`: `keys.symbol_key`); 4, persons are resolved by name form and
context (`people.py`: short forms join their full names, things are no persons) and a
district's bodies lie in its province.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from diembao.pickling import compact_pickle
from diembao.text import SEPARATOR, fold, segments

ANALYSIS_VERSION = "4"

# A word is a run of letters and digits: the same split as SQLite's unicode61 (categories L*, N*).
WORD = re.compile(r"[^\W_]+")


class _LooseTable(dict[int, str]):
    """A `str.translate` table built lazily: each character maps to its unmarked letter when that
    is one character, else stays itself, so the loose form keeps the text's length."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        base = "d" if char == "đ" else "D" if char == "Đ" else "".join(
            c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        value = base if len(base) == 1 else (" " if unicodedata.combining(char) else char)
        self[code] = value
        return value


_LOOSE = _LooseTable()
# The same table as a list over the characters below U+3000 (Latin, Vietnamese, punctuation and
# quotes): `str.translate` indexes a list about 40% faster than it looks up a dict. Built on the
# first call, since most commands never loosen a whole article.
_LIST_END = "\u3000"
_LOOSE_LIST: list[str] = []


def loosen(text: str) -> str:
    """`võ văn bình` -> `vo van binh`; `len(loosen(t)) == len(t)`."""
    if text.isascii():
        return text
    if max(text) >= _LIST_END:
        return text.translate(_LOOSE)
    if not _LOOSE_LIST:
        _LOOSE_LIST.extend(_LOOSE[code] for code in range(ord(_LIST_END)))
    return text.translate(_LOOSE_LIST)


@compact_pickle
@dataclass(frozen=True, slots=True)
class IndexedText:
    """One article's parts as the index receives them: exact forms, then loose forms."""

    exact: tuple[str, str, str, str]  # title, lead, body, captions
    loose: tuple[str, str, str, str]

    @property
    def columns(self) -> tuple[str, ...]:
        return self.exact + self.loose


def parts_of(title: str, lead: str, body: tuple[str, ...], captions: tuple[str, ...]) -> tuple[str, ...]:
    return title, lead, SEPARATOR.join(body), SEPARATOR.join(captions)


def index_text(title: str, lead: str, body: tuple[str, ...], captions: tuple[str, ...],
               folded: str | None = None) -> IndexedText:
    """The index columns of an article. `folded`, when the caller has it, is `fold(Article.text)`
    (the pipeline computes it): its slices are the folded parts, so the text is folded once."""
    if folded is None:
        exact = tuple(fold(part) for part in parts_of(title, lead, body, captions))
    else:
        exact = _folded_parts(folded, title, lead, body, captions)
    return IndexedText(exact=exact, loose=tuple(loosen(part) for part in exact))  # type: ignore[arg-type]


def _folded_parts(folded: str, title: str, lead: str, body: tuple[str, ...],
                  captions: tuple[str, ...]) -> tuple[str, ...]:
    spans: dict[str, list[int]] = {}
    for seg in segments(title, lead, body, captions):
        span = spans.setdefault(seg.kind, [seg.start, seg.end])
        span[1] = seg.end
    # fold() makes every whitespace a space, so a joined part's separators are spaces in both ways.
    return tuple(folded[spans[k][0]:spans[k][1]] if k in spans else "" for k in ("title", "lead", "body", "caption"))

