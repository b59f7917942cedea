"""Persons: Vietnamese full names, masked names, foreign names, and later short mentions.

Reads the layers `tokens`, `places` and `orgs`; writes `Article.persons` (names and mentions;
positions come from the `offices` stage), the layer `person_spans` (tuple of `PersonSpan`, in
text order: every mention with the index of its person) and drops the locations that turn out to
be inside a person's name (`Thái Bình` in `Nguyễn Thái Bình`).

A name is a run of capitalised syllables:
- starting with a family name from `data/persons/surnames.txt`, 2-5 syllables; or
- right after a cue (`ông`, `bà`, `đồng chí`, a rank, a degree: `data/persons/cues.tsv`) or an
  office title (`Tổng thống Donald Trump`), whatever its first syllable.
A run that a place or a body already covers is a thing, not a person (`TP Hồ Chí Minh`,
`Trường THPT Nguyễn Du`), as is one after a thing word (`tư tưởng Hồ Chí Minh`, `đường Lê
Lợi`: `data/persons/not_names.txt`), unless a cue or a title says otherwise (`Chủ tịch Hồ Chí
Minh`). A run that is exactly a place's name is that place (`Hà Nội`, `Cao Bằng`).

Short mentions (`ông Bình`, `bà Trà`, `Tổng thống Trump`) belong to the nearest full name whose
last syllables they repeat, preferring one written before them.
"""

from __future__ import annotations

import re
from bisect import insort
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from diembao.extract import (
    companies,
    name_lists,
    name_shapes,
    name_suffixes,
    name_things,
    phrase_names,
    streets,
    titles,
)
from diembao.extract.bodies.grammar import _breaking_heads, body_start_words
from diembao.extract.doc import Doc
from diembao.extract.lexing import capitals, starts_of, tokens_of, with_tokens
from diembao.extract.reasons import Reason, noted
from diembao.extract.settings import PERSON_MAX_NAME as MAX_NAME
from diembao.extract.spans import OrgSpan, PlaceSpan, nearest
from diembao.extract.titles import TitleIndex, title_index, with_title_index
from diembao.lexicon.bodies import lexicon
from diembao.lexicon.gazetteer import is_country
from diembao.lexicon.persons import (
    apposition,
    cue_trie,
    foreign_surnames,
    grammar,
    not_name_syllables,
    surnames,
    time_syllables,
    title_heads,
    title_tail_pairs,
    year_names,
)
from diembao.record import Location, Mention, Person
from diembao.text import fold_key
from diembao.text.syllables import is_syllable
from diembao.text.tokens import Token, index_at, token_ranges

REQUIRES = ("tokens", "capitals", "places", "place_blocks", "orgs", "locations")
ASSIGNS = ("persons", "locations", "person_spans", "title_index", "reasons")

# The stage's own words (`data/persons/grammar.json`).
_CREDIT_WORDS = frozenset(grammar()["credit_words"])
_ADMIN_STARTS = frozenset(grammar()["admin_starts"])
_APPOSITION = apposition()["marks"]
_AND = apposition()["and_words"]
_QUOTE_ENDS = frozenset({'"', "”", "’", "'"})


def trigger_words() -> tuple[frozenset[str], ...]:
    """The words this stage looks up (collected by `diembao.extract.pipeline.Pipeline` for lexing)."""
    return (*titles.trigger_words(), streets.trigger_words())


@dataclass(frozen=True, slots=True)
class PersonSpan:
    start: int  # character offsets
    end: int
    first: int  # token indices
    last: int  # token index after the mention
    person: int  # index into Article.persons
    full: bool  # a full name, not a short mention


@dataclass(slots=True)
class _Candidate:
    first: int
    last: int
    cued: bool  # a cue or a title stands right before it
    honorific: bool = False  # the cue is a form of address (`ông`, `bà`, `anh`, `cô giáo`)


def _runs(tokens: Sequence[Token], capitalised: Sequence[int]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised syllables, one space apart, as token index ranges."""
    not_names = not_name_syllables()
    times, dating = time_syllables()
    # A name syllable is capitalised, then lower case (`Bình`), or a lone initial (`A`). This runs on
    # every capitalised token of every article, so it is written inline.
    names = [i for i in capitalised
             if ((text := tokens[i].text)[1:].islower() and text.isalpha() and tokens[i].low not in not_names
                 and not (tokens[i].low in times and _dates_sentence(tokens, i, dating)))
             or (len(text) == 1 and text.isalpha())]
    runs: list[tuple[int, int]] = []
    foreign = _Foreign(tokens)
    for i in names:
        joined = runs and ((runs[-1][1] == i and tokens[i].start - tokens[i - 1].end <= 1)
                           or (runs[-1][1] == i - 1 and _across_initial(tokens, runs[-1][0], i, foreign)))
        if joined:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs



def _dates_sentence(tokens: Sequence[Token], i: int, dating: frozenset[str]) -> bool:
    """`Sáng 10-11`, `Chiều nay`: a part of the day that opens a sentence, not a given name
    (`Nguyễn Hữu Sáng, Giám đốc …`)."""
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return nxt.text[:1].isdigit() or nxt.low in dating


def _name_limit(tokens: Sequence[Token], k: int, b: int) -> int:
    """Where a name starting at token k ends at the latest: `MAX_NAME` words, the dots of
    initials not counted (`George H.W. Bush`)."""
    end, words = k, 0
    while end < b and words < MAX_NAME:
        words += tokens[end].word
        end += 1
    return end


class _Foreign:
    """Whether a run of name tokens holds a foreign syllable (more than one letter, no Vietnamese
    syllable), read as far as asked and no further twice: a run joined across many initials is
    still read once."""

    def __init__(self, tokens: Sequence[Token]):
        self.tokens = tokens
        self.run, self.read, self.found = -1, -1, False

    def before(self, first: int, end: int) -> bool:
        """Whether tokens[first:end] hold one (for the run that starts at `first`)."""
        if self.run != first:
            self.run, self.read, self.found = first, first, False
        while not self.found and self.read < end:
            text = self.tokens[self.read].text
            self.found = len(text) > 1 and not is_syllable(text)
            self.read += 1
        return self.found


def _across_initial(tokens: Sequence[Token], first: int, i: int, foreign: _Foreign) -> bool:
    """`George W. Bush`, `John F. Kennedy`: a foreign name goes on after a middle initial and its
    dot. Only where the name is foreign (a syllable of it is no Vietnamese one): `Nguyễn Văn A.`
    ends a sentence before the next capital."""
    dot, initial = tokens[i - 1], tokens[i - 2]
    if dot.text != "." or dot.start != initial.end or tokens[i].start - dot.end > 1:
        return False
    if len(initial.text) != 1 or not ("A" <= initial.text <= "Z") or i - 2 <= first:
        return False
    return foreign.before(first, i - 2) and (len(tokens[i].text) == 1 or not is_syllable(tokens[i].text))


class _Coverage:
    """Which tokens places and bodies cover, by token index."""

    def __init__(self, tokens: Sequence[Token], places: Sequence[PlaceSpan], orgs: Sequence[OrgSpan]):
        self.place: dict[int, tuple[int, int]] = {}
        self.org: dict[int, tuple[int, int]] = {}
        for spans, table in ((places, self.place), (orgs, self.org)):
            for a, b in token_ranges(tokens, spans):
                if a is None:
                    continue
                for k in range(a, b):
                    table[k] = (a, b)


def _cue_before(i: int, cover: _Coverage, index: TitleIndex) -> bool:
    """A cue or an office title ends right before token `i`, directly or across the body or
    place it names (`Tổng thống Mỹ Donald Trump`, `Chủ tịch UBND TP.HCM Lê Thanh Liêm`)."""
    if i in index.ends or i in index.cue_ends:
        return True
    span = cover.org.get(i - 1) or cover.place.get(i - 1)
    return span is not None and span[1] == i and (span[0] in index.ends or span[0] in index.cue_ends)


def _body_head(tokens: Sequence[Token], k: int) -> bool:
    """`Chánh văn phòng Sở Giáo dục`: a run that starts a body is not a name, unless its first
    syllable is also a family name; `Phó Giám đốc Công ty liên doanh …`: nor is one whose word
    opens a company's head with the lower-case word after it, family name or not."""
    low = tokens[k].low
    if k + 1 < len(tokens) and tokens[k + 1].word and not tokens[k + 1].cap:
        found = _breaking_heads().longest(tokens, k)
        if found is not None and found[0] > k + 1:
            return True
    return low in body_start_words() and low not in surnames() and low not in foreign_surnames()


def _honorific_before(k: int, index: TitleIndex) -> bool:
    """A form of address (`ông`, `bà`, `anh`) or a rank right before: a lone given name after it
    is a person (`ông Hệ`); after a role word it may be anything (`chuyên gia Kinh tế`)."""
    return index.cue_ends.get(k) in ("honorific", "rank")


def _in_name(tokens: Sequence[Token], k: int) -> bool:
    """Token k, capitalised, closes a run of capitalised words: `Anh` of `Lê Đức Anh` is the
    end of a name, no form of address for the word after it (`Lê Đức Anh Trân trọng …` where a
    heading ran into the text)."""
    return k >= 1 and tokens[k].cap and tokens[k - 1].cap and tokens[k - 1].word \
        and tokens[k].start - tokens[k - 1].end <= 1


def _photo_credit(tokens: Sequence[Token], i: int) -> bool:
    """`Ảnh: Giang Huy` credits a photographer; it does not name a person of the story."""
    k = i - 1
    if k >= 0 and tokens[k].text == ":":
        k -= 1
    return k >= 0 and tokens[k].low in _CREDIT_WORDS


def _in_place_list(tokens: Sequence[Token], a: int, b: int, cover: _Coverage) -> bool:
    """A run between places joined by dashes (`Mỹ Thủy - La Lay`) or followed by its province
    (`Đồng Đăng, tỉnh Lạng Sơn`) is a place the gazetteer does not list."""
    if a >= 2 and tokens[a - 1].text in "-–" and (a - 2) in cover.place:
        return True
    if b + 1 < len(tokens) and tokens[b].text in "-–" and (b + 1) in cover.place:
        return True
    return b + 2 < len(tokens) and tokens[b].text == "," and tokens[b + 1].low in _ADMIN_STARTS \
        and (b + 2 in cover.place or b + 1 in cover.place)


def _is_domain(tokens: Sequence[Token], k: int, end: int) -> bool:
    """`Các Bộ: Y tế, Công Thương, Tài chính`: a ministry's field, not a name."""
    found = lexicon().domains.longest(tokens, k)
    return found is not None and found[0] >= end


def _foreign_apposed(tokens: Sequence[Token], a: int, b: int, index: TitleIndex, after_cued: int) -> bool:
    """A foreign name (two words or more, one of them no Vietnamese syllable) that the text
    announces without a cue before it: an office after a comma or a dash (`Young Liu - Chủ tịch
    Foxconn`, `Han Shen Lin, giám đốc khu vực…`), a role after a quotation's speaker (`"…",
    Kelvin Lam, nhà kinh tế …`: a role alone may follow a company, `Theo Acme, chuyên gia …`), or
    joined by `và` to a name a cue announced (`đạo diễn Spike Jonze và Halina Reijn`)."""
    if b - a < 2 or not any(len(t.text) > 1 and not is_syllable(t.text) for t in tokens[a:b]):
        return False
    if b + 1 < len(tokens) and tokens[b].text in _APPOSITION and \
            ((b + 1) in index.at or (_after_quote(tokens, a) and _role_at(tokens, b + 1))):
        return True
    return a >= 2 and a - 1 == after_cued and tokens[a - 1].low in _AND


def _after_quote(tokens: Sequence[Token], a: int) -> bool:
    """A quotation and its comma end right before token a (`"…", Kelvin Lam, nhà kinh tế …, nói`)."""
    return a >= 2 and tokens[a - 1].text == "," and tokens[a - 2].text in _QUOTE_ENDS


def _role_at(tokens: Sequence[Token], k: int) -> bool:
    """A role word starts at token k (`nhà kinh tế trưởng …`); the title index keeps cues only
    before a capital, and a role after a name is followed by lower case."""
    found = cue_trie().longest(tokens, k)
    return found is not None and found[1] == "role"


def _title_head(tokens: Sequence[Token], k: int, end: int) -> bool:
    """`Phó Thống đốc`: a run that a title-heading family name starts, followed right away by a
    lower-case syllable of a title, is the head of that title (one the table does not hold alone)."""
    if tokens[k].low not in title_heads() or end >= len(tokens) or end - k > 3:
        return False
    after = tokens[end]
    return after.start - tokens[end - 1].end <= 1 and after.text.islower() \
        and (tokens[end - 1].low, after.low) in title_tail_pairs()


def _year_name(tokens: Sequence[Token], k: int, end: int, index: TitleIndex) -> bool:
    """`Tết Đinh Dậu`: a year of the sixty-year cycle, unless a form of address makes it a man's
    name (`ông Đinh Dậu`)."""
    return end - k == 2 and f"{tokens[k].low} {tokens[k + 1].low}" in year_names() \
        and not _honorific_before(k, index)


def _cut_at_titles(a: int, b: int, index: TitleIndex) -> int:
    """Where a name ends if an office title starts inside the run (`Nguyễn Thiện Nhân Bí thư`)."""
    for k in range(a + 1, b):
        if k in index.at:
            return k
    return b


def _candidates(tokens: Sequence[Token], capitalised: Sequence[int], cover: _Coverage,
                index: TitleIndex, street: frozenset[int] = frozenset()) -> list[_Candidate]:
    """`street`: where the names of a street list start (`diembao.extract.streets`)."""
    family = surnames()
    out: list[_Candidate] = []
    cues = index.ends | index.cue_ends.keys() | index.cue_at.keys() | index.at.keys()
    after_cued = -1  # the token after the last name a cue or title announced
    for a, b in _runs(tokens, capitalised):
        # Most runs are a capitalised first word: without a family name, a cue or a body or place
        # to look across, a run cannot hold a name.
        cued = _cue_before(a, cover, index) or _foreign_apposed(tokens, a, b, index, after_cued) \
            or phrase_names.after_office_phrase(tokens, a, b, index, cover.place, cover.org)
        if not cued and b not in cues and not any(tokens[k][3] in family or k in cues or k in cover.org
                                                  or k in cover.place for k in range(a, b)):
            continue
        if _photo_credit(tokens, a) or _in_place_list(tokens, a, b, cover) or \
                (not cued and a not in cover.place and companies.names_a_company(tokens, a)) or \
                (a in index.thing_at and tokens[a].cap and tokens[a].low not in family
                 and a not in cover.place and a not in cover.org):
            # A thing word (`Bến` of `bến xe`) starts no name, but a place it starts is a place
            # (`Bến Tre`), and the name after it is looked at.
            continue
        k = a
        while k < b:
            # Leading cue words written with a capital ("Ông Trump", "Bà Nguyễn Thị A").
            cue_end = index.cue_at.get(k)
            if cue_end is not None and cue_end <= b:
                k, cued = cue_end, True
                continue
            if cue_end is not None:
                # The run is the head of a cue that goes on in lower case (`Phó Đô đốc`).
                k = b
                break
            # Syllables that a body or a place covers are theirs ("Vĩnh Phúc Hoàng Thị Thúy Lan").
            span = cover.org.get(k) or cover.place.get(k)
            if span is not None:
                k = max(k + 1, min(span[1], b))
                continue
            if cued and is_country(tokens[k].text) and \
                    (b - k > 2 or (b - k == 2 and not is_syllable(tokens[k + 1].text))):
                # "Thứ trưởng Ngoại giao Nga Sergey Ryabkov", "Tổng thống Nga Putin": the country
                # is not the name. Before one Vietnamese syllable it may be (`tiền đạo Đức Chinh`).
                k += 1
                continue
            break
        if cued and b - k > 4 and tokens[k].low not in family:
            # "TGĐ Quốc Cường Gia Lai Nguyễn Thị Như Loan": the name is the family-name tail.
            k = next((p for p in range(b - 2, k, -1) if tokens[p].low in family and b - p <= 4), k)
        while k < b:
            title = index.at.get(k)
            if title is not None:
                # A title written with capitals ("Trưởng Đoàn") is not a name.
                k, cued = title.end, True
                continue
            end = _cut_at_titles(k, _name_limit(tokens, k, b), index)
            cued = cued or _cue_before(k, cover, index)
            if (tokens[k].low in family or cued) and not name_things.thing_before(tokens, k, index) \
                    and not _is_domain(tokens, k, end) and not _body_head(tokens, k) \
                    and not _year_name(tokens, k, end, index) and (cued or k not in street) \
                    and not _title_head(tokens, k, end):
                out.append(_Candidate(k, end, cued, _honorific_before(k, index) and not _in_name(tokens, k - 1)))
                if cued:
                    after_cued = end
            k = end
            cued = False
    return out


def _with_hyphen_tail(tokens: Sequence[Token], last: int) -> int:
    """`Kim Jong-un`, `Moon Jae-in`: a Korean given name writes its second syllable after a
    hyphen, in lower case, with no space."""
    if last + 1 < len(tokens) and tokens[last].text in "-‐" and tokens[last].start == tokens[last - 1].end \
            and tokens[last - 1].text.isascii():
        tail = tokens[last + 1]
        if tail.start == tokens[last].end and tail.text.isascii() and tail.text.isalpha() and tail.text.islower():
            return last + 2
    return last


def _with_initial(tokens: Sequence[Token], last: int) -> int:
    """`Nguyễn Tấn T.`: a masked name keeps the dot of its initial."""
    t = tokens[last - 1]
    if len(t.text) == 1 and last < len(tokens) and tokens[last].text == "." and tokens[last].start == t.end:
        return last + 1
    return last


@dataclass(slots=True)
class _People:
    """The persons of one article as they are found: names, their mentions, and the spans."""

    names: list[str] = field(default_factory=list)
    mentions: list[list[Mention]] = field(default_factory=list)
    spans: list[PersonSpan] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)
    rules: list[str] = field(default_factory=list)  # the rule that found each person first

    def add(self, name: str, mention: Mention, first: int, last: int, *, full: bool, rule: str) -> int:
        """A mention of the person `name` (a new person unless the name is known)."""
        person = self.index.setdefault(fold_key(name), len(self.names))
        if person == len(self.names):
            self.names.append(name)
            self.mentions.append([])
            self.rules.append(rule)
        self.mentions[person].append(mention)
        self.spans.append(PersonSpan(mention.start, mention.end, first, last, person, full))
        return person


def annotate(doc: Doc) -> Doc:
    doc = with_tokens(doc)
    tokens = tokens_of(doc)
    places: Sequence[PlaceSpan] = doc.layers.places or ()
    orgs: Sequence[OrgSpan] = doc.layers.orgs or ()
    # A sea or an ocean is no location of the record, and no person either (`Thái Bình Dương`).
    blocks: Sequence[PlaceSpan] = doc.layers.place_blocks or ()
    cover = _Coverage(tokens, (*places, *blocks), orgs)
    doc = with_title_index(doc)
    people = _People()
    shorts: list[_Candidate] = []
    street = streets.street_tokens(tokens, starts_of(doc, streets.trigger_words()))
    # the units stage's names (`Kim Sơn, Ninh Bình`) are places unless a cue makes them names
    units = {(m.start, m.end) for loc in doc.article.locations for m in loc.mentions}
    for c in _candidates(tokens, capitals(doc), cover, title_index(doc), street):
        c.last = name_shapes.latin_end(tokens, c.first, c.last)
        last = _with_hyphen_tail(tokens, _with_initial(tokens, c.last))
        last = name_shapes.foreign_tail(tokens, c.first, last, doc.text)
        if not c.cued and (tokens[c.first].start, tokens[last - 1].end) in units:
            continue
        size = c.last - c.first
        if size == 1 or (size == 2 and tokens[c.first].low not in surnames()):
            if c.cued and len(tokens[c.first].text) > 1:
                shorts.append(c)
            continue
        if not c.cued and name_shapes.family_before_foreign(tokens, c.first, c.last):
            continue
        written = doc.text[tokens[c.first].start:tokens[c.last - 1].end]
        if (not c.honorific and name_shapes.an_outlet(written)) or (not c.cued and name_shapes.body_of_place(written)):
            continue
        c.first = name_shapes.after_union(tokens, c.first, c.last)
        start, end = tokens[c.first].start, tokens[last - 1].end
        glued = name_shapes.glued_end(tokens, c.first, last)
        if glued is not None:
            end = tokens[last - 1].start + glued
        text = doc.text[start:end]
        people.add(text, Mention(start, end, text), c.first, last, full=True,
                   rule="name after a cue or title" if c.cued else "family name")
    _add_listed(doc, tokens, people, cover, street)
    # Two-syllable names first (`Donald Trump`), so that a lone `Trump` written before them
    # in the title still finds them.
    shorts.sort(key=lambda c: c.last - c.first == 1)
    full_names = _FullNames(tokens)
    for span in people.spans:
        full_names.add(span)
    for c in shorts:
        index = full_names.resolve(c)
        start, end = tokens[c.first].start, tokens[c.last - 1].end
        text = doc.text[start:end]
        if index is None:
            # With no full name to belong to, a short name is a name in itself: two syllables
            # after a cue (`ông Donald Trump` has no Vietnamese family name; `Moon Jae-in` takes
            # its hyphenated tail), or a given name after a form of address ("ông Hệ").
            last = name_shapes.with_particles(tokens, c.first, name_shapes.spaced_hyphen_tail(
                tokens, c.first, _with_hyphen_tail(tokens, c.last), doc.text) if c.last - c.first == 2 else c.last)
            if (c.last - c.first == 2 and not name_shapes.an_outlet(text)) or c.honorific:
                end = tokens[last - 1].end
                text = doc.text[start:end]
                rule = "two syllables after a cue" if c.last - c.first == 2 else "given name after a form of address"
                people.add(text, Mention(start, end, text), c.first, last, full=True, rule=rule)
                full_names.add(people.spans[-1])
            continue
        people.mentions[index].append(Mention(start, end, text))
        people.spans.append(PersonSpan(start, end, c.first, c.last, index, False))
    _add_initials(doc, tokens, people)
    people = _merge_prefixes(people)
    people.spans.sort(key=lambda s: s.start)
    persons = tuple(
        Person(name=name, mentions=tuple(sorted(ms, key=lambda m: m.start)))
        for name, ms in zip(people.names, people.mentions, strict=True)
    )
    locations = _without_names(doc.article.locations, people.spans, people.names)
    doc = noted(doc, (Reason("persons", (name,), rule) for name, rule in zip(people.names, people.rules, strict=True)))
    return doc.with_article(persons=persons, locations=locations).with_layers(person_spans=tuple(people.spans))


class _FullNames:
    """The full names found so far, by every ending a short mention may take from them
    (`Nguyễn Văn Bình` by `bình` and `văn bình`), each ending's names in text order: a short
    mention finds its name in logarithmic time, however many names the article repeats."""

    def __init__(self, tokens: Sequence[Token]):
        self.tokens = tokens
        self.by_ending: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        self.by_family: dict[tuple[str, ...], list[tuple[int, int]]] = {}

    def add(self, span: PersonSpan) -> None:
        words = [t.low for t in self.tokens[span.first:span.last] if t.word]
        if len(words) > 1:
            insort(self.by_family.setdefault(tuple(words[:1]), []), (span.start, span.person))
        for k in range(1, len(words)):
            insort(self.by_ending.setdefault(tuple(words[k:]), []), (span.start, span.person))
        if words and (words[0] in foreign_surnames() or (len(words) > 1 and not all(is_syllable(w) for w in words))):
            # `ông Tập` after `Tập Cận Bình`: a Chinese name is shortened to its family name; a
            # foreign one to its given name as well (`bà Julia` after `Julia Morley`, `ông Han` after
            # `Han Shen Lin`).
            insort(self.by_ending.setdefault((words[0],), []), (span.start, span.person))

    def resolve(self, c: _Candidate) -> int | None:
        """The person of the nearest full name before the short mention that ends in its words,
        else of the first one after it; a lone syllable that ends no name, of the name it starts
        (`ông Tôn` after `Tôn Chính Tài`, `ông Sáu` after `Sáu Dân`: a Chinese or a southern name)."""
        key = tuple(t.low for t in self.tokens[c.first:c.last])
        peers = self.by_ending.get(key) or (self.by_family.get(key) if len(key) == 1 else None)
        if not peers:
            return None
        return nearest(peers, self.tokens[c.first].start)


def _without_names(locations: Sequence[Location], spans: Sequence[PersonSpan],
                   names: Sequence[str]) -> tuple[Location, ...]:
    """Locations minus the mentions that lie inside a person's name, and minus the places that
    carry a person's full name (`ông Trần Phú Dũng` makes a bare `Trần Phú Dũng` the man)."""
    if not spans:
        return tuple(locations)
    people = {fold_key(n) for n in names}
    out = []
    for loc in locations:
        if fold_key(loc.name) in people:
            continue
        kept = tuple(m for m in loc.mentions
                     if not any(s.start <= m.start and m.end <= s.end for s in spans))
        if kept or not loc.mentions:
            out.append(Location(loc.name, loc.kind, kept))
    return tuple(out)


def _merge_prefixes(people: _People) -> _People:
    """One person found as two names, one the other's beginning or ending (`diembao.extract.name_suffixes`)."""
    remap = name_suffixes.merged_all(people.names, [len(m) for m in people.mentions])
    if not remap:
        return people

    def target(i: int) -> int:
        seen = {i}
        while i in remap and remap[i] not in seen:
            i = remap[i]
            seen.add(i)
        return i

    out = _People()
    position: dict[int, int] = {}
    for i, name in enumerate(people.names):
        if i not in remap:
            position[i] = len(out.names)
            out.names.append(name)
            out.mentions.append([])
            out.rules.append(people.rules[i])
    for i, ms in enumerate(people.mentions):
        out.mentions[position[target(i)]].extend(ms)
    out.spans = [replace(s, person=position[target(s.person)]) for s in people.spans]
    out.index = {key: position[target(i)] for key, i in people.index.items()}
    return out


def _add_listed(doc: Doc, tokens: Sequence[Token], people: _People, cover: _Coverage,
                street: frozenset[int]) -> None:
    """Bare names in a list beside persons found (`diembao.extract.name_lists`)."""
    spans = [(s.first, s.last) for s in people.spans if s.full]
    if len(spans) < 2:
        return
    index = title_index(doc)
    covered = frozenset(cover.place) | frozenset(cover.org)
    for first, end in name_lists.bare_names(tokens, spans, covered, frozenset(index.cue_ends) | index.ends):
        if first in street:
            continue
        start, stop = tokens[first].start, tokens[end - 1].end
        text = doc.text[start:stop]
        people.add(text, Mention(start, stop, text), first, end, full=True, rule="name in a list of names")


_INITIAL_PAIR = re.compile(r"[A-ZĐ]\.[A-ZĐ]")
_INITIALS = re.compile(r"(?<![\w.])((?:[A-ZĐ]\.){1,3}[A-ZĐ]\.?)(?![\w])")


def _add_initials(doc: Doc, tokens: Sequence[Token], people: _People) -> None:
    """Masked names written as initials after a cue (`anh N.N.C`, `bị can H.T.P`)."""
    if not _INITIAL_PAIR.search(doc.text):
        return
    index = title_index(doc)
    for m in _INITIALS.finditer(doc.text):
        first = index_at(tokens, m.start())
        if first in index.cue_ends:
            text = m.group(1)
            people.add(text, Mention(m.start(), m.end(), text), first, index_at(tokens, m.end()), full=True,
                       rule="initials after a cue")
