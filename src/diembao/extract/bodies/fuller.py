"""A central body written short where the same article also writes it in full: `Ban Bí thư`
beside `Ban Bí thư Trung ương Đảng`, `Ủy ban Quốc phòng An ninh` beside `Ủy ban Quốc phòng An ninh
của Quốc hội`, `Ban Đối ngoại Trung ương` beside `Ban Đối ngoại Trung ương Đảng`. The longer
writing only adds what the body is of (the central level, the party, `của Quốc hội`), so the two
are one body, listed once under the fuller name, as the annotators list it. So too a ministry
written by a short writing of its field (`Bộ Giao thông`) where the article also writes the field
in full (`Bộ Giao thông Vận tải`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from diembao.extract.bodies.placed import placed_writings
from diembao.lexicon.bodies import grammar, lexicon, units
from diembao.text import fold, fold_key
from diembao.text.tokens import tokenize

if TYPE_CHECKING:
    from diembao.extract.bodies.grammar import Body

_KINDS = ("central", "board", "named")
_PLACED_KINDS = ("ministry", "department")  # a department written with its place reads as `ministry`


@cache
def _tails() -> frozenset[str]:
    """What a fuller writing may add: a central marker, the party, both, or an `of` parent."""
    party = str(grammar()["party"])
    markers = [fold_key(m) for m in units()["central_markers"]]
    out = {*markers, fold_key(party), *(f"{m} {fold_key(party)}" for m in markers)}
    out.update(fold_key(p) for p in grammar()["of_parents"])
    return frozenset(out)


def fuller_names(bodies: Sequence[Body]) -> dict[str, Body]:
    """Folded short name -> the article's fuller body it is, for every body written both ways."""
    keys = {fold_key(b.name): b for b in bodies if not b.incomplete}
    # A short writing may be a body's own name or only the parent a board names (`Thường trực
    # Ban Bí thư`).
    short = {k for k, b in keys.items() if b.kind in _KINDS}
    short.update(fold_key(p) for b in bodies if not b.incomplete for p in b.parents)
    out: dict[str, Body] = {}
    for key in short:
        for other, full in keys.items():
            if other.startswith(key + " ") and other[len(key) + 1:] in _tails():
                out[key] = full
                break
            # `Phòng Cảnh sát kinh tế` where the article names it with its parent elsewhere
            # (`Phòng Cảnh sát kinh tế Công an TP Đà Nẵng`).
            if full.parents and _a_unit(key) and other == f"{key} {fold_key(full.parents[0])}":
                out[key] = full
                break
    ministries = [b for b in keys.values() if b.kind == "ministry" and b.parents == ()]
    for short_body in ministries:
        key = fold_key(short_body.name)
        field = _field(short_body.name)
        full = next((b for b in ministries if fold_key(b.name).startswith(key + " ") and field is not None
                     and _field(b.name) == field), None)
        if full is not None:
            out.setdefault(key, full)
    # `Sở Xây dựng` completed by the main place (`Sở Xây dựng thành phố Hà Nội`) where the article
    # also writes the department with its place (`Sở Xây dựng Hà Nội`): one body, as written.
    written = {}
    for b in keys.values():
        if not b.implicit and b.kind in _PLACED_KINDS:
            written.setdefault(_unplaced(b.name), b)
    for key, b in keys.items():
        if b.implicit and b.kind == "department" and (w := written.get(_unplaced(b.name))) is not None:
            out.setdefault(key, w)
    _in_full_field(keys, written, out)
    _spelled_out(keys, out)
    placed_writings(bodies, keys, out)
    return out


def _spelled_out(keys: dict[str, Body], out: dict[str, Body]) -> None:
    """`Cục QLXDCT` where the article also writes `Cục Quản lý xây dựng công trình`, `Bộ NN&PTNT`
    beside `Bộ Nông nghiệp và Phát triển nông thôn`: a head and one abbreviation whose letters are
    the initials of another body's words after the same head (connectors skipped, its parent
    left aside) are that body, named as spelled out."""
    connectors = _connectors()
    for key, short in keys.items():
        head, _, abbreviation = short.name.rpartition(" ")
        letters = "".join(ch for ch in abbreviation.casefold() if ch.isalpha())
        if not head or len(letters) < 2 or not abbreviation.isupper() or key in out:
            continue
        for other, full in keys.items():
            own = full.name[:-len(full.parents[0])].rstrip() if full.parents and full.name.endswith(
                " " + full.parents[0]) else full.name
            if other == key or not fold_key(own).startswith(fold_key(head) + " "):
                continue
            words = [w for w in own[len(head):].split() if fold_key(w) not in connectors]
            if "".join(w[0].casefold() for w in words) == letters:
                out[key] = full
                break


@cache
def _connectors() -> frozenset[str]:
    return frozenset(fold_key(c) for c in grammar()["connectors"])


def _in_full_field(keys: dict[str, Body], written: dict[str, Body], out: dict[str, Body]) -> None:
    """`Sở Tài nguyên - Môi trường Yên Bái` where the article also writes the field in full
    (`Sở Tài nguyên và Môi trường tỉnh Yên Bái`, or bare `Sở Tài nguyên và Môi trường` in its
    city): one body, under the field's full writing and the place as written with it."""
    for b in keys.values():
        if b.kind not in _PLACED_KINDS:
            continue
        split = _split_field(b.name)
        if split is None or fold_key(split[1]) != fold_key(split[2]):
            continue  # not the field's full writing
        base = written.get(_unplaced(b.name))
        if base is None:
            continue
        target = b if not b.implicit else None
        if target is None:
            base_split = _split_field(base.name)
            if base_split is None or not base_split[3]:
                continue
            target = replace(base, name=f"{split[0]} {split[1]} {base_split[3]}")
        for other_key, other in keys.items():
            if other_key != fold_key(target.name) and other.kind in _PLACED_KINDS \
                    and _unplaced(other.name) == _unplaced(b.name):
                out[other_key] = target


def _split_field(name: str) -> tuple[str, str, str, str] | None:
    """(head, field as written, the field's full writing, what follows) of a ministry's or
    department's name (`Sở`, `Tài nguyên - Môi trường`, `Tài nguyên và Môi trường`, `Yên Bái`)."""
    tokens = tokenize(name, fold(name))
    lex = lexicon()
    head = lex.ministry_heads.longest(tokens, 0)
    found = lex.domains.longest(tokens, head[0]) if head is not None else None
    if head is None or found is None:
        return None
    cut = [t.start for t in tokens] + [len(name)]
    return (name[:cut[head[0]]].strip(), name[cut[head[0]]:cut[found[0]]].strip(), str(found[1]),
            name[cut[found[0]]:].strip())


@cache
def _unit_heads() -> tuple[str, ...]:
    """Heads of the units named with their parent (`data/orgs/grammar.json` subunit_heads)."""
    return tuple(fold_key(h) for h in grammar()["subunit_heads"])


def _a_unit(key: str) -> bool:
    return any(key.startswith(h + " ") for h in _unit_heads())


def _unplaced(name: str) -> str:
    """A name's words without the administrative words and connectors (`Sở Tài nguyên và Môi
    trường tỉnh Yên Bái` and `Sở Tài nguyên - Môi trường Yên Bái` are one key)."""
    skip = _admin_words()
    return " ".join(w for w in fold_key(name).split() if w not in skip)


@cache
def _admin_words() -> frozenset[str]:
    words = {w for a in units()["admin_words"] for w in fold_key(a).split()}
    words.update(fold_key(c) for c in grammar()["connectors"])
    return frozenset(words)


def _field(name: str) -> str | None:
    """The field a ministry's name writes in full after its head, and nothing after it
    (`Bộ Giao thông Vận tải` -> `Giao thông vận tải`; `Bộ Giao thông Singapore` -> None)."""
    tokens = tokenize(name, fold(name))
    lex = lexicon()
    head = lex.ministry_heads.longest(tokens, 0)
    found = lex.domains.longest(tokens, head[0]) if head is not None else None
    return str(found[1]) if found is not None and found[0] == len(tokens) else None


def as_fuller(body: Body | None, fuller: dict[str, Body]) -> Body | None:
    """The body under its fuller name where the article writes one, its mention kept; so too
    the bodies it belongs to (`Thường trực Ban Bí thư` is of `Ban Bí thư Trung ương Đảng`)."""
    if body is None:
        return None
    full = fuller.get(fold_key(body.name))
    if full is not None:
        body = replace(body, name=full.name, kind=full.kind, parents=full.parents, place=full.place)
    parents = tuple(fuller[fold_key(p)].name if fold_key(p) in fuller else p for p in body.parents)
    if parents == body.parents:
        return body
    # The parent a sub-unit is named with is renamed in its name too (`Cục … Bộ NN&PTNT`); a
    # board keeps its name as written (`Thường trực Ban Bí thư`).
    name = body.name
    if body.kind != "board" and body.parents and name.endswith(" " + body.parents[0]):
        name = f"{name[:-len(body.parents[0])]}{parents[0]}"
    return replace(body, name=name, parents=parents)
