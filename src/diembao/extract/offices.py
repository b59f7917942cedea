"""Offices: which person holds each chain of titles.

Reads the layers `tokens`, `titles` (chains of `TitleSpan`, with their bodies, from
`organizations`) and `person_spans` (from `persons`); writes `Person.positions`.

A chain of titles belongs to a person:
- written right before the name: `Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM Đinh La Thăng`,
  also across `là` and a cue (`Bí thư Tỉnh ủy là ông Phạm Duy Cường`);
- or after it, behind a comma, a dash, a parenthesis or a verb of holding office
  (`data/persons/links.json`): `Võ Văn Bình, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh`,
  `bà Trà là Chủ tịch UBND tỉnh`, `ông Hưng, sinh năm 1971, … đã được bầu giữ chức Bí thư`.
The first reading wins: a chain between two names belongs to the one it stands before.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from itertools import groupby

from diembao.extract.article_units import article_unit, family_bodies, province_committee
from diembao.extract.asides import before_kin
from diembao.extract.doc import Doc
from diembao.extract.led_groups import group_of
from diembao.extract.lexing import capitals, tokens_of, with_tokens
from diembao.extract.persons import PersonSpan
from diembao.extract.planned import planned
from diembao.extract.reasons import Reason, noted

# How far (in tokens) a name may stand from the titles that belong to it.
from diembao.extract.settings import OFFICE_AFTER_GAP as _AFTER_GAP
from diembao.extract.settings import OFFICE_BEFORE_GAP as _BEFORE_GAP
from diembao.extract.spans import OrgSpan, PlaceSpan, TitleSpan
from diembao.extract.stations import station_end
from diembao.lexicon.gazetteer import is_country
from diembao.lexicon.offices import (
    default_bodies,
    described_titles,
    holders_apart,
    links,
    plural_words,
    qualifications,
    unit_heads,
)
from diembao.lexicon.persons import cue_trie, grammar, state_leaders
from diembao.record import Mention, Organization, Person, Position
from diembao.text import fold_key
from diembao.text.tokens import PhraseTrie, Token, token_ranges

# Writings of one body's place that `_loose` makes one (`data/persons/grammar.json`).
_LOOSE = tuple(tuple(pair) for pair in grammar()["loose_writings"])

# How far (in characters) before a unit-head title the unit it heads may be named, and what ends a sentence.
_UNIT_REACH = 160
_SENTENCE_ENDS = (". ", "\n", "; ")

# What may stand right before titles that name the person after a comma (`_named_after_comma`).
_CLAUSE_MARKS = frozenset(",.:;!?-–\"“(")
_CLAUSE_OPENERS = frozenset(grammar()["clause_openers"])
_NAMING_MARKS = frozenset({",", "-", "–"})  # between titles that open a clause and the name they announce
_NOW_WORDS = frozenset(fold_key(w) for w in grammar()["title_now_words"])
_FRONTED_OBJECTS = frozenset(fold_key(w) for w in grammar()["fronted_objects"])
_FRONTED_REACH: int = grammar()["fronted_reach"]
# `…, Giám đốc nghiên cứu tại Saxo Bank`, `…, Ủy viên Trung ương Đảng khóa XII`: the word after a
# lone title names its firm or its term, no verb.
_OF_FIRM = described_titles()[1] | frozenset(fold_key(w) for w in grammar()["title_followers"])

REQUIRES = ("tokens", "capitals", "titles", "person_spans", "places", "persons", "organizations", "orgs")
ASSIGNS = ("persons", "reasons")



def _gap_ok(tokens: Sequence[Token], a: int, b: int, words: PhraseTrie, separators: frozenset[str],
            skip: frozenset[int] = frozenset()) -> bool:
    """Only separators, numbers, cues (`ông`, `đồng chí`), linking words and the tokens in `skip`
    (other titles of the same person) between tokens a and b."""
    k = a
    while k < b:
        if k in skip or tokens[k].low in separators or tokens[k].text.isdigit() or roman_numeral(tokens[k].text):
            k += 1
            continue
        found = _qualification(tokens, k, b) or words.longest(tokens, k) or cue_trie().longest(tokens, k)
        if found is None or found[0] > b:
            return False
        k = found[0]
    return True


_FIELD_WORDS = 4  # at most this many words of a degree's field (`tiến sĩ triết học`)


def _qualification(tokens: Sequence[Token], k: int, b: int) -> tuple[int, bool] | None:
    """A degree written out and its field, up to the next comma before token b."""
    found = qualifications().longest(tokens, k)
    if found is None:
        return None
    end = found[0]
    while end < b and end - found[0] < _FIELD_WORDS and tokens[end].word and not tokens[end].cap:
        end += 1
    return (end, True) if end < b and tokens[end].text == "," else None


def roman_numeral(text: str) -> bool:
    return bool(text) and all(c in "IVXLC" for c in text)


def _subject(tokens: Sequence[Token], chain: Sequence[TitleSpan], placed: frozenset[int] = frozenset()) -> bool:
    """`…, Tổng Bí thư đề nghị`: a lone title without a body, followed by a verb, is the subject
    of the next clause, not an apposition to the name before it; a place after it is no verb
    (`…, Trưởng Công an huyện Cần Đước`)."""
    if len(chain) != 1 or chain[0].org_written:
        return False
    k = chain[0].last
    if k >= len(tokens) or not tokens[k].word or tokens[k].cap or k in placed:
        return False
    if tokens[k].low in _OF_FIRM or " ".join(t.low for t in tokens[k:k + 2]) in _OF_FIRM:
        return False
    return not _unit_named(tokens, chain[0], k)


_UNIT_WORDS = 4  # lower-case words of a unit's name after the title that heads it
_UNIT_ENDS = frozenset(",;-–).")


def _unit_named(tokens: Sequence[Token], t: TitleSpan, k: int) -> bool:
    """`…, trưởng phòng kế toán, …`: the lower-case words after a unit head's title, up to a
    separator or the body the unit belongs to (`Phó phòng tổng hợp HĐND thành phố`), name its unit
    (a verb would run on: `…, Trưởng phòng cho biết rằng …`)."""
    if fold_key(t.title) not in unit_heads():
        return False
    for j in range(k, min(len(tokens), k + _UNIT_WORDS + 1)):
        if tokens[j].text in _UNIT_ENDS or (j > k and (tokens[j].cap or tokens[j].upper)):
            return j > k
        if not tokens[j].word or tokens[j].cap:
            return False
    return False


class PersonIndex:
    """The person spans of a document by position: the first one starting at or after a token,
    the last one ending at or before it, in logarithmic time (an article of thousands of names
    and titles must not pair each title with every name)."""

    def __init__(self, persons: Sequence[PersonSpan]):
        self.by_first = sorted(persons, key=lambda p: (p.first, p.last))
        self.firsts = [p.first for p in self.by_first]
        self.by_last = sorted(persons, key=lambda p: (p.last, p.first))
        self.lasts = [p.last for p in self.by_last]
        self.firsts_of: dict[int, list[int]] = {}  # person -> where their mentions start, in order
        for p in self.by_first:
            self.firsts_of.setdefault(p.person, []).append(p.first)

    def starting_from(self, k: int) -> PersonSpan | None:
        at = bisect_left(self.firsts, k)
        return self.by_first[at] if at < len(self.by_first) else None

    def mention_from(self, person: int, k: int) -> int | None:
        """Where the first mention of `person` at or after token k starts."""
        firsts = self.firsts_of.get(person, [])
        at = bisect_left(firsts, k)
        return firsts[at] if at < len(firsts) else None

    def ending_by(self, k: int) -> PersonSpan | None:
        at = bisect_right(self.lasts, k)
        return self.by_last[at - 1] if at else None


def owner(tokens: Sequence[Token], chain: Sequence[TitleSpan], persons: PersonIndex,
          titled: frozenset[int], placed: frozenset[int] = frozenset()) -> int | None:
    """The person a chain of titles belongs to, or None: the nearest name after the chain, else
    the nearest before it. `titled`: token indices inside titles; `placed`: inside place names
    (`Ngoại trưởng Iran Mohammad Javad Zarif`)."""
    before, after, separators = links()
    first, last = chain[0].first, chain[-1].last
    posted = station_end(tokens, last, placed)  # `Đại sứ Việt Nam tại Nhật Bản Nguyễn A`
    nxt = persons.starting_from(posted)
    if nxt is not None and nxt.first - posted <= _BEFORE_GAP and \
            _gap_ok(tokens, posted, nxt.first, before, frozenset(), placed):
        return nxt.person
    nxt = persons.starting_from(last)
    p = persons.ending_by(first)
    if p is not None and (k := _verb_before(tokens, first, after)) is not None and \
            (kin := before_kin(tokens, persons.ending_by, k)) is not None:
        # `ông A - con trai Phó Bí thư Huyện ủy B - làm Trưởng phòng …`: the verb is A's
        return kin.person
    if p is not None and not _subject(tokens, chain, placed):
        if first - p.last > 4 * _AFTER_GAP:
            return None  # too far even if the titles between were skipped
        gap = [k for k in range(p.last, first) if k not in titled and tokens[k].word
               and not tokens[k].text.isdigit() and not roman_numeral(tokens[k].text)]
        if len(gap) <= _AFTER_GAP and _gap_ok(tokens, p.last, first, after, separators, titled | _bracketed(
                tokens, p.last, first, placed)) and not _bracket_closes(tokens, p.last, first):
            return p.person
    return _named_after_comma(tokens, first, last, nxt)


def _bracketed(tokens: Sequence[Token], a: int, b: int, placed: frozenset[int]) -> frozenset[int]:
    """The place names in brackets between tokens a and b: a deputy's constituency (`Đại biểu A
    (Quảng Ninh), Trưởng Ban Tổ chức Trung ương`)."""
    depth = 0
    out: set[int] = set()
    for k in range(a, b):
        depth += (tokens[k].text == "(") - (tokens[k].text == ")")
        if depth > 0 and k in placed:
            out.add(k)
    return frozenset(out)


def _bracket_closes(tokens: Sequence[Token], a: int, b: int) -> bool:
    """A bracket closes between tokens a and b that opened before a: the name before it stands in
    an aside (`bà A (vợ ông B), Hiệu trưởng …` is A's office, not B's)."""
    depth = 0
    for k in range(a, b):
        depth += (tokens[k].text == "(") - (tokens[k].text == ")")
        if depth < 0:
            return True
    return False


def _verb_before(tokens: Sequence[Token], first: int, verbs: PhraseTrie) -> int | None:
    """Where the verb of holding office that ends right before token `first` starts, or None."""
    for size in (3, 2, 1):
        k = first - size
        if k >= 0 and (found := verbs.longest(tokens, k)) is not None and found[0] == first:
            return k
    return None


def _apart(tokens: Sequence[Token], chain: list[TitleSpan], persons: PersonIndex,
           titled: frozenset[int], placed: frozenset[int]) -> list[list[TitleSpan]]:
    """The run of titles as one chain, or as two where `và` parts two holders: a name stands
    right before the run (a comma or dash between) and another right after it (`A, Bộ trưởng Bộ
    Quốc phòng và Bí thư Thành ủy Hà Nội B`)."""
    if len(chain) < 2:
        return [chain]
    first, last = chain[0].first, chain[-1].last
    posted = station_end(tokens, last, placed)
    before, after = persons.ending_by(first), persons.starting_from(posted)
    if before is None or after is None or after.first != posted or before.person == after.person:
        return [chain]
    _, _, separators = links()
    if not all(tokens[k].text in separators for k in range(before.last, first)) or before.last == first:
        return [chain]
    apart = holders_apart()
    for n in range(len(chain) - 1, 0, -1):
        if any(tokens[k].low in apart for k in range(chain[n - 1].last, chain[n].first) if k not in titled):
            return [chain[:n], chain[n:]]
    return [chain]


def _named_after_comma(tokens: Sequence[Token], first: int, last: int, nxt: PersonSpan | None) -> int | None:
    """`Chủ tịch UBND tỉnh Hà Tĩnh, ông Nguyễn Văn An cho biết`: titles that open a clause and
    belong to no name before them, then a comma and a cue (or a dash, a cue or not), name the
    person after. Only as a last
    reading (in `ông A, Bí thư Tỉnh ủy, ông B` the titles are A's), and not after a word that
    makes the titles an object (`Báo cáo với Bí thư Thành ủy, bà A cho biết`, `Theo quyết định
    của Thủ tướng, ông B`): only a clause's start or `theo` (data/persons/links.json) may stand
    before them."""
    for size in (2, 1):
        if " ".join(t.low for t in tokens[last:last + size]) in _NOW_WORDS:
            last += size  # `Chủ tịch UBND TP Hà Nội hiện nay, ông A`
            break
    if nxt is None or last >= len(tokens) or tokens[last].text not in _NAMING_MARKS:
        return None
    cue = cue_trie().longest(tokens, last + 1)
    if tokens[last].text != "," and cue is not None and cue[0] == nxt.first and not _fronted(tokens, first):
        # `làm việc với Chủ tịch UBND huyện - ông A về …`: a dash and a form of address set the
        # holder beside the titles even where they are an object, inside the clause
        return nxt.person
    opens = first == 0 or tokens[first - 1].text in _CLAUSE_MARKS or \
        tokens[first].start - tokens[first - 1].end > 1 or tokens[first - 1].low in _CLAUSE_OPENERS
    if not opens:
        return None
    if tokens[last].text != "," and nxt.first == last + 1:
        return nxt.person  # `…, Bí thư Thành ủy - Đinh La Thăng kêu gọi …`
    return nxt.person if cue is not None and cue[0] == nxt.first else None


def _fronted(tokens: Sequence[Token], first: int) -> bool:
    """The titles starting at token `first` are the object of a phrase that opens the clause
    (`Báo cáo với Tổng Bí thư - …`): a fronted object word right before them, a few words at most
    after the clause's start."""
    k = first - 1
    if k < 0 or fold_key(tokens[k].text) not in _FRONTED_OBJECTS:
        return False
    for j in range(k - 1, max(-1, k - 2 - _FRONTED_REACH), -1):
        if tokens[j].text in _CLAUSE_MARKS or tokens[j + 1].start - tokens[j].end > 1:
            return True
    return k <= _FRONTED_REACH


def annotate(doc: Doc) -> Doc:
    doc = with_tokens(doc)
    tokens = tokens_of(doc)
    titles: Sequence[TitleSpan] = doc.layers.titles or ()
    persons: Sequence[PersonSpan] = doc.layers.person_spans or ()
    if not titles or not persons:
        return doc
    titled = frozenset(k for t in titles for k in range(t.first, t.last))
    places = doc.layers.places or ()
    placed = frozenset(k for a, b in token_ranges(tokens, places) if a is not None for k in range(a, b)) | \
        frozenset(k for k in capitals(doc) if is_country(tokens[k].text))
    bodies_of = _bodies_by_title(titles)
    family = family_bodies(titles, _loose)
    orgs: Sequence[OrgSpan] = sorted(doc.layers.orgs or (), key=lambda o: o.end)
    org_ends = [o.end for o in orgs]
    found: dict[int, list[Position]] = {}
    reasons: list[Reason] = []
    index = PersonIndex(persons)
    countries = _countries(tokens, places, placed)
    abroad_of: dict[tuple[int, str], str | None] = {}  # (person, title) -> the body it has abroad
    soft: list[tuple[int, int]] = []  # (person, position index): bodies neither written nor foreign
    runs = (part for _, group in groupby(titles, key=lambda t: t.chain)
            for part in _apart(tokens, list(group), index, titled, placed))
    for chain in runs:
        who = owner(tokens, chain, index, titled, placed)
        if who is None:
            continue
        chain = _held_part(tokens, chain, doc.text)
        side = _side(index, chain, who, station_end(tokens, chain[-1].last, placed))
        # Only titles standing before their holder's name can have a country between them: after
        # the name, the next mention of the person may be paragraphs on, past any country.
        country = _abroad(chain[-1], index, who, countries) if side == "titles before the name" else None
        if side != "titles before the name" and (k := _verb_before(tokens, chain[0].first, links()[1])) is not None \
                and planned(tokens, k, doc.text):
            continue  # `ông A, Phó Bí thư Tỉnh ủy, được giới thiệu … giữ chức Chủ nhiệm …`: not held yet
        holders = [(who, side)]
        if side == "titles before the name" and _plural(tokens, chain):
            holders += [(k, f"{side}; a name listed after a plural title") for k in _listed(tokens, index, chain)]
        for (who, side), t in ((h, t) for h in holders for t in chain):
            mention = Mention(t.start, t.end, doc.text[t.start:t.end])
            org = t.org if t.org is not None else group_of(tokens, doc.text, doc.layers.orgs or (), t) or \
                bodies_of.get(fold_key(t.title)) or _unit_before(doc, orgs, org_ends, t) or article_unit(orgs, t) \
                or ((family.get(fold_key(t.title)) or province_committee(orgs, t, _loose)) if _bare(tokens, t, index)
                    else None)
            if t.org is None and fold_key(doc.article.persons[who].name) in state_leaders():
                org = None  # `Chủ tịch Hồ Chí Minh`: the state's office, of no body (GUIDELINES)
            rule = side if t.org is not None or org is None else f"{side}; body from another mention of the title"
            if country is not None:
                org = _foreign_body(t, country[1], tokens, country[0])
                rule = f"{side}; a foreign country's office"
                abroad_of[(who, fold_key(t.title))] = org
            elif not t.org_written:
                soft.append((who, len(found.get(who, []))))
            found.setdefault(who, []).append(Position(t.title, org, (mention,)))
            reasons.append(Reason("positions", (doc.article.persons[who].name, t.title, org), rule))
    for who, n in soft:
        # `Thủ tướng Lào Thongloun Sisoulith` … `Thủ tướng Thongloun Sisoulith`: the second is Lào's too.
        position = found[who][n]
        key = (who, fold_key(position.title))
        if key in abroad_of:
            found[who][n] = replace(position, org=abroad_of[key])
    people = tuple(replace(p, positions=merged(found.get(k, []))) for k, p in enumerate(doc.article.persons))
    doc = noted(doc, reasons)
    return doc.with_article(persons=people, organizations=with_position_orgs(doc.article.organizations, people))


def _held_part(tokens: Sequence[Token], chain: list[TitleSpan], text: str) -> list[TitleSpan]:
    """The chain up to a verb of office inside it that names an office only proposed (`được giới
    thiệu vào các chức danh …: ông A, Phó Bí thư Tỉnh ủy giữ chức Chủ nhiệm …`)."""
    for n in range(1, len(chain)):
        gap = next((k for k in range(chain[n - 1].last, chain[n].first) if tokens[k].word), None)
        if gap is not None and planned(tokens, gap, text):
            return chain[:n]
    return chain


def _side(index: PersonIndex, chain: Sequence[TitleSpan], who: int, posted: int) -> str:
    """Which of `owner`'s readings gave the chain to its person, for `--explain` (`posted`: where
    a name may start after the chain's station, `stations.station_end`)."""
    nxt = index.starting_from(posted)
    if nxt is not None and nxt.person == who and nxt.first - posted <= _BEFORE_GAP:
        return "titles before the name"
    return "titles after the name"


def _plural(tokens: Sequence[Token], chain: Sequence[TitleSpan]) -> bool:
    """`các Phó Chủ tịch UBND tỉnh A, B`, `bốn Thứ trưởng gồm các ông A, B`: the chain is
    every listed name's."""
    before, after, _joins = plural_words()
    k, last = chain[0].first - 1, chain[-1].last
    if k >= 0 and (fold_key(tokens[k].text) in before or tokens[k].text.isdigit()):
        return True
    return after.longest(tokens, last) is not None


def _listed(tokens: Sequence[Token], persons: PersonIndex, chain: Sequence[TitleSpan]) -> list[int]:
    """The names after the first one that a plural chain stands before, as long as only commas,
    joining words and cues (`ông`, `bà`) stand between them."""
    _before, _after, joins = plural_words()
    out: list[int] = []
    p = persons.starting_from(chain[-1].last)
    while p is not None:
        k = p.last
        while k < len(tokens) and fold_key(tokens[k].text) in joins:
            k += 1
        cue = cue_trie().longest(tokens, k) if k < len(tokens) else None
        if cue is not None:
            k = cue[0]
        nxt = persons.starting_from(k)
        if k == p.last or nxt is None or nxt.first != k:
            break
        if nxt.person not in out:
            out.append(nxt.person)
        p = nxt
    return out


def _countries(tokens: Sequence[Token], places: Sequence[PlaceSpan],
               placed: frozenset[int]) -> list[tuple[int, int, str]]:
    """(first token, token after, name) of every country written, in order."""
    spans = {a: (b, p.name) for p, (a, b) in zip(places, token_ranges(tokens, places), strict=True)
             if a is not None and p.kind == "country"}
    for k in placed:
        if k not in spans and is_country(tokens[k].text):
            spans[k] = (k + 1, tokens[k].text)
    return sorted((a, b, name) for a, (b, name) in spans.items())


def _abroad(last: TitleSpan, persons: PersonIndex, who: int,
            countries: Sequence[tuple[int, int, str]]) -> tuple[int, str] | None:
    """A country written between the titles and the name: the office is that country's.
    Returns where the country stands and its name."""
    holder = persons.mention_from(who, last.last)
    at = bisect_left(countries, (last.last, -1, ""))
    if holder is None or at >= len(countries) or countries[at][0] >= holder:
        return None
    return countries[at][0], countries[at][2]


def _foreign_body(t: TitleSpan, country: str, tokens: Sequence[Token], where: int) -> str | None:
    """The body of a title held abroad: the convention's body keyed with the country
    (`Thủ tướng Anh` -> `Chính phủ Anh`), a body written right before the country completed
    with it (`Chủ tịch Quốc hội Cuba`), a body written with a country of its own kept, and none
    for an office of the state (`Tổng thống`, `Chủ tịch`)."""
    if t.org_written:
        if t.org and where == t.last and not _names_country(t.org, country):
            return f"{t.org} {country}"
        return t.org
    body = default_bodies().get(fold_key(t.title))
    return f"{body} {country}" if body else None


def _names_country(org: str, country: str) -> bool:
    return fold_key(country) in fold_key(org)


def _bare(tokens: Sequence[Token], t: TitleSpan, persons: PersonIndex) -> bool:
    """A title with no body written after it: not one the grammar left incomplete (`Phó Bí thư
    Đảng ủy`), nor one before a capitalised word that is no person's name (`Bí thư Chi bộ 5A`)."""
    if t.org_written:
        return False
    k = t.last
    if k >= len(tokens) or not (tokens[k].cap or tokens[k].upper):
        return True
    nxt = persons.starting_from(k)
    return nxt is not None and nxt.first == k


def _unit_before(doc: Doc, orgs: Sequence[OrgSpan], ends: Sequence[int], t: TitleSpan) -> str | None:
    """`Tổng cục Đường bộ Việt Nam: Tổng cục trưởng Nguyễn Văn A`, `Lãnh đạo Bộ Y tế gồm … Thứ
    trưởng B`: a unit-head title without a body heads the nearest unit of its kind written
    before it in the same sentence."""
    head = unit_heads().get(fold_key(t.title))
    if head is None:
        return None
    at = bisect_right(ends, t.start)
    for o in reversed(orgs[max(0, at - 3):at]):
        between = doc.text[o.end:t.start]
        if t.start - o.end > _UNIT_REACH or any(mark in between for mark in _SENTENCE_ENDS):
            return None
        if fold_key(o.name).startswith(head + " "):
            return o.name
    return None


def _bodies_by_title(titles: Sequence[TitleSpan]) -> dict[str, str]:
    """A title that the article writes with one body only: `Bí thư Nguyễn Thiện Nhân` in an
    article that also says `Bí thư Thành ủy TP.HCM` is that Bí thư."""
    orgs: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for t in titles:
        if t.org:
            key = fold_key(t.title)
            orgs.setdefault(key, set()).add(_loose(t.org))
            names.setdefault(key, t.org)
    return {k: names[k] for k, v in orgs.items() if len(v) == 1}


def _loose(name: str) -> str:
    """A key under which `Thành ủy TP.HCM` and `Thành ủy TP Hồ Chí Minh` are one body."""
    key = fold_key(name).replace(*_LOOSE[0]).replace(*_LOOSE[1])
    return "".join(ch for ch in key if ch.isalnum())


def with_position_orgs(orgs: Sequence[Organization], persons: Sequence[Person]) -> tuple[Organization, ...]:
    """Bodies that only a position names (`Thủ tướng` -> Chính phủ) are bodies of the article too."""
    known = {fold_key(o.name) for o in orgs}
    out = list(orgs)
    for person in persons:
        for position in person.positions:
            if position.org and fold_key(position.org) not in known:
                known.add(fold_key(position.org))
                out.append(Organization(position.org, None, ()))
    return tuple(out)


def merged(found: Sequence[Position]) -> tuple[Position, ...]:
    """Each (title, body) once, with all its mentions; a title without a body is dropped when the
    same title is also recorded with one."""
    by_key: dict[tuple[str, str], Position] = {}
    for p in found:
        key = (fold_key(p.title), fold_key(p.org or ""))
        if key in by_key:
            old = by_key[key]
            by_key[key] = replace(old, mentions=old.mentions + p.mentions)
        else:
            by_key[key] = p
    with_org = {t for t, o in by_key if o}
    return tuple(p for (t, o), p in by_key.items() if o or t not in with_org)
