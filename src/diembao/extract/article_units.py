"""The one unit of its kind an article names: the body of a bare unit-head title.

`Phó Tổng cục trưởng Nguyễn Văn A trao quyết định` in an article that names one general
department only (`Tổng cục Đường bộ Việt Nam`) is that department's deputy head, as the reader
takes it, however far from the title the department was written. Where the article names two
units of the kind, the one it names more often than any other is the one it is about (`Truy tố
cựu Thứ trưởng A` over a report naming the Bộ Nông nghiệp five times and another ministry once);
named as often, the title says nothing of which, and keeps no body. Only the heads of
`data/persons/grammar.json` `article_unit_heads` reach so far: a ministry's or department's
(whose title names its kind alone), and a `ban`'s among the boards a Trưởng ban heads (not the
`Ban Chấp hành`, `article_unit_excluded`); not a `đoàn`, of which every article names several.
A bare Bí thư whose family no title of the article writes with a body is of the article's one
province-level Party committee (`province_committee`), beside any number of district ones.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache

from diembao.extract.spans import OrgSpan, TitleSpan
from diembao.lexicon.bodies import grammar as grammar_of_bodies
from diembao.lexicon.offices import unit_heads
from diembao.lexicon.persons import STATUS_WORDS, grammar, title_rows
from diembao.text import fold_key

_MINISTRY = fold_key(str(grammar_of_bodies()["ministry"]))


@cache
def _heads() -> frozenset[str]:
    return frozenset(fold_key(h) for h in grammar().get("article_unit_heads", ()))


@cache
def _excluded() -> tuple[str, ...]:
    return tuple(fold_key(h) + " " for h in grammar().get("article_unit_excluded", ()))


def article_unit(orgs: Sequence[OrgSpan], t: TitleSpan) -> str | None:
    """The body of the unit-head title `t` written without one: the only unit of its kind the
    article names (by its name's head word), else the one it names most often, or None."""
    first, _, rest = t.title.partition(" ")
    # `cựu Thứ trưởng`: the status word kept in the title is no part of the office.
    head = unit_heads().get(fold_key(rest if first in STATUS_WORDS and rest else t.title))
    if head is None or head not in _heads():
        return None
    found: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for o in orgs:
        key = fold_key(o.name)
        # `Bộ Chính trị` is no ministry: a minister's unit is read as one.
        if key.startswith(head + " ") and (head != _MINISTRY or o.kind == "ministry") \
                and not key.startswith(_excluded()):
            found.setdefault(key, o.name)
            counts[key] += 1
    if len(found) == 1:
        return next(iter(found.values()))
    # Several: the one the article is about, named more often than any other.
    ranked = counts.most_common(2)
    return found[ranked[0][0]] if len(ranked) == 2 and ranked[0][1] > ranked[1][1] else None


@cache
def _families() -> dict[str, str]:
    """Folded title -> its family: the titles that name the same place's body (`place_org` of
    `data/persons/titles.tsv`: Bí thư, Phó Bí thư, Phó Bí thư Thường trực of a committee), for the
    families of `data/persons/grammar.json` `article_families`, and without a body of their own."""
    wanted = frozenset(grammar().get("article_families", ()))
    return {fold_key(row["title"]): row["place_org"] for row in title_rows()
            if row.get("place_org") in wanted and not row.get("fixed_org") and not row.get("default_org")}


def family_bodies(titles: Sequence[TitleSpan], loose: Callable[[str], str]) -> dict[str, str]:
    """`Phó Bí thư Thường trực Lê Văn A` in an article whose Bí thư and Phó Bí thư are all of one
    Tỉnh ủy is that Tỉnh ủy's: folded title -> the one body every title of its family is written
    with (`loose` keys two writings of one body alike). A family written with two bodies gives none."""
    families = _families()
    bodies: dict[str, dict[str, str]] = {}
    for t in titles:
        family = families.get(fold_key(t.title))
        if family is not None and t.org:
            bodies.setdefault(family, {}).setdefault(loose(t.org), t.org)
    one = {family: next(iter(found.values())) for family, found in bodies.items() if len(found) == 1}
    return {title: one[family] for title, family in families.items() if family in one}


@cache
def _province_heads() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold_key(h).split()) for h in grammar().get("province_committee_heads", ()))


def _committee_in(name: str) -> str | None:
    """The province committee a body's name is or belongs to (`Thường trực Thành ủy Đà Nẵng` ->
    `Thành ủy Đà Nẵng`), with its place; else None."""
    words = name.split(" ")
    folded = [fold_key(w) for w in words]
    for size in {len(h) for h in _province_heads()}:
        for i in range(len(words) - size):  # a place must follow the head
            if tuple(folded[i:i + size]) in _province_heads():
                return " ".join(words[i:])
    return None


def province_committee(orgs: Sequence[OrgSpan], t: TitleSpan, loose: Callable[[str], str]) -> str | None:
    """`đồng chí Bí thư Nguyễn Văn A quyết định` in an article whose only province-level Party
    committee is `Thành ủy Đà Nẵng` (written alone or under its board, `Thường trực Thành ủy Đà
    Nẵng`): that committee's. Named with two such committees, the title says nothing of which."""
    if _families().get(fold_key(t.title)) is None:
        return None
    found: dict[str, str] = {}
    for o in orgs:
        name = _committee_in(o.name)
        if name is not None:
            found.setdefault(loose(name), name)
    return next(iter(found.values())) if len(found) == 1 else None
