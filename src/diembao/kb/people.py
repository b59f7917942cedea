"""Person resolution: which known person, if any, an article's mention of a name is.

The name finds the candidates (`keys.name_form`): a full name those of that name; a short form
(`Hữu Thắng`) or a foreign surname alone (`Trump`) the full names it shortens. A thing or a
fragment (`La Liga`, a district, `Tuấn`) finds none and is no person. Then each candidate is
judged on what the mention's article says of it, against what the knowledge base already holds
of the candidate (`judge`, a pure function of the two):

- for: an office in the same body (3), the same office of no body (`Chủ tịch nước`, 3), offices in
  the same province (2), national bodies on both
  sides (1), the article's province among the candidate's (1);
- against: offices in other provinces, or in other districts or communes, with no body shared;
  for a mention with no office of its own, an article placed in a province the candidate has
  never been placed in (unless the press names the candidate often); for a candidate with no
  office of a province, articles that were all placed elsewhere; for a name known as several
  persons, a link no stronger than `national` or `article-place` to a candidate whose articles
  all lie more than five years from the article's publication year (`years-apart`; an estimated
  day may be one the text tells of, and a person the press names often is named in any year).

A seat in an assembly of hundreds (`Đại biểu Quốc hội`, `data/kb/seat_titles.txt`) shares the
assembly's body but makes neither side `national`. A candidate with no body and no province takes
a mention nothing else places only when it holds no office or one the mention holds too.

`decide` takes the best-scored candidate with nothing against it; a mention with no office takes
the one candidate nothing speaks against, or among several the one named three times as often as
any other; a short form takes the one full name it can be. Every
decision is written to `resolutions` with the score, the support and the candidates refused with
their reasons: the evidence of every merge and of every refusal to merge. Everything here reads
the database in input order inside the writer's transaction, so the result is a function of
the sequence of articles alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from diembao.lexicon import kb as lexicon
from diembao.lexicon import persons as persons_lexicon
from diembao.record import Person
from diembao.text import fold_key

from . import keys

Locality = tuple[str, str]
# How many times more often than any other a candidate must be named to take a bare mention.
_DOMINANT = 3
# A candidate named in this many articles is not refused a bare mention for the article's place.
_PROMINENT = 30
# A mention whose only link to a candidate is weak (`_WEAK`) does not join one whose articles all
# lie more than this many years from its own: with nothing to say which namesake it is, a name
# said years after (or before) a person was last (first) reported is most likely someone else.
_YEARS_APART = 5
# Support that names no body or province the mention and the candidate share.
_WEAK = frozenset({"national", "article-place"})


@dataclass(slots=True)
class Profile:
    """What the knowledge base holds of one candidate."""

    id: int
    bodies: set[int] = field(default_factory=set)
    provinces: set[int] = field(default_factory=set)  # of its offices' bodies, and where it was first placed
    localities: set[Locality] = field(default_factory=set)
    national: bool = False  # holds an office in a body of no province or district
    places: frozenset[int] | None = None  # its articles' provinces (read only when needed)
    titles: set[str] = field(default_factory=set)  # its offices of no body (`lexicon.persons.stateless_titles`)
    held: set[str] = field(default_factory=set)  # the folded titles of all its offices


@dataclass(frozen=True, slots=True)
class Context:
    """What one article says of one mention."""

    bodies: frozenset[int] = frozenset()
    provinces: frozenset[int] = frozenset()
    localities: frozenset[Locality] = frozenset()
    national: bool = False  # all its bodies have no province or district
    article_place: int | None = None
    titles: frozenset[str] = frozenset()  # its offices of no body (`Chủ tịch nước`), folded
    held: frozenset[str] = frozenset()  # the folded titles of all its offices
    year: int | None = None  # of the article's day


@dataclass(frozen=True, slots=True)
class Said:
    """What an article says of a mention besides its bodies (the rest of its `Context`)."""

    titles: frozenset[str] = frozenset()  # its offices of no body, folded (`stateless`)
    held: frozenset[str] = frozenset()  # the folded titles of all its offices
    year: int | None = None  # of the article's day
    seats: frozenset[int] = frozenset()  # the bodies it holds only seats in (`is_seat`)


def said(parts: Sequence[tuple[str, str | None]], body_ids: Sequence[int | None], year: int | None) -> Said:
    """`Said` of a mention's offices, as (title, body) pairs and their bodies' ids, in one order."""
    offices = list(zip((t for t, _ in parts), body_ids, strict=True))
    seats = {i for _t, i in offices if i is not None} - {i for t, i in offices if i is not None and not is_seat(t)}
    return Said(stateless(parts), frozenset(fold_key(t) for t, _ in offices if t.strip()), year, frozenset(seats))


@dataclass(frozen=True, slots=True)
class Verdict:
    id: int
    score: int
    support: tuple[str, ...]
    against: tuple[str, ...]
    bodies: frozenset[int] = frozenset()  # the bodies and provinces the support rests on
    provinces: frozenset[int] = frozenset()
    seen: tuple[int, int] | None = None  # the candidate's years, when they refused it


def judge(m: Context, c: Profile, places: Callable[[], frozenset[int]],
          articles: Callable[[], int] = lambda: 0,
          years: Callable[[], tuple[int, int] | None] = lambda: None) -> Verdict:
    """The case for and against the mention `m` being the candidate `c`. `places` gives the
    candidate's article provinces, `articles` how many articles name it and `years` the first and
    last year of its dated articles, read only when a rule needs them."""
    support: list[tuple[str, int]] = []
    against: list[str] = []
    shared = m.bodies & c.bodies
    if shared:
        support.append(("shared-body", 3))
    if m.titles & c.titles:
        # An office of no body has one holder at a time: the same title is the same office.
        support.append(("shared-office", 3))
    if m.provinces and c.provinces:
        if m.provinces & c.provinces:
            support.append(("same-province", 2))
        elif not shared:
            against.append("other-province")
    if not shared:
        for level in ("district", "commune"):
            mine = {name for lv, name in m.localities if lv == level}
            theirs = {name for lv, name in c.localities if lv == level}
            if mine and theirs and not mine & theirs:
                against.append(f"other-{level}")
    if m.bodies and m.national and c.national:
        support.append(("national", 1))
    if not m.bodies and not m.titles and m.article_place is not None:
        if m.article_place in c.provinces:
            support.append(("article-place", 1))
        elif c.provinces and not c.titles and m.article_place not in places() and articles() < _PROMINENT:
            # A provincial official the press names often is reported from other provinces too,
            # and a head of state (an office of no body) from any.
            against.append("other-article-place")
    elif m.provinces and not c.provinces and not c.national and not c.bodies & m.bodies:
        seen = places()
        if seen and not seen & m.provinces:
            against.append("articles-elsewhere")
    seen = None
    if m.year is not None and all(r in _WEAK for r, _ in support):
        seen = years()
        if seen is not None and not seen[0] - _YEARS_APART <= m.year <= seen[1] + _YEARS_APART \
                and articles() < _PROMINENT:
            against.append("years-apart")
        else:
            seen = None
    placed = m.provinces & c.provinces or ({m.article_place} & c.provinces if m.article_place else set())
    return Verdict(c.id, sum(w for _, w in support), tuple(r for r, _ in support), tuple(against),
                   frozenset(shared), frozenset(placed), seen)


@dataclass(frozen=True, slots=True)
class Decision:
    id: int | None  # None: a new person (full name) or no person (a short form no one fits)
    rule: str
    detail: dict[str, Any] | None


def decide(form: keys.NameForm, m: Context, verdicts: Sequence[Verdict], empty: Callable[[int], bool],
           articles: Callable[[int], int] = lambda _id: 0, named: Callable[[int], int] | None = None,
           blank: Callable[[int], bool] = lambda _id: False) -> Decision:
    """The candidate the mention is, by the rules of the module docstring. `empty(id)`: the
    candidate may take a mention nothing else places (`unplaced`); `blank(id)`: it has no body and
    no province, so that an unplaced one it is not holds other offices; `articles(id)`: how many
    articles name it; `named(id)`: how many name it other than by a short form (a short form's
    dominant candidate is counted so: one counted by the short forms it took would take them all)."""
    viable = [v for v in verdicts if not v.against]
    refused = [{"id": v.id, "against": list(v.against), **({"seen": list(v.seen)} if v.seen else {})}
               for v in verdicts if v.against][:8]
    base: dict[str, Any] = {"refused": refused} if refused else {}
    positive = [v for v in viable if v.score > 0]
    if positive:
        best = max(positive, key=lambda v: (v.score, -v.id))
        rule = ("short-form-" if form.kind != "full" else "") + best.support[0]
        return Decision(best.id, rule, {**base, "score": best.score, "support": list(best.support),
                                        **({"others": len(viable) - 1} if len(viable) > 1 else {})})
    if form.kind != "full":
        if len(viable) == 1 and len(verdicts) == 1:
            return Decision(viable[0].id, "short-form-only-candidate", base or None)
        dominant, counts = _dominant(viable, named or articles) if not m.bodies else (None, [])
        if dominant is not None:
            return Decision(dominant, "short-form-dominant", {**base, "articles": counts[:4]})
        return Decision(None, "no-person", {**base, "candidates": len(verdicts)} if verdicts else None)
    if len(viable) == 1 and not m.bodies:
        return Decision(viable[0].id, "only-candidate" if len(verdicts) == 1 else "only-viable", base or None)
    if len(viable) > 1 and not m.bodies:
        dominant, counts = _dominant(viable, articles)
        if dominant is not None:
            return Decision(dominant, "dominant-candidate", {**base, "articles": counts[:4]})
    unplaced = [v for v in viable if empty(v.id)]
    if unplaced:
        return Decision(unplaced[0].id, "unplaced-candidate", {**base, "candidates": len(verdicts)})
    detail = dict(base)
    if viable:
        detail["undecided"] = [v.id for v in viable][:8]
    other = [v.id for v in viable if blank(v.id)][:8]
    if other:  # the evidence of that refusal: placed nowhere, but known by offices the mention lacks
        detail["other-offices"] = other
    return Decision(None, "new", detail or None)


def _dominant(viable: Sequence[Verdict], articles: Callable[[int], int]) -> tuple[int | None, list[int]]:
    """A name said with nothing else is, most likely, the one person of that name (or of that short
    form) the press names far more often than the others. With the candidates' counts, in their
    order: each is a query, asked once."""
    if len(viable) < 2:
        return None, []
    counts = [articles(v.id) for v in viable]
    ranked = sorted(((n, v.id) for n, v in zip(counts, viable, strict=True)), key=lambda c: (-c[0], c[1]))
    (first, first_id), (second, _) = ranked[:2]
    return (first_id if first >= _DOMINANT * max(1, second) else None), counts


def may_shorten(form: keys.NameForm) -> bool:
    """Whether a full name of two Vietnamese syllables may be the short form of a longer name:
    `Phương Nga` reads as family name + given name, and as `Trương Hồ Phương Nga` without the
    family name; the knowledge base's longer names of that tail decide."""
    return form.kind == "full" and form.tail is None and form.key.count(" ") == 1 and not form.key.isascii()


def in_article(name: str, persons: Mapping[str, int]) -> int | None:
    """The person a short form (`Hữu Thắng`, `Trump`, `Phương Nga`) stands for in its own article:
    the one longer name of the article (`persons`: folded name -> person id) that ends with it."""
    form = keys.name_form(name)
    if form.kind not in ("short", "single") and not may_shorten(form):
        return None
    tail = " " + form.key
    found = {i for k, i in persons.items() if k.endswith(tail)}
    return found.pop() if len(found) == 1 else None


def longest_first(persons: Sequence[Person]) -> list[Person]:
    """An article's persons, longer names first (in their order), so that a short form meets the
    full name it stands for already resolved."""
    return sorted(persons, key=lambda p: -len(p.name.split()))


def office_parts(title: str, org: str | None) -> tuple[str, str | None]:
    """An office's title and body where the extraction cut them elsewhere: a deputy title's
    qualifier left at the head of the body (`Phó Trưởng ban` + `thường trực Ban Tổ chức Trung
    ương` -> `Phó Trưởng ban Thường trực` + `Ban Tổ chức Trung ương`), and a body's head word the
    title took (`Trưởng ban` + `Dân nguyện` -> `Ban Dân nguyện`)."""
    title = _title_aliases().get(fold_key(title), title)
    if not org or not org.strip() or not title.strip():
        return title, org
    words, folded = fold_key(title).split(), fold_key(org)
    if lexicon.word("deputy") in words:
        for qualifier in lexicon.words("title_qualifiers"):
            if folded == qualifier or folded.startswith(qualifier + " "):
                n = len(qualifier.split())
                cut = org.split()
                written = " ".join(cut[:n])
                title, org, folded = f"{title} {written[:1].upper()}{written[1:]}", " ".join(cut[n:]) or None, \
                    " ".join(folded.split()[n:])
                break
    if org and words[-1] in _title_heads() and org[:1].isalpha() and not org.split()[0].isupper() \
            and not any(folded == h or folded.startswith(h + " ") for h in (words[-1], *_body_heads())):
        org = f"{words[-1].capitalize()} {org}"
    return title, None if org and fold_key(org) in _title_heads() else org


@cache
def _title_aliases() -> dict[str, str]:
    """Folded writing of an office -> the title the knowledge base keys it under."""
    return {fold_key(row["written"]): row["title"] for row in lexicon.table("title_aliases.tsv", ("written", "title"))}


@cache
def _title_heads() -> frozenset[str]:
    return frozenset(lexicon.words("title_heads"))


@cache
def _body_heads() -> tuple[str, ...]:
    return lexicon.words("body_heads")


def stateless(parts: Iterable[tuple[str, str | None]]) -> frozenset[str]:
    """The offices of no body among an article's (title, body) pairs, as folded titles."""
    return frozenset(t for t in (persons_lexicon.office_of_no_body(title) for title, org in parts if not org) if t)


def profiles(rows: Iterable[Sequence[Any]], root: Callable[[int], int]) -> list[Profile]:
    """Candidates from rows of (person id, province id, body id, body's province id, body key,
    title), one row per office; `root` maps a historic province to the one that holds it now."""
    found: dict[int, Profile] = {}
    for person_id, province_id, org_id, place_id, org_key, title in rows:
        profile = found.setdefault(person_id, Profile(person_id))
        if province_id is not None:
            profile.provinces.add(root(province_id))
        if title:
            profile.held.add(fold_key(title))
        if org_id is None:
            office = persons_lexicon.office_of_no_body(title) if title else None
            if office is not None:
                profile.titles.add(office)
            continue
        profile.bodies.add(org_id)
        local = keys.locality_of(org_key) if org_key else None
        if local is not None:
            profile.localities.add(local)
        if place_id is not None:
            profile.provinces.add(root(place_id))
        elif local is None and not (title and is_seat(title)):
            profile.national = True
    return list(found.values())


def unplaced(m: Context, c: Profile) -> bool:
    """A candidate with no body and no province, that may take a mention nothing else places:
    one seen with no office, or with offices of no body one of which the mention holds too. One
    whose offices are all other than the mention's is a person of its own (a company's director
    of no named company is not the ministry official of that name)."""
    return not c.bodies and not c.provinces and (not c.held or bool(c.held & m.held))


def is_seat(title: str) -> bool:
    """A seat in an assembly of hundreds (`Đại biểu Quốc hội`, `data/kb/seat_titles.txt`): it
    shares the assembly's body with every other member, but is no office of a national body, as
    its holders are elected in, and reported from, their provinces."""
    return _strip_status(fold_key(title)) in _seats()


@cache
def _seats() -> frozenset[str]:
    return frozenset(_strip_status(fold_key(line)) for line in lexicon.lines("seat_titles.txt"))


def _strip_status(folded: str) -> str:
    words = folded.split()
    while words and (words[0] in persons_lexicon.STATUS_WORDS or words[0] in persons_lexicon.KEPT_PREFIXES):
        words = words[1:]
    return " ".join(words)


def localities(keys_of_bodies: Iterable[str]) -> frozenset[Locality]:
    return frozenset(loc for loc in (keys.locality_of(k) for k in keys_of_bodies) if loc is not None)
