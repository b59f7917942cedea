"""Corpus JSONL: one article per line as
`{"id","source","url","published","title","sapo","body","captions"}`; `sapo` is the lead and
`body` is text with paragraphs on separate lines."""

from __future__ import annotations

import json
from typing import Any

from diembao.errors import InputError
from diembao.lexicon import outlets
from diembao.readers.layout import (
    clean_block,
    clean_text_line,
    is_junk,
    join_broken_lines,
    normalise_published,
    split_byline,
    split_captions,
    strip_trailing_junk,
)
from diembao.record import Article, Source


def parse_jsonl_line(line: str) -> Article:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(f"not valid JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(data, dict):
        raise InputError(f"a JSON {type(data).__name__} where an article object was expected")
    return parse_record(data)


def parse_record(data: dict[str, Any]) -> Article:
    article_id = data.get("id")
    if not isinstance(article_id, str | int) or not str(article_id).strip():
        raise InputError("the article has no id")
    for key in ("title", "sapo", "body"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise InputError(f"field {key!r} is a {type(data[key]).__name__}, not text")
    title = clean_text_line(data.get("title") or "")
    tag, lead = outlets.split_tag(clean_text_line(data.get("sapo") or ""))
    lines = [strip_trailing_junk(x) for x in clean_block(data.get("body") or "")]
    split = split_captions(join_broken_lines([x for x in lines if x and not is_junk(x)]))
    byline = split_byline(split.body)
    given = data.get("captions") or []
    if not isinstance(given, list):
        raise InputError("field 'captions' is not a list")
    captions = [clean_text_line(c) for c in given if isinstance(c, str)]
    if not (title or lead or byline.body):
        raise InputError("the article has no text (title, sapo and body are empty)")
    url = data.get("url") if isinstance(data.get("url"), str) else None
    collection = data.get("source") if isinstance(data.get("source"), str) else None
    outlet = (
        (outlets.by_host(url) if url else None)
        or (outlets.by_tag(tag) if tag else None)
        or (outlets.by_name(collection) if collection else None)
    )
    return Article(
        id=str(article_id).strip(),
        source=Source(outlet=outlet.name if outlet else None, tag=tag, url=url,
                      collection=collection, via=byline.via),
        published=normalise_published(data.get("published")),
        title=title,
        lead=lead,
        body=byline.body,
        captions=tuple(dict.fromkeys(c for c in (*captions, *split.captions) if c)),
        authors=byline.authors,
    )
