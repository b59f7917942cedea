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

Ranking is BM25 over title (weight 10), lead (4), captions (2) and body (1). Snippets are cut
from the article's own text around the densest run of matched words.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from diembao.text import SEPARATOR, fold, join_segments

from .analysis import WORD, loosen
from .codec import unpack
from .results import ArticleRef, SearchHit, SearchResult, Snippet
from .store import EXACT_COLUMNS, LOOSE_COLUMNS, MatchError, Store

MAX_TERMS = 32
MAX_QUERY_CHARS = 1000
SNIPPET_CHARS = 220


class QueryError(ValueError):
    """A query that cannot be run; the message says why, in one line."""


@dataclass(frozen=True, slots=True)
class Term:
    words: tuple[str, ...]  # folded; loosened already when not exact
    exact: bool
    prefix: bool

    def fts(self) -> str:
        columns = " ".join(EXACT_COLUMNS if self.exact else LOOSE_COLUMNS)
        return "{" + columns + '} : "' + " ".join(self.words) + '"' + ("*" if self.prefix else "")


@dataclass(frozen=True, slots=True)
class Query:
    groups: tuple[tuple[Term, ...], ...]  # all groups must match; any term of a group
    excluded: tuple[Term, ...]

    def fts(self, conditions: Sequence[str] = ()) -> str:
        parts = ["(" + " OR ".join(t.fts() for t in group) + ")" for group in self.groups]
        expression = " AND ".join([*parts, *conditions])
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
    return Term(tuple(words if exact else (loosen(w) for w in words)), exact, prefix)


# --- running ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Filters:
    """Conditions on the article's facets, as full-text conditions (see `facets.py`), all of
    which must hold; built by `queries.search_filters`."""

    conditions: tuple[str, ...] = ()
    empty: bool = False  # a filter named something the knowledge base does not hold


# Only this many matches, the most recently stored, are ranked (see `Store.match`).
RANK_WINDOW = 1000


def search(store: Store, text: str, *, filters: Filters = Filters(), limit: int = 20, offset: int = 0,
           count: bool = False) -> SearchResult:
    query = parse_query(text)
    if limit < 0 or offset < 0:
        raise QueryError("limit and offset cannot be negative")
    if filters.empty:
        return SearchResult(text, (), 0 if count else None, offset)
    expression = query.fts(filters.conditions)
    try:
        ranked = store.match(expression, limit=limit, offset=offset, window=RANK_WINDOW)
        total = store.count_matches(expression) if count else None
    except MatchError as err:
        raise QueryError(f"the search engine refused the query ({err})") from None
    hits = tuple(_hit(store, aid, score, query) for aid, score in ranked)
    return SearchResult(text, hits, total, offset)


def _hit(store: Store, aid: int, score: float, query: Query) -> SearchHit:
    row = store.one(
        "SELECT a.id, a.title, a.day, a.outlet, a.url, p.name, a.record, a.day_estimated, a.day_precision "
        "FROM articles AS a "
        "LEFT JOIN places AS p ON p.id = a.place_id WHERE a.aid = ?", (aid,))
    assert row is not None
    record = json.loads(unpack(row[6]))
    title = record.get("title") or ""
    text = join_segments(title, record.get("lead") or "", record.get("body") or (),
                         record.get("captions") or ())
    spans = highlight(text, query)
    body_from = len(title) + len(SEPARATOR) if title else 0
    title_spans = tuple((s, e) for s, e in spans if e <= len(title))
    snippet = make_snippet(text, [(s, e) for s, e in spans if s >= body_from], body_from)
    ref = ArticleRef(row[0], row[1], row[2], row[3], row[5], row[4], row[7], row[8])
    return SearchHit(ref, round(-score, 4), title_spans, snippet)


# --- highlights and snippets --------------------------------------------------------------------


def highlight(text: str, query: Query) -> list[tuple[int, int]]:
    """The spans of `text` that the query's positive terms match, in order, without overlaps.

    Runs each term as a regular expression over the lower-cased text, so the text is never
    folded or loosened whole: a loose word's letters match any of their marked forms (`binh`
    matches `bình`), an exact word matches either tone-mark placement (`hòa`, `hoà`)."""
    subject = text.lower()
    if len(subject) != len(text):
        subject = fold(text)
    spans = {(m.start(), m.end()) for term in query.terms for m in _pattern(term).finditer(subject)}
    return _merge(text, sorted(spans))


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
        best = -1
        for start, _end in spans:
            begin = max(floor, start - size // 5)
            covered = sum(1 for s, e in spans if s >= begin and e <= begin + size)
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

