"""Article records given as input (`ingest --records`): checked before they are stored.

A record is another tool's output, so nothing in it is trusted: every field must have its
declared type, every mention must point at its own words in the article's text
(`text[start:end] == mention.text`), and the text must keep within the reader's budget (a record
skips the readers, whose sanitising would move its offsets). `KnowledgeBase.add_articles` hands over Python objects,
whose offsets are the program's business: it skips that one check. A record that fails is one error
row naming the field; the records around it are stored.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass
from functools import cache
from typing import Any

from diembao import record as _record
from diembao.errors import InputError
from diembao.readers.budget import MAX_ARTICLE_CHARS, MAX_MARKS, Notes, clean_unicode
from diembao.readers.budget import _marks as marks_pattern
from diembao.readers.jsonl import MAX_ID_CHARS, a_json, load_json
from diembao.record import Article

_TUPLE = re.compile(r"^tuple\[(\w+), \.\.\.\]$")


def load_record(raw: str, notes: Notes, offsets: bool = True) -> Article:
    """The article of one record line, or `InputError` saying which field is wrong. `offsets`
    False skips the mention check, for articles a program hands over (`add_articles`)."""
    data = load_json(raw)
    if not isinstance(data, dict):
        raise InputError(f"{a_json(data)} where an article record was expected")
    data = _clean(data, notes)
    if not isinstance(data.get("id"), str) or not data["id"].strip():
        raise InputError("the record has no id (a non-empty string)")
    if len(data["id"]) > MAX_ID_CHARS:
        raise InputError(f"field 'id' has {len(data['id']):,} characters (the limit is {MAX_ID_CHARS})")
    try:
        article = Article.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError) as err:
        raise InputError(f"not an article record ({err})") from None
    problem = _check(article, "")
    if problem:
        raise InputError(f"not an article record: {problem}")
    text = article.text
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(f"the record's text has {len(text):,} characters (the limit is {MAX_ARTICLE_CHARS:,})")
    if not text.isascii() and marks_pattern().search(text):
        raise InputError(f"the record's text stacks more than {MAX_MARKS} combining marks on a letter")
    problem = _offsets(article, text) if offsets else None
    if problem:
        raise InputError(f"not an article record: {problem}")
    return article


def _clean(data: Any, notes: Notes) -> Any:
    """Lone surrogates replaced in every string (one character for one, so offsets hold)."""
    # Iterative: the JSON parser already bounded the depth, but a recursion would add its own.
    root: list[Any] = [data]
    stack: list[tuple[Any, Any]] = [(root, 0)]
    while stack:
        parent, key = stack.pop()
        value = parent[key]
        if isinstance(value, str):
            parent[key] = value if value.isascii() else clean_unicode(value, notes, marks=False)
        elif isinstance(value, dict):
            parent[key] = value = {clean_unicode(k, notes, marks=False): v for k, v in value.items()}
            stack.extend((value, k) for k in value)
        elif isinstance(value, list):
            stack.extend((value, i) for i in range(len(value)))
    return root[0]


@cache
def _types(cls: type) -> tuple[tuple[str, str], ...]:
    return tuple((f.name, str(f.type)) for f in fields(cls))


def _check(value: Any, where: str) -> str | None:
    """The first field whose value does not have its declared type, as `where.field: …`."""
    for name, declared in _types(type(value)):
        got = getattr(value, name)
        problem = _check_value(got, declared, f"{where}{name}")
        if problem:
            return problem
    return None


def _check_value(got: Any, declared: str, where: str) -> str | None:
    options = [t.strip() for t in declared.split("|")]
    if got is None:
        return None if "None" in options else f"{where} is missing"
    kind = options[0]
    match = _TUPLE.match(kind)
    if match:
        if not isinstance(got, tuple):
            return f"{where} is {a_json(got)}, not a list"
        for i, item in enumerate(got):
            problem = _check_value(item, match.group(1), f"{where}[{i}]")
            if problem:
                return problem
        return None
    if kind in ("str", "int"):
        expected = str if kind == "str" else int
        if not isinstance(got, expected) or isinstance(got, bool):
            return f"{where} is {a_json(got)}, not {'text' if kind == 'str' else 'an integer'}"
        return None
    cls = getattr(_record, kind)
    if not isinstance(got, cls) or not is_dataclass(got):
        return f"{where} is {a_json(got)}, not an object"
    return _check(got, where + ".")


def _offsets(article: Article, text: str) -> str | None:
    spans: list[tuple[str, Any]] = [("dates", d) for d in article.dates]
    for group in ("persons", "organizations", "locations", "documents", "events"):
        for entity in getattr(article, group):
            spans.extend((group, m) for m in entity.mentions)
            for position in getattr(entity, "positions", ()):
                spans.extend((group, m) for m in position.mentions)
    for group, span in spans:
        if not 0 <= span.start <= span.end <= len(text) or text[span.start:span.end] != span.text:
            return (f"a mention in {group} at {span.start}:{span.end} does not hold its text "
                    f"{span.text[:40]!r}")
    return None
