"""The event reader: candidate mentions, their sentence, date, organizer and chairs (the rules are
said in `diembao.extract.events`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from diembao.extract.bodies.names import with_admin_word
from diembao.extract.doc import Doc
from diembao.extract.events.anniversary import anniversary_spans
from diembao.extract.events.today import is_weekday
from diembao.extract.lexing import starts_of, tokens_of
from diembao.extract.persons import PersonSpan
from diembao.extract.settings import EVENT_MAX_MENTIONS as _MAX_CANDIDATES
from diembao.extract.settings import EVENT_MAX_NAME as _MAX_NAME
from diembao.extract.settings import EVENT_REACH as _REACH
from diembao.extract.spans import OrgSpan, PlaceSpan, TitleSpan
from diembao.lexicon.events import default_organizers, grammar, lexicon
from diembao.record import DateMention, Mention
from diembao.text import fold_key
from diembao.text.tokens import PhraseTrie, Token, token_ranges

# The grammar's own words (`data/events/grammar.json`; what each is for is said there).
GRAMMAR = grammar()
MEETING_TYPE: str = GRAMMAR["meeting_type"]
_MEETING_VERB: str = GRAMMAR["meeting_verb"]
_UNTIL: str = GRAMMAR["until"]
_DEADLINE = frozenset(GRAMMAR["deadline"])
_OF: str = GRAMMAR["of"]
_CHAIR_VERB_START: str = GRAMMAR["chair_verb_start"]
_ASPECT_BEFORE_HEAD = frozenset(GRAMMAR["aspect_before_head"])
_ASPECT_BEFORE_VERB = frozenset(GRAMMAR["aspect_before_verb"])
_ISSUING_WORDS = frozenset(GRAMMAR["issuing_words"])
_CLASSIFIERS = frozenset(GRAMMAR["classifiers"])
_LOCATED_WORDS = frozenset(GRAMMAR["located_words"])
_AT = frozenset(GRAMMAR["at"])
_CHAIR_GAP_WORDS = frozenset(GRAMMAR["chair_gap_words"])
_CHAIR_VERB_TAIL = frozenset(GRAMMAR["chair_verb_tail"])
_CHAIR_LEAD = frozenset(GRAMMAR["chair_lead"])
_CEREMONIES = frozenset(GRAMMAR["ceremony_types"])
_SESSION_NOUNS = frozenset(GRAMMAR["session_nouns"])


@cache
def words(key: str) -> frozenset[str]:
    """One word list of the grammar as a set, built once (for the events modules' own rules)."""
    return frozenset(GRAMMAR[key])


# Limits: `diembao.extract.settings`.
# Tokens after a cut name where its verb of holding may still stand (`_reported_later`).
_LATER_REACH = 25
# Tokens before `của <event>` where `ngày làm việc` may stand (`ngày làm việc thứ ba của`).
_WORKING_DAY_REACH = 5
_CLAUSE_BREAK = frozenset({".", ";", "!", "?", "(", ")", ":"})
_ABBREVIATIONS = frozenset({"TP", "Tp", "tp", "Q", "P", "TX", "TT", "GS", "PGS", "TS", "ThS", "BS", "St", "Mr", "Mrs",
                            "Dr"})


@cache
def head_words() -> frozenset[str]:
    return frozenset(lexicon().heads.first_tokens())


@cache
def chair_words() -> frozenset[str]:
    return frozenset(lexicon().cues["chair_verbs"].first_tokens())


@cache
def holder_words() -> frozenset[str]:
    return frozenset(lexicon().cues["holder_verbs"].first_tokens())


def _has(trie: PhraseTrie, tokens: Sequence[Token], a: int, b: int) -> tuple[int, int] | None:
    """The first phrase of `trie` that lies within tokens a..b-1, as (start, end)."""
    for k in range(max(a, 0), min(b, len(tokens))):
        found = trie.longest(tokens, k)
        if found is not None and found[0] <= b:
            return k, found[0]
    return None


def _ends_at(trie: PhraseTrie, tokens: Sequence[Token], end: int, reach: int = 4) -> int | None:
    """The start of a phrase of `trie` that ends right at token `end`."""
    for back in range(1, reach + 1):
        k = end - back
        if k < 0:
            break
        found = trie.longest(tokens, k)
        if found is not None and found[0] == end:
            return k
    return None


def _is_day(d: DateMention) -> bool:
    """A day, or a span that starts on one: a span of years (`giai đoạn 2016-2020`) dates no meeting."""
    if d.precision == "day":
        return True
    return d.precision == "range" and d.value is not None and len(d.value.split("/")[0]) >= 7


@dataclass(slots=True)
class Candidate:
    type: str
    first: int
    head_end: int
    last: int
    specific: bool
    sentence: tuple[int, int]  # token indices
    date: DateMention | None = None
    organizer: str | None = None
    chairs: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    name: str = ""


class Reader:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.tokens = tokens_of(doc)
        self.lex = lexicon()
        self.orgs: Sequence[OrgSpan] = doc.layers.orgs or ()
        self.places: Sequence[PlaceSpan] = doc.layers.places or ()
        self.persons: Sequence[PersonSpan] = doc.layers.person_spans or ()
        self.titles: Sequence[TitleSpan] = doc.layers.titles or ()
        tokens = self.tokens
        self.org_at: dict[int, tuple[int, OrgSpan]] = {}
        self.org_end: dict[int, tuple[int, OrgSpan]] = {}
        for o, (a, b) in zip(self.orgs, token_ranges(tokens, self.orgs), strict=True):
            if a is not None:
                self.org_at[a] = (b, o)
                self.org_end[b] = (a, o)
        self.place_at: dict[int, tuple[int, PlaceSpan]] = {}
        for p, (a, b) in zip(self.places, token_ranges(tokens, self.places), strict=True):
            if a is not None:
                self.place_at[a] = (b, p)
        self.titled = frozenset(k for t in self.titles for k in range(t.first, t.last))
        dates = doc.article.dates
        self.date_at = {a: d for d, (a, _b) in zip(dates, token_ranges(tokens, dates), strict=True)
                        if a is not None}
        self.date_stop = {a: b for a, b in token_ranges(tokens, dates) if a is not None and b is not None}
        spans = {id(d) for pair in anniversary_spans(dates) for d in pair}
        self.anniversary = frozenset(k for k, d in self.date_at.items() if id(d) in spans)
        mentions = [m for d in doc.article.documents for m in d.mentions]
        self.doc_tokens = frozenset(k for a, b in token_ranges(tokens, mentions) if a is not None
                                    for k in range(a, b))
        self.person_ending: dict[int, PersonSpan] = {}
        for p in self.persons:
            self.person_ending.setdefault(p.last, p)  # the first, as a scan in order finds
        self._sentence_ends: list[int] | None = None

    # --- mentions ---------------------------------------------------------------------------

    def candidates(self, heads: Sequence[int]) -> list[Candidate]:
        """The mentions of events at `heads`, the token indices of the head words."""
        tokens = self.tokens
        out: list[Candidate] = []
        after = 0
        for i in heads:
            if len(out) >= _MAX_CANDIDATES:
                break
            if i < after or self.lex.cues["not_events"].longest(tokens, i):
                continue
            found = self.lex.heads.longest(tokens, i)
            if found is None or i in self.doc_tokens:
                continue
            head_end, kind = found
            if tokens[head_end - 1].low == _MEETING_VERB and head_end - i == 1 and not self._verb_meeting(i):
                continue
            last = self._name_end(head_end)
            c = Candidate(str(kind), i, head_end, last, self._specific(i, head_end, last),
                           self._sentence(i))
            c.name = self._text(i, last)
            s, e = tokens[i].start, tokens[last - 1].end
            c.mentions.append(Mention(s, e, self.doc.text[s:e]))
            out.append(c)
            after = head_end
        return out

    def _verb_meeting(self, i: int) -> bool:
        """`họp` as a verb of meeting: after a body or a person, after `chủ trì`, or after a verb of
        holding (`triệu tập họp`)."""
        if i in self.org_end or i in self.person_ending:
            return True
        k = i - 1
        while k >= 0 and self.tokens[k].low in _ASPECT_BEFORE_HEAD:
            k -= 1
        if k + 1 in self.org_end or k + 1 in self.person_ending:
            return True
        # `triệu tập họp bàn …`, `tổ chức họp`: a noun after a verb of holding it
        return _ends_at(self.lex.cues["chair_verbs"], self.tokens, i) is not None or \
            _ends_at(self.lex.cues["organizer_verbs"], self.tokens, i) is not None

    def _name_end(self, head_end: int) -> int:
        tokens = self.tokens
        stops = self.lex.cues["name_stops"]
        k = head_end
        quoted = False
        while k < len(tokens) and k - head_end < _MAX_NAME:
            t = tokens[k]
            if "\n" in self.doc.text[tokens[k - 1].end:t.start]:
                break
            if t.text in "“\"":
                quoted = not quoted if t.text == '"' else True
                k += 1
                continue
            if t.text == "”":
                quoted = False
                k += 1
                continue
            if quoted:
                k += 1
                continue
            if k in self.date_at or (t.text in _CLAUSE_BREAK):
                break
            if t.text == ",":
                # "Kỳ họp thứ Nhất, Hội đồng nhân dân tỉnh": a body named right after a comma, past
                # the session's number (a bare "kỳ họp, Ban Pháp chế …" starts the next clause).
                if k + 1 in self.org_at and 1 <= k - head_end <= 3:
                    k = self.org_at[k + 1][0]
                    continue
                break
            if k in self.org_at:
                k = self.org_at[k][0]
                continue
            if stops.longest(tokens, k) is not None:
                break
            k += 1
        return max(k, head_end)

    def _specific(self, i: int, head_end: int, last: int) -> bool:
        verb = head_end - i == 1 and self.tokens[i].low == _MEETING_VERB
        return verb or self.tokens[i].cap or last - head_end >= 1

    def _sentence(self, i: int) -> tuple[int, int]:
        """Token indices of the sentence around token i. A dot after an abbreviation (`TP.`,
        `Q.`, an initial) does not end a sentence; a line break always does. A sentence is cut
        to `_REACH` tokens on either side of i: what the stage reads in it (cues, quotes, a
        date) stands near the mention, and text without sentence ends (a table, an attack)
        must not make every mention read all of it."""
        if self._sentence_ends is None:
            self._sentence_ends = [k for k in range(len(self.tokens)) if self._ends_sentence(k)]
        ends = self._sentence_ends
        at = bisect_left(ends, i)
        a = ends[at - 1] + 1 if at else 0
        b = ends[at] + 1 if at < len(ends) else len(self.tokens)
        return max(a, i - _REACH), min(b, len(self.tokens), i + _REACH)

    def _ends_sentence(self, k: int) -> bool:
        tokens = self.tokens
        if k + 1 < len(tokens) and "\n" in self.doc.text[tokens[k].end:tokens[k + 1].start]:
            return True
        text = tokens[k].text
        if text in "!?;":
            return True
        if text != ".":
            return False
        prev = tokens[k - 1].text if k > 0 else ""
        return not (prev in _ABBREVIATIONS or (len(prev) == 1 and prev.isupper()))

    def _text(self, a: int, b: int) -> str:
        return self.doc.text[self.tokens[a].start:self.tokens[b - 1].end]

    # --- classification -----------------------------------------------------------------------

    def background(self, c: Candidate) -> bool:
        tokens = self.tokens
        if _ends_at(self.lex.cues["background"], tokens, c.first, reach=3) is not None:
            return True
        if self._inside_quotes(c.sentence[0], c.first):
            return True
        a, b = c.sentence
        return _has(self.lex.cues["planned"], tokens, a, c.first) is not None or \
            _has(self.lex.cues["planned_after"], tokens, c.last, min(b, c.last + 3)) is not None

    def creating(self, c: Candidate) -> bool:
        """The mention reports the event itself: a verb of holding it right before the head or
        right after the name, the verb `họp`, or a date beside the name."""
        tokens = self.tokens
        if c.type == MEETING_TYPE and tokens[c.head_end - 1].low == _MEETING_VERB and c.head_end - c.first == 1:
            return True
        if _ends_at(self.lex.cues["creating_before"], tokens, self.before_head(c.first), reach=4) is not None:
            return True
        if c.last < len(tokens) and self.lex.cues["creating_after"].longest(tokens, c.last) is not None:
            return True
        if self._reported_later(c) or self._held_by(c) or self._dated_setting(c) or self.attended(c) or \
                self._working_day_of(c):
            return True
        window = range(max(0, c.first - 2), min(len(tokens), c.last + 3))
        return any(k in self.date_at and _is_day(self.date_at[k]) for k in window)

    def attended(self, c: Candidate) -> bool:
        """`Tại lễ trao quyết định, ông X mong muốn …`: a ceremony the sentence speaks from happened,
        wherever it stands in the text and undated. Unlike a congress or a plenum, a ceremony is
        not cited as a time or an authority (`tại Đại hội XII, Đảng ta …`). Attending (`dự lễ
        viếng`) is not enough: a notice of a funeral to come asks people to attend it."""
        if c.type not in _CEREMONIES:
            return False
        return _ends_at(self.lex.cues["attended"], self.tokens, self.before_head(c.first), reach=3) is not None

    def _working_day_of(self, c: Candidate) -> bool:
        """`Ngày 4/10, ngày làm việc thứ ba của Hội nghị lần thứ 8 …`: a day named as one of the
        event's working days dates the event itself."""
        k = self.before_head(c.first) - 1
        if k < 1 or self.tokens[k].low != _OF:
            return False
        start = max(c.sentence[0], k - _WORKING_DAY_REACH)
        return _has(self.lex.cues["working_day"], self.tokens, start, k) is not None

    def partnered(self, c: Candidate) -> bool:
        """`đã hội đàm với Chủ tịch Quốc hội …`, `cuộc họp với các đơn vị`: a meeting with a named
        partner is one of its own, even undated, where no earlier one of its type was read."""
        return c.last < len(self.tokens) and self.lex.cues["partner"].longest(self.tokens, c.last) is not None

    def _dated_setting(self, c: Candidate) -> bool:
        """`Phát biểu tại Hội nghị lần thứ 8 … đánh giá …, triển khai … diễn ra sáng 28-6`: the
        sentence speaks from inside the event and dates it, wherever the day stands in it."""
        if _ends_at(self.lex.cues["setting"], self.tokens, self.before_head(c.first), reach=3) is None:
            return False
        return self.date_of(c) is not None

    def _reported_later(self, c: Candidate) -> bool:
        """`Hội nghị lần thứ 8 … đánh giá tình hình … diễn ra sáng 28-6`: a name cut short by a stop
        word, its verb of holding further on in the clause (before any break or other head)."""
        tokens = self.tokens
        after = self.lex.cues["creating_after"]
        for k in range(c.last, min(len(tokens), c.last + _LATER_REACH)):
            if tokens[k].text in _CLAUSE_BREAK or tokens[k].text == "," or self.lex.heads.longest(tokens, k):
                return False
            found = after.longest(tokens, k)
            if found is not None:
                return found[0] < len(tokens) and found[0] in self.date_at
        return False

    def _held_by(self, c: Candidate) -> bool:
        """`tại buổi họp báo do UBND TP Hải Phòng tổ chức, …`: a body named after the event as the
        one holding it, in the same clause."""
        tokens = self.tokens
        after = self.date_stop.get(c.last, c.last)  # `buổi họp mặt đầu năm 2019 do Thành ủy … tổ chức`
        found = self.lex.cues["held_by"].longest(tokens, after) if after < len(tokens) else None
        if found is None:
            return False
        verbs = self.lex.cues["held_by_verbs"]
        k, end = found[0], min(len(tokens), c.last + _LATER_REACH)
        while k < end:
            if k in self.org_at:
                k = self.org_at[k][0]  # a body's own dot (`Thành ủy TP. HCM`) ends no clause
                continue
            if tokens[k].text in _CLAUSE_BREAK or tokens[k].text == ",":
                return False
            if verbs.longest(tokens, k) is not None:
                return True
            k += 1
        return False

    def _inside_quotes(self, a: int, i: int) -> bool:
        """Token `i` stands inside quotation marks opened after token `a` (its sentence start)."""
        opened = False
        for k in range(a, i):
            text = self.tokens[k].text
            if text == "“":
                opened = True
            elif text == "”":
                opened = False
            elif text == '"':
                opened = not opened
        return opened

    def happening(self, c: Candidate) -> bool:
        a, b = c.sentence
        if _has(self.lex.cues["happening"], self.tokens, a, b) is not None:
            return True
        return any(a <= k < b for k in self.date_at)

    # --- attributes -----------------------------------------------------------------------------

    def date_of(self, c: Candidate) -> DateMention | None:
        a, b = c.sentence
        cited = self.doc_tokens
        own = self._own_date(c)
        if own is not None:
            return own
        best: DateMention | None = None
        for k in range(a, b):
            d = self.date_at.get(k)
            if d is None or not _is_day(d) or k in cited or self._after_document(k) or k in self.anniversary \
                    or is_weekday(d):
                continue
            if k < c.first or best is None:
                if k > 0 and (self.tokens[k - 1].low == _UNTIL or self.tokens[k - 1].low in _DEADLINE):
                    # "từ ngày 5-5 đến 10-5-2017", "làm việc đến ngày 18/5": an end, not the day it began;
                    # "tổ chức họp kiểm điểm trước ngày 10-7": a deadline, not the day it was held
                    continue
                best = d
            if k > c.first:
                break
        return best

    def _own_date(self, c: Candidate) -> DateMention | None:
        """`ra thông cáo kỳ họp thứ 36 (từ 29 đến 31/5)`, `tại cuộc họp báo ngày 27/6`: a day right
        after the name, or in brackets there, is the event's own, whatever day the sentence opens
        with (the day it was reported); not a document's (`Nghị quyết 18 ngày 25-10-2017`)."""
        k = c.last
        d = self.date_at.get(k)
        tokens = self.tokens
        # a written day (`Kỳ họp thứ Tư` is no Wednesday) on the name's line, no end or deadline
        if d is not None and d.precision == "day" and any(ch.isdigit() for ch in d.text) \
                and k not in self.anniversary and not self._after_document(k) \
                and "\n" not in self.doc.text[tokens[k - 1].end:tokens[k].start] \
                and tokens[k - 1].low != _UNTIL and tokens[k - 1].low not in _DEADLINE:
            return d
        if k < len(self.tokens) and self.tokens[k].text == "(":
            d = self.date_at.get(k + 1)
            if d is not None and d.precision == "day" and k + 1 not in self.anniversary:
                return d
        return None

    def _after_document(self, k: int) -> bool:
        """`Nghị quyết 22-NQ/TW ngày 2-2-2008`: the date signs the document, it does not date the event."""
        j = k - 1
        while j >= 0 and self.tokens[j].low in _ISSUING_WORDS:
            j -= 1
        return j in self.doc_tokens

    def organizer_of(self, c: Candidate) -> str | None:
        return self.stated_organizer(c) or self.default_organizer(c.type)

    def stated_organizer(self, c: Candidate) -> str | None:
        """The body the text gives as holding the event, or None where it names none."""
        tokens = self.tokens
        a, _b = c.sentence
        verb = _ends_at(self.lex.cues["organizer_verbs"], tokens, self.before_head(c.first), reach=4)
        if verb is not None and not (verb > 0 and tokens[verb - 1].low in _SESSION_NOUNS):  # `phiên khai mạc`
            subject = self._subject(a, verb)
            if subject is not None:
                return subject
        if c.type == MEETING_TYPE and tokens[c.head_end - 1].low == _MEETING_VERB:
            if c.first in self.org_end:
                return self.org_end[c.first][1].name
            k = c.first - 1
            while k >= a and tokens[k].low in _ASPECT_BEFORE_VERB:
                k -= 1
            if k + 1 in self.org_end:
                return self.org_end[k + 1][1].name
            if c.head_end in self.org_at:
                return self.org_at[c.head_end][1].name
        # "cuộc họp báo ngày 20/3 của UBND thành phố": the body may follow the event's own day.
        after = c.last if self._after_document(c.last) else self.date_stop.get(c.last, c.last)
        hit = self.lex.cues["organizer_after"].longest(tokens, after) if after < len(tokens) else None
        if hit is not None and hit[0] in self.org_at:
            return self.org_at[hit[0]][1].name
        for key, organizer in self.lex.implied_organizers.items():
            if fold_key(c.name).startswith(key):
                return organizer
        if c.type in _CEREMONIES:
            return None  # `Lễ ký kết giữa UBND tỉnh X và …`, `Lễ kỷ niệm … Sở Y`: its sides or honoured, not its host
        cited = any(k in self.doc_tokens for k in range(c.head_end, c.last))
        for k in range(c.head_end, c.last):
            if k in self.org_at and k not in self.doc_tokens and not (cited and tokens[k - 1].low == _OF):
                return self.org_at[k][1].name
        return None

    def default_organizer(self, kind: str) -> str | None:
        head = default_organizers().get(kind)
        context = self.doc.layers.context
        if head is None or context is None or context.province is None:
            return None
        return f"{head} {with_admin_word(context.province, city=context.province_kind == 'city')}"

    def before_head(self, first: int) -> int:
        """Skip `buổi`, `cuộc` before a head word."""
        k = first
        while k > 0 and self.tokens[k - 1].low in _CLASSIFIERS:
            k -= 1
        return k

    def _subject(self, a: int, verb: int) -> str | None:
        """The first body (or place) of the clause before the verb: `Hội Nông dân Việt Nam phối
        hợp với tỉnh Vĩnh Phúc đã tổ chức` -> Hội Nông dân Việt Nam."""
        located = _LOCATED_WORDS
        for k in range(verb - 1, a - 1, -1):
            if k in self.org_at and self.org_at[k][0] <= verb and k not in self.titled and \
                    (k == 0 or self.tokens[k - 1].low not in located):
                return self._office_of(k) or self.org_at[k][1].name
        k = a
        while k < verb:
            if k in self.place_at and self.place_at[k][0] <= verb and \
                    (k == 0 or self.tokens[k - 1].low not in _AT):
                span = self.place_at[k][1]
                return self.doc.text[span.start:span.end]
            k += 1
        return None

    def _office_of(self, k: int) -> str | None:
        """`Cục Khí tượng thủy văn, Bộ Nông nghiệp và Môi trường tổ chức`: the ministry after a
        comma is the parent of the office before it (whose name the bodies stage completed with
        it), and the office is the one that acts."""
        if k < 2 or self.tokens[k - 1].text != "," or k - 1 not in self.org_end:
            return None
        office = self.org_end[k - 1][1].name
        parent = fold_key(self.org_at[k][1].name)
        return office if fold_key(office).endswith(f" {parent}") else None

    def chairs_in(self, a: int, b: int) -> list[tuple[int, str]]:
        """(token index of the verb, person name) for every `chủ trì`/`chủ tọa` of tokens a..b."""
        tokens = self.tokens
        out: list[tuple[int, str]] = []
        verbs = self.lex.cues["chair_verbs"]
        persons = self.doc.article.persons
        after = a
        for k in starts_of(self.doc, chair_words()):
            if k < after or k >= b:
                continue
            found = verbs.longest(tokens, k)
            if found is None:
                continue
            end = found[0]
            who = self._person_before(k, a)
            if who is None:
                who = self._person_after(end, b)
            if who is None:
                who = self._title_holder(k)
            if who is not None:
                out.append((k, persons[who].name))
            after = end
        holders = self.lex.cues["holder_verbs"]
        for k in starts_of(self.doc, holder_words()):
            if a <= k < b and holders.longest(tokens, k) is not None:
                who = self._person_before(k, a)
                if who is not None:
                    out.append((k, persons[who].name))
        return out

    def _person_before(self, verb: int, a: int) -> int | None:
        """The person right before the verb, across the titles and bodies of an apposition."""
        tokens = self.tokens
        k = verb - 1
        while k >= a:
            p = self.person_ending.get(k + 1)
            if p is not None:
                return p.person
            if k in self.titled or tokens[k].text in ",-–()" or tokens[k].low in _CHAIR_GAP_WORDS:
                k -= 1
                continue
            if k + 1 in self.org_end:
                k = self.org_end[k + 1][0] - 1
                continue
            return None
        return None

    def _person_after(self, end: int, b: int) -> int | None:
        """`dưới sự chủ trì của đồng chí X`, `Chủ trì buổi họp báo có Thứ trưởng … X`,
        `Chủ trì họp Ban Chỉ đạo …, Thủ tướng X nhấn mạnh`."""
        tokens = self.tokens
        if end >= len(tokens):
            return None
        verb = end - 1
        while verb > 0 and tokens[verb - 1].word and tokens[verb].low != _CHAIR_VERB_START:
            verb -= 1
        while end < b and tokens[end].low in _CHAIR_VERB_TAIL:
            end += 1  # "dưới sự chủ trì, điều hành của đồng chí X"
        lead = (end < len(tokens) and tokens[end].low in _CHAIR_LEAD) or self._sentence_start(verb)
        if not lead:
            return None
        for p in self.persons:
            if end <= p.first < b:
                return p.person
        return None

    def _sentence_start(self, k: int) -> bool:
        return self._sentence(k)[0] in (k, k - 1)

    def _title_holder(self, verb: int) -> int | None:
        """`Thủ tướng chủ trì họp …`: the person the article gives that title."""
        title = next((t for t in self.titles if t.last == verb), None)
        if title is None:
            return None
        key = fold_key(title.title)
        for index, person in enumerate(self.doc.article.persons):
            if any(fold_key(pos.title) == key for pos in person.positions):
                return index
        return None


