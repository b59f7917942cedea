"""Units: communes, wards and districts the article names without their administrative word.

Reads the text, the layers `places` and `main_place` and `Article.locations`; adds locations.
The places stage reads a bare commune name nowhere (there are ten thousand, many of them common
words or persons' names), and a facility word such as `cầu` blocks what follows it. Two cues
name one here, and the whole capitalised name must then be a unit of the gazetteer
(`wards.tsv`, `districts.tsv`) that lies in a province the article names or is placed in, among
the units of the article's time (before or after 1 July 2025):

- a facility's name (GUIDELINES.md counts a unit inside it as a location): the name right after
  a facility word of `data/gazetteer/facilities.tsv` (`cầu Vĩnh Tuy`, `Nhà thờ Thủ Thiêm`,
  `khu tái định cư Tân Phúc`); `cầu Bình Khánh` in a report on TP.HCM's Cần Giờ, not in one on
  Lạng Sơn. A name that begins with a surname is a person's (`Trường THPT Nguyễn Trãi`),
  whatever ward shares it;
- a list after one unit written with its word (`quận Hoàn Kiếm, Hai Bà Trưng và Đống Đa`,
  `phường Hòa Khánh, Thanh Khê, Hòa An Tây`): each name after `, ` or ` và ` that is a unit of
  the same level. One of another level is an address (`phường Phúc Xá, Ba Đình`), and the places
  stage reads a district there already;
- a name right before its province, after a comma (`quê xã Quang Thiện (Kim Sơn, Ninh Bình)`,
  `ở Thạch Thất, Hà Nội`): the whole capitalised run must be a unit of that very province.
  The persons stage takes no name there unless a cue announces it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from diembao.extract.doc import Doc
from diembao.extract.spans import PlaceSpan
from diembao.lexicon.places import place_grammar, place_words
from diembao.lexicon.units import facility_pattern, province_key, units
from diembao.record import Location, Mention
from diembao.text import fold_key

REQUIRES = ("places", "main_place", "locations")
ASSIGNS = ("locations",)

_MAX_SYLLABLES = 4
REORGANISED = "2025-07-01"  # the district level abolished, the communes merged
_LEVELS = {"ward": "commune", "commune": "commune", "township": "commune", "special_zone": "commune",
           "district": "district", "town": "district", "city": "district"}
_Table = dict[str, tuple[str, frozenset[str]]]


def annotate(doc: Doc, *, facilities: bool = True) -> Doc:
    """`facilities=False`: only the listed units (flat NER has no names nested in a facility's)."""
    provinces = _provinces(doc)
    if not provinces:
        return doc
    table = _table(doc.article.published)
    known = {fold_key(loc.name) for loc in doc.article.locations}
    added: dict[str, list[Mention]] = {}
    kinds: dict[str, tuple[str, str]] = {}
    found = (*(_in_facilities(doc) if facilities else ()), *_listed(doc, table), *_before_province(doc, table))
    for start, end, level in found:
        name = doc.text[start:end]
        key = fold_key(name)
        entry = table.get(key)
        if entry is None or key in known or not entry[1] & provinces:
            continue
        if level is not None and _LEVELS.get(entry[0]) != level:
            continue
        added.setdefault(key, []).append(Mention(start, end, name))
        kinds.setdefault(key, (name, entry[0]))
    if not added:
        return doc
    new = tuple(Location(kinds[k][0], kinds[k][1], tuple(ms)) for k, ms in added.items())
    return doc.with_article(locations=(*doc.article.locations, *new))


def listed_only(doc: Doc) -> Doc:
    return annotate(doc, facilities=False)


def _in_facilities(doc: Doc) -> Iterator[tuple[int, int, None]]:
    surnames = place_words().surnames
    for m in facility_pattern().finditer(doc.folded):
        end = _name_end(doc.text, m.end())
        if end is not None and doc.folded[m.end():end].split(" ", 1)[0] not in surnames:
            yield m.end(), end, None  # `Trường THPT Nguyễn Trãi`, `cầu Trần Thị Lý`: a person's


@cache
def _separator() -> re.Pattern[str]:
    return re.compile(rf", | {re.escape(place_grammar()['and'])} ")


def _listed(doc: Doc, table: _Table) -> Iterator[tuple[int, int, str]]:
    """The names listed after a unit written with its administrative word, with its level."""
    for span in doc.layers.places or ():
        level = _LEVELS.get(span.kind)
        if level is None or fold_key(span.name) == fold_key(doc.text[span.start:span.end]):
            continue  # not a unit below the province, or written without its word
        end = span.end
        while (sep := _separator().match(doc.text, end)) is not None:
            stop = _name_end(doc.text, sep.end())
            if stop is None or fold_key(doc.text[sep.end():stop]) not in table:
                break
            yield sep.end(), stop, level
            end = stop


def _before_province(doc: Doc, table: _Table) -> Iterator[tuple[int, int, None]]:
    """A unit named right before its own province: `Kim Sơn, Ninh Bình`."""
    text = doc.text
    for span in doc.layers.places or ():
        province = province_key(span.name)
        if province is None or span.start < 3 or text[span.start - 2:span.start] != ", ":
            continue
        start = _run_start(text, span.start - 2)
        if start is None or _after_number(text, start):
            continue  # `nhà số 5A, Hoàng Diệu, Hà Nội`: an address's street
        entry = table.get(fold_key(text[start:span.start - 2]))
        if entry is not None and province in entry[1]:
            yield start, span.start - 2, None


def _after_number(text: str, start: int) -> bool:
    before = text[max(0, start - 12):start].rstrip(", ").split()
    return bool(before) and any(c.isdigit() for c in before[-1])


def _run_start(text: str, end: int) -> int | None:
    """The start of the run of capitalised syllables that ends at `end` (up to four), or None when
    there is none or it is longer."""
    start, count, k = None, 0, end
    while k > 0 and text[k - 1].isalpha():
        j = k
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        if not text[j].isupper():
            break
        start, count = j, count + 1
        if count > _MAX_SYLLABLES:
            return None
        if j >= 2 and text[j - 1] == " " and text[j - 2].isalpha():
            k = j - 1
        else:
            break
    return start


def _table(published: str | None) -> _Table:
    """The units of the article's time. An undated one takes the older units: the newer names
    are often a landmark's own (`Tân Sơn Nhất`, `Nội Bài` were airports before they were wards)."""
    known = units()
    return known.after if published is not None and published[:10] >= REORGANISED else known.before


def _provinces(doc: Doc) -> frozenset[str]:
    spans: tuple[PlaceSpan, ...] = doc.layers.places or ()
    names = {span.province for span in spans if span.province}
    if doc.layers.main_place:
        names.add(doc.layers.main_place)
    return frozenset(key for key in map(province_key, names) if key is not None)


def _name_end(text: str, start: int) -> int | None:
    """The end of the run of capitalised syllables at `start` (up to four), or None when the run
    is longer: a longer name is another name (`cầu Vĩnh Tuy Mới` is not Vĩnh Tuy's)."""
    k, end, count = start, None, 0
    while k < len(text) and text[k].isupper():
        j = k
        while j < len(text) and text[j].isalpha():
            j += 1
        count += 1
        if count > _MAX_SYLLABLES:
            return None
        end = j
        if j + 1 < len(text) and text[j] == " " and text[j + 1].isupper():
            k = j + 1
        else:
            break
    return end
