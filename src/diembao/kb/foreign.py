"""Foreign bodies: a foreign official's office is not an office of Việt Nam's `Chính phủ`.

The press names foreign offices with the bare words of Vietnamese bodies: `Thủ tướng Anh Keir
Starmer`, `Bộ trưởng Quốc phòng Mỹ`. The extraction may give such an office the body `Chính phủ`
or `Bộ Quốc phòng`. From the record's offsets and the article's own text, an office of a state body
(`data/kb/state_bodies.txt`, or any ministry) is keyed with its country (`Chính phủ Anh`) when:

- a country other than Việt Nam stands between the title and the name (`Thủ tướng Anh Keir
  Starmer`), not after `tại`/`ở` (`Đại sứ Việt Nam tại Mỹ` is Vietnamese);
- or a foreign country stands right before one of the person's mentions;
- or the person's name is foreign (`Lloyd Austin`) and the article names one foreign country
  only; with no such country the office keeps its title but loses the body (`Thủ tướng` of no
  body, rather than of Việt Nam's). A body that names a country itself is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from diembao.lexicon import gazetteer
from diembao.lexicon import kb as lexicon
from diembao.record import Article, Mention, Person
from diembao.text import fold_key
from diembao.text.syllables import is_syllable

from . import keys


@cache
def _posted() -> re.Pattern[str]:
    """A country after `sang`, `tại`… is where an official went, not whose he is."""
    return re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, lexicon.words("posted"))) + r")\s*$")


def _home() -> str:
    return lexicon.word("home_country")
_WINDOW = 48


@cache
def _state_bodies() -> frozenset[str]:
    return frozenset(keys.org_key(line) for line in lexicon.lines("state_bodies.txt"))


@cache
def _countries() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern for every written form of a country (folded, longest first) and each form's
    country name; Việt Nam's forms map to Việt Nam."""
    forms: dict[str, str] = {}
    for country in gazetteer.countries():
        name = country.name.strip()
        for form in [name, *(a.strip() for a in country.aliases if a.strip())]:
            forms.setdefault(fold_key(form), name)
    ordered = sorted(forms, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, ordered)) + r")(?!\w)"), forms


@cache
def _field_words() -> tuple[str, ...]:
    """The fields of ministries in every writing (`tư pháp`, `ngoại giao`, `gd-đt`), folded: a
    country name that ends one (`Pháp` of `Bộ Tư pháp`) is no country."""
    fields = keys._units().get("ministry_domains") or {}
    words = {fold_key(f) for f in fields if isinstance(f, str)}
    for variants in fields.values():
        if isinstance(variants, list):
            words.update(fold_key(v) for v in variants if isinstance(v, str))
    return tuple(sorted(words, key=len, reverse=True))


def _in_field(prefix: str) -> bool:
    return any(prefix.endswith(f) for f in _field_words())


def is_state_body(org: str) -> bool:
    key = keys.org_key(org)
    return key in _state_bodies() or key.startswith(lexicon.word("ministry_head") + " ")


@lru_cache(maxsize=1 << 12)
def foreign_name(name: str) -> bool:
    """A name the press writes in foreign letters (`Keir Starmer`), not a Vietnamese one; a
    foreign surname alone (`Trump`, `Moon` in an article that names no more of them) too: no
    Vietnamese name is one word of foreign letters."""
    form = keys.name_form(name)
    words = form.key.split()
    if len(words) == 1:
        return words[0].isascii() and words[0].isalpha() and len(words[0]) > 2 and not is_syllable(words[0])
    return form.kind == "full" and len(words) >= 2 and form.key.isascii() and form.tail in (words[0], words[-1])


def country_before(text: str, title: Mention | None, name: Mention | None) -> str | None:
    """The foreign country written between an office's title and the name after it."""
    if title is None or name is None or not 0 <= name.start - title.end <= _WINDOW:
        return None
    between = fold_key(text[title.end:name.start])
    pattern, forms = _countries()
    for match in pattern.finditer(between):
        if _posted().search(between[:match.start()]) or _in_field(between[:match.end()]):
            continue
        country = forms[match.group(1)]
        return None if fold_key(country) == _home() else country
    return None


def country_just_before(text: str, names: Sequence[Mention]) -> str | None:
    """The foreign country written right before one of the name's mentions (`... Thủ tướng
    Israel Benjamin Netanyahu`)."""
    pattern, forms = _countries()
    for m in sorted(names, key=lambda m: m.start):
        before = fold_key(text[max(0, m.start - _WINDOW):m.start]).rstrip(" ,")
        for match in pattern.finditer(before):
            if match.end() != len(before) or _posted().search(before[:match.start()]) or _in_field(before):
                continue
            country = forms[match.group(1)]
            if fold_key(country) != _home():
                return country
    return None


def names_country(org: str) -> bool:
    """Whether a body's name already says its country (`Bộ Nội vụ Slovakia`, `... Việt Nam`)."""
    pattern, _forms = _countries()
    folded = fold_key(org)
    return any(not _in_field(folded[:m.end()]) for m in pattern.finditer(folded))


def main_foreign_country(article: Article) -> str | None:
    """The one foreign country the article names, if it names only one."""
    counts: dict[str, int] = {}
    _pattern, forms = _countries()
    for loc in article.locations:
        country = forms.get(fold_key(loc.name))
        if country and fold_key(country) != _home():
            counts[country] = counts.get(country, 0) + max(1, len(loc.mentions))
    return next(iter(counts)) if len(counts) == 1 else None


@cache
def _implied() -> dict[str, str]:
    return {fold_key(row["title"]): row["body"] for row in lexicon.table("implied_bodies.tsv", ("title", "body"))}


def implied_body(title: str) -> str | None:
    """The body convention gives an office written without one (`Thủ tướng` -> `Chính phủ`)."""
    return _implied().get(fold_key(title))


def office_bodies(article: Article, text: str, person: Person, orgs: Sequence[str | None]) -> Sequence[str | None]:
    """The body of each of the person's positions (`orgs`, as the record or convention gives
    them), a state body keyed with its foreign country where the text shows it is one (see the
    module docstring)."""
    out: list[str | None] = []
    foreign = None
    for position, org in zip(person.positions, orgs, strict=True):
        if not org or not is_state_body(org) or names_country(org):
            out.append(org)
            continue
        title = position.mentions[0] if position.mentions else None
        after = [m for m in person.mentions if title is not None and m.start >= title.end]
        country = country_before(text, title, min(after, key=lambda m: m.start) if after else None)
        if country is None:
            country = country_just_before(text, person.mentions)
        if country is None and foreign_name(person.name):
            foreign = foreign if foreign is not None else (main_foreign_country(article) or "")
            country = foreign or None
            if country is None:
                out.append(None)
                continue
        out.append(f"{org} {country}" if country else org)
    return out
