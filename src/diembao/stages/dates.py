"""The dates stage: every temporal expression of the article, as `Article.dates`.

Reads `Article.published` (the reference for day-months without a year and for `hôm qua`);
writes `Article.dates` (tuple of `DateMention`, in text order). The grammar is
`diembao.temporal`; this module only runs it and offers `date_near` to later stages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from diembao.pipeline import Doc
from diembao.record import DateMention
from diembao.temporal import DAY, reference_date, scan


def annotate(doc: Doc) -> Doc:
    ref = reference_date(doc.article.published)
    mentions = tuple(
        DateMention(doc.text[t.start : t.end], t.value, t.precision, t.start, t.end, t.part_of_day)
        for t in scan(doc.folded, doc.text, ref)
    )
    return doc.with_article(dates=mentions) if mentions else doc


# Sentence ends: a full stop, question or exclamation mark, semicolon before a space, or a line
# break; not the dot of `TP. Hải Phòng`.
_SENTENCE_END = re.compile(r"(?<!TP)(?<!Tp)[.!?;](?=\s)|\n")
# A date that is part of a document citation (`Nghị quyết 22-NQ/TW ngày 2-2-2008`): the text
# between the citation and the date.
_CITATION_GAP = re.compile(r"\s?,?\s?(?:được\s)?(?:ban hành\s|ký\s)?(?:vào\s)?$")
_CITATION_DATE = re.compile(r"ngày\s|\d")


def sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The sentence around `[start, end)`: from after the previous sentence end to the next."""
    text = doc.text
    left = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 600), start):
        left = m.end()
    right_match = _SENTENCE_END.search(text, end)
    return left, right_match.start() if right_match else len(text)


def date_near(
    doc: Doc, start: int, end: int, precisions: Iterable[str] = (DAY,), skip_citations: bool = True
) -> DateMention | None:
    """The date that governs `[start, end)`: among the dates of the same sentence (of the given
    precisions), the nearest one before it, else the nearest one after it. With
    `skip_citations`, dates that belong to a cited document (right after a mention in
    `Article.documents`) are not candidates: a report's date is not its resolution's."""
    wanted = set(precisions)
    left, right = sentence_bounds(doc, start, end)
    cited_ends = _citation_ends(doc) if skip_citations else ()
    before: DateMention | None = None
    after: DateMention | None = None
    for mention in doc.article.dates:
        if mention.precision not in wanted or mention.end <= left or mention.start >= right:
            continue
        if cited_ends and _belongs_to_citation(doc, mention, cited_ends):
            continue
        if mention.end <= start:
            before = mention
        elif mention.start >= end and after is None:
            after = mention
    return before or after


def _citation_ends(doc: Doc) -> tuple[int, ...]:
    return tuple(sorted(m.end for d in doc.article.documents for m in d.mentions))


def _belongs_to_citation(doc: Doc, mention: DateMention, ends: tuple[int, ...]) -> bool:
    # A document's date is `ngày …` or a bare date, in the same paragraph as its citation;
    # `Sáng 10-11` opening the next paragraph is the report's.
    if not _CITATION_DATE.match(doc.folded, mention.start):
        return False
    for cited_end in ends:
        if 0 <= mention.start - cited_end <= 30:
            gap = doc.folded[cited_end : mention.start]
            if "\n" not in doc.text[cited_end : mention.start] and _CITATION_GAP.match(gap):
                return True
    return False
