"""Facilities: a commune, ward or district named inside a facility's name (`cầu Vĩnh Tuy`, `Nhà
thờ Thủ Thiêm`, `khu tái định cư Tân Phúc`) is a location of the article (GUIDELINES.md).

Reads the text, the layers `places` and `main_place` and `Article.locations`; adds locations.
The places stage reads a bare commune name nowhere (there are ten thousand, many of them common
words or persons' names) and a facility word such as `cầu` blocks what follows it. Here the
capitalised name right after a facility word (`data/gazetteer/facilities.tsv`) counts only when
the whole name is a unit of the gazetteer that lies in a province the article names or is
placed in, among the units of the article's time (before or after 1 July 2025):
`cầu Bình Khánh` in a report on TP.HCM's Cần Giờ, not in one on Lạng Sơn. A name
that begins with a surname is a person's (`Trường THPT Nguyễn Trãi`), whatever ward shares it.
"""

from __future__ import annotations

from diembao.extract.doc import Doc
from diembao.lexicon.facilities import facility_pattern, province_key, units
from diembao.lexicon.places import place_words
from diembao.record import Location, Mention
from diembao.text import fold_key

REQUIRES = ("places", "main_place", "locations")
ASSIGNS = ("locations",)

_MAX_SYLLABLES = 4
REORGANISED = "2025-07-01"  # the district level abolished, the communes merged


def annotate(doc: Doc) -> Doc:
    provinces = _provinces(doc)
    if not provinces:
        return doc
    table = _table(doc.article.published)
    surnames = place_words().surnames
    known = {fold_key(loc.name) for loc in doc.article.locations}
    added: dict[str, list[Mention]] = {}
    kinds: dict[str, tuple[str, str]] = {}
    for m in facility_pattern().finditer(doc.folded):
        end = _name_end(doc.text, m.end())
        if end is None:
            continue
        name = doc.text[m.end():end]
        key = fold_key(name)
        entry = table.get(key)
        if entry is None or key in known or not entry[1] & provinces:
            continue
        if key.split(" ", 1)[0] in surnames:
            continue  # `Trường THPT Nguyễn Trãi`, `cầu Trần Thị Lý`: named after a person
        added.setdefault(key, []).append(Mention(m.end(), end, name))
        kinds.setdefault(key, (name, entry[0]))
    if not added:
        return doc
    new = tuple(Location(kinds[k][0], kinds[k][1], tuple(ms)) for k, ms in added.items())
    return doc.with_article(locations=(*doc.article.locations, *new))


def _table(published: str | None) -> dict[str, tuple[str, frozenset[str]]]:
    """The units of the article's time. An undated one takes the older units: the newer names
    are often a landmark's own (`Tân Sơn Nhất`, `Nội Bài` were airports before they were wards)."""
    known = units()
    return known.after if published is not None and published[:10] >= REORGANISED else known.before


def _provinces(doc: Doc) -> frozenset[str]:
    names = {span.province for span in doc.layers.places or () if span.province}
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
