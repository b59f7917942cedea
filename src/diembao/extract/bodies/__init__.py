"""Bodies and office titles: Party committees and their boards, state bodies of every level,
ministries and departments, courts, police, mass organisations, companies, foreign bodies; and
the titles (`data/persons/titles.tsv`) with the body each belongs to.

Reads the layers `tokens`, `places` and `context`; writes `Article.organizations` (each body
once, with its mentions), the layer `orgs` (tuple of `OrgSpan`, in text order; `name` is the
completed name) and the layer `titles` (tuple of `TitleSpan`). The grammar is `diembao.bodies`.

Titles separated by commas form a chain (`Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh`).
In a chain a body left incomplete takes its parent from a neighbour: `Bí thư Đảng ủy, Giám đốc
Công an tỉnh Đồng Nai` is the Đảng ủy of Công an tỉnh Đồng Nai, `Bí thư Thành ủy Đà Nẵng, Ủy viên
Ban thường vụ` the Ban Thường vụ of that Thành ủy, and a title with no body of its own shares
the next one's (`Tổng giám đốc, Chủ tịch HĐQT Công ty X`: both of Công ty X). A board still
incomplete is the fuller body of the same article that begins with it (`Ban Kinh tế - Ngân
sách` -> `Ban Kinh tế - Ngân sách HĐND tỉnh Bắc Kạn`), or is not listed.

The bodies a body belongs to count as bodies of the article too (`Ban Thường vụ Tỉnh ủy Tiền
Giang` names `Tỉnh ủy Tiền Giang`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from diembao.extract import titles
from diembao.extract.bodies.branches import with_branch, with_legal_form
from diembao.extract.bodies.chain_parents import (
    committee_parent,
    member_head,
    placed_name,
    shares_body,
    written_place,
)
from diembao.extract.bodies.cited import cited_outlet, outlet_start_words
from diembao.extract.bodies.cut import before_title
from diembao.extract.bodies.dashed import with_dashed_place
from diembao.extract.bodies.dashed_titles import body_after_dash
from diembao.extract.bodies.expanded import expanded, expanded_or_none
from diembao.extract.bodies.fuller import as_fuller, fuller_names
from diembao.extract.bodies.grammar import Body, BodyParser, Context, body_start_words
from diembao.extract.bodies.holder import without_person_tail as _without_person_tail
from diembao.extract.bodies.latin import latin_names, suffix_words
from diembao.extract.bodies.lists import ministry_list
from diembao.extract.bodies.lower_heads import lower_head, with_session
from diembao.extract.bodies.names import kind_of_name
from diembao.extract.bodies.preceding import with_preceding_parents
from diembao.extract.bodies.subunits import of_district, parent_after_dash, parent_after_gap
from diembao.extract.bodies.titled import after_title
from diembao.extract.bodies.weak import weak, without_number_tail
from diembao.extract.doc import Doc
from diembao.extract.lexing import starts_of, tokens_of, with_tokens
from diembao.extract.spans import OrgSpan, PlaceSpan, TitleSpan
from diembao.extract.titles import TitleIndex, TitleMatch, title_index, with_title_index
from diembao.lexicon.bodies import grammar, lexicon
from diembao.record import Mention, Organization
from diembao.text import fold_key
from diembao.text.tokens import PhraseTrie, Token

REQUIRES = ("tokens", "places", "context")
ASSIGNS = ("organizations", "orgs", "titles", "title_index")

# What may stand between two titles of one chain (`data/orgs/grammar.json`).
_CHAIN_GAPS = tuple(tuple(gap.split(" ")) for gap in grammar()["chain_gaps"])
_CREDIT_WORDS = frozenset(grammar()["credit_words"])  # `Ảnh: Reuters` credits a photo
_STATE_BOARDS = tuple(grammar()["state_boards"])
_DEPUTY_HEADS = frozenset(grammar()["deputy_heads"])
_OF_PARENTS = PhraseTrie()
for _p in grammar()["of_parents"]:
    _OF_PARENTS.add(_p, True)
_QUALIFIERS = PhraseTrie()
for _q in grammar()["title_qualifiers"]:
    _QUALIFIERS.add(_q, True)


@dataclass(frozen=True, slots=True)
class _Title:
    match: TitleMatch
    body: Body | None
    last: int  # token index after the title and its body
    qualifier: tuple[int, str] | None = None  # (token after it, as written): `Thường trực` of a deputy

    @property
    def title(self) -> str:
        return f"{self.match.title} {self.qualifier[1]}" if self.qualifier else self.match.title

    @property
    def end(self) -> int:
        """The token after the title's words (its qualifier included)."""
        return self.qualifier[0] if self.qualifier else self.match.end


def trigger_words() -> tuple[frozenset[str], ...]:
    """The words this stage looks up (collected by `diembao.extract.pipeline.Pipeline` for lexing)."""
    return (body_start_words(), outlet_start_words(), suffix_words(), *titles.trigger_words())


def _credit(tokens: Sequence[Token], i: int) -> bool:
    """`Ảnh: Reuters` credits a photo; it does not name a body of the story."""
    k = i - 1 if i > 0 and tokens[i - 1].text == ":" else i
    return k > 0 and tokens[k - 1].low in _CREDIT_WORDS


def scan(doc: Doc, tokens: Sequence[Token], parser: BodyParser, index: TitleIndex) -> tuple[list[Body], list[_Title]]:
    """Bodies and titles of the text, left to right; a title's body is read with the title."""
    # A body never starts in the middle of a place's name ("Hải Phòng" is no "Phòng").
    inside_places = frozenset(k for start, (end, _span) in parser.place_at.items() for k in range(start + 1, end))
    bodies: list[Body] = []
    titles: list[_Title] = []
    in_place = frozenset(k for start, (end, _span) in parser.place_at.items() for k in range(start, end))
    # `CEO Yuri Holdings`: an office title before the name is not the name's.
    parser.latin = latin_names(tokens, starts_of(doc, suffix_words()), parser._joined, in_place,
                               lambda k: parser._is_stop(k) or k in index.at)
    body_starts = frozenset(starts_of(doc, body_start_words())) | parser.latin.keys()
    outlet_starts = frozenset(starts_of(doc, outlet_start_words()))
    candidates = sorted({*body_starts, *outlet_starts, *index.at})
    after = 0
    for i in candidates:
        if i < after:
            continue
        t = tokens[i]
        match = index.at.get(i)
        if match is not None:
            body = after_title(parser, match) or body_after_dash(parser, match, index.at)
            body = with_legal_form(parser, with_branch(parser, with_session(parser, body)))
            if body is not None:
                body = before_title(parser, body, index.at)
            qualifier = _qualifier(tokens, match, body, parser)
            if qualifier is not None:
                qualifier, body = qualifier
            if body is not None and body.end > match.end:
                body = _of_parent(tokens, _sub_unit(parser, _without_person_tail(tokens, body, parser)), parser)
            last = max(match.end, body.end if body is not None else 0)
            if body is not None and weak(parser, body):
                body = None
            titles.append(_Title(match, body, last, qualifier))
            after = last
            continue
        lower = lower_head(parser, i) if not (t.cap or t.upper) and i in body_starts else None
        if (t.cap or t.upper or lower or parser._lower_board(i)) and not _credit(tokens, i) and i not in inside_places:
            listed = ministry_list(parser, i)
            if listed:
                bodies.extend(listed)
                after = listed[-1].end
                continue
            body = lower or (parser.parse(i) if i in body_starts else None)
            if body is not None:
                body = with_dashed_place(parser, with_session(parser, body))
                body = with_legal_form(parser, with_branch(parser, body))
            if body is None and i in outlet_starts:
                body = cited_outlet(parser, i)
            if body is not None:
                body = before_title(parser, body, index.at)
            if body is not None:
                body = without_number_tail(parser, _of_parent(tokens, _sub_unit(parser, body), parser))
                if weak(parser, body):
                    continue
                bodies.append(body)
                after = body.end
    return bodies, titles


def _sub_unit(parser: BodyParser, body: Body) -> Body:
    """A sub-unit with what it belongs to: its parent after a dash, comma or bracket, else the
    district the text is about (`bodies/subunits.py`)."""
    return of_district(parser, parent_after_gap(parser, parent_after_dash(parser, body)))


def _of_parent(tokens: Sequence[Token], body: Body, parser: BodyParser) -> Body:
    """`Ủy ban Tài chính, Ngân sách` + `của Quốc hội`: the parent written with `của` is part of the
    name (`data/orgs/grammar.json` of_parents)."""
    found = _OF_PARENTS.longest(tokens, body.end) if body.end < len(tokens) and not body.parents else None
    if found is None:
        return body
    written = parser._text(body.end, found[0])
    return replace(body, end=found[0], name=f"{body.name} {written}")


def _qualifier(tokens: Sequence[Token], match: TitleMatch, body: Body | None,
               parser: BodyParser) -> tuple[tuple[int, str], Body] | None:
    """`Phó Chủ nhiệm` + `Thường trực Ủy ban Kiểm tra …`: the qualifier goes with the deputy's
    title, and the body is what follows it."""
    if body is None or body.start != match.end or tokens[match.start].low not in _DEPUTY_HEADS:
        return None
    found = _QUALIFIERS.longest(tokens, body.start)
    if found is None or found[0] >= body.end:
        return None
    rest = parser.parse(found[0], relaxed=True)
    if rest is None:
        return None
    written = " ".join(t.text for t in tokens[body.start:found[0]])
    return (found[0], written[:1].upper() + written[1:]), rest


def chains(tokens: Sequence[Token], titles: Sequence[_Title]) -> list[list[int]]:
    """Indices of titles written one after another (`, `, `kiêm`, `và`), one list per chain."""
    out: list[list[int]] = []
    for k, title in enumerate(titles):
        if out:
            prev = titles[out[-1][-1]]
            between = tuple(t.low for t in tokens[prev.last:title.match.start])
            if between in _CHAIN_GAPS:
                out[-1].append(k)
                continue
        out.append([k])
    return out


def _root(body: Body) -> str:
    """The body a board belongs to, else the body itself (`HĐQT Công ty X` -> `Công ty X`)."""
    return body.parents[-1] if body.kind == "board" and body.parents else body.name


def complete_chain(titles: list[_Title], chain: Sequence[int], tokens: Sequence[Token] = ()) -> None:
    """Fill the incomplete and missing bodies of a chain from its neighbours, in place."""
    for pos, k in enumerate(chain):
        title = titles[k]
        after = [titles[j].body for j in chain[pos + 1:] if titles[j].body is not None
                 and not titles[j].body.incomplete]
        before = [titles[j].body for j in chain[:pos] if titles[j].body is not None
                  and not titles[j].body.incomplete]
        body = title.body
        if body is not None and body.implicit:
            body = written_place(body, [*after, *reversed(before)])
            titles[k] = title = replace(title, body=body)
        if body is None:
            entry = title.match.entry
            member = member_head(tokens, title.match) if tokens else None
            if member is not None and (after or before):
                # `Đảng ủy viên, Phó Tư lệnh Quân chủng Hải quân`: the committee of that institution.
                nxt = after[0] if after else before[-1]
                parent = committee_parent(nxt, _root(nxt))
                titles[k] = replace(title, body=Body(title.last, title.last, f"{member} {parent}", "committee",
                                                     True, parents=(parent,)))
            elif after and not entry.default_org and not entry.fixed_org and shares_body(entry.title):
                nxt = after[0]
                shared = Body(title.last, title.last, _root(nxt), nxt.kind, True)
                titles[k] = replace(title, body=shared)
            continue
        if not body.incomplete:
            continue
        if body.needs == "place":
            # "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh Đồng Nai".
            place = next((b.place for b in (*after, *reversed(before)) if b.place), None)
            if place is not None:
                titles[k] = replace(title, body=replace(body, name=placed_name(body, place), incomplete=False,
                                                        needs=None, place=place))
            continue
        parent = None
        if body.kind == "board" and not fold_key(body.name).startswith(_STATE_BOARDS):
            parent = next((b.name for b in reversed(before) if b.kind == "committee"), None)
        if parent is None and after:
            parent = committee_parent(after[0], _root(after[0])) if body.kind == "committee" else _root(after[0])
        if parent is not None:
            titles[k] = replace(title, body=replace(body, name=f"{body.name} {parent}", incomplete=False,
                                                    needs=None, parents=(parent,)))


def _fuller(body: Body, complete: Sequence[Body]) -> Body | None:
    key = fold_key(body.name) + " "
    return next((c for c in complete if fold_key(c.name).startswith(key)), None)


def annotate(doc: Doc) -> Doc:
    doc = with_tokens(doc)
    tokens = tokens_of(doc)
    places: Sequence[PlaceSpan] = doc.layers.places or ()
    context: Context = doc.layers.context or Context()
    parser = BodyParser(tokens, places, context)
    doc = with_title_index(doc)
    bodies, titles = scan(doc, tokens, parser, title_index(doc))
    bodies, titles = _units_of_parents_before(parser, bodies, titles)
    groups = chains(tokens, titles)
    for chain in groups:
        complete_chain(titles, chain, tokens)
    complete = [b for b in bodies if not b.incomplete] + \
        [t.body for t in titles if t.body is not None and not t.body.incomplete]
    for k, title in enumerate(titles):
        if title.body is not None and title.body.incomplete and (full := _fuller(title.body, complete)):
            titles[k] = replace(title, body=replace(full, start=title.body.start, end=title.body.end))
    bodies = [b if not b.incomplete else _relocated(b, _fuller(b, complete)) for b in bodies]
    listed = [b for b in bodies if b is not None and not b.incomplete]
    listed += [t.body for t in titles if t.body is not None and not t.body.incomplete]
    listed.sort(key=lambda b: b.start)
    spans, organizations = _records(doc, tokens, listed)
    fuller = fuller_names(listed)
    if fuller:
        # The article's list of bodies and its offices name a body once, under its fuller writing;
        # the spans keep the writing of each place, which a document's issuer or a meeting's
        # organizer records as written (`Ban Bí thư` issues a decision).
        listed = [b for b in (as_fuller(b, fuller) for b in listed) if b is not None]
        titles = [replace(t, body=as_fuller(t.body, fuller)) for t in titles]
        _, organizations = _records(doc, tokens, listed)
        # A ministry's short writing (`Lãnh đạo Bộ Giao thông gồm … Thứ trưởng A`) is the body
        # of the offices read from its span, so the span takes the full name.
        spans = tuple(replace(s, name=fuller[k].name) if (k := fold_key(s.name)) in fuller
                      and fuller[k].kind == "ministry" else s for s in spans)
    title_spans = tuple(
        TitleSpan(t.match.start, t.last, tokens[t.match.start].start, tokens[t.end - 1].end,
                  t.title, expanded_or_none(_org_name(t)), chain_no,
                  org_written=t.body is not None and t.body.end > t.body.start)
        for chain_no, chain in enumerate(groups) for t in (titles[k] for k in chain)
    )
    doc = doc.with_article(organizations=organizations)
    return doc.with_layers(orgs=spans, titles=title_spans)


def _units_of_parents_before(parser: BodyParser, bodies: list[Body],
                             titles: list[_Title]) -> tuple[list[Body], list[_Title]]:
    """Bare units named with the police or department just before them (`bodies/preceding.py`),
    over the bodies and the titles' bodies together, in text order."""
    order = sorted([(b.start, 0, i) for i, b in enumerate(bodies)] +
                   [(t.body.start, 1, k) for k, t in enumerate(titles) if t.body is not None])
    found = [bodies[i] if which == 0 else titles[i].body for _s, which, i in order]
    done = with_preceding_parents(parser, [b for b in found if b is not None])
    bodies, titles = list(bodies), list(titles)
    for (_s, which, i), body in zip(order, done, strict=True):
        if which == 0:
            bodies[i] = body
        else:
            titles[i] = replace(titles[i], body=body)
    return bodies, titles


def _relocated(body: Body, fuller: Body | None) -> Body | None:
    if fuller is None:
        return None
    return replace(fuller, start=body.start, end=body.end, implicit=True)


def _org_name(title: _Title) -> str | None:
    """The body recorded for a title: its own when complete (an incomplete one, `tỉnh ủy` with no
    province to place it, is no body to record), else the convention's."""
    if title.body is not None:
        return None if title.body.incomplete else title.body.name
    return _default_org(title)


def _default_org(title: _Title) -> str | None:
    default = title.match.entry.default_org
    return None if default in (None, "-") else default


def _records(doc: Doc, tokens: Sequence[Token], bodies: Sequence[Body]) -> tuple[tuple[OrgSpan, ...],
                                                                                   tuple[Organization, ...]]:
    spans: list[OrgSpan] = []
    order: dict[str, int] = {}
    entries: list[tuple[str, str, list[Mention]]] = []

    def add(name: str, kind: str | None, mention: Mention | None) -> None:
        name = expanded(name)
        key = fold_key(name)
        if key not in order:
            order[key] = len(entries)
            entries.append((name, kind or kind_of_name(name), []))
        elif kind is not None and entries[order[key]][1] != kind:
            entries[order[key]] = (entries[order[key]][0], kind, entries[order[key]][2])
        if mention is not None:
            entries[order[key]][2].append(mention)

    ministry_heads = lexicon().ministry_heads
    for b in bodies:
        # `Bộ trưởng Giao thông Vận tải`: the ministry's head is the title's; its field alone is
        # no mention of the ministry (flat NER, as vtner tags it, has none there).
        mention: Mention | None = None
        if b.end > b.start:
            start, end = tokens[b.start].start, tokens[b.end - 1].end
            spans.append(OrgSpan(start, end, expanded(b.name), b.kind))
            # `Bộ trưởng Giao thông Vận tải`: the ministry's head is the title's; its field alone
            # is no mention of the ministry (flat NER, as vtner tags it, has none there).
            if not (b.kind == "ministry" and ministry_heads.longest(tokens, b.start) is None):
                mention = Mention(start, end, doc.text[start:end])
        add(b.name, b.kind, mention)
        unlisted = lexicon().unlisted_parents
        for parent in b.parents:
            if not fold_key(parent).startswith(unlisted):
                add(parent, None, None)
    organizations = tuple(Organization(name, kind, tuple(ms)) for name, kind, ms in entries)
    return tuple(spans), organizations
