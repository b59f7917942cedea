"""One meeting, several reports: when an article's event is one the knowledge base already has.

Two reports are of one meeting when they are of the same kind (`Hội nghị`, `Kỳ họp`), within a
day of each other (one article dates a session by its opening, another by the day it reports),
by the same organizer where both name one (and, where one does not, in the same place, and
neither name says no more than the kind: a bare `Lễ`), and their names overlap: two thirds of
the words of the shorter name are in the longer, so `Kỳ họp thứ 4 HĐND tỉnh` and `Kỳ họp thứ 4
HĐND tỉnh Tiền Giang khóa X` are one, `Lễ trao giải Mai Vàng` and `Lễ trao giải Làn Sóng Xanh`
of one body on one day are not.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from functools import cache
from typing import Any

from diembao.lexicon import kb as lexicon
from diembao.record import Document
from diembao.text import fold_key

from . import keys
from .analysis import WORD


def window(day: str) -> tuple[str, str]:
    d = date.fromisoformat(day)
    return (d - timedelta(days=1)).isoformat(), (d + timedelta(days=1)).isoformat()


def names_overlap(a: str, b: str) -> bool:
    wa, wb = set(WORD.findall(fold_key(a))), set(WORD.findall(fold_key(b)))
    if not wa or not wb:
        return False
    shorter, longer = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    distinctive = shorter - _fillers()
    if not distinctive:
        return shorter <= longer
    return len(distinctive & longer) * 3 >= len(distinctive) * 2 and len(shorter & longer) * 3 >= len(shorter) * 2


def same_meeting(kind: str, name: str, organizer: int | None, place: int | None,
                 rows: Sequence[Sequence[Any]]) -> Sequence[Any] | None:
    """The first of `rows` (id, type, name, organizer id, place id), events already known within a
    day, that is this meeting."""
    for row in rows:
        _id, other_kind, other_name, other_organizer, other_place = row[:5]
        if fold_key(other_kind) != fold_key(kind):
            continue
        same_organizer = organizer is not None and organizer == other_organizer
        if organizer is not None and other_organizer is not None and not same_organizer:
            continue
        if not same_organizer and (place is None or place != other_place or _generic(kind, name, other_name)):
            continue  # without an organizer to share, a bare `Lễ` says too little to join
        if names_overlap(name, other_name):
            return row
    return None


def _generic(kind: str, *names: str) -> bool:
    """Whether one of the names says no more than the kind (`Lễ`, `Buổi lễ`, `Hội nghị`)."""
    words = set(WORD.findall(fold_key(kind))) | _generic_words()
    return any(set(WORD.findall(fold_key(n))) <= words for n in names)


@cache
def _fillers() -> frozenset[str]:
    return frozenset(lexicon.words("name_fillers"))


@cache
def _generic_words() -> frozenset[str]:
    return frozenset(lexicon.words("generic_event_words"))


def documents_of_event(refs: Sequence[str], name: str, documents: Sequence[tuple[Document, int]]) -> list[int]:
    """The article's documents an event concerns: those its record lists, and those its name cites
    (`Hội nghị tổng kết Nghị quyết 22-NQ/TW`)."""
    found: list[int] = []
    texts = [keys.symbol_key(r) for r in refs if r] + ([keys.symbol_key(name)] if name else [])
    folded = [fold_key(r) for r in refs if r]
    for doc, doc_id in documents:
        hit = False
        if doc.symbol:
            symbol = keys.symbol_key(doc.symbol)
            hit = any(symbol in t for t in texts)
        if not hit and doc.name:
            hit = fold_key(doc.name) in folded
        if not hit and doc.number and not doc.symbol:
            hit = fold_key(f"{doc.type} {doc.number}") in folded
        if hit and doc_id not in found:
            found.append(doc_id)
    return found
