"""The vocabulary of persons and their offices (`data/persons/`): office titles with the bodies
they imply, the cue words that announce a name, surnames, and words that look like names but are
not."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any

from diembao.lexicon.files import load_json, load_lines, load_tsv
from diembao.text import fold_key
from diembao.text.tokens import PhraseTrie

# Words before a title that say it is held no longer or not yet; `cố` (late) is dropped.
STATUS_WORDS = {"nguyên": "nguyên", "cựu": "cựu", "tân": None, "cố": None}
# Words before a title that the annotators keep with it as written: an acting holder and a rank
# equal to the office (`quyền Cục trưởng`, `hàm Vụ trưởng`); after a status word too (`cựu quyền
# Cục trưởng`).
KEPT_PREFIXES = frozenset({"quyền", "hàm"})
# A word between a status word and its title (`ông A nguyên là Ủy viên Trung ương`: `nguyên Ủy viên`).
STATUS_LINKS = frozenset({"là"})


@dataclass(frozen=True, slots=True)
class TitleEntry:
    title: str
    fixed_org: str | None
    default_org: str | None  # "-" means an explicit null
    unit: str | None
    place_org: str | None


@cache
def title_rows() -> tuple[Mapping[str, str], ...]:
    """The rows of `data/persons/titles.tsv`, read once for the tables made from them."""
    return load_tsv("persons/titles.tsv", ("title", "phrases", "fixed_org", "default_org", "unit", "place_org"))


@cache
def title_trie() -> PhraseTrie:
    trie = PhraseTrie()
    for row in title_rows():
        entry = TitleEntry(
            title=row["title"],
            fixed_org=row.get("fixed_org") or None,
            default_org=row.get("default_org") or None,
            unit=row.get("unit") or None,
            place_org=row.get("place_org") or None,
        )
        phrases = [p.strip() for p in (row.get("phrases") or "").split("|") if p.strip()]
        # The title itself means the first row that records it without a body of its own; a row
        # whose phrases name the unit it heads (`Thành viên HĐQT`) does not make the bare title one.
        if not entry.fixed_org and not (entry.unit and phrases) and entry.title not in trie:
            phrases.append(entry.title)
        for phrase in phrases:
            trie.add(phrase, entry)
    return trie


@cache
def cue_trie() -> PhraseTrie:
    trie = PhraseTrie()
    for row in load_tsv("persons/cues.tsv", ("cue", "kind")):
        trie.add(row["cue"], row["kind"])
    return trie


@cache
def surnames() -> frozenset[str]:
    return frozenset(fold_key(s) for s in load_lines("persons/surnames.txt"))


@cache
def thing_words() -> PhraseTrie:
    trie = PhraseTrie()
    for word in load_lines("persons/not_names.txt"):
        trie.add(word, True)
    return trie


@cache
def year_names() -> frozenset[str]:
    return frozenset(fold_key(x) for x in load_lines("persons/year_names.txt"))


@cache
def not_name_syllables() -> frozenset[str]:
    return frozenset(load_lines("persons/not_name_syllables.txt"))


@cache
def time_syllables() -> tuple[frozenset[str], frozenset[str]]:
    """(the parts of the day that may open a sentence or end a name, the words after one that
    make it the sentence's time): `data/persons/time_syllables.txt`."""
    rows = [line.split("\t") for line in load_lines("persons/time_syllables.txt")]
    return (frozenset(w for role, w in rows if role == "word"), frozenset(w for role, w in rows if role == "after"))


@cache
def grammar() -> dict[str, Any]:
    """The person and office stages' own words by role (`data/persons/grammar.json`)."""
    return load_json("persons/grammar.json", ("credit_words", "admin_starts", "loose_writings"))  # type: ignore[no-any-return]


def credit_words() -> tuple[str, ...]:
    """The words before a colon that credit a photo or a source (`Ảnh:`, `Nguồn:`)."""
    return tuple(grammar()["credit_words"])


@cache
def street_words() -> tuple[PhraseTrie, PhraseTrie, frozenset[str], frozenset[str]]:
    """Street heads, the words before a house number, the words that keep a list of street
    names going, and the words after which a head is part of another word
    (`data/persons/streets.json`)."""
    data = load_json("persons/streets.json", ("heads", "numbered", "links", "not_after"))
    heads, numbered = PhraseTrie(), PhraseTrie()
    for word in data["heads"]:
        heads.add(word, True)
    for word in data["numbered"]:
        numbered.add(word, True)
    return (heads, numbered, frozenset(fold_key(w) for w in data["links"]),
            frozenset(fold_key(w) for w in data["not_after"]))


@cache
def noun_surnames() -> frozenset[str]:
    """Family names that also head a body (`Đoàn`): `data/persons/noun_surnames.txt`."""
    return frozenset(fold_key(s) for s in load_lines("persons/noun_surnames.txt"))


@cache
def street_leads() -> frozenset[str]:
    """Words between a street head and its list's first name (`data/persons/streets.json`)."""
    return frozenset(fold_key(w) for w in load_json("persons/streets.json", ("leads",))["leads"])


@cache
def foreign_surnames() -> frozenset[str]:
    """Chinese family names read in Sino-Vietnamese that also start a body (`Tập`)."""
    return frozenset(fold_key(s) for s in load_lines("persons/foreign_surnames.txt"))


@cache
def foreign_particles() -> frozenset[str]:
    """Lower-case particles of foreign names (`al`, `bin`, `van`): `data/persons/foreign_particles.txt`."""
    return frozenset(load_lines("persons/foreign_particles.txt"))


@cache
def club_words() -> frozenset[str]:
    """Words of football clubs and leagues (`United`, `Madrid`): `data/persons/club_words.txt`."""
    return frozenset(fold_key(s) for s in load_lines("persons/club_words.txt"))


@cache
def title_heads() -> frozenset[str]:
    """Family names that also head office titles (`Phó`): see `data/persons/title_heads.txt`."""
    return frozenset(fold_key(s) for s in load_lines("persons/title_heads.txt"))


@cache
def title_tail_pairs() -> frozenset[tuple[str, str]]:
    """(syllable, next syllable) of the office titles and cues whose next syllable is written in
    lower case (`thống đốc` of `Thống đốc`, `đô đốc` of `Phó Đô đốc`), folded: taken from the
    tables, so a new title brings its own, and from `data/persons/title_tails.txt` (`Phó Trưởng khoa`)."""
    phrases: list[str] = []
    for row in title_rows():
        phrases.extend((row["title"], *(row.get("phrases") or "").split("|")))
    phrases.extend(row["cue"] for row in load_tsv("persons/cues.tsv", ("cue", "kind")))
    phrases.extend(load_lines("persons/title_tails.txt"))
    out: set[tuple[str, str]] = set()
    for phrase in phrases:
        words = phrase.split()
        out.update((fold_key(a), fold_key(b)) for a, b in pairwise(words) if b[:1].islower())
    return frozenset(out)


@cache
def apposition() -> dict[str, frozenset[str]]:
    """`marks` and `and_words` of `data/persons/apposition.json`: how a foreign name is announced
    by what stands after it or beside it rather than by a cue before it."""
    data = load_json("persons/apposition.json")
    return {key: frozenset(fold_key(w) for w in data[key]) for key in ("marks", "and_words")}


@cache
def stateless_titles() -> frozenset[str]:
    """The offices of no body (`default_org` `-` in `titles.tsv`: `Chủ tịch nước`), folded: one
    holder at a time, so the title alone says which office a person holds."""
    rows = title_rows()
    return frozenset(fold_key(row["title"]) for row in rows if row.get("default_org") == "-")


def office_of_no_body(title: str) -> str | None:
    """The folded title of a stateless office, whatever status word stands before it (`nguyên
    Chủ tịch nước` -> `chủ tịch nước`); None for any other title."""
    words = fold_key(title).split()
    while words and (words[0] in STATUS_WORDS or words[0] in KEPT_PREFIXES):
        words = words[1:]
    key = " ".join(words)
    return key if key in stateless_titles() else None


@cache
def company_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Company heads, the syllables of a company's kind and trade, and those of them that do not
    stand right before its name (`data/persons/companies.json`)."""
    table = load_json("persons/companies.json", ("heads", "words", "not_last"))
    return (frozenset(fold_key(h) for h in table["heads"]), frozenset(fold_key(w) for w in table["words"]),
            frozenset(fold_key(w) for w in table["not_last"]))



@cache
def list_announcers() -> frozenset[str]:
    """Folded words and two-word phrases that say a list lists places or streets: the
    administrative words, the street heads and `data/persons/name_lists.json`."""
    from diembao.lexicon.places import admin_words

    heads = load_json("persons/streets.json", ("heads",))["heads"]
    extra = load_json("persons/name_lists.json", ("announcers",))["announcers"]
    phrases = (fold_key(p) for p in [w.word for w in admin_words()] + list(heads) + list(extra))
    # One letter (`P.`, `Q.`) is as often an initial; `tuyến` and `nhà` stand in any list.
    return frozenset(p for p in phrases if p.count(" ") <= 1 and len(p) > 1 and p not in {"tuyến", "nhà"})


@cache
def shared_surnames() -> frozenset[str]:
    """Family names that other nations share (`data/persons/shared_surnames.txt`)."""
    return frozenset(load_lines("persons/shared_surnames.txt"))


@cache
def union_bodies() -> frozenset[tuple[str, ...]]:
    """Youth unions named by level and a word that is also a family name (`data/persons/union_bodies.txt`)."""
    return frozenset(tuple(fold_key(line).split()) for line in load_lines("persons/union_bodies.txt"))


@cache
def credit_before() -> re.Pattern[str]:
    """A photo's or a source's credit (`ảnh:`, `nguồn:`) ending where the folded text is searched
    up to: the name after it is the photographer's (the person stage's `credit_words`)."""
    words = "|".join(map(re.escape, credit_words()))
    return re.compile(rf"(?<!\w)(?:{words}) ?: ?$")


@cache
def state_leaders() -> frozenset[str]:
    """Folded names of the leaders whose bare `Chủ tịch` is the state's (`data/persons/grammar.json`)."""
    return frozenset(fold_key(n) for n in grammar().get("state_leaders", ()))
