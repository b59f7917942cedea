"""Full-text search: the query language, its translation to the index, ranking and snippets.

Query language (what a user types; nothing else is special):
- words: every word must occur (`hội nghị tiền giang`); punctuation inside a word splits it into
  a phrase (`22-NQ/TW` is the phrase `22 nq tw`);
- `"a phrase"`: the words in that order;
- `a OR b`: either (binds tighter than the implicit AND: `tỉnh ủy bình OR binh`);
- `-word`, `NOT word`: must not occur;
- `word*`: a prefix (of at least two letters; short prefixes are slow, the engine merges every
  word that starts with them).
A word written with any diacritic is matched exactly, tone marks and all (case and tone-mark
placement aside: `hoà` = `hòa`); a word written without any is matched whatever its marks
(`vo van binh` finds `Võ Văn Bình`); in a phrase, one marked word makes the whole phrase exact.
See `analysis.py` for the two forms of the text that make this work.

A query that cannot mean anything (an unclosed quote, a dangling OR, only exclusions, nothing
but punctuation) raises `QueryError` with a message; the engine's own refusals become
`QueryError` too. Nothing a user types reaches the engine unquoted.

Ranking is what a person means (`plan`): the articles linked to the entities the query names
(`recognise.py`), then the words side by side, then near one another, then BM25 over every word
(title 10, lead 4, captions 2, body 1). Snippets are cut from the article's own text around the
densest run of matched words, the words side by side where they stand so.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from diembao.text import SEPARATOR, fold, join_segments

from . import facets
from .analysis import WORD, loosen
from .codec import unpack_before
from .filters import Filters, QueryError
from .results import ArticleRef, SearchHit, SearchResult, Snippet
from .store import EXACT_COLUMNS, LOOSE_COLUMNS, MatchError, Store

if TYPE_CHECKING:
    from .recognise import Found

MAX_TERMS = 32
MAX_QUERY_CHARS = 1000
SNIPPET_CHARS = 220


@dataclass(frozen=True, slots=True)
class Term:
    words: tuple[str, ...]  # folded; loosened already when not exact
    exact: bool
    prefix: bool
    raw: str = field(default="", compare=False)  # as typed, for recognising names and symbols

    def fts(self) -> str:
        columns = " ".join(EXACT_COLUMNS if self.exact else LOOSE_COLUMNS)
        return "{" + columns + '} : "' + " ".join(self.words) + '"' + ("*" if self.prefix else "")


@dataclass(frozen=True, slots=True)
class Query:
    groups: tuple[tuple[Term, ...], ...]  # all groups must match; any term of a group
    excluded: tuple[Term, ...]

    def fts(self, conditions: Sequence[str] = (), widen: Sequence[tuple[int, int, str]] = ()) -> str:
        """The expression: every group, and every condition. `widen` gives runs of groups
        (start, end, condition) that may be met by the condition instead (an article that cites a
        document matches its symbol however the article writes it)."""
        parts = ["(" + " OR ".join(t.fts() for t in group) + ")" for group in self.groups]
        for start, end, condition in sorted(widen, reverse=True):
            parts[start:end] = ["((" + " AND ".join(parts[start:end]) + f") OR {condition})"]
        return self.guard(" AND ".join(parts), conditions)

    def guard(self, expression: str, conditions: Sequence[str] = ()) -> str:
        """`expression` with the conditions (filters) and without the excluded words."""
        expression = " AND ".join([expression, *conditions])
        if self.excluded:
            expression = f"({expression}) NOT ({' OR '.join(t.fts() for t in self.excluded)})"
        return expression

    @property
    def terms(self) -> tuple[Term, ...]:
        return tuple(t for group in self.groups for t in group)


# --- parsing ------------------------------------------------------------------------------------

_PIECE = re.compile(r'"(?P<phrase>[^"]*)"(?P<pstar>\*?)|(?P<word>[^\s"]+)|(?P<quote>")')


def parse_query(text: str) -> Query:
    if not isinstance(text, str):
        raise QueryError("the query must be text")
    text = unicodedata.normalize("NFC", text)
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is too long ({len(text)} characters; the limit is {MAX_QUERY_CHARS})")
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    pending_or = negate = False
    for match in _PIECE.finditer(text):
        if match.group("quote"):
            raise QueryError('a quote (") is not closed')
        word = match.group("word")
        if word in ("OR", "AND", "NOT"):
            if word == "OR":
                if not groups or pending_or or negate:
                    raise QueryError("OR must stand between two search words")
                pending_or = True
            elif word == "NOT":
                negate = True
            continue
        if word is not None and word.startswith("-") and len(word) > 1:
            negate, word = True, word[1:]
        raw = match.group("phrase") if word is None else word
        prefix = bool(match.group("pstar")) if word is None else raw.endswith("*")
        term = _term(raw, prefix)
        if term is None:
            if pending_or:
                raise QueryError("OR must stand between two search words")
            negate = False
            continue
        if negate:
            if pending_or:
                raise QueryError("OR cannot join an excluded word")
            excluded.append(term)
            negate = False
        elif pending_or:
            groups[-1].append(term)
            pending_or = False
        else:
            groups.append([term])
        if sum(len(g) for g in groups) + len(excluded) > MAX_TERMS:
            raise QueryError(f"too many search words (the limit is {MAX_TERMS})")
    if pending_or:
        raise QueryError("OR must stand between two search words")
    if negate:
        raise QueryError("NOT must be followed by a word to exclude")
    if not groups:
        raise QueryError("nothing to search for: give at least one word that must occur"
                         if excluded else "nothing to search for")
    return Query(tuple(tuple(g) for g in groups), tuple(excluded))


def _term(raw: str, prefix: bool) -> Term | None:
    words = WORD.findall(fold(raw))
    if not words:
        return None
    if prefix and len(words[-1]) < 2:
        # One letter would make the engine merge the word lists of a good part of the language.
        raise QueryError(f"a prefix needs at least two letters: {raw!r}")
    exact = any(loosen(w) != w for w in words)
    return Term(tuple(words if exact else (loosen(w) for w in words)), exact, prefix, raw.rstrip("*"))


# --- running ------------------------------------------------------------------------------------


NO_FILTERS = Filters()

# Only this many matches, the most recently stored, are ranked (see `Store.match`).
RANK_WINDOW = 1000


def search(store: Store, text: str, *, filters: Filters = NO_FILTERS, limit: int = 20, offset: int = 0,
           count: bool = False, entities: bool = True) -> SearchResult:
    """Ranked articles for `text`. Every hit matches every word (or the entity a run of words
    names: `base`); the order is tiers (see `plan`), each ranked inside."""
    return search_with_matches(store, text, filters=filters, limit=limit, offset=offset, count=count,
                               entities=entities)[0]


def search_with_matches(store: Store, text: str, *, filters: Filters = NO_FILTERS, limit: int = 20,
                        offset: int = 0, count: bool = False, entities: bool = True, count_phrase: bool = True,
                        window: int = 0, count_cap: int | None = None) -> tuple[SearchResult, list[int]]:
    """`search`, and the `window` most recently stored of all its matches (the base
    expression's), which the facets count: one read of the index serves the total when the
    matches are fewer, and the words tier. `count_phrase`: count the words side by side too
    (`SearchResult.phrase_total`), a second count a page that does not show it can spare.
    `count_cap`: stop counting past it (`SearchResult.total_capped`)."""
    from .recognise import cards

    query = parse_query(text)
    if limit < 0 or offset < 0:
        raise QueryError("limit and offset cannot be negative")
    if filters.empty:
        return SearchResult(text, (), 0 if count else None, offset, 0 if count else None), []
    found, base = _base(store, query, filters, entities)
    tiers = plan(store, query, found, filters.conditions, base)
    need = offset + limit
    ranked: dict[int, tuple[int, float]] = {}
    memo: dict[tuple[str, int], list[int]] = {}
    try:
        matches = _newest(store, memo, base, window) if window else []
        # Every tier implies the base: when nothing matches it (cheap to learn, the engine stops at
        # its first match), the tiers, whose phrases read positions, need not run.
        if len(tiers) > 1 and not (matches if window else store.newest(base, 1)):
            tiers = tiers[-1:]
        for level, tier in enumerate(tiers):
            if len(ranked) >= need:
                break
            for aid, score in _run(store, tier, need, query, memo):
                ranked.setdefault(aid, (level, score))
        total, capped = None, False
        if count:
            total = len(matches) if window and len(matches) < window else store.count_matches(base, count_cap)
            if count_cap is not None and total > count_cap:
                total, capped = count_cap, True
        phrase = next((t.expression for t in tiers if t.name == "phrase"), None)
        phrase_total = (store.count_matches(phrase) if phrase else total) if count and count_phrase else None
    except MatchError as err:
        raise QueryError(f"the search engine refused the query ({err})") from None
    order = sorted(ranked.items(), key=lambda item: item[1])[offset:need]
    rows = _hit_rows(store, [aid for aid, _rank in order])
    hits = tuple(_hit(rows[aid], _score(level, score, len(tiers)), query, tiers[level].name)
                 for aid, (level, score) in order)
    return SearchResult(text, hits, total, offset, phrase_total, cards(store, found), capped), matches


def matches(store: Store, text: str, *, filters: Filters = NO_FILTERS, window: int, entities: bool = True) -> list[int]:
    """The `window` most recently stored articles of all that `search` would find."""
    if filters.empty:
        return []
    _found, base = _base(store, parse_query(text), filters, entities)
    try:
        return store.newest(base, window)
    except MatchError as err:
        raise QueryError(f"the search engine refused the query ({err})") from None


def _base(store: Store, query: Query, filters: Filters, entities: bool) -> tuple[list[Found], str]:
    """The entities the query names, and the expression every match of the search matches: each
    group's words, or the entity a run of groups names."""
    from .recognise import recognise

    found = recognise(store, _runs(query)) if entities else []
    return found, query.fts(filters.conditions, [(f.start, f.end, f.condition()) for f in found])


@dataclass(frozen=True, slots=True)
class Tier:
    name: str  # entity | phrase | near | words
    expression: str  # implies the query's base expression
    words: Term | None = None  # the query's words side by side: in the title or lead, a hit ranks first
    inner: str | None = None  # an entity's articles that also hold the words side by side come next
    newest_only: bool = False  # read newest first, nothing else (NEAR: its title matches would cost a scan)
    rest: bool = False  # the words tier after others: when small, what the others left, titles first


def _score(level: int, bm25: float, levels: int) -> float:
    return round(-bm25 + TIER_SCORE * (levels - 1 - level), 4)


TIER_SCORE = 10_000.0
NEAR_SLACK = 2  # words allowed between the query's words, for each word, in the `near` tier
HEAD_SCORE = -10.0  # in a tier, the words in the title or lead weigh as BM25's title weight
INNER_SCORE = -5.0
SMALL_TIER = 100  # a tier of this many articles or fewer is ordered all at once


def _newest(store: Store, memo: dict[tuple[str, int], list[int]], expression: str, limit: int) -> list[int]:
    """`store.newest`, read once per expression: a longer read already made holds a shorter one's
    answer (the newest first), as does a read that found fewer than it asked for."""
    if (expression, limit) not in memo:
        known = [(n, aids) for (e, n), aids in memo.items() if e == expression and (n >= limit or len(aids) < n)]
        memo[(expression, limit)] = known[0][1][:limit] if known else store.newest(expression, limit)
    return memo[(expression, limit)]


def _run(store: Store, tier: Tier, need: int, query: Query,
         memo: dict[tuple[str, int], list[int]]) -> list[tuple[int, float]]:
    """The best `need` articles of a tier. Only the last tier (every word, anywhere) is ranked by
    BM25, within the window: BM25 reads every phrase's document count over the whole index, which
    for a phrase or NEAR of common words costs more than the search may. The others are already
    what a person means; inside them the words in the title or lead come first, then the newest.
    A small tier (`SMALL_TIER`) is read whole and its titles looked at; a large one is read newest
    first, its title-and-lead matches first, and the engine stops as soon as it has a page. An
    entity's articles that hold the words side by side come before its other ones. The tier's
    size decides, not the page, so that pages follow one order.

    When the words tier comes after others and holds few articles (a rare name), what the tiers
    before it left are the words scattered: they are ordered by how many of the words their title
    holds, then the newest, which spares the BM25 pass that would cost more than all the rest."""
    small = max(SMALL_TIER, need)
    if tier.newest_only:
        return [(aid, 0.0) for aid in store.newest(tier.expression, need)]
    if tier.name == "words":
        newest = _newest(store, memo, tier.expression, small + 1) if tier.rest else []
        if not tier.rest or len(newest) > small:
            return store.match(tier.expression, limit=need, window=RANK_WINDOW)
        patterns = [_pattern(t) for t in query.terms]
        titles = _titles(store, newest)
        scored = [(aid, HEAD_SCORE * sum(1 for p in patterns if p.search(titles.get(aid, ""))) / len(patterns))
                  for aid in newest]
        return sorted(scored, key=lambda s: s[1])[:need]
    newest = _newest(store, memo, tier.expression, small + 1)
    if tier.words is None or not newest:
        return [(aid, 0.0) for aid in newest[:need]]
    inner: set[int] | list[int] = []
    if tier.inner:
        # The phrase tier runs next and reads its articles anyway: when they and the tier are
        # few, the tier's that hold the words side by side are those of both.
        together = _newest(store, memo, tier.inner, small + 1)
        if len(newest) <= small and len(together) <= small:
            inner = set(together) & set(newest)
        else:
            inner = store.newest(f"({tier.expression}) AND ({tier.inner})", small + 1 if len(newest) <= small else need)
    if len(newest) <= small:
        pattern = _pattern(tier.words)
        titles = _titles(store, newest)
        chosen = set(inner)
        scored = [(aid, HEAD_SCORE if pattern.search(titles.get(aid, "")) else
                   INNER_SCORE if aid in chosen else 0.0) for aid in newest]
        return sorted(scored, key=lambda s: s[1])[:need]
    columns = ("title_x", "lead_x") if tier.words.exact else ("title_l", "lead_l")
    head = "{" + " ".join(columns) + '} : "' + " ".join(tier.words.words) + '"'
    out = {aid: HEAD_SCORE for aid in store.newest(f"({tier.expression}) AND {head}", need)}
    for aid in [*inner, *newest]:  # the tier's own: `inner` was read from it here
        if len(out) >= need:
            break
        out.setdefault(aid, INNER_SCORE if aid in inner else 0.0)
    return list(out.items())


def _titles(store: Store, aids: Sequence[int]) -> dict[int, str]:
    """Folded titles of these articles."""
    rows = store.all(f"SELECT aid, title FROM articles WHERE aid IN ({', '.join('?' * len(aids))})", aids)
    return {aid: fold(title or "") for aid, title in rows}


def _runs(query: Query) -> list[tuple[int, str, int]]:
    """Each group's index, text as typed and number of words; 0 words for a group that cannot be
    part of a name (an OR of terms, a prefix)."""
    return [(i, g[0].raw, 0 if len(g) > 1 or g[0].prefix else len(g[0].words)) for i, g in enumerate(query.groups)]


def plan(store: Store, query: Query, found: Sequence[Found], conditions: Sequence[str], base: str) -> list[Tier]:
    """The rank tiers of a query, best first, each a full-text expression that implies `base`:

    - entity: when the whole query names entities, the articles linked to them (by the mentions
      tables, not the words), one exact name after another, the most attested first;
    - phrase: the words side by side in the query's order, with their marks when all were typed
      with marks, else over the unmarked form with the marked words exact (`ha giang` finds
      `Hà Giang` before a `Giáng` anywhere);
    - entity, when a part of the query names entities: the articles linked to all of them;
    - near: the words within a few words of one another (not for a query that is a name);
    - words: every word, anywhere, by BM25 (title 10, lead 4, captions 2, body 1).
    A page is filled from the first tiers; a later tier runs only when those fell short."""
    tiers: list[Tier] = []
    terms = [g[0] for g in query.groups]
    together = side_by_side(query)
    plain = together is not None
    exact = [t.fts() for t in terms if t.exact]
    if together is None:
        together = Term(tuple(loosen(w) for t in terms for w in t.words), False, False)
    phrase = together.fts() if together.exact else " AND ".join([together.fts(), *exact])
    whole = len(found) == 1 and found[0].start == 0 and found[0].end == len(query.groups)
    if whole:
        for group in found[0].by_name(store)[:3]:
            condition = facets.any_of(t for kind, i in group for t in facets.entity_tokens(kind, [i]))
            tiers.append(Tier("entity", query.guard(condition, conditions), words=together,
                              inner=query.guard(phrase, conditions) if plain else None))
    if plain:
        tiers.append(Tier("phrase", query.guard(phrase, conditions), words=together))
    if found and not whole:
        tiers.append(Tier("entity", " AND ".join([*(f.condition() for f in found), f"({base})"]), words=together,
                          inner=query.guard(phrase, conditions) if plain else None))
    if plain and not whole:  # the syllables of a name near one another are not that name
        marked = together.exact  # every word typed with marks: over the exact form, which implies them
        phrases = " ".join('"' + " ".join(w if marked else loosen(w) for w in t.words) + '"' for t in terms)
        columns = EXACT_COLUMNS if marked else LOOSE_COLUMNS
        near = "{" + " ".join(columns) + "} : NEAR(" + phrases + f", {NEAR_SLACK * len(terms)})"
        tiers.append(Tier("near", query.guard(" AND ".join([near, *([] if marked else exact)]), conditions),
                          newest_only=True))
    tiers.append(Tier("words", base, rest=bool(tiers)))
    return tiers


# A stored record is `Article.to_json()`: its texts come before its authors and facts, which are
# most of its bytes and which a hit does not show. In JSON a quote inside a string is escaped, so
# the first `, "authors": ` is the record's own key, and what stands before it is an object.
_AFTER_TEXTS = b', "authors": '


def _texts_of(blob: bytes) -> dict[str, object]:
    """The record's fields up to its texts (id, source, published, title, lead, body, captions)."""
    text, cut = unpack_before(blob, _AFTER_TEXTS)
    return dict(json.loads(text + "}" if cut else text))


def _hit_rows(store: Store, aids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """The rows a page of hits shows, by article, in one statement."""
    if not aids:
        return {}
    return {row[0]: row[1:] for row in store.all(
        "SELECT a.aid, a.id, a.title, a.day, a.outlet, a.url, p.name, a.record, a.day_estimated, a.day_precision "
        "FROM articles AS a LEFT JOIN places AS p ON p.id = a.place_id "
        f"WHERE a.aid IN ({', '.join('?' * len(aids))})", tuple(aids))}


def _hit(row: Sequence[Any], score: float, query: Query, match: str) -> SearchHit:
    record = _texts_of(row[6])
    title = record.get("title") or ""
    text = join_segments(title, record.get("lead") or "", record.get("body") or (),
                         record.get("captions") or ())
    spans = highlight(text, query)
    body_from = len(title) + len(SEPARATOR) if title else 0
    title_spans = tuple((s, e) for s, e in spans if e <= len(title))
    snippet = make_snippet(text, [(s, e) for s, e in spans if s >= body_from], body_from)
    ref = ArticleRef(row[0], row[1], row[2], row[3], row[5], row[4], row[7], row[8])
    return SearchHit(ref, score, title_spans, snippet, match)


# --- highlights and snippets --------------------------------------------------------------------


def highlight(text: str, query: Query) -> list[tuple[int, int]]:
    """The spans of `text` that the query's positive terms match, in order, without overlaps.

    Runs each term as a regular expression over the lower-cased text, so the text is never
    folded or loosened whole: a loose word's letters match any of their marked forms (`binh`
    matches `bình`), an exact word matches either tone-mark placement (`hòa`, `hoà`)."""
    subject = text.lower()
    if len(subject) != len(text):
        subject = fold(text)
    together = side_by_side(query)
    if together is not None:
        # Where the words stand together, that is what the person looked for: only those.
        spans = {(m.start(), m.end()) for m in _pattern(together).finditer(subject)}
        if spans:
            return _merge(text, sorted(spans))
    spans = {(m.start(), m.end()) for term in query.terms for m in _pattern(term).finditer(subject)}
    return _merge(text, sorted(spans))


def side_by_side(query: Query) -> Term | None:
    """The query's words as one phrase, when it has two plain groups or more (no OR, no prefix):
    as typed, marks and all, when any was typed with marks, else unmarked."""
    if len(query.groups) < 2 or any(len(g) > 1 or g[0].prefix for g in query.groups):
        return None
    terms = [g[0] for g in query.groups]
    words = tuple(w for t in terms for w in t.words)
    if any(t.exact for t in terms):
        # A person who types marks writes them: a word left unmarked is meant unmarked here.
        return Term(words, True, False)
    return Term(tuple(loosen(w) for w in words), False, False)


@lru_cache(maxsize=4096)
def _pattern(term: Term) -> re.Pattern[str]:
    words = [_loose_word(w) if not term.exact else _exact_word(w) for w in term.words]
    tail = r"[^\W_]*" if term.prefix else ""
    return re.compile(_head(words[0]) + "".join(r"[\W_]+" + w for w in words[1:]) + tail + r"(?![^\W_])")


def _head(fragment: str) -> str:
    """A word's pattern with the check that no letter precedes it. The first letter leads, so
    the engine scans for it fast, and the check follows it (a look-behind over that letter and
    the one before); a word that opens with alternatives takes the check first."""
    if fragment.startswith("(?:"):
        return r"(?<![^\W_])" + fragment
    end = fragment.index("]") + 1 if fragment.startswith("[") else 2 if fragment.startswith("\\") else 1
    return fragment[:end] + r"(?<![^\W_].)" + fragment[end:]


def _loose_word(word: str) -> str:
    return "".join(_LOOSE_CLASSES.get(c, re.escape(c)) for c in word)


def _exact_word(word: str) -> str:
    # The query word is folded (one tone-mark placement); the text may use the other one.
    for new, old in _OLD_PLACEMENT.items():
        if word.endswith(new):
            return re.escape(word[: -len(new)]) + f"(?:{re.escape(new)}|{re.escape(old)})"
    return re.escape(word)


def _loose_classes() -> dict[str, str]:
    """Each unmarked letter -> a character class of every lower-case letter that loosens to it."""
    found: dict[str, set[str]] = defaultdict(set)
    for code in [*range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        char = chr(code)
        base = loosen(char)
        if char == char.lower() and len(base) == 1 and base.isascii() and base.isalpha():
            found[base.lower()].add(char)
    return {base: "[" + "".join(sorted(chars)) + "]" for base, chars in found.items()}


_LOOSE_CLASSES = _loose_classes()
_OLD_PLACEMENT = {fold(old): old for old in ("oà", "oá", "oả", "oã", "oạ", "oè", "oé", "oẻ", "oẽ", "oẹ",
                                             "uỳ", "uý", "uỷ", "uỹ", "uỵ")}


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans, and spans one space apart (`Võ` `Văn` `Bình`), become one."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and (start <= out[-1][1] or (start - out[-1][1] == 1 and text[start - 1] == " ")):
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def make_snippet(text: str, spans: Sequence[tuple[int, int]], floor: int = 0,
                 size: int = SNIPPET_CHARS) -> Snippet:
    """The stretch of `text` (from `floor` on) of about `size` characters that holds the most
    matched spans; the opening of the text when nothing past `floor` matched."""
    anchor = floor
    if spans:
        # The spans are in order and do not overlap (`highlight`), so their ends are in order too
        # and the window that starts before each span holds a run of them: two pointers, not a
        # count over all the spans per span (a common word matched hundreds of times).
        best, first, last = -1, 0, 0
        for start, _end in spans:
            begin = max(floor, start - size // 5)
            while first < len(spans) and spans[first][0] < begin:
                first += 1
            last = max(last, first)
            while last < len(spans) and spans[last][1] <= begin + size:
                last += 1
            covered = last - first
            if covered > best:
                best, anchor = covered, begin
    start = _word_start(text, anchor, floor)
    end = _word_end(text, min(len(text), start + size))
    inner = tuple((max(s, start) - start, min(e, end) - start) for s, e in spans if s < end and e > start)
    return Snippet(text[start:end].replace("\n", " "), start, end, inner,
                   cut_before=start > 0 and text[start - 1] != "\n",
                   cut_after=end < len(text) and text[end] != "\n")


def _word_start(text: str, pos: int, floor: int) -> int:
    if pos <= floor:
        return floor
    space = text.rfind(" ", floor, pos)
    newline = text.rfind("\n", floor, pos)
    cut = max(space, newline)
    return cut + 1 if cut >= 0 and pos - cut < 30 else pos


def _word_end(text: str, pos: int) -> int:
    if pos >= len(text):
        return len(text)
    space = text.find(" ", pos)
    return space if 0 <= space - pos < 30 else pos

