"""How the command line shows the knowledge base's answers: Rich tables and highlighted text, one
renderer per kind of answer, apart from the commands that fetch them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from diembao.readers.budget import printable

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from .results import (
        DocumentProfile,
        DocumentRow,
        EventRef,
        Holder,
        Holders,
        OrgProfile,
        PersonProfile,
        SearchResult,
        Snippet,
        Stats,
    )


def render_search(console: Console, result: SearchResult) -> None:
    from rich.text import Text

    for card in result.entities:
        # One line a card, whatever the width: `diembao person NAME` (or org, document) opens it.
        facts = [x for x in (card.detail, *card.offices[:2]) if x]
        console.print(Text.assemble((card.name, "bold"), f" · {card.kind} #{card.id} · "
                                    + " · ".join([*facts, count_of(card.n_articles, "article")])), soft_wrap=True)
    if result.entities:
        console.print()
    phrase = result.phrase_total
    console.print(f"[bold]{result.total:,}[/bold] articles match [bold]{result.query}[/bold]"
                  + (f", {phrase:,} with the words side by side" if phrase is not None and phrase != result.total
                     else "")
                  + (f" (from {result.offset + 1})" if result.offset else ""))
    for n, hit in enumerate(result.hits, result.offset + 1):
        ref = hit.article
        title = highlighted(ref.title, hit.title_highlights)
        head = Text(f"{n}. ")
        head.append_text(title)
        console.print()
        console.print(head)
        meta = " · ".join(x for x in (article_day(ref) if ref.day else None, ref.outlet, ref.place, ref.id) if x)
        console.print(Text(printable(meta), style="dim"))
        console.print(snippet_text(hit.snippet))


def highlighted(text: str, spans: Any) -> Text:
    from rich.text import Text

    out = Text(printable(text))
    for start, end in spans:
        out.stylize("bold yellow", start, end)
    return out


def snippet_text(snippet: Snippet) -> Text:
    from rich.text import Text

    out = Text("…" if snippet.cut_before else "")
    out.append_text(highlighted(snippet.text, snippet.highlights))
    out.append("…" if snippet.cut_after else "")
    return out


def titled_table(title: str, *columns: str) -> Any:
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_edge=False, pad_edge=False)
    for column in columns:
        table.add_column(column)
    return table


def render_person(console: Console, p: PersonProfile, articles: bool = True, offices: int | None = None) -> None:
    scope = f" ({p.scope})" if p.scope else ""
    console.print(f"[bold]{p.name}[/bold]{scope} · {count_of(p.n_articles, 'article')} · key [dim]{p.key}[/dim]")
    if len(p.variants) > 1:
        console.print("written as: " + ", ".join(p.variants))
    if p.offices:
        shown = p.offices
        if offices is not None and len(shown) > offices:
            # The most attested, kept in timeline order.
            keep = set(sorted(range(len(shown)), key=lambda i: -shown[i].n_articles)[:offices])
            shown = tuple(o for i, o in enumerate(shown) if i in keep)
        title = "Offices" + (f" (the {len(shown)} most attested of {len(p.offices)})" if shown != p.offices else "")
        table = titled_table(title, "first seen", "last seen", "title", "body", "articles")
        for o in shown:
            table.add_row(estimated_day(o.first_seen, o.first_estimated), estimated_day(o.last_seen, o.last_estimated),
                          o.title, o.org or "", str(o.n_articles))
        console.print(table)
        if any(o.first_estimated or o.last_estimated for o in shown):
            console.print(ESTIMATED_NOTE)
    if p.chaired:
        render_events(console, p.chaired, "Events chaired")
    if articles and p.articles:
        render_articles(console, p.articles, "Latest articles")


ESTIMATED_NOTE = "[dim]~ an estimated day: the article has no publication date (see `export articles`)[/dim]"


def estimated_day(day: str | None, estimated: bool) -> str:
    return f"~{day}" if day and estimated else day or "?"


def article_day(a: Any) -> str:
    """An article's day; an estimated one as `~` and only as fine as its precision
    (`~2017` for a year, `~2017-05` for a month)."""
    if not a.day or not a.day_estimated:
        return a.day or "?"
    cut = {"year": 4, "month": 7}.get(a.day_precision or "", 10)
    return f"~{a.day[:cut]}"


def render_articles(console: Console, articles: Any, title: str) -> None:
    table = titled_table(title, "day", "title", "outlet", "id")
    for a in articles:
        table.add_row(article_day(a), a.title, a.outlet or "", a.id)
    console.print(table)
    if any(a.day_estimated for a in articles):
        console.print(ESTIMATED_NOTE)


def render_events(console: Console, refs: tuple[EventRef, ...], title: str) -> None:
    table = titled_table(title, "date", "event", "organizer", "chairs", "place", "documents")
    for e in refs:
        date = estimated_day(e.date, e.date_estimated) + (f" ({e.part_of_day})" if e.part_of_day else "")
        table.add_row(date, e.name, e.organizer or "", ", ".join(e.chairs), e.place or "", ", ".join(e.documents))
    console.print(table)


def render_org(console: Console, o: OrgProfile) -> None:
    console.print(f"[bold]{o.name}[/bold] · {count_of(o.n_articles, 'article')}"
                  + (f" · part of {o.parent}" if o.parent else "") + (f" · {o.place}" if o.place else ""))
    if o.children:
        console.print("parts: " + ", ".join(o.children))
    if o.members:
        table = titled_table("Offices in it", "first seen", "last seen", "person", "title", "articles")
        for m in o.members:
            table.add_row(m.first_seen or "?", m.last_seen or "?", m.person, m.title, str(m.n_articles))
        console.print(table)
    if o.events:
        render_events(console, o.events, "Events organised")
    if o.articles:
        render_articles(console, o.articles, "Latest articles")


def render_document(console: Console, d: DocumentProfile, limit: int) -> None:
    label = d.label
    facts = [x for x in (d.type, f"signed {d.date}" if d.date else None, d.issuer) if x]
    console.print(f"[bold]{label}[/bold] · " + " · ".join(facts) + f" · {count_of(d.n_citations, 'citation')}")
    if d.citations:
        shown = f" (first {len(d.citations)})" if len(d.citations) < d.n_citations else ""
        table = titled_table("Citations" + shown, "day", "place", "outlet", "as written", "article")
        for c in d.citations:
            table.add_row(c.article.day or "?", c.article.place or "", c.article.outlet or "", c.as_written,
                          f"{c.article.title} [dim]{c.article.id}[/dim]")
        console.print(table)
    if d.events:
        render_events(console, d.events, "Events that concerned it")


def render_counts(console: Console, s: Stats, full: bool = False) -> None:
    counts = {c.name: c.count for c in s.tables}
    console.print(f"[bold]{s.path}[/bold] (schema {s.schema_version}): " + ", ".join(
        f"{counts[t]:,} {t}" for t in ("articles", "persons", "organizations", "places", "documents",
                                       "citations", "events", "offices", "errors")))
    if s.first_day:
        console.print(f"articles from {s.first_day} to {s.last_day}")
    if not full:
        return
    for title, rows in (("Outlets", s.outlets), ("Most attested persons", s.persons),
                        ("Most attested bodies", s.bodies), ("Most cited documents", s.documents),
                        ("Errors", s.errors_by_stage)):
        if rows:
            table = titled_table(title, "name", "count")
            for row in rows:
                table.add_row(row.name, f"{row.count:,}")
            console.print(table)


def count_of(n: int, noun: str) -> str:
    """`1 article`, `2 articles`, `1,000 articles`."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def render_holders(console: Console, h: Holders) -> None:
    when = f" on {h.on}" if h.on else ""
    table = titled_table(f"{h.title} · {h.org}{when}: {count_of(len(h.holders), 'holder')}",
                   "from", "to", "person", "title", "articles", "evidence")
    for x in h.holders:
        table.add_row(*spell_cells(x), x.person + (f" ({x.scope})" if x.scope else ""), x.office.title,
                      str(x.office.n_articles), ", ".join(e.article_id for e in x.office.evidence[:3]))
    console.print(table)
    for label, x in (("before", h.predecessor), ("after", h.successor)):
        if x is not None:
            start, end = spell_cells(x)
            console.print(f"{label}: {x.person} ({start} – {end})")
    if any(x.office.first_estimated or x.office.last_estimated for x in h.holders):
        console.print(ESTIMATED_NOTE)


def spell_cells(x: Holder) -> tuple[str, str]:
    """A spell's ends: stated (`bổ nhiệm` ...) as they are, attested ones as `seen`."""
    o = x.office
    start = o.started or (estimated_day(o.first_seen, o.first_estimated) + " (seen)" if o.first_seen else "?")
    end = o.ended or (estimated_day(o.last_seen, o.last_estimated) + " (seen)" if o.last_seen else "?")
    return start, end


def render_documents(console: Console, rows: tuple[DocumentRow, ...]) -> None:
    table = titled_table(f"{count_of(len(rows), 'document')}", "document", "type", "issuer", "year", "cited",
                         "first", "last")
    for d in rows:
        table.add_row(d.label, d.type, d.issuer or "", d.year or "", str(d.n_citations), d.first_cited or "?",
                      d.last_cited or "?")
    console.print(table)
