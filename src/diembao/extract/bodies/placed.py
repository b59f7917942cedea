"""A named body written short where the same article also writes it with its place: `Học viện
Cán bộ` beside `Học viện cán bộ TP HCM`, `Tập đoàn Cao su` beside `Tập đoàn Cao su Việt Nam`,
`Văn phòng Thủ tướng` beside `Văn phòng Thủ tướng Anh`. The place only says where the body is,
so the two writings are one body, listed once under the fuller name, as the annotators list it
(and a body it heads, `Đảng ủy Học viện Cán bộ`, is of that body). Where the article writes the
short name with two different places (`Đại học Bách khoa Hà Nội`, `Đại học Bách khoa Đà Nẵng`),
the short one is left as written. A companion of `fuller`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING

from diembao.lexicon.bodies import units
from diembao.lexicon.gazetteer import gazetteer
from diembao.text import fold_key

if TYPE_CHECKING:
    from diembao.extract.bodies.grammar import Body

_KINDS = ("named", "board")


@cache
def _admin_words() -> tuple[tuple[str, ...], ...]:
    """The administrative words a place may be written with, longest first, as folded words."""
    return tuple(sorted((tuple(fold_key(a).split()) for a in units()["admin_words"]), key=len, reverse=True))


def _a_place(words: list[str]) -> bool:
    """Whether `words` (folded) are a place's name, with or without its administrative word."""
    for admin in _admin_words():
        if tuple(words[:len(admin)]) == admin and len(words) > len(admin):
            words = words[len(admin):]
            break
    return bool(words) and bool(gazetteer().lookup(" ".join(words)))


def placed_writings(bodies: Sequence[Body], keys: Mapping[str, Body], out: dict[str, Body]) -> None:
    """Add to `out` (folded short name -> fuller body) every short named body of `keys`, or
    parent the article's bodies name (`Đảng ủy Học viện Cán bộ`), that the article also writes
    with one place after it."""
    short = {k for k, b in keys.items() if b.kind in _KINDS and not b.parents and not b.place}
    short.update(fold_key(p) for b in bodies if not b.incomplete for p in b.parents)
    for key in short:
        if key in out:
            continue
        size = len(key.split())
        fuller = [full for other, full in keys.items()
                  if other.startswith(key + " ") and full.kind in _KINDS and _a_place(other.split()[size:])]
        if len(fuller) == 1:
            out[key] = fuller[0]
