"""Careers: the offices a sentence ties to its subject through a verb or a list, and a biography's
timeline (issue 9, patterns 1 and 2), for the chains of titles `offices` gave to nobody.

Reads the layers `tokens`, `titles` and `person_spans` and the persons `offices` wrote; adds
positions to `Article.persons`. A chain of titles nobody holds yet belongs to:
- the subject of its sentence when a verb or noun of office stands right before it
  (`data/persons/careers.json`: `ông Nguyễn Văn A sẽ thôi giữ chức Trưởng ban …`, `ông A từng đảm
  nhiệm các chức vụ: …`): the nearest name before, in the same sentence and a few words away, or
  the person named last when the sentence opens with `Ông`/`Bà` and no name;
- the holder of the chain before it in a career list, when only a `,`, `;` or `và` stands between
  (`… Phó Vụ trưởng Vụ Tổ chức cán bộ; Chánh Văn phòng Bộ Xây dựng; Thứ trưởng …`);
- the profiled person (the one the article names most) in a line of a biography's timeline
  (`3/2008 - 6/2012: Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh …`), when the article has such lines.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from itertools import groupby

from diembao.extract.asides import APPOSED, before_kin
from diembao.extract.doc import Doc
from diembao.extract.led_groups import group_of
from diembao.extract.lexing import tokens_of, with_tokens
from diembao.extract.offices import PersonIndex, merged, roman_numeral, with_position_orgs
from diembao.extract.offices import _bodies_by_title as bodies_by_title
from diembao.extract.persons import PersonSpan
from diembao.extract.planned import planned
from diembao.extract.plural_lists import listed_holders
from diembao.extract.reasons import Reason, noted
from diembao.extract.spans import TitleSpan
from diembao.extract.unread_body import past_unread_body
from diembao.lexicon.careers import Careers, careers
from diembao.lexicon.persons import STATUS_LINKS, STATUS_WORDS, cue_trie, state_leaders
from diembao.record import Mention, Position
from diembao.text import fold_key
from diembao.text.tokens import Token, token_ranges

REQUIRES = ("tokens", "titles", "orgs", "person_spans", "persons", "organizations")
ASSIGNS = ("persons", "organizations", "reasons")

_SUBJECT = "the sentence's subject, before a verb of office"
_JOINED_SUBJECT = "a subject listed with the sentence's subject, before a verb of office"
_OPENED = "a pronoun before a verb of office: the person a sentence last opened with"
_RECIPIENT = "a name after the chain, after the words naming whom the act is about"


class _Sentences:
    """The sentence number of a token (`sentences[k]`): a new sentence after `.`, `!` or `?`
    followed by a space, and at every line break. Found by the engine over the text and looked up
    by bisection: a stage that runs on every article reads no token twice."""

    def __init__(self, text: str, tokens: Sequence[Token]):
        self.tokens = tokens
        self.ends = [m.end() for m in _BOUNDARY.finditer(text)]

    def __getitem__(self, k: int) -> int:
        return bisect_right(self.ends, self.tokens[k].start)


_BOUNDARY = re.compile(r"[.!?](?=\s)|\n+")


def _anchored(tokens: Sequence[Token], first: int, rules: Careers) -> int | None:
    """Where the anchor that stands right before token `first` starts (a colon between allowed),
    or None. A title written `nguyên là Bí thư …` holds its anchor (`nguyên là`) inside it."""
    if first + 2 < len(tokens) and tokens[first].low in STATUS_WORDS and tokens[first + 1].low in STATUS_LINKS:
        inside = _anchor_ending(tokens, first + 2, rules)
        if inside is not None and inside[0] is not None and inside[0] <= first:
            return inside[0]
    end = first
    while end > 0 and tokens[end - 1].text == ":":
        end -= 1
    found = _anchor_ending(tokens, end, rules)
    if found is not None or end == 0 or tokens[end - 1].low not in rules.list_openers:
        return None if found is None else found[0]
    # `kinh qua nhiều vị trí ở cơ sở như Giám đốc …`: `như` opens the list of an anchor a few
    # words before it, in the same clause
    for e in range(end - 1, max(0, end - 1 - rules.opener_reach), -1):
        if tokens[e - 1].text in ".;!?":
            return None
        found = _anchor_ending(tokens, e, rules)
        if found is not None:
            return found[0]
    return None


def _anchor_ending(tokens: Sequence[Token], end: int, rules: Careers) -> tuple[int | None] | None:
    """(where it starts,) for the anchor that ends right before token `end`, (None,) for one that
    a blocker before it voids, None for no anchor."""
    for size in range(min(rules.longest_anchor, end), 0, -1):
        if tuple(t.low for t in tokens[end - size:end]) in rules.anchors:
            start = end - size
            # `về việc miễn nhiệm chức vụ …`: a blocker a few words before the anchor
            if any(tuple(t.low for t in tokens[k - n:k]) in rules.not_after
                   for k in range(max(0, start - 3), start + 1) for n in (1, 2) if k - n >= 0):
                return (None,)
            return (start,)
    return None


def _appointing(tokens: Sequence[Token], anchor: int, first: int, rules: Careers) -> bool:
    """The anchor names an act done to a holder, with no `được`/`bị` before it."""
    words = tuple(t.low for t in tokens[anchor:first] if t.text != ":")
    before = tokens[max(0, anchor - 4):anchor]
    return words in rules.appointing and not any(t.low in rules.passive_markers for t in before)


def _as_object(tokens: Sequence[Token], anchor: int, first: int, rules: Careers) -> bool:
    """The anchor makes the chain after it the act's object (`…, phân công Phó Bí thư Tỉnh ủy làm
    Trưởng đoàn`): one of `passive_only`, with no `được`/`bị` a few words before it."""
    words = tuple(t.low for t in tokens[anchor:first] if t.text != ":")
    if words not in rules.passive_only:
        return False
    # `được Ban Thường vụ Tỉnh ủy Long An chỉ định`: the marker may stand before the acting body,
    # in the same clause
    for k in range(anchor - 1, max(-1, anchor - 1 - _PASSIVE_REACH), -1):
        if tokens[k].text in _CLAUSE_ENDS:
            return True
        if tokens[k].low in rules.passive_markers:
            return False
    return True


_PASSIVE_REACH = 10
_CLAUSE_ENDS = frozenset(",;.:!?")


def _joined(tokens: Sequence[Token], a: int, b: int, rules: Careers, bodies: frozenset[int]) -> bool:
    """Only list joins between tokens a and b (at least one), the rest of a body the chain before
    named (`Vụ Tổ chức cán bộ, Bộ Xây dựng; …`: `bodies`, token indices) and the words of a term
    (`… Trung ương Đảng từ khóa IV đến VIII; Ủy viên Bộ Chính trị`)."""
    k = a
    joins = 0
    while k < b:
        t = tokens[k]
        term = t.low in rules.term_words or t.text.isdigit() or roman_numeral(t.text) or \
            (t.low == rules.term_plural and k + 1 < b and tokens[k + 1].low in rules.term_words)
        if k in bodies or term:
            k += 1
            continue
        found = rules.joins.longest(tokens, k)
        if found is None:
            return False
        k = found[0]
        joins += 1
    return joins > 0


class _Subjects:
    """Who a sentence speaks of: its names, and the person named last before it."""

    def __init__(self, tokens: Sequence[Token], sentence: _Sentences, persons: Sequence[PersonSpan],
                 rules: Careers, profiled: int | None):
        self.tokens, self.sentence, self.rules, self.profiled = tokens, sentence, rules, profiled
        self.index = PersonIndex(persons)
        # in a biography, the names that open their sentence (`Ông Nghĩa có 16 năm …`), in order: an
        # article that profiles two people turns to the second with one
        self.openers = [] if profiled is None else \
            sorted((p.first, p.person) for p in persons if _opens_sentence(tokens, sentence, p.first))

    def before(self, anchor: int, titled: dict[int, int | None],
               bodies: frozenset[int] = frozenset()) -> tuple[int | None, str]:
        """The subject of the sentence whose anchor starts at token `anchor`, and the rule. The
        words of bodies between (`ông A đã được Ban Thường vụ Thành ủy chỉ định …`) do not count
        towards the gap: a body names no other subject."""
        kin = before_kin(self.tokens, self.index.ending_by, anchor)
        if kin is not None:
            return kin.person, _SUBJECT
        p = self.index.ending_by(anchor)
        if p is not None and (opening := _bracket_open(self.tokens, p, anchor)) is not None:
            # `bà X (vợ ông Y) được bổ nhiệm …`: a name in brackets is an aside, the subject stands
            # before the bracket
            p = self.index.ending_by(opening)
        if p is not None and self.sentence[p.first] == self.sentence[anchor]:
            between = range(p.last, anchor)
            if self._other_subject(between):
                return None, ""
            words = sum(1 for k in between if self.tokens[k].word and k not in titled and k not in bodies)
            # titles between are the name's own ones (`ông A, Bí thư X, từng giữ chức …`)
            own = all(titled.get(k, p.person) == p.person for k in between)
            if words <= self.rules.max_gap and own:
                return p.person, _SUBJECT
            if own and any(self.tokens[k].low in self.rules.pronouns for k in range(max(p.last, anchor - 2), anchor)):
                # `Ông Thảo ở vị trí … từ năm 2007, trước đó ông làm Bí thư …`: a pronoun right before the
                # verb takes up the sentence's subject however far it stands
                return p.person, _SUBJECT
            return None, ""
        here = self.sentence[anchor]
        start = next((k for k in range(anchor, -1, -1) if k == 0 or self.sentence[k - 1] != here), 0)
        # the pronoun a few words before the verb (`Sau khóa học, ông lần lượt trải qua các vị trí …`),
        # or opening the sentence (`Ông vốn là kỹ sư … và từng trải qua các chức vụ: …`)
        # (the words of a body inside the clause not counted: `ông được Bộ Chính trị điều động …`)
        low = anchor
        counted = 0
        while low > start and counted < self.rules.pronoun_reach:
            low -= 1
            counted += low not in bodies
        reach = range(low, anchor)
        if self.tokens[start].low not in self.rules.pronouns and \
                not any(self.tokens[k].low in self.rules.pronouns for k in reach):
            return None, ""
        # `Ông từng giữ chức …`, `Tháng 1/2011, ông được bầu làm …`: no name in the sentence; in a
        # biography its subject, else the person named last, a sentence or two before
        if self.profiled is not None:
            at = bisect_right(self.openers, (anchor, -1))
            if at and self.openers[at - 1][1] != self.profiled:
                return self.openers[at - 1][1], _OPENED
            return self.profiled, "a pronoun before a verb of office: the profiled person"
        if p is not None and 0 < here - self.sentence[p.first] <= 2:
            return p.person, "a pronoun before a verb of office: the person named last"
        return None, ""

    def _other_subject(self, between: range) -> bool:
        """A clause with a subject of its own between a name and the anchor: a word that opens one
        (`mà`), a form of address before a capitalised word (`…, ông Trường Chinh đang làm …`: a
        name the persons stage did not read), or a plural head (`các đồng chí`)."""
        tokens = self.tokens
        depth = 0
        for k in between:
            depth += (tokens[k].text == "(") - (tokens[k].text == ")")
            if depth <= 0 and (tokens[k].low in self.rules.subject_breaks or (
                    tokens[k].low in self.rules.pronouns and k + 1 < len(tokens) and tokens[k + 1].cap)):
                return True
            if depth <= 0 and tokens[k].low == self.rules.term_plural and \
                    any(tuple(t.low for t in tokens[k:k + n]) in self.rules.plural_heads for n in (2, 3)):
                return True  # `A, trước đó đã xử lý các đồng chí nguyên là …`: those others
        return False

    def _plural_list_before(self, k: int) -> bool:
        """`các ông A, B sẽ được …`: the name ending at token k opens with a plural head (commas
        alone then join the list)."""
        q = self.index.ending_by(k)
        if q is None:
            return False
        first = q.first
        return any(tuple(t.low for t in self.tokens[max(0, first - n):first]) in self.rules.plural_heads
                   for n in (2, 3) if first - n >= 0)

    def joined_to(self, anchor: int, titled: dict[int, int | None], bodies: frozenset[int]) -> list[int]:
        """The persons listed with the subject before the anchor, each with their own titles
        (`ông A - Giám đốc Sở X, ông B - Giám đốc Sở Y và đại tá C được bầu bổ sung …`): the list
        ends in `và` right before the subject, commas before that; a rank or honorific between."""
        p = self.index.ending_by(anchor)
        out: list[int] = []
        joins = self.rules.shared
        # `… và ông C (…), hiện là …`: a comma before the verb makes it the last one's alone
        if p is None or any(self.tokens[k].text == "," for k in range(p.last, anchor)):
            return out
        # `với các ông A, ông B (chuyển từ …)`: a verb in a bracket is the aside's name's alone
        aside = any(self.tokens[k].text == "(" for k in range(p.last, anchor))
        while p is not None:
            k = p.first - 1
            while k >= 0 and self.tokens[k].word and self.tokens[k].text[:1].islower() \
                    and self.tokens[k].low not in joins and p.first - k <= 2:
                k -= 1
            if k < 1 or self.sentence[k] != self.sentence[p.first]:
                break
            if not (self.tokens[k].low in joins if not out else self.tokens[k].text == ",") and \
                    not (not out and not aside and self.tokens[k].text == "," and self._plural_list_before(k)):
                break
            q = self.index.ending_by(k)
            if q is None or q.person == p.person or q.person in out:
                break
            # only the earlier name's own titles and bodies, and their dashes, between
            if any(not (titled.get(j) == q.person or j in bodies or self.tokens[j].text in APPOSED)
                   for j in range(q.last, k)):
                break
            out.append(q.person)
            p = q
        return out


def _opens_sentence(tokens: Sequence[Token], sentence: _Sentences, first: int) -> bool:
    """The name starting at token `first` opens its sentence, after a form of address at most."""
    here = sentence[first]
    if first == 0 or sentence[first - 1] != here:
        return True
    for start in range(first - 1, max(-1, first - 4), -1):
        if start == 0 or sentence[start - 1] != here:
            cue = cue_trie().longest(tokens, start)
            return cue is not None and cue[0] == first
    return False


def _bracket_open(tokens: Sequence[Token], p: PersonSpan, anchor: int) -> int | None:
    """Where the bracket opens that holds the name `p` and closes before token `anchor`."""
    closing = next((k for k in range(p.last, anchor) if tokens[k].text in "()"), None)
    if closing is None or tokens[closing].text != ")":
        return None
    for k in range(p.first - 1, max(-1, p.first - 12), -1):
        if tokens[k].text in "()":
            return k if tokens[k].text == "(" else None
    return None


def _profiled(persons: Sequence[PersonSpan]) -> int | None:
    """The person an article names most often (the first of them): the subject of a biography."""
    counts = Counter(p.person for p in persons)
    if not counts:
        return None
    most = max(counts.values())
    return next(p.person for p in sorted(persons, key=lambda s: s.first) if counts[p.person] == most)


def annotate(doc: Doc) -> Doc:
    doc = with_tokens(doc)
    titles: Sequence[TitleSpan] = doc.layers.titles or ()
    spans: Sequence[PersonSpan] = doc.layers.person_spans or ()
    if not titles or not spans:
        return doc
    tokens = tokens_of(doc)
    rules = careers()
    persons = doc.article.persons
    held: dict[int, int] = {}  # title start (character offset) -> person, as `offices` gave them
    for who, person in enumerate(persons):
        for position in person.positions:
            for m in position.mentions:
                held[m.start] = who
    chains = [list(group) for _, group in groupby(titles, key=lambda t: t.chain)]
    titled: dict[int, int | None] = {k: held.get(t.start) for t in titles for k in range(t.first, t.last)}
    ranges = [(a, b) for a, b in token_ranges(tokens, doc.layers.orgs or ()) if a is not None]
    bodies = frozenset(k for a, b in ranges for k in range(a, b))
    # bodies inside a clause (after a word: `được Ban Thường vụ chỉ định`, `công tác tại Ủy ban …`),
    # not opening one (`…, Ủy ban Thường vụ Quốc hội sớm có …`)
    embedded = frozenset(k for a, b in ranges if a and tokens[a - 1].word and not tokens[a - 1].cap
                         for k in range(a, b))
    sentence = _Sentences(doc.text, tokens)
    timeline, dated = _timeline_lines(doc.text, rules)
    profiled = _profiled(spans) if len(dated) >= rules.timeline_min_lines else None
    subjects = _Subjects(tokens, sentence, spans, rules, profiled)
    found: dict[int, list[Position]] = {}
    reasons: list[Reason] = []

    def give(who: int, chain: Sequence[TitleSpan], rule: str, bodies_of: dict[str, str] | None = None) -> None:
        """The chain's titles as positions of person `who`, each with the rule behind it; `bodies_of`:
        the body a title the article writes with one body only takes where this chain names none."""
        for t in chain:
            mention = Mention(t.start, t.end, doc.text[t.start:t.end])
            org = t.org if t.org is not None else group_of(tokens, doc.text, doc.layers.orgs or (), t) or \
                (bodies_of.get(fold_key(t.title)) if bodies_of is not None else None)
            org = None if t.org is None and fold_key(persons[who].name) in state_leaders() else org
            found.setdefault(who, []).append(Position(t.title, org, (mention,)))
            reasons.append(Reason("positions", (persons[who].name, t.title, org), rule))

    owner_of_chain: list[int | None] = []
    by_recipients: list[bool] = []
    for n, chain in enumerate(chains):
        owners = {held.get(t.start) for t in chain} - {None}
        if owners:
            owner_of_chain.append(owners.pop() if len(owners) == 1 else None)
            by_recipients.append(False)
            anchor = _anchored(tokens, chain[0].first, rules)
            if anchor is not None and owner_of_chain[-1] is not None and \
                    subjects.before(anchor, titled, embedded) == (owner_of_chain[-1], _SUBJECT):
                for other in subjects.joined_to(anchor, titled, bodies):
                    give(other, chain, _JOINED_SUBJECT)
            continue
        who, rule, anchor = None, "", None
        if profiled is not None and _line_start(doc.text, chain[0].start) in timeline:
            who, rule = profiled, "a line of the profiled person's timeline"
        named = _recipients(tokens, chain, chains[n + 1:], spans, sentence, rules)
        anchor = _anchored(tokens, chain[0].first, rules)
        if named and who is None and (_anchor_ending(tokens, chain[0].first, rules) is not None or (
                n and by_recipients[-1] and sentence[chains[n - 1][-1].last - 1] == sentence[chain[0].first]
                and _recipients_between(tokens, chains[n - 1][-1].last, chain[0].first, spans, rules))):
            # the words after the chain say whom the act is about: they, not a name before the verb
            # (`miễn nhiệm chức danh Chủ tịch huyện đối với ông A và chức danh Phó Chủ tịch … đối
            # với ông B`), even after `về việc`, which only voids the subject; a chain that goes on
            # such a list takes its own recipients
            who, rule = named[0], _RECIPIENT
            for other in named[1:]:
                give(other, chain, rule)
        by_recipients.append(rule == _RECIPIENT)
        if anchor is not None and planned(tokens, anchor, doc.text):
            anchor = None  # `được giới thiệu để bầu giữ chức …`: nobody holds it yet
        if who is None and anchor is not None and not _as_object(tokens, anchor, chain[0].first, rules):
            who, rule = subjects.before(anchor, titled, embedded)
            if who is not None and rule != _SUBJECT and _appointing(tokens, anchor, chain[0].first, rules):
                who = None  # `Ông có thể sẽ bổ nhiệm Thủ tướng …`: the one who appoints
            if who is not None and rule == _SUBJECT:
                for other in subjects.joined_to(anchor, titled, bodies):
                    give(other, chain, _JOINED_SUBJECT)
        if who is None and anchor is not None and (after := _named_after(tokens, chain, spans, rules)) is not None:
            # `Trước khi giữ chức X, ông Y …`, `Với cương vị X, ông Y …`: the clause's subject follows
            who, rule = after, "the subject named right after a clause of office"
        if who is None and n and owner_of_chain[n - 1] is not None and \
                sentence[chains[n - 1][-1].last - 1] == sentence[chain[0].first] and \
                _joined(tokens, chains[n - 1][-1].last, chain[0].first, rules, bodies):
            who, rule = owner_of_chain[n - 1], "the next office of a career list"
        owner_of_chain.append(who)
        if who is None:
            continue
        give(who, chain, rule)
        for t in chain:
            for k in range(t.first, t.last):
                titled[k] = who
    if (holders := listed_holders(tokens, chains, spans, sentence.__getitem__)):
        bodies_of = bodies_by_title(titles)
        for who, chain, rule in holders:
            give(who, chain, rule, bodies_of)
    for who, chain, rule in (*_listed(tokens, chains, spans, sentence, rules),
                             *_shared(tokens, chains, owner_of_chain, spans, rules),
                             *_replaced(tokens, chains, owner_of_chain, spans, rules)):
        give(who, chain, rule)
    if not found:
        return doc
    people = tuple(replace(p, positions=merged([*p.positions, *found[k]])) if k in found else p
                   for k, p in enumerate(persons))
    doc = noted(doc, reasons)
    return doc.with_article(persons=people, organizations=with_position_orgs(doc.article.organizations, people))


def _headed(tokens: Sequence[Token], chain: Sequence[TitleSpan], rules: Careers) -> bool:
    """The chain heads a list: a plural word before it, a colon after it."""
    first, last = chain[0].first, chain[-1].last
    if last >= len(tokens) or tokens[last].text != ":":
        return False
    return any(tuple(t.low for t in tokens[max(0, first - n):first]) in rules.plural_heads for n in (1, 2, 3))


def _listed(tokens: Sequence[Token], chains: Sequence[Sequence[TitleSpan]], spans: Sequence[PersonSpan],
            sentence: _Sentences, rules: Careers) -> list[tuple[int, Sequence[TitleSpan], str]]:
    """(person, chain, rule) for the names of the lists that plural headings open, up to the
    sentence's end or the next heading."""
    heads = [c for c in chains if _headed(tokens, c, rules)]
    out: list[tuple[int, Sequence[TitleSpan], str]] = []
    for n, chain in enumerate(heads):
        start = chain[-1].last
        stop = heads[n + 1][0].first if n + 1 < len(heads) else len(tokens)
        named: set[int] = set()
        for p in spans:
            if start < p.first < stop and sentence[p.first] == sentence[start] and p.person not in named:
                named.add(p.person)
                out.append((p.person, chain, "a name in the list a plural heading opens"))
    return out


def _shared(tokens: Sequence[Token], chains: Sequence[Sequence[TitleSpan]], owners: Sequence[int | None],
            spans: Sequence[PersonSpan], rules: Careers) -> list[tuple[int, Sequence[TitleSpan], str]]:
    """(person, chain, rule) for a name joined by `và` to the name that the chain stands before
    (`Nguyên Tổng Bí thư Nông Đức Mạnh và Lê Khả Khiêu`)."""
    before = {c[-1].last: (c, who) for c, who in zip(chains, owners, strict=True) if who is not None}
    ending = {p.last: p for p in spans}
    out: list[tuple[int, Sequence[TitleSpan], str]] = []
    for p in spans:
        k = p.first - 1
        if k < 1 or tokens[k].low not in rules.shared or (a := ending.get(k)) is None:
            continue
        held = before.get(a.first)
        if held is not None and held[1] == a.person and a.person != p.person:
            out.append((p.person, held[0], "a second name sharing the titles before the first"))
    return out


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _timeline_lines(text: str, rules: Careers) -> tuple[frozenset[int], frozenset[int]]:
    """The starts of the lines that open like a biography's timeline (a date and a colon), and of
    those that open with a date."""
    timeline, dated = set(), set()
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if rules.date_led.match(text, start, end):
            dated.add(start)
            if rules.timeline.match(text, start, end):
                timeline.add(start)
        start = end + 1
    return frozenset(timeline), frozenset(dated)


def _past_term(tokens: Sequence[Token], k: int, rules: Careers) -> int:
    """The first token at or after k that is no word of a term (`nhiệm kỳ 2016-2021`, `khóa XIV`)."""
    while k < len(tokens) and (tokens[k].low in rules.term_words or roman_numeral(tokens[k].text)
                               or _NUMERIC.fullmatch(tokens[k].text)):
        k += 1
    return k


_NUMERIC = re.compile(r"\d+(?:[-–/]\d+)*")


def _recipient_words(tokens: Sequence[Token], k: int, rules: Careers) -> int:
    """How many tokens from k say whom an act is about (`đối với các ông`), or 0."""
    return next((n for n in (4, 3, 2) if tuple(t.low for t in tokens[k:k + n]) in rules.recipients), 0)


def _recipients(tokens: Sequence[Token], chain: Sequence[TitleSpan], later: Sequence[Sequence[TitleSpan]],
                spans: Sequence[PersonSpan], sentence: _Sentences, rules: Careers) -> list[int]:
    """The persons named in the sentence after the words right after the chain (a term between
    allowed) that say whom the act is about (`… chức danh Ủy viên UBND thành phố đối với các ông
    A, B`), in order, up to the next chain outside brackets that names its own (`… với ông A và Bộ
    trưởng X với ông B`: B is the minister's); a recipient's own titles do not end the list."""
    end = _past_term(tokens, chain[-1].last, rules)
    size = _recipient_words(tokens, end, rules)
    if not size:
        return []
    here = sentence[end]
    stop = len(tokens)
    depth = 0
    later_at = {c[0].first: c for c in later}
    for k in range(end + size, len(tokens)):
        if sentence[k] != here:
            stop = k
            break
        c = later_at.get(k)
        if c is not None and depth <= 0 and _recipient_words(tokens, _past_term(tokens, c[-1].last, rules), rules):
            stop = k
            break
        depth += (tokens[k].text == "(") - (tokens[k].text == ")")
    out: list[int] = []
    for p in spans:
        if end + size <= p.first < stop and sentence[p.first] == here and p.person not in out:
            out.append(p.person)
    return out


def _recipients_between(tokens: Sequence[Token], a: int, b: int, spans: Sequence[PersonSpan],
                        rules: Careers) -> bool:
    """Between tokens a and b only the recipients of the chain ending at a and a join: the chain
    starting at b goes on the act's list (`… Tổng Thanh tra Chính phủ với ông A và Bộ trưởng …`)."""
    k = _past_term(tokens, a, rules)
    size = _recipient_words(tokens, k, rules)
    if not size:
        return False
    k += size
    ending = {p.first: p.last for p in spans}
    joined = False
    while k < b:
        if k in ending:
            k = ending[k]
        elif tokens[k].low in rules.pronouns:
            k += 1
        elif (found := rules.joins.longest(tokens, k)) is not None:
            k, joined = found[0], True
        else:
            return False
    return joined


def _replaced(tokens: Sequence[Token], chains: Sequence[Sequence[TitleSpan]], owners: Sequence[int | None],
              spans: Sequence[PersonSpan], rules: Careers) -> list[tuple[int, Sequence[TitleSpan], str]]:
    """(person, chain, rule) for the previous holder a held or filled chain names right after it
    (`… giữ chức Bí thư Thành ủy X, thay ông Y`): Y held the same office."""
    starting = {p.first: p for p in spans}
    out: list[tuple[int, Sequence[TitleSpan], str]] = []
    for chain, who in zip(chains, owners, strict=True):
        if who is None and _anchor_ending(tokens, chain[0].first, rules) is None:
            # an office nobody holds yet is still filled when a verb of office stands before it
            # (`… giới thiệu để bầu giữ chức Chủ tịch huyện thay ông Y`): Y held it
            continue
        k = chain[-1].last
        if k < len(tokens) and tokens[k].text == ",":
            k += 1
        size = next((n for n in (3, 2, 1) if tuple(t.low for t in tokens[k:k + n]) in rules.replaces), 0)
        if not size:
            continue
        k += size
        if k < len(tokens) and tokens[k].low in rules.pronouns:
            k += 1
        p = starting.get(k)
        if p is not None and p.person != who:
            out.append((p.person, chain, "the previous holder a held office names after it"))
    return out


def _named_after(tokens: Sequence[Token], chain: Sequence[TitleSpan], spans: Sequence[PersonSpan],
                 rules: Careers) -> int | None:
    """The person named right after the chain and a comma, a pronoun between allowed, and the words
    of a body the chain left unread before the comma (`Phó Chủ tịch Hội đồng xét tuyển … năm 2016, ông A`)."""
    k = past_unread_body(tokens, chain[-1].last, rules.term_words)
    if k >= len(tokens) or tokens[k].text != ",":
        return None
    k += 1
    if k < len(tokens) and tokens[k].low in rules.pronouns:
        k += 1
    return next((p.person for p in spans if p.first == k), None)
