"""A bare `Tỉnh ủy` is of the province the sentence or paragraph names, not of the article's.

The extraction completes a body written without its place (`Bí thư Tỉnh ủy`) with the article's
main province. In an article that covers several provinces that is often another one. The text
tells: when the province the record gives is not written after the title (in the same
sentence), the body is completed again from the province (or a district of one province) the
paragraph names nearest before the title, else nearest after it, else the nearest one the two
paragraphs before name; the record's own completion stays when none of them names one.
"""

from __future__ import annotations

import re
from functools import cache

from diembao.record import Article, Mention
from diembao.text import SEPARATOR, fold_key

from . import keys

_REACH = 60
_SENTENCE_END = re.compile(r"[.!?;\n]")
_ADMIN_TAIL = re.compile(r"\s+(?:tỉnh|thành phố|tp\.?)$", re.IGNORECASE)


@cache
def _spellings(province: keys.Province) -> tuple[str, ...]:
    """Every keyed spelling of a province, longest first."""
    return tuple(sorted((s for s, p in keys.provinces().items() if p == province), key=len, reverse=True))


def _written_after(text: str, title: Mention, org: str) -> bool:
    """Whether the body is written out, its place included, after the title (same sentence)."""
    after = text[title.end:title.end + _REACH]
    cut = _SENTENCE_END.search(after)
    return f" {keys.org_key(org)} " in f" {keys.org_key(after[:cut.start()] if cut else after)} "


def _province_mentions(article: Article) -> list[tuple[int, keys.Province]]:
    """Where the article names a province, or a district of one province only."""
    found = []
    for loc in article.locations:
        province = keys.province_of_name(loc.name)
        if province is None:
            district = keys._district_provinces().get(fold_key(loc.name))
            province = keys.provinces().get(keys._normal_words(district)) if district else None
        if province is not None:
            found += [(m.start, province) for m in loc.mentions]
    return sorted(found, key=lambda x: x[0])


def recomplete(article: Article, text: str, org: str, title: Mention | None) -> str:
    """`org` as the paragraph around `title` places it (see the module docstring)."""
    province = keys.province_in(org)
    if province is None or title is None or _written_after(text, title, org):
        return org
    start = text.rfind(SEPARATOR, 0, title.start)
    end = text.find(SEPARATOR, title.end)
    start, end = (0 if start < 0 else start), (len(text) if end < 0 else end)
    named = _province_mentions(article)
    near = [(pos, p) for pos, p in named if start <= pos < end]
    before = [x for x in near if x[0] < title.start]
    chosen = before[-1][1] if before else (near[0][1] if near else None)
    if chosen is None:
        # A list of one-sentence paragraphs (`bầu ông A giữ chức Bí thư Tỉnh ủy.`) under the
        # paragraph that names the province: the nearest province named in the two before.
        back = start
        for _ in range(2):
            found = text.rfind(SEPARATOR, 0, back)
            back = 0 if found < 0 else found
        earlier = [x for x in named if back <= x[0] < start]
        chosen = earlier[-1][1] if earlier else None
    if chosen is None or chosen == province:
        return org
    folded = fold_key(org)
    # A provincial committee (`Tỉnh ủy`) is of a province, a city committee (`Thành ủy`) of a city.
    if (folded.startswith("tỉnh ủy") and chosen.kind != "province") or \
            (folded.startswith("thành ủy") and chosen.kind != "city"):
        return org
    for spelling in _spellings(province):
        at = folded.rfind(spelling)
        if at > 0 and folded[at - 1] == " ":
            head = _ADMIN_TAIL.sub("", org[:at].rstrip())
            return f"{head} {chosen.name}"
    return org
