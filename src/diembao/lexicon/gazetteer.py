"""The administrative gazetteer: provinces before and after the 2025 reorganisation, their
district-level units, countries and named regions, loaded once from `data/gazetteer/*.tsv`.

Names are matched after `diembao.text.fold_key`, so `Thanh Hoá`/`Thanh Hóa` and `TP.HCM`/`tp.hcm`
find the same place. Each written form of a place is an `Alias`: the form as the table writes it
(its capitals are the ones a match in running text must have), the name a mention of that form
is given (`Hoa Kỳ` stays `Hoa Kỳ`, `VN` becomes `Việt Nam`), and whether the form may stand
alone or only after an administrative word (`TP Hồ Chí Minh`, never bare `Hồ Chí Minh`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from diembao.lexicon.files import load_tsv
from diembao.text import fold_key

PROVINCES = "gazetteer/provinces.tsv"
DISTRICTS = "gazetteer/districts.tsv"
COUNTRIES = "gazetteer/countries.tsv"
REGIONS = "gazetteer/regions.tsv"
WORLD = "gazetteer/world.tsv"

# District-level unit words as the tables write them, and the kind a place of that unit has.
UNIT_KINDS = {"quận": "district", "huyện": "district", "thị xã": "town", "thành phố": "city"}
# When one written form names several places, the first kind here wins (bare `Trà Vinh` is the
# province before the provincial city of that name).
KIND_ORDER = ("country", "territory", "former", "province", "city", "state", "region", "district", "town",
              "sea")

@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str  # country, territory, former, region, sea, province, city, state, district, town
    province: str | None = None  # for a district-level unit: its province (pre-2025 name)
    merged_into: str | None = None  # for a province: the post-2025 province that holds it
    aliases: tuple[str, ...] = ()
    unit: str | None = None  # `quận`, `huyện`, `thị xã`, `thành phố` for district-level units
    era: str | None = None  # provinces: pre2025, post2025, both, historic; districts: year ceased
    slugs: tuple[str, ...] = ()
    scope: str | None = None  # regions: `vn` or `world`; foreign cities and states: `world`
    guard: str | None = None  # countries: `strict` when the name is also a common word (`Anh`)


@dataclass(frozen=True, slots=True)
class Alias:
    """One written form of a place."""

    text: str  # as the table writes it
    place: Place
    shown: str  # the name a mention of this form gets
    bare: bool  # may be read without an administrative word before it


class Gazetteer:
    def __init__(self, places: Iterable[tuple[Place, list[Alias]]]):
        index: dict[str, list[Alias]] = {}
        self.places: list[Place] = []
        for place, aliases in places:
            self.places.append(place)
            for alias in aliases:
                entries = index.setdefault(fold_key(alias.text), [])
                if alias not in entries:
                    entries.append(alias)
        self._index = {k: tuple(sorted(v, key=_alias_rank)) for k, v in index.items()}
        # Vietnamese provinces and centrally governed cities only: a foreign city (`Paris`) is none.
        self._provinces = [p for p in self.places
                           if p.kind in ("province", "city") and p.unit is None and p.scope != "world"]
        self._province_set = frozenset(self._provinces)
        self._slug_names = {slug: p.name for p in self._provinces for slug in p.slugs}
        self._slug_index: dict[str, str] | None = None  # keyed as hosts are read, on first use

    # --- lookups -------------------------------------------------------------------------------

    def aliases(self) -> Iterator[tuple[str, tuple[Alias, ...]]]:
        """Every folded written form with the aliases it stands for (best first)."""
        return iter(self._index.items())

    def entries(self, name: str) -> tuple[Alias, ...]:
        return self._index.get(fold_key(name), ())

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Every place that `name` (any alias, any case or tone placement) may be."""
        return tuple(dict.fromkeys(a.place for a in self.entries(name)))

    def canonical(self, name: str) -> str:
        """The gazetteer's name for `name` (`TP.HCM` -> `TP Hồ Chí Minh`, `VN` -> `Việt Nam`);
        `name` itself, trimmed, when the gazetteer does not know it."""
        places = self.lookup(name)
        return places[0].name if places else " ".join(name.split())

    def province(self, name: str) -> Place | None:
        """The province or centrally-run city (before or after 2025, or historic) named `name`."""
        return _province_cached(self, fold_key(name))

    def is_province(self, name: str) -> bool:
        return self.province(name) is not None

    def provinces_before_2025(self) -> tuple[Place, ...]:
        return tuple(p for p in self._provinces if p.era in ("pre2025", "both"))

    def provinces_after_2025(self) -> tuple[Place, ...]:
        return tuple(p for p in self._provinces if p.era in ("post2025", "both"))

    def merged_into(self, name: str) -> str | None:
        """The post-2025 province that now holds the province or district-level unit `name`."""
        for place in self.lookup(name):
            if place.merged_into:
                return place.merged_into
            if place.province:
                holder = self.province(place.province)
                if holder is not None:
                    return holder.merged_into
        return None

    def province_from_slug(self, text: str) -> str | None:
        """The province whose slug a host name or web address names (`quoidien.vinhlong.gov.vn`
        -> `Vĩnh Long`, `baoninhbinh.org.vn` -> `Ninh Bình`), read as `outlets.province_from_host`
        reads host labels."""
        from diembao.lexicon.outlets import province_in_host, slug_index

        if self._slug_index is None:
            self._slug_index = slug_index(self._slug_names)
        return province_in_host(text, self._slug_index)


@cache
def _province_cached(gaz: Gazetteer, key: str) -> Place | None:
    provinces = gaz._province_set
    return next((p for p in gaz.lookup(key) if p in provinces), None)


def _alias_rank(alias: Alias) -> tuple[int, int]:
    kind = KIND_ORDER.index(alias.place.kind) if alias.place.kind in KIND_ORDER else len(KIND_ORDER)
    # Among same-kind places, the current ones before those that ceased.
    return (kind, 1 if alias.place.era and alias.place.era[:1].isdigit() else 0)


# --- loading -----------------------------------------------------------------------------------


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def _aliases(place: Place, cell: str | None, *, bare: bool = True) -> list[Alias]:
    """The name itself and the table's aliases: `~X` shown as written, `=X` only after an
    administrative word, plain ones shown under the place's name."""
    out = [Alias(place.name, place, place.name, bare)]
    for raw in _split(cell):
        if raw.startswith("~"):
            out.append(Alias(raw[1:], place, raw[1:], bare))
        elif raw.startswith("="):
            out.append(Alias(raw[1:], place, place.name, False))
        else:
            out.append(Alias(raw, place, place.name, bare))
    return out


def _bare_names(cell: str | None) -> tuple[str, ...]:
    return tuple(raw.lstrip("~=") for raw in _split(cell))


def _province_rows() -> tuple[Mapping[str, str], ...]:
    return load_tsv(PROVINCES, ("name", "kind", "era", "merged_into", "slugs", "aliases"))


@cache
def provinces() -> tuple[Place, ...]:
    """Every row of the provinces table (provinces and centrally-run cities, of every era), in
    its order; the knowledge base keys each spelling of each (`diembao.kb.keys.provinces`)."""
    return tuple(
        Place(name=row["name"], kind=row["kind"], merged_into=row["merged_into"] or None,
              aliases=_bare_names(row["aliases"]), era=row["era"], slugs=tuple(_split(row["slugs"])))
        for row in _province_rows()
    )


def _country_rows() -> tuple[Mapping[str, str], ...]:
    return load_tsv(COUNTRIES, ("name", "kind", "aliases", "guard"))


@cache
def countries() -> tuple[Place, ...]:
    """Every row of the countries table (countries, territories, former states), in its order,
    each with its bare written forms (`aliases`)."""
    return tuple(
        Place(name=row["name"], kind=row["kind"], aliases=_bare_names(row["aliases"]), guard=row["guard"] or None)
        for row in _country_rows()
    )


def _load() -> Iterator[tuple[Place, list[Alias]]]:
    for place, row in zip(provinces(), _province_rows(), strict=True):
        yield place, _aliases(place, row["aliases"])
    for row in load_tsv(DISTRICTS, ("province", "unit", "name", "until", "aliases", "bare")):
        place = Place(
            name=row["name"], kind=UNIT_KINDS[row["unit"]], province=row["province"],
            aliases=_bare_names(row["aliases"]), unit=row["unit"], era=row["until"] or None,
        )
        yield place, _aliases(place, row["aliases"], bare=row["bare"] != "no")
    for place, row in zip(countries(), _country_rows(), strict=True):
        yield place, _aliases(place, row["aliases"])
    for row in load_tsv(WORLD, ("name", "kind", "aliases")):
        place = Place(name=row["name"], kind=row["kind"], aliases=_bare_names(row["aliases"]), scope="world")
        yield place, _aliases(place, row["aliases"])
    for row in load_tsv(REGIONS, ("name", "kind", "scope", "aliases")):
        place = Place(name=row["name"], kind=row["kind"], aliases=_bare_names(row["aliases"]),
                      scope=row["scope"])
        yield place, _aliases(place, row["aliases"])


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded on first use and shared."""
    return Gazetteer(_load())


# Bounded: the names asked about are the input's capitalised words.
@lru_cache(maxsize=1 << 16)
def is_country(name: str) -> bool:
    """Whether `name` (any alias) is a country (`Nga`, `Hoa Kỳ`, `Philippines`)."""
    return any(place.kind == "country" for place in gazetteer().lookup(name))
