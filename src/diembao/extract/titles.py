"""Office titles (`data/persons/titles.tsv`) and the words that announce a person's name
(`data/persons/cues.tsv`), as longest-match lookups over tokens."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from diembao.extract.doc import Doc
from diembao.extract.lexing import starts_of, tokens_of, with_tokens
from diembao.lexicon.persons import (
    KEPT_PREFIXES,
    STATUS_LINKS,
    STATUS_WORDS,
    TitleEntry,
    cue_trie,
    thing_words,
    title_trie,
)
from diembao.text.tokens import Token


@dataclass(frozen=True, slots=True)
class TitleMatch:
    start: int  # token index of the first token (status word included)
    end: int  # token index after the title
    entry: TitleEntry
    status: str | None  # "nguyên", "cựu" or None

    @property
    def title(self) -> str:
        return f"{self.status} {self.entry.title}" if self.status else self.entry.title


def match_title(tokens: Sequence[Token], i: int) -> TitleMatch | None:
    """The office title starting at token `i` (a status word such as `nguyên` included)."""
    status = None
    j = i
    if j < len(tokens) and tokens[j].low in STATUS_WORDS:
        status = STATUS_WORDS[tokens[j].low]
        j += 1
        if status and j + 1 < len(tokens) and tokens[j].low in STATUS_LINKS and title_trie().longest(tokens, j + 1):
            j += 1  # `nguyên là Ủy viên Trung ương`
    found = title_trie().longest(tokens, j)
    if found is None and j < len(tokens) and tokens[j].low in KEPT_PREFIXES:
        # `quyền Cục trưởng` (no table entry of its own): the prefix is kept as written
        found = title_trie().longest(tokens, j + 1)
        if found is not None:
            written = tokens[j].text
            status = f"{status} {written}" if status else written
    if found is None:
        return None
    end, entry = found
    assert isinstance(entry, TitleEntry)
    return TitleMatch(i, end, entry, status)


@dataclass(frozen=True, slots=True)
class TitleIndex:
    """Where titles and cues stand in one document, found in one pass and shared by the stages
    (layer `title_index`)."""

    at: Mapping[int, TitleMatch]  # title matches by the token index where they start
    ends: frozenset[int]  # token indices right after a title
    cue_ends: Mapping[int, str]  # token index right after a cue -> the cue's kind
    cue_at: Mapping[int, int]  # token index where a cue starts -> the index after it
    thing_ends: frozenset[int]  # token indices right after a thing word (`tư tưởng`, `đường`)
    thing_at: frozenset[int]  # token indices where a thing word starts


def title_index(doc: Doc) -> TitleIndex:
    cached = doc.layers.title_index
    if cached is not None:
        return cached
    tokens = tokens_of(doc)
    cues = cue_trie()
    at: dict[int, TitleMatch] = {}
    cue_ends: dict[int, str] = {}
    cue_at: dict[int, int] = {}
    for i in starts_of(doc, _title_first_words()):
        found = match_title(tokens, i)
        if found is not None:
            at[i] = found
    # A cue matters only before a name, so only where a capitalised word follows closely.
    for i in starts_of(doc, _cue_first_words()):
        if not any(t.cap for t in tokens[i + 1:i + 5]):
            continue
        cue = cues.longest(tokens, i)
        if cue is not None:
            cue_ends.setdefault(cue[0], str(cue[1]))
            cue_at[i] = cue[0]
    things = thing_words()
    thing_at: set[int] = set()
    thing_ends: set[int] = set()
    for i in starts_of(doc, _thing_first_words()):
        thing = things.longest(tokens, i)
        if thing is not None:
            thing_at.add(i)
            thing_ends.add(thing[0])
    return TitleIndex(at, frozenset(m.end for m in at.values()), cue_ends, cue_at, frozenset(thing_ends),
                      frozenset(thing_at))


def with_title_index(doc: Doc) -> Doc:
    doc = with_tokens(doc)
    return doc if doc.layers.title_index is not None else doc.with_layers(title_index=title_index(doc))


def trigger_words() -> tuple[frozenset[str], ...]:
    """The words the title index looks up (collected by `diembao.extract.pipeline.Pipeline` for lexing)."""
    return _title_first_words(), _cue_first_words(), _thing_first_words()


@cache
def _thing_first_words() -> frozenset[str]:
    return frozenset(thing_words().first_tokens())


@cache
def _cue_first_words() -> frozenset[str]:
    return frozenset(cue_trie().first_tokens())


@cache
def _title_first_words() -> frozenset[str]:
    return frozenset(title_trie().first_tokens()) | frozenset(STATUS_WORDS) | KEPT_PREFIXES
