"""Vietnamese news outlets: who published an article, from its lead tag, web address or name.

The facts live in `data/outlets.tsv` (one row per outlet: tags, name, aliases, domains, home
province, kind). This module loads that table once and answers four questions:

- `by_tag("(ABO)")`: which outlet opens its leads with this tag;
- `by_host("https://m.baoapbac.vn/...")`: which outlet owns this web address (a host or any of its
  parent domains);
- `by_name("Báo Ấp Bắc")`: which outlet has this name, as corpus `source` fields write it;
- `province_from_host("quoidien.vinhlong.gov.vn", slugs)`: which province a web address names,
  given the gazetteer's slug -> province mapping (`Gazetteer.province_from_slug` passes it).

`split_tag` separates the outlet tag from the head of a lead: `(ABO) - Sáng 10-11, …` gives
`("ABO", "Sáng 10-11, …")`.

Province slugs in hosts. A host label names a province only when, after removing at most one
known prefix and at most one known suffix (`data/host_affixes.tsv`: `bao`, `tinhuy`, `sotp`, …,
`tv`, `online`), what is left is exactly one of the gazetteer's slugs. Searching for a slug
anywhere inside a label would read provinces into unrelated words; affixes are the ways
provincial sites actually build their names. When several labels match, the longest slug wins
(a longer slug is the more specific name); on equal length the rightmost label wins, because it
is the part of the address its owner registered.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from diembao.lexicon.files import load_lines, load_tsv
from diembao.text import fold_key

KINDS = frozenset({"national", "agency", "provincial", "portal", "aggregator", "magazine", "radio-tv"})


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    tags: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    province: str | None = None
    kind: str = "national"


# --- the table ---------------------------------------------------------------------------------


def _cells(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split("|") if part.strip())


@cache
def outlets() -> tuple[Outlet, ...]:
    """Every outlet in `data/outlets.tsv`, in table order."""
    return tuple(
        Outlet(
            name=row["outlet"].strip(),
            tags=_cells(row.get("tag")),
            aliases=_cells(row.get("aliases")),
            domains=tuple(d.lower() for d in _cells(row.get("domains"))),
            province=(row.get("province") or "").strip() or None,
            kind=row["kind"].strip(),
        )
        for row in load_tsv("outlets.tsv", ("tag", "outlet", "aliases", "domains", "province", "kind"))
    )


@dataclass(frozen=True, slots=True)
class _Index:
    tags: Mapping[str, Outlet]
    hosts: Mapping[str, Outlet]
    names: Mapping[str, Outlet]


@cache
def _index() -> _Index:
    tags: dict[str, Outlet] = {}
    hosts: dict[str, Outlet] = {}
    names: dict[str, Outlet] = {}
    # First row wins on a clash; tests/test_outlets.py keeps the table free of clashes.
    for outlet in outlets():
        for tag in outlet.tags:
            tags.setdefault(_tag_key(tag), outlet)
        for domain in outlet.domains:
            hosts.setdefault(domain, outlet)
        for name in name_keys(outlet):
            names.setdefault(name, outlet)
    return _Index(tags, hosts, names)


# --- tags --------------------------------------------------------------------------------------

# Suffixes that outlets add to their tag for the web edition: `(QĐND Online)`, `(SGGPO)`, `(VOV.VN)`.
_EDITION_SUFFIX = re.compile(r"(?:\s*online|\.vn|(?<=\w\w)o)$")


def _tag_key(tag: str) -> str:
    return fold_key(tag.strip().strip("()").strip())


def _tag_variants(key: str) -> Iterator[str]:
    yield key
    bare = _EDITION_SUFFIX.sub("", key)
    if bare and bare != key:
        yield bare


def by_tag(tag: str) -> Outlet | None:
    """The outlet that heads its leads with `tag` (`ABO`, `(ABO)`, `abo`, `QĐND Online`).

    A credit of several tags (`TTXVN/Vietnam+`) resolves to the last one the table knows: the
    outlet that republished the others' report.
    """
    key = _tag_key(tag)
    if not key:
        return None
    found = _lookup_tag(key)
    if found is not None or "/" not in key:
        return found
    parts = [p.strip() for p in key.split("/")]
    if not all(_tag_like(p) for p in parts):
        return None
    for part in reversed(parts):
        found = _lookup_tag(part)
        if found is not None:
            return found
    return None


def _lookup_tag(key: str) -> Outlet | None:
    tags = _index().tags
    for variant in _tag_variants(key):
        if variant in tags:
            return tags[variant]
    return None


# A tag's shape: 2-12 capitals, digits, `Đ`, `+`, `.`, `-`, `&` with at least two letters, maybe
# `Online` after it. Parentheses at the head of a lead that hold anything else (a photo credit, a
# place, a part number such as `(P.2)`) are not tags, unless the outlet table knows the words.
_TAG_SHAPE = re.compile(r"(?=(?:[^A-ZĐ]*[A-ZĐ]){2})[A-ZĐ0-9+.&-]{2,12}(?:\s?Online)?")


def _tag_like(text: str) -> bool:
    return bool(_TAG_SHAPE.fullmatch(text.strip())) or _lookup_tag(_tag_key(text)) is not None


@cache
def _not_tags() -> frozenset[str]:
    return frozenset(fold_key(line) for line in load_lines("not_tags.txt"))


def is_tag(text: str) -> bool:
    """Whether `text` (without parentheses) reads as an outlet tag: tag-shaped or a known tag,
    or a `/`-credit of such tags (`TTXVN/Vietnam+`)."""
    if fold_key(text) in _not_tags():
        return False
    return all(part.strip() and _tag_like(part) for part in text.split("/"))


_PAREN_HEAD = re.compile(r"\s*\(\s*([^()\n]{2,40}?)\s*\)\s*(?:[-–—|:]+\s*)?")
# Without parentheses only a tag the table knows counts, and a dash must follow it: `TTO - …`.
_BARE_HEAD = re.compile(r"\s*([^\s()\-–—|:]{2,16}(?: Online)?)\s*[-–—|]+\s*")


def split_tag(lead: str) -> tuple[str | None, str]:
    """Split an outlet tag off the head of a lead: `(ABO) - Sáng 10-11, …` -> `("ABO", "Sáng 10-11, …")`.

    The tag is returned as written inside the parentheses (resolve it with `by_tag`). When the
    lead does not open with a tag, the result is `(None, lead)` unchanged.
    """
    match = _PAREN_HEAD.match(lead)
    if match and is_tag(match.group(1)):
        return match.group(1), lead[match.end():]
    match = _BARE_HEAD.match(lead)
    if match and _lookup_tag(_tag_key(match.group(1))) is not None:
        return match.group(1), lead[match.end():]
    return None, lead


# --- hosts -------------------------------------------------------------------------------------


def host_of(url_or_host: str) -> str:
    """The lower-case host of a URL or bare host, without `www.`, port or trailing dot."""
    text = url_or_host.strip()
    if "://" not in text:
        text = "//" + text.lstrip("/")
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:
        return ""
    host = host.rstrip(".")
    if not _HOST.fullmatch(host):
        return ""
    return host[4:] if host.startswith("www.") else host


_HOST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*")


def by_host(url_or_host: str) -> Outlet | None:
    """The outlet that owns a web address: its host or the nearest parent domain in the table
    (`m.baoapbac.vn` -> Báo Ấp Bắc)."""
    labels = host_of(url_or_host).split(".")
    hosts = _index().hosts
    for start in range(len(labels) - 1):
        found = hosts.get(".".join(labels[start:]))
        if found is not None:
            return found
    return None


@cache
def _affixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = load_tsv("host_affixes.tsv", ("affix", "position"))
    prefixes = tuple(r["affix"] for r in rows if r["position"] == "prefix")
    suffixes = tuple(r["affix"] for r in rows if r["position"] == "suffix")
    return prefixes, suffixes


def _slug_key(slug: str) -> str:
    return re.sub(r"[^a-z0-9]", "", slug.lower())


def _label_readings(label: str) -> Iterator[str]:
    """What a host label could name once one known prefix and/or suffix is taken off."""
    prefixes, suffixes = _affixes()
    cores = [label] + [label[len(p):] for p in prefixes if label.startswith(p) and len(label) > len(p)]
    for core in cores:
        yield core
        for suffix in suffixes:
            if core.endswith(suffix) and len(core) > len(suffix):
                yield core[: -len(suffix)]


def province_from_host(url_or_host: str, slugs: Mapping[str, str]) -> str | None:
    """The province whose slug a web address names (`quoidien.vinhlong.gov.vn` -> `Vĩnh Long`,
    `baoninhbinh.org.vn` -> `Ninh Bình`); `slugs` maps slug -> province name. See the module
    docstring for when a label counts as naming a province."""
    return province_in_host(url_or_host, slug_index(slugs))


def slug_index(slugs: Mapping[str, str]) -> dict[str, str]:
    """`slugs` keyed as host labels are read (`ba-ria-vung-tau` -> `bariavungtau`): build it once
    and pass it to `province_in_host` for every address."""
    return {_slug_key(slug): province for slug, province in slugs.items() if _slug_key(slug)}


def province_in_host(url_or_host: str, by_slug: Mapping[str, str]) -> str | None:
    """`province_from_host` with the slugs already keyed by `slug_index`."""
    labels = host_of(url_or_host).split(".")[:-1]  # the top-level domain never names a province
    best: tuple[tuple[int, int], str] | None = None
    for position, label in enumerate(labels):
        for reading in _label_readings(label.replace("-", "")):
            if reading in by_slug:
                rank = (len(reading), position)
                if best is None or rank > best[0]:
                    best = (rank, by_slug[reading])
    return best[1] if best else None


# --- names -------------------------------------------------------------------------------------

# Words that name the kind of publication rather than the publication: `Báo Ấp Bắc` is also
# written `Ấp Bắc`. Longest first, so `báo điện tử` goes before `báo`.
_GENERIC_HEAD = re.compile(r"^(?:báo điện tử|báo|tạp chí)\s+")


def _name_key(name: str) -> str:
    return fold_key(name.replace("&", " và "))


def name_keys(outlet: Outlet) -> tuple[str, ...]:
    """The comparison keys `by_name` accepts for an outlet: its name and aliases, each also
    without a leading `Báo` / `Báo điện tử` / `Tạp chí`."""
    keys: list[str] = []
    for name in (outlet.name, *outlet.aliases):
        key = _name_key(name)
        keys += [key, _GENERIC_HEAD.sub("", key)]
    return tuple(dict.fromkeys(k for k in keys if k))


def by_name(name: str) -> Outlet | None:
    """The outlet with this name (`Báo Ấp Bắc`, `báo ấp bắc`, `Ấp Bắc`, `Báo Ấp Bắc` with its tone
    marks placed the old way), as corpus `source` fields and mastheads write it."""
    key = _name_key(name)
    names = _index().names
    return names.get(key) or names.get(_GENERIC_HEAD.sub("", key))
