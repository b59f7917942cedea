"""HTML article pages: trafilatura removes the boilerplate; Vietnamese page conventions give
the lead (sapo), captions, byline and publication time."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

import lxml.etree
import lxml.html
import trafilatura

from diembao.errors import InputError
from diembao.lexicon import outlets
from diembao.lexicon.files import load_json
from diembao.readers.budget import Notes, budget_lines
from diembao.readers.layout import (
    clean_text_line,
    is_junk,
    normalise_published,
    parse_header_date,
    split_byline,
    split_captions,
)
from diembao.record import Article, Source
from diembao.text import fold_key


@cache
def _rules() -> dict[str, Any]:
    return load_json("layout/html.json")


def _class_xpath(classes: Iterable[str]) -> str:
    tests = " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {c} ')" for c in classes)
    return f"//*[{tests}]"


def _text(element: lxml.html.HtmlElement) -> str:
    return clean_text_line(element.text_content())


def _meta(tree: lxml.html.HtmlElement, attribute: str, value: str) -> str | None:
    for element in tree.xpath(f"//meta[@{attribute}=$v]", v=value):
        content = element.get("content")
        if content and content.strip():
            return content.strip()
    return None


def parse_html(html: str, article_id: str, url: str | None = None, notes: Notes | None = None) -> Article:
    if "<" not in html:
        raise InputError("not HTML: no markup")
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError) as err:
        raise InputError(f"HTML that cannot be parsed ({err})") from None
    rules = _rules()
    url = url or _meta(tree, "property", "og:url") or _canonical(tree)
    captions = [c for c in (_text(e) for e in tree.xpath("//figcaption") + tree.xpath(
        _class_xpath(rules["caption_classes"]))) if c]
    lead = _lead(tree, rules)
    title = clean_text_line(
        _meta(tree, "property", "og:title") or _first_text(tree.xpath("//h1")) or ""
    )
    paragraphs = budget_lines(_main_paragraphs(html), notes if notes is not None else Notes())
    if not paragraphs and not title:
        raise InputError("no article text found in the page")
    skip = {fold_key(x) for x in (*captions, lead, title) if x}
    paragraphs = [p for p in paragraphs if fold_key(p) not in skip and not is_junk(p)]
    split = split_captions(paragraphs)
    byline = split_byline(split.body)
    outlet = outlets.by_host(url) if url else None
    authors = byline.authors or _page_authors(tree, rules, outlet)
    return Article(
        id=article_id,
        source=Source(outlet=outlet.name if outlet else None, tag=None, url=url, via=byline.via),
        published=_published(tree, rules, html),
        title=title,
        lead=lead,
        body=byline.body,
        captions=tuple(dict.fromkeys((*captions, *split.captions))),
        authors=authors,
    )


def _canonical(tree: lxml.html.HtmlElement) -> str | None:
    links = tree.xpath("//link[@rel='canonical']/@href")
    return str(links[0]) if links else None


def _first_text(elements: list[Any]) -> str | None:
    for element in elements:
        text = _text(element)
        if text:
            return text
    return None


def _lead(tree: lxml.html.HtmlElement, rules: dict[str, Any]) -> str:
    found = _first_text(tree.xpath(_class_xpath(rules["lead_classes"])))
    if found:
        return outlets.split_tag(found)[1]
    return ""


def _main_paragraphs(html: str) -> list[str]:
    xml = trafilatura.extract(html, output_format="xml", include_comments=False, include_tables=False,
                              include_images=False, include_formatting=False, with_metadata=False)
    if not xml:
        return []
    root = lxml.etree.fromstring(xml.encode("utf-8"))
    out: list[str] = []
    for element in root.iter("p", "head", "item", "quote"):
        text = clean_text_line("".join(element.itertext()))
        if text:
            out.append(text)
    return out


def _published(tree: lxml.html.HtmlElement, rules: dict[str, Any], html: str) -> str | None:
    for attribute, value in rules["published_meta"]:
        found = normalise_published(_meta(tree, attribute, value))
        if found:
            return found
    for element in tree.xpath("//time[@datetime]"):
        found = normalise_published(element.get("datetime"))
        if found:
            return found
    for element in tree.xpath(_class_xpath(rules["date_classes"])):
        found = parse_header_date(_text(element))
        if found:
            return found
    return normalise_published(trafilatura.extract_metadata(html).date if html else None)


def _page_authors(tree: lxml.html.HtmlElement, rules: dict[str, Any],
                  outlet: outlets.Outlet | None) -> tuple[str, ...]:
    site = {fold_key(outlet.name)} if outlet else set()
    for element in tree.xpath(_class_xpath(rules["author_classes"])):
        names = split_byline([_text(element)]).authors
        if names and not {fold_key(n) for n in names} & site:
            return names
    return ()
