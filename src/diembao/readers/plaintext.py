"""Plain text as scraped, one article per file, laid out as the seed is:

    Thứ Tư, 10/11/2021, 17:48 (GMT+7)      header date line (optional)
    .                                      junk
    <title>
    (ABO) <lead>                           outlet tag, then the lead (sapo)
    <body paragraphs; captions written twice; a byline at the foot; lines of dots>

Without an outlet tag the first paragraph after the title is body, not lead: plain text gives
no other sign of the bold sapo, and calling body text a lead would be a guess.
"""

from __future__ import annotations

from diembao.errors import InputError
from diembao.lexicon import outlets
from diembao.readers.layout import (
    clean_block,
    is_header_date,
    is_junk,
    join_broken_lines,
    parse_header_date,
    split_byline,
    split_captions,
)
from diembao.record import Article, Source


def parse_text(text: str, article_id: str) -> Article:
    lines = clean_block(text)
    lines = join_broken_lines([line for line in lines if line and not is_junk(line)])
    if not lines:
        raise InputError("no text: the file holds only blank or junk lines")
    published = parse_header_date(lines[0])
    if published is not None or is_header_date(lines[0]):  # a date out of range is dropped, the line too
        lines = lines[1:]
    if not lines:
        raise InputError("no title: the file holds only a header date line")
    title, rest = lines[0], lines[1:]
    tag, lead = None, ""
    if rest:
        tag, head = outlets.split_tag(rest[0])
        if tag is not None:
            lead, rest = head, rest[1:]
    split = split_captions(rest)
    byline = split_byline(split.body)
    outlet = outlets.by_tag(tag) if tag else None
    return Article(
        id=article_id,
        source=Source(outlet=outlet.name if outlet else None, tag=tag, via=byline.via),
        published=published,
        title=title,
        lead=lead,
        body=byline.body,
        captions=split.captions,
        authors=byline.authors,
    )
