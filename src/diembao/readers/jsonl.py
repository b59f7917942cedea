"""Corpus JSONL: one article per line as
`{"id","source","url","published","title","sapo","body","captions"}`; `sapo` is the lead and
`body` is text with paragraphs on separate lines."""

from __future__ import annotations

import json
from typing import Any

from diembao.errors import InputError
from diembao.lexicon import outlets
from diembao.readers.budget import MAX_ARTICLE_CHARS, Notes, clean_article_text, clean_unicode
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

# Python refuses to convert an integer of more digits than this (CVE-2020-10735); JSON does not.
_MAX_DIGITS = 4300
MAX_ID_CHARS = 500
# The fields that hold the article's text, in the order the text budget is spent on them.
_TEXT_FIELDS = ("title", "sapo", "body")
_JSON_TYPES = {dict: "object", list: "array", str: "string", int: "number", float: "number",
               bool: "boolean", type(None): "null"}


class _Refused(ValueError):
    pass


def _int(text: str) -> int:
    if len(text) > _MAX_DIGITS:
        raise _Refused(f"a number of {len(text):,} digits")
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _Refused(f"a number too large for a float ({text[:20]}…)")
    return value


def _constant(name: str) -> float:
    raise _Refused(f"{name} is not a JSON value")


def load_json(line: str) -> Any:
    """One JSON value, parsed so that nothing but `InputError` can come out: no integer too long
    to convert, no NaN or Infinity, no nesting too deep for the parser."""
    try:
        return json.loads(line, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except _Refused as err:
        raise InputError(f"not valid JSON: {err}") from None
    except json.JSONDecodeError as err:
        raise InputError(f"not valid JSON ({err.msg} at column {err.colno})") from None
    except RecursionError:
        raise InputError("not valid JSON: nested too deeply") from None


def json_type(value: object) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def a_json(value: object) -> str:
    """`a number`, `an array`: what a JSON value is, for an error line."""
    kind = json_type(value)
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def parse_jsonl_line(line: str, notes: Notes | None = None) -> Article:
    data = load_json(line)
    if not isinstance(data, dict):
        raise InputError(f"{a_json(data)} where an article object was expected")
    return parse_record(data, notes)


def check_record(data: dict[str, Any], notes: Notes) -> dict[str, Any]:
    """The fields of a corpus record, type-checked (`InputError` naming the first wrong one) and
    sanitised: valid Unicode, the text within the article's budget."""
    article_id = data.get("id")
    if isinstance(article_id, bool) or not isinstance(article_id, str | int) or not str(article_id).strip():
        raise InputError("the article has no id" if article_id is None else
                         f"field 'id' is {a_json(article_id)}, not text or a number")
    article_id = clean_unicode(str(article_id).strip(), notes)
    if len(article_id) > MAX_ID_CHARS:
        raise InputError(f"field 'id' has {len(article_id):,} characters (the limit is {MAX_ID_CHARS})")
    out: dict[str, Any] = {"id": article_id}
    for key in ("source", "url", "published", *_TEXT_FIELDS):
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"field {key!r} is {a_json(value)}, not text")
    captions = data.get("captions")
    if captions is not None and not isinstance(captions, list):
        raise InputError(f"field 'captions' is {a_json(captions)}, not a list")
    for caption in captions or ():
        if not isinstance(caption, str):
            raise InputError(f"field 'captions' holds {a_json(caption)}, not text")
    for key in ("source", "url", "published"):
        value = data.get(key)
        out[key] = clean_article_text(value, notes, MAX_ID_CHARS * 4) if value else value
    budget = MAX_ARTICLE_CHARS
    for key in _TEXT_FIELDS:
        value = clean_article_text(data.get(key) or "", notes, max(budget, 0))
        budget -= len(value)
        out[key] = value
    kept = []
    for caption in captions or ():
        caption = clean_article_text(caption, notes, max(budget, 0))
        budget -= len(caption)
        kept.append(caption)
    out["captions"] = kept
    return out


def parse_record(data: dict[str, Any], notes: Notes | None = None) -> Article:
    data = check_record(data, notes if notes is not None else Notes())
    article_id = data["id"]
    title = clean_text_line(data.get("title") or "")
    tag, lead = outlets.split_tag(clean_text_line(data.get("sapo") or ""))
    lines = [strip_trailing_junk(x) for x in clean_block(data.get("body") or "")]
    split = split_captions(join_broken_lines([x for x in lines if x and not is_junk(x)]))
    byline = split_byline(split.body)
    captions = [clean_text_line(c) for c in data["captions"]]
    if not (title or lead or byline.body):
        raise InputError("the article has no text (title, sapo and body are empty)")
    url = data["url"] or None
    collection = data["source"] or None
    outlet = (
        (outlets.by_host(url) if url else None)
        or (outlets.by_tag(tag) if tag else None)
        or (outlets.by_name(collection) if collection else None)
    )
    return Article(
        id=article_id,
        source=Source(outlet=outlet.name if outlet else None, tag=tag, url=url,
                      collection=collection, via=byline.via),
        published=normalise_published(data.get("published")),
        title=title,
        lead=lead,
        body=byline.body,
        captions=tuple(dict.fromkeys(c for c in (*captions, *split.captions) if c)),
        authors=byline.authors,
    )
