"""The entities a search query names: persons, bodies, places and documents, in any written form.

A query's plain groups (a word or a quoted phrase; not OR'ed, not prefixes) are read in runs of
up to `MAX_SPAN`, longest first: a run that is all of a person's name, a body's (abbreviations expanded: `HĐND tỉnh
Tiền Giang`), a place's, or a document's symbol or type and number (`57/TW-NQ`, `NQ 57`) names
that entity, with or without diacritics (a run typed with marks must match them, as in search).
Names are looked up in one query per kind for all the runs, by the indexed keys, never by LIKE:
a run of two ordinary words names nothing. A run must have two words or more (a symbol is one
word for this: `57-NQ/TW`), so a single common word never stands for an entity.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from diembao.text import fold_key

from . import facets, keys
from .queries import DOCUMENT_LABEL, documents_by_reference
from .results import EntityCard
from .store import Store

MAX_SPAN = 10  # words of a name: `Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu`
MAX_GROUPS = 12  # a longer query is a text pasted in, not a name typed
MAX_CARDS = 8
OTHER_KIND_SHARE = 20


@dataclass(frozen=True, slots=True)
class Found:
    """The entities that the query's groups `start:end` name."""

    start: int
    end: int
    text: str
    entities: tuple[tuple[str, int, int], ...]  # (kind, id, articles), the most attested first

    def condition(self, kinds: Sequence[str] | None = None) -> str:
        """The facet condition: an article linked to one of them."""
        tokens = [t for kind, i, _n in self.entities if kinds is None or kind in kinds
                  for t in facets.entity_tokens(kind, [i])]
        return facets.any_of(tokens)

    def by_name(self, store: Store) -> list[tuple[tuple[str, int], ...]]:
        """The entities in groups of one exact name (`Lê Văn Thanh` and `Lê Văn Thành` both answer
        `le van thanh`), the most attested group first."""
        groups: dict[tuple[str, str], list[tuple[str, int]]] = {}
        weight: dict[tuple[str, str], int] = {}
        for kind, entity_id, n in self.entities:
            name = _name(store, kind, entity_id) if kind == "person" else str(entity_id)
            group = (kind, fold_key(name))
            groups.setdefault(group, []).append((kind, entity_id))
            weight[group] = weight.get(group, 0) + n
        return [tuple(groups[g]) for g in sorted(groups, key=lambda g: -weight[g])]


def recognise(store: Store, runs: Sequence[tuple[int, str, int]]) -> list[Found]:
    """The entities named by runs of a query's plain groups: `runs` gives, for each group, its
    index, its text as typed, and its number of words (0 for a group that cannot be part of a
    name: an OR, a prefix). Runs are taken longest first, left to right, without overlaps."""
    if not runs or len(runs) > MAX_GROUPS:
        return []
    spans: dict[tuple[int, int], str] = {}
    for i in range(len(runs)):
        for j in range(i + 1, min(len(runs), i + MAX_SPAN) + 1):
            part = runs[i:j]
            if any(words == 0 for _g, _t, words in part) or part[-1][0] - part[0][0] != j - i - 1:
                break
            text = " ".join(t for _g, t, _w in part)
            if sum(words for _g, _t, words in part) >= 2:
                spans[(part[0][0], part[-1][0] + 1)] = text
    if not spans:
        return []
    named = _lookup(store, set(spans.values()))
    found: list[Found] = []
    taken: set[int] = set()
    for (start, end), text in sorted(spans.items(), key=lambda s: (s[0][0] - s[0][1], s[0][0])):
        entities = named.get(text)
        if entities and not taken.intersection(range(start, end)):
            taken.update(range(start, end))
            found.append(Found(start, end, text, tuple(entities)))
    found.sort(key=lambda f: f.start)
    return found


def _lookup(store: Store, texts: set[str]) -> dict[str, list[tuple[str, int, int]]]:
    """Text -> the entities it names, as (kind, id, articles), the most attested first."""
    out: dict[str, list[tuple[str, int, int]]] = {}

    def add(text: str, kind: str, ids: Sequence[int]) -> None:
        for entity_id in ids:
            if all(e[1] != entity_id or e[0] != kind for e in out.get(text, ())):
                out.setdefault(text, []).append((kind, entity_id, 0))

    for text in texts:
        reference = keys.document_reference(text)
        if reference is not None:
            add(text, "document", documents_by_reference(store, reference, MAX_CARDS))
    # One query per kind and column for all the texts.
    marked = {t for t in texts if keys.has_marks(t)}
    _by_key(store, add, "person", "persons", "name_key", {keys.person_key(t): t for t in marked})
    _by_key(store, add, "person", "persons", "loose_key", {keys.loose_key(t): t for t in texts - marked})
    _by_key(store, add, "organization", "organizations", "key", {keys.org_key(t): t for t in marked})
    _by_key(store, add, "organization", "organizations", "loose_key",
            {keys.loose_key(keys.org_key(t)): t for t in texts - marked})
    provinces: dict[str, str] = {}
    others: dict[str, str] = {}
    for text in texts:
        key = keys.place_key(text, None)[0]
        if key.startswith("province:"):
            provinces[key] = text
        else:
            others[keys.loose_key(text)] = text
    _by_key(store, add, "place", "places", "key", provinces)
    _by_key(store, add, "place", "places", "loose_key", others,
            # A name typed with marks must match them: the place's key opens with its folded name.
            keep=lambda text, key: not keys.has_marks(text) or key.startswith(fold_key(text) + "|"))
    for text, entities in out.items():
        counted = sorted(((kind, i, _articles(store, kind, i)) for kind, i, _n in entities), key=lambda e: -e[2])
        # A name that is mostly a place (`Hà Nội`) and once, by an extraction slip, a person:
        # another kind is kept only when it is not a small fraction of the best (namesakes of one
        # kind all are).
        best_kind, best = counted[0][0], counted[0][2]
        out[text] = [e for e in counted if e[0] == best_kind or e[2] * OTHER_KIND_SHARE >= best]
    return out


_Add = Callable[[str, str, Sequence[int]], None]


def _by_key(store: Store, add: _Add, kind: str, table: str, column: str, wanted: dict[str, str],
            keep: Callable[[str, str], bool] | None = None) -> None:
    wanted = {k: t for k, t in wanted.items() if k}
    if not wanted:
        return
    marks = ", ".join("?" * len(wanted))
    rows = store.all(f"SELECT id, {column}, key FROM {table} WHERE {column} IN ({marks})", tuple(wanted))
    for entity_id, value, key in rows:
        text = wanted[value]
        if keep is None or keep(text, key):
            add(text, kind, [entity_id])


def _articles(store: Store, kind: str, entity_id: int) -> int:
    if kind == "document":
        return int(store.value("SELECT count(*) FROM citations WHERE document_id = ?", (entity_id,), 0))
    return int(store.value("SELECT count(*) FROM resolutions WHERE kind = ? AND entity_id = ?", (kind, entity_id), 0))


def _name(store: Store, kind: str, entity_id: int) -> str:
    table = {"person": "persons", "organization": "organizations", "place": "places"}[kind]
    return str(store.value(f"SELECT name FROM {table} WHERE id = ?", (entity_id,), ""))


# --- cards --------------------------------------------------------------------------------------


def cards(store: Store, found: Sequence[Found]) -> tuple[EntityCard, ...]:
    out: list[EntityCard] = []
    for f in found:
        for kind, entity_id, n in f.entities[:MAX_CARDS]:
            out.append(_card(store, kind, entity_id, n, f.text))
    return tuple(out)


def _card(store: Store, kind: str, entity_id: int, n: int, typed: str) -> EntityCard:
    if kind == "person":
        name, scope = store.one("SELECT name, scope FROM persons WHERE id = ?", (entity_id,)) or ("", None)
        offices = tuple(r[0] + (f", {r[1]}" if r[1] else "") for r in store.all(
            "SELECT o.title, g.name FROM offices AS o LEFT JOIN organizations AS g ON g.id = o.org_id "
            "WHERE o.person_id = ? ORDER BY o.n_articles DESC, o.id LIMIT 3", (entity_id,)))
        return EntityCard(kind, entity_id, name, scope, offices, n, typed)
    if kind == "organization":
        name, parent, place = store.one(
            "SELECT o.name, p.name, pl.name FROM organizations AS o LEFT JOIN organizations AS p ON p.id = o.parent_id "
            "LEFT JOIN places AS pl ON pl.id = o.place_id WHERE o.id = ?", (entity_id,)) or ("", None, None)
        detail = " · ".join(x for x in (f"part of {parent}" if parent else None, place) if x) or None
        return EntityCard(kind, entity_id, name, detail, (), n, typed)
    if kind == "place":
        name, place_kind = store.one("SELECT name, kind FROM places WHERE id = ?", (entity_id,)) or ("", None)
        return EntityCard(kind, entity_id, name, place_kind, (), n, typed)
    label, type_, issuer, year = store.one(
        f"SELECT {DOCUMENT_LABEL}, d.type, d.issuer, coalesce(d.year, substr(d.date, 1, 4)) FROM documents AS d "
        "WHERE d.id = ?", (entity_id,)) or ("", None, None, None)
    detail = " · ".join(x for x in (type_, issuer, year) if x) or None
    return EntityCard(kind, entity_id, label, detail, (), n, typed)
