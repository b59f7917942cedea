"""Resolution: which citations of one article are the same document (a later `Nghị quyết 22`
joins the `Nghị quyết 22-NQ/TW` before it)."""

from __future__ import annotations

import re
from bisect import insort
from collections.abc import Sequence
from functools import cache

from diembao.extract.documents.citations import Citation
from diembao.extract.spans import nearest
from diembao.lexicon.documents import grammar
from diembao.text import fold


def number_key(number: str) -> str:
    return number.lstrip("0") or "0"


def symbol_key(symbol: str) -> str:
    """A symbol compared without its number's leading zeros: `04-KH/TW` and `4-KH/TW` are one."""
    return _leading_zeros().sub("", fold(symbol))


@cache
def _leading_zeros() -> re.Pattern[str]:
    return re.compile(r"^0+(?=\d)")


def resolve(citations: Sequence[Citation]) -> list[list[Citation]]:
    """The citations grouped by document, in order of first mention.

    Numbered citations of one type and number are one document per distinct symbol. One with
    only a year (`Nghị định 100/2019`) joins the symbol of that year; one with neither joins
    the nearest earlier cited form of its type and number, else the first later one (a title
    may cite `Nghị định số 46` before the text gives `46/2026/NĐ-CP`). Named citations are one
    document per name; a name without a year (`Hiến pháp`) joins the same name with a year
    (`Hiến pháp 2013`) when the article cites one."""
    keys: list[tuple[str, ...]] = [()] * len(citations)
    numbered = [i for i, c in enumerate(citations) if c.number is not None]
    # Full symbols first, then years, then bare numbers: each joins what the former settled.
    # Each pass looks a citation's peers up in buckets kept sorted by position, so an article
    # citing one document a thousand times costs n log n, not n².
    for i in numbered:
        c = citations[i]
        if c.symbol:
            keys[i] = (c.type, number_key(c.number or ""), symbol_key(c.symbol))
    by_year: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for i in numbered:
        c = citations[i]
        if keys[i]:
            insort(by_year.setdefault((c.type, number_key(c.number or ""), c.year or ""), []), (c.start, i))
    for i in numbered:
        c = citations[i]
        if not c.symbol and c.year:
            bucket = by_year.setdefault((c.type, number_key(c.number or ""), c.year), [])
            keys[i] = keys[nearest(bucket, c.start)] if bucket else (c.type, number_key(c.number or ""), c.year)
            insort(bucket, (c.start, i))
    by_number: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for i in numbered:
        c = citations[i]
        if keys[i]:
            insort(by_number.setdefault((c.type, number_key(c.number or "")), []), (c.start, i))
    for i in numbered:
        c = citations[i]
        if not keys[i]:
            bucket = by_number.setdefault((c.type, number_key(c.number or "")), [])
            keys[i] = keys[nearest(bucket, c.start)] if bucket else (c.type, number_key(c.number or ""))
            insort(bucket, (c.start, i))
    named_with_year: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for i, c in enumerate(citations):
        if c.number is None and c.name:
            name = fold(c.name)
            base = _name_year().sub("", name)
            if base != name:
                insort(named_with_year.setdefault((c.type, base), []), (c.start, i))
    for i, c in enumerate(citations):
        if c.number is None and c.name is not None:
            keys[i] = _name_key(c, citations, named_with_year)
    groups: dict[tuple[str, ...], list[Citation]] = {}
    for key, c in zip(keys, citations, strict=True):
        if key:
            groups.setdefault(key, []).append(c)
    return sorted((sorted(g, key=lambda c: c.start) for g in groups.values()), key=lambda g: g[0].start)


def _name_key(citation: Citation, citations: Sequence[Citation],
              named_with_year: dict[tuple[str, str], list[tuple[int, int]]]) -> tuple[str, ...]:
    name = fold(citation.name or "")
    base = _name_year().sub("", name)
    if base != name:
        return ("name", citation.type, base, name[len(base) :].split()[-1])
    peers = named_with_year.get((citation.type, base))
    if peers:
        chosen = citations[nearest(peers, citation.start)]
        return ("name", citation.type, base, fold(chosen.name or "").split()[-1])
    return ("name", citation.type, base, "")


@cache
def _name_year() -> re.Pattern[str]:
    """A year ending a folded name (`hiến pháp năm 2013`)."""
    return re.compile(rf"\s(?:{re.escape(grammar()['year_word'])}\s)?(?:19|20)\d{{2}}$")
