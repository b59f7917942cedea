"""Cross-article resolution: the same person, body, place, document or meeting is one entity.

Each article is resolved against what the database already holds, in input order, inside the
writer's transaction; nothing is cached outside the database. So the result is a function of the
sequence of articles alone, not of batch boundaries or of which run wrote which batch: an ingest
killed and resumed ends with the same entities, ids included, as one that ran straight through.

Every link of an article's mention to an entity is written to `resolutions` with the rule that
made it and what the rule looked at: the evidence of every merge. A person, body, document or
event that loses its last link (its articles were replaced) is removed; places stay (they are
few, and bodies, persons and events point at them). A body links its parents and its province
in every article that names it, so they keep evidence as long as it does.

Bodies, places, documents: by key (`keys.py`). A body named as part of another
(`Ban Thường vụ Tỉnh ủy Tiền Giang`) gets that one as parent (`Tỉnh ủy Tiền Giang`), created if
needed. A document cited by a symbol with no year of its own and no date joins the one document
already known under that symbol; when several are (`22-NQ/TW` of 2008 and of 2013) it stays with
the undated one.

Persons. The folded name finds the candidates; the context decides. A mention's context is the
bodies of the offices the article gives it and the provinces of those bodies (strong), or, when
it has no office, the article's own province (weak). In order:
1. shared-body: a candidate already holds an office in one of the mention's bodies;
2. same-province: a candidate's offices (or the province it was first placed in) lie in one of
   the mention's provinces;
3. national: the mention's bodies have no province (ministries, the Central Committee) and so
   have the candidate's (a seat in `Quốc hội` is no national office: `people.is_seat`);
4. for a mention with no office: article-place (a candidate placed in the article's province),
   then only-candidate (the name is known as one person only);
5. unplaced-candidate: a candidate with no body, no province and no office the mention lacks;
otherwise a new person, keyed by name and what sets it apart (`võ văn bình | tiền giang`), so two
officials of one name in different provinces or bodies stay two people. Candidates tie-break by
the most shared context, then the oldest id. Among namesakes, a weak link (3, 4, none) does not
reach a candidate named only years from the article's publication (`people.judge`).

Offices are (person, title, body); each article that attests one is evidence, dated by the
article's publication day (in Viet Nam), and the office's first and last seen days are the
extremes of its dated evidence: a timeline per person. An article without a publication date
attests an office without dating it (the days its text mentions may be decades back).

Meetings reported by several articles are one event when they agree on type, day and organizer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from diembao.record import Article, Document, Mention, Person
from diembao.text import fold_key, unique

from . import dating, foreign, history, keys, meetings, nearest, people, spells, things
from .analysis import loosen
from .store import Store

_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
# A candidate: its offices' bodies, their provinces and keys, and where it was first placed.
_PROFILE_SQL = ("SELECT p.id, p.province_id, o.org_id, g.place_id, g.key, o.title FROM persons AS p "
                "LEFT JOIN offices AS o ON o.person_id = p.id LEFT JOIN organizations AS g ON g.id = o.org_id "
                "WHERE {where} ORDER BY p.id, o.id")
_MIRROR = 50_000


def _remember(mirror: dict[Any, Any], key: Any, value: Any) -> None:
    if len(mirror) >= _MIRROR:
        mirror.clear()
    mirror[key] = value


@dataclass(frozen=True, slots=True)
class Link:
    id: int
    rule: str
    detail: dict[str, Any] | None = None


class Resolver:
    """Resolves one article at a time into the store's entities (inside the caller's transaction)."""

    def __init__(self, store: Store):
        self.store = store
        # Mirrors of database rows that never change once written (a place's id, a body's id,
        # parent and place), so they are read once per run. Bodies can be removed (`forget`),
        # which empties their mirrors; places never are. A Resolver lives for one run: after a
        # rollback it is dropped with its mirrors. Each is emptied when it reaches `_MIRROR`
        # entries, so memory stays flat however many bodies a corpus names.
        self._place_ids: dict[str, int] = {}
        self._org_ids: dict[str, int] = {}
        self._roots: dict[int, int] = {}
        self._org_rows: dict[int, tuple[int | None, str | None, int | None, str | None, str]] = {}
        self._links: list[tuple[Any, ...]] = []
        self._mention_rows: list[tuple[Any, ...]] = []
        self._last: list[tuple[str, int]] = []

    # --- one article ------------------------------------------------------------------------

    def resolve(self, aid: int, article: Article, day: str | None, outlet_province: str | None,
                estimated: bool = False) -> int | None:
        """Link every entity of `article` (stored as `aid`); returns the article's place id.
        `estimated`: `day` is estimated from the text (`dating.py`), and so is every date it gives."""
        self._links, self._mention_rows = [], []
        state = _ArticleState(aid=aid, article=article, estimated=estimated)
        place_id = self._places(state, outlet_province)
        state.place_id = place_id
        state.day = day
        for org in article.organizations:
            org_id = self._org(state, org.name)
            if org_id is not None:
                self._mentions(aid, "organization", org_id, org.mentions)
        self._documents(state)
        for person in people.longest_first(article.persons):
            self._person(state, person)
        for index, _event in enumerate(article.events):
            self._event(state, index)
        self._flush()
        return place_id

    # --- places -----------------------------------------------------------------------------

    def _places(self, state: _ArticleState, outlet_province: str | None) -> int | None:
        best: tuple[int, int, int] | None = None  # (-count, first start, place id)
        for loc in state.article.locations:
            if not loc.name.strip():
                continue
            place_id, rule = self._place(loc.name, loc.kind)
            self._link("place", place_id, state.aid, loc.name, rule)
            self._mentions(state.aid, "place", place_id, loc.mentions)
            if keys.province_of_name(loc.name) is not None:
                first = min((m.start for m in loc.mentions), default=1 << 30)
                candidate = (-max(1, len(loc.mentions)), first, place_id)
                best = candidate if best is None or candidate < best else best
        if best is not None:
            return best[2]
        if outlet_province:
            place_id, _rule = self._place(outlet_province, "province")
            self._link("place", place_id, state.aid, outlet_province, "outlet")
            return place_id
        return None

    def _place(self, name: str, kind: str | None) -> tuple[int, str]:
        key, display, kind = keys.place_key(name, kind)
        known = self._id_by_key(self._place_ids, "places", key)
        if known is not None:
            return known, "key"
        province = keys.province_of_name(name)
        place_id = self.store.insert(
            "INSERT INTO places (key, name, loose_key, kind, era, province_2025) VALUES (?, ?, ?, ?, ?, ?)",
            (key, display, keys.loose_key(display), kind, province.era if province else None,
             province.merged_into if province else None))
        _remember(self._place_ids, key, place_id)
        return place_id, "new"

    # --- bodies -----------------------------------------------------------------------------

    def _org(self, state: _ArticleState, name: str | None) -> int | None:
        if not name or not name.strip():
            return None
        key = keys.org_key(name)
        if not key:
            return None
        if key in state.orgs:
            return state.orgs[key]
        org_id, rule = self._org_by_key(state, key, name)
        self._link("organization", org_id, state.aid, name, rule)
        self.store.execute("INSERT OR IGNORE INTO org_names (org_id, name, aid) VALUES (?, ?, ?)",
                           (org_id, name, state.aid))
        state.orgs[key] = org_id
        self._link_ancestors(state, org_id, name)
        return org_id

    def _link_ancestors(self, state: _ArticleState, org_id: int, name: str) -> None:
        # A body attests its parents and its province in every article that names it, so they
        # keep evidence for as long as it does.
        seen = {org_id}
        current: int | None = org_id
        while current is not None:
            parent_id, parent_name, place_id, place_name, _key = self._org_row(current)
            if place_id is not None:
                self._link("place", place_id, state.aid, place_name, "in-body", {"body": name})
            if parent_id is None or parent_id in seen:
                return
            seen.add(parent_id)
            self._link("organization", parent_id, state.aid, parent_name, "parent-of", {"part": name})
            current = parent_id

    def _org_row(self, org_id: int) -> tuple[int | None, str | None, int | None, str | None, str]:
        """(parent id, parent name, place id, place name, key) of a body; fixed when it is created."""
        row = self._org_rows.get(org_id)
        if row is None:
            row = self.store.one(
                "SELECT o.parent_id, p.name, o.place_id, pl.name, o.key FROM organizations AS o "
                "LEFT JOIN organizations AS p ON p.id = o.parent_id LEFT JOIN places AS pl ON pl.id = o.place_id "
                "WHERE o.id = ?", (org_id,))
            _remember(self._org_rows, org_id, row)
        return row

    def _id_by_key(self, mirror: dict[str, int], table: str, key: str) -> int | None:
        """The id of the row of `table` with `key`, from the in-memory mirror or the database."""
        known = mirror.get(key)
        if known is None:
            known = self.store.value(f"SELECT id FROM {table} WHERE key = ?", (key,))
        if known is not None:
            _remember(mirror, key, known)
        return known

    def _org_by_key(self, state: _ArticleState, key: str, name: str) -> tuple[int, str]:
        known = self._id_by_key(self._org_ids, "organizations", key)
        if known is not None:
            return known, "key"
        parent_id = None
        parent = keys.parent_key(key)
        if parent is not None:
            parent_name = keys.suffix_named(name, parent)
            parent_id = self._org_by_key(state, parent, parent_name)[0]
        place_id = None
        province = keys.province_in(name) or keys.district_province(key)
        if province is not None:
            place_id = self._place(province.name, province.kind)[0]
        org_id = self.store.insert(
            "INSERT INTO organizations (key, loose_key, name, parent_id, place_id) VALUES (?, ?, ?, ?, ?)",
            (key, loosen(key), keys.canonical_org_name(key) or name, parent_id, place_id))
        _remember(self._org_ids, key, org_id)
        return org_id, "new"

    # --- documents --------------------------------------------------------------------------

    def _documents(self, state: _ArticleState) -> None:
        for doc in state.article.documents:
            key = keys.document_key(doc)
            if key is None:
                continue
            link = self._document(key, doc)
            written = _as_written(doc)
            self._link("document", link.id, state.aid, written, link.rule, link.detail)
            first = min(doc.mentions, key=lambda m: m.start, default=None)
            self.store.execute(
                "INSERT INTO citations (document_id, aid, as_written, start, \"end\", n_mentions) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (document_id, aid) DO UPDATE SET "
                "n_mentions = citations.n_mentions + excluded.n_mentions",
                (link.id, state.aid, first.text if first else written, first.start if first else None,
                 first.end if first else None, max(1, len(doc.mentions))))
            self._mentions(state.aid, "document", link.id, doc.mentions)
            state.documents.append((doc, link.id))

    def _document(self, key: str, doc: Document) -> Link:
        row = self.store.one("SELECT id FROM documents WHERE key = ?", (key,))
        if row:
            self._fill_document(row[0], doc)
            return Link(row[0], "key")
        symbol = keys.symbol_key(doc.symbol) if doc.symbol else None
        if symbol and key == f"sym:{symbol}":
            known = self.store.all("SELECT id, key FROM documents WHERE symbol_key = ? ORDER BY id", (symbol,))
            if len(known) == 1:
                self._fill_document(known[0][0], doc)
                return Link(known[0][0], "symbol-single", {"key": known[0][1]})
        doc_id = self.store.insert(
            "INSERT INTO documents (key, symbol_key, type_key, type, number, symbol, year, date, issuer, name, "
            "subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, symbol, fold_key(doc.type), doc.type, doc.number, doc.symbol, keys.document_year(doc), doc.date,
             doc.issuer, doc.name, doc.subject))
        return Link(doc_id, "new")

    def _fill_document(self, doc_id: int, doc: Document) -> None:
        # Later citations complete what earlier ones left out (a date, an issuer), never overwrite.
        if doc.date or doc.issuer or doc.name or doc.subject or doc.number:
            self.store.execute(
                "UPDATE documents SET date = coalesce(date, ?), issuer = coalesce(issuer, ?), "
                "name = coalesce(name, ?), subject = coalesce(subject, ?), number = coalesce(number, ?) "
                # Only a row with a gap is rewritten: a much-cited document is not, at every citation.
                "WHERE id = ? AND (date IS NULL OR issuer IS NULL OR name IS NULL OR subject IS NULL "
                "OR number IS NULL)", (doc.date, doc.issuer, doc.name, doc.subject, doc.number, doc_id))

    # --- persons and offices ----------------------------------------------------------------

    def _person(self, state: _ArticleState, person: Person) -> int | None:
        if not person.name.strip() or things.written_as_place(state.text, person):
            return None
        parts = [people.office_parts(p.title, p.org) for p in person.positions]
        orgs: Sequence[str | None] = [org or foreign.implied_body(title) for title, org in parts]
        if any(o and foreign.is_state_body(o) for o in orgs):
            orgs = foreign.office_bodies(state.article, state.text, person, orgs)
        orgs = [nearest.recomplete(state.article, state.text, o, p.mentions[0] if p.mentions else None)
                if o and keys.province_in(o) else o for o, p in zip(orgs, person.positions, strict=True)]
        bodies = unique(o for o in orgs if o)
        body_ids = [i for i in (self._org(state, name) for name in bodies) if i is not None]
        said = people.said(parts, [self._org(state, o) if o else None for o in orgs], state.year)
        joined = people.in_article(person.name, state.persons)
        link = Link(joined, "short-form-in-article", None) if joined \
            else self._resolve_person(person.name, body_ids, state.place_id, said)
        if link is None:  # a thing, a fragment, or a short form no known person fits
            return None
        person_id = link.id
        self._attest_person(state, person_id, person.name, link)
        self._mentions(state.aid, "person", person_id, person.mentions)
        for position, (title, _org), org in zip(person.positions, parts, orgs, strict=True):
            if title.strip():
                org_id = self._org(state, org) if org else None
                where = position.mentions[0] if position.mentions else (person.mentions[0] if person.mentions else None)
                self._office(state, person_id, title.strip(), org_id, where)
        state.persons.setdefault(keys.person_key(person.name), person_id)
        return person_id

    def _attest_person(self, state: _ArticleState, person_id: int, name: str, link: Link) -> None:
        self._link("person", person_id, state.aid, name, link.rule, link.detail)
        self.store.execute("INSERT OR IGNORE INTO person_names (person_id, name, aid) VALUES (?, ?, ?)",
                           (person_id, name, state.aid))

    def _resolve_person(self, name: str, body_ids: Sequence[int], article_place: int | None,
                        said: people.Said) -> Link | None:
        form = keys.name_form(name)
        if form.kind == "thing":
            return None
        longer = self.store.all(_PROFILE_SQL.format(where="p.tail_key = ?"), (form.key,)) \
            if people.may_shorten(form) else None
        if longer:  # else, or if no longer name fits, a person of that two-syllable name
            short = keys.NameForm(form.key, "short", form.key)
            link = self._decide_person(name, short, longer, body_ids, article_place, said)
            if link is not None:
                return link
        full = form.kind == "full"
        rows = self.store.all(_PROFILE_SQL.format(where="p.name_key = ?" if full else "p.tail_key = ?"),
                              (form.key if full else form.tail,))
        return self._decide_person(name, form, rows, body_ids, article_place, said)

    def _decide_person(self, name: str, form: keys.NameForm, rows: Sequence[Sequence[Any]], body_ids: Sequence[int],
                       article_place: int | None, said: people.Said) -> Link | None:
        profiles = people.profiles(rows, self._province_root)
        bodies = [(i, self._org_row(i)) for i in body_ids]
        provinces = list(dict.fromkeys(self._province_root(row[2]) for _i, row in bodies if row[2] is not None))
        local = people.localities(row[4] for _i, row in bodies)
        context = people.Context(
            bodies=frozenset(body_ids), provinces=frozenset(provinces), localities=local, titles=said.titles,
            held=said.held, national=any(i not in said.seats for i, _row in bodies)
            and all(row[2] is None and keys.locality_of(row[4]) is None for i, row in bodies if i not in said.seats),
            article_place=self._province_root(article_place) if article_place is not None else None,
            year=said.year if len(profiles) > 1 else None)  # years tell namesakes apart, not one person's eras
        verdicts = [people.judge(context, c, lambda c=c: self._article_places(c), lambda c=c: self._n_articles(c.id),
                                 lambda c=c: history.years(self.store, c.id)) for c in profiles]
        by_id = {c.id: c for c in profiles}
        decision = people.decide(form, context, verdicts, lambda i: people.unplaced(context, by_id[i]),
                                 self._n_articles, lambda i: history.n_named(self.store, i),
                                 blank=lambda i: not by_id[i].bodies and not by_id[i].provinces)
        if decision.id is not None:
            detail = dict(decision.detail or {})
            chosen = next((v for v in verdicts if v.id == decision.id), None)
            if chosen is not None and chosen.bodies:
                detail["bodies"] = self._org_names(chosen.bodies)
            if chosen is not None and chosen.provinces:
                detail["provinces"] = self._place_names(chosen.provinces)
            return Link(decision.id, decision.rule, detail or None)
        if form.kind != "full":
            return None
        # A mention with no office is placed in its article's province only when that is needed
        # to tell it from namesakes: one report of a visit does not make a person of that place.
        province_id = provinces[0] if provinces else (article_place if not body_ids and profiles else None)
        return self._new_person(name, form, province_id, body_ids, decision.detail)

    def _article_places(self, profile: people.Profile) -> frozenset[int]:
        if profile.places is None:
            profile.places = history.article_places(self.store, profile.id, self._province_root)
        return profile.places

    def _n_articles(self, person_id: int) -> int:
        return history.n_articles(self.store, person_id)

    def _province_root(self, place_id: int) -> int:
        """A historic name's province (`Sài Gòn` -> TP Hồ Chí Minh), else the place itself."""
        root = self._roots.get(place_id)
        if root is None:
            era, now = self.store.one("SELECT era, province_2025 FROM places WHERE id = ?", (place_id,)) or (None, None)
            root = place_id
            if era == "historic" and now:
                root = self._place(now, "province")[0]
            _remember(self._roots, place_id, root)
        return root

    def _new_person(self, name: str, form: keys.NameForm, province_id: int | None, body_ids: Sequence[int],
                    refusals: dict[str, Any] | None) -> Link:
        scope = None
        if province_id is not None:
            scope = self.store.value("SELECT name FROM places WHERE id = ?", (province_id,))
        elif body_ids:
            scope = self.store.value("SELECT name FROM organizations WHERE id = ?", (body_ids[0],))
        key = f"{form.key} | {fold_key(scope)}" if scope else form.key
        base, n = key, 1
        while self.store.one("SELECT 1 FROM persons WHERE key = ?", (key,)):
            n += 1
            key = f"{base} #{n}"
        person_id = self.store.insert(
            "INSERT INTO persons (key, name, name_key, loose_key, province_id, scope, tail_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (key, name, form.key, keys.loose_key(name), province_id, scope, form.tail))
        detail = {"scope": scope} if scope else {}
        detail.update(refusals or {})
        return Link(person_id, "new", detail or None)

    def _office(self, state: _ArticleState, person_id: int, title: str, org_id: int | None,
                where: Mention | None) -> None:
        key = f"{person_id}|{fold_key(title)}|{org_id or ''}"
        row = self.store.one("SELECT id FROM offices WHERE key = ?", (key,))
        office_id = row[0] if row else self.store.insert(
            "INSERT INTO offices (key, person_id, title, org_id) VALUES (?, ?, ?, ?)",
            (key, person_id, title, org_id))
        spell, cue = (spells.spell_at(state.text, where.start) if where else None) or (None, None)
        added = self.store.execute(
            "INSERT OR IGNORE INTO office_evidence (office_id, aid, day, start, \"end\", text, estimated, spell, "
            "cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (office_id, state.aid, state.day, where.start if where else None, where.end if where else None,
             where.text if where else None, int(state.estimated), spell, cue)).rowcount
        if added and spell and state.day:
            column, pick = ("started", "min") if spell == "start" else ("ended", "max")
            self.store.execute(f"UPDATE offices SET {column} = {pick}(coalesce({column}, ?1), ?1) WHERE id = ?2",
                               (state.day, office_id))
        if added:
            # One more piece of evidence: widen the dates and count it, rather than re-reading all
            # of the office's evidence (thousands of rows for a prime minister). An undated article
            # counts but does not date (as min and max over the evidence ignore NULL days).
            self.store.execute(
                "UPDATE offices SET n_articles = n_articles + 1, "
                "first_seen = CASE WHEN ?2 IS NOT NULL AND (first_seen IS NULL OR ?2 < first_seen) "
                "THEN ?2 ELSE first_seen END, "
                "last_seen = CASE WHEN ?2 IS NOT NULL AND (last_seen IS NULL OR ?2 > last_seen) "
                "THEN ?2 ELSE last_seen END WHERE id = ?1", (office_id, state.day))

    def _refresh_office(self, office_id: int) -> int:
        self.store.execute(
            "UPDATE offices SET first_seen = (SELECT min(day) FROM office_evidence WHERE office_id = ?1), "
            "last_seen = (SELECT max(day) FROM office_evidence WHERE office_id = ?1), "
            "n_articles = (SELECT count(*) FROM office_evidence WHERE office_id = ?1), "
            "started = (SELECT min(day) FROM office_evidence WHERE office_id = ?1 AND spell = 'start'), "
            "ended = (SELECT max(day) FROM office_evidence WHERE office_id = ?1 AND spell = 'end') WHERE id = ?1",
            (office_id,))
        return int(self.store.value("SELECT n_articles FROM offices WHERE id = ?", (office_id,), 0))

    # --- events -----------------------------------------------------------------------------

    def _event(self, state: _ArticleState, index: int) -> None:
        event = state.article.events[index]
        if not event.type.strip():
            return
        organizer_id = self._org(state, event.organizer) if event.organizer else None
        day = event.date if event.date and _DAY.match(event.date) else None
        estimated = state.estimated
        if day is None and state.estimated and state.day and event.date and event.date.startswith("--"):
            day = state.day[:4] + event.date[1:]  # the day the text gives, in the estimated year
        if day and organizer_id is not None:
            key = f"ev:{fold_key(event.type)}|{day}|{organizer_id}"
        else:
            key = f"ev:{state.article.id}#{index}"
        row = self.store.one("SELECT id FROM events WHERE key = ?", (key,))
        detail = None
        known = None if row or not day else meetings.same_meeting(
            event.type, event.name or event.type, organizer_id, state.place_id, self.store.all(
                "SELECT id, type, name, organizer_id, place_id, date FROM events WHERE date BETWEEN ? AND ? "
                "ORDER BY id", meetings.window(day)))
        if row:
            event_id, rule = row[0], "key"
        elif known is not None:
            event_id, rule, detail = known[0], "same-meeting", {"name": known[2], "date": known[5]}
        else:
            event_id, rule = self.store.insert(
                "INSERT INTO events (key, type, name, date, part_of_day, organizer_id, place_id, date_estimated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (key, event.type, event.name or event.type, day or event.date, event.part_of_day, organizer_id,
                 state.place_id, int(estimated and day is not None))), "new"
        self._link("event", event_id, state.aid, event.name or event.type, rule, detail)
        first = min(event.mentions, key=lambda m: m.start, default=None)
        self.store.execute(
            "INSERT OR IGNORE INTO event_sources (event_id, aid, name, start, \"end\", text) VALUES (?, ?, ?, ?, ?, ?)",
            (event_id, state.aid, event.name or event.type, first.start if first else None,
             first.end if first else None, first.text if first else None))
        self._mentions(state.aid, "event", event_id, event.mentions)
        for chair in event.chairs:
            person_id = state.persons.get(keys.person_key(chair)) if chair.strip() else None
            if person_id is None and chair.strip():
                link = self._resolve_person(chair, [], state.place_id, people.Said(year=state.year))
                if link is not None:
                    person_id = link.id
                    self._attest_person(state, person_id, chair, link)
                    state.persons[keys.person_key(chair)] = person_id
            if person_id is not None:
                self.store.execute("INSERT OR IGNORE INTO event_chairs (event_id, person_id, aid) VALUES (?, ?, ?)",
                                   (event_id, person_id, state.aid))
        for doc_id in meetings.documents_of_event(event.documents, event.name, state.documents):
            self.store.execute("INSERT OR IGNORE INTO event_documents (event_id, document_id, aid) VALUES (?, ?, ?)",
                               (event_id, doc_id, state.aid))

    def date_from_offices(self, aid: int) -> dating.Estimate | None:
        """An undated article's year from the offices it attests, as dated articles attest them;
        its offices' evidence and its events are dated by it, as estimated."""
        spans = self.store.all(
            "SELECT o.first_seen, o.last_seen FROM office_evidence AS e JOIN offices AS o ON o.id = e.office_id "
            "WHERE e.aid = ?", (aid,))
        estimate = dating.from_offices(spans)
        if estimate is not None:
            offices = [r[0] for r in self.store.all("SELECT office_id FROM office_evidence WHERE aid = ?", (aid,))]
            self.store.execute("UPDATE office_evidence SET day = ?, estimated = 1 WHERE aid = ?", (estimate.day, aid))
            for office_id in offices:
                self._refresh_office(office_id)
        return estimate

    # --- links, mentions, names -------------------------------------------------------------

    def _link(self, kind: str, entity_id: int, aid: int, name: str, rule: str,
              detail: dict[str, Any] | None = None) -> None:
        # Written when the article is done (nothing reads them before); the first link of an
        # entity in an article is its evidence, later ones add nothing.
        self._links.append((kind, entity_id, aid, name, rule,
                            json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else None))

    def _mentions(self, aid: int, kind: str, entity_id: int, mentions: Iterable[Mention]) -> None:
        self._mention_rows.extend((aid, kind, entity_id, m.start, m.end, m.text) for m in mentions)

    def last_links(self) -> list[tuple[str, int]]:
        """(kind, entity id) of every entity the last resolved article is linked to."""
        return self._last

    def _flush(self) -> None:
        self._last = [(row[0], row[1]) for row in self._links]
        self.store.executemany(
            "INSERT OR IGNORE INTO resolutions (kind, entity_id, aid, name, rule, detail) VALUES (?, ?, ?, ?, ?, ?)",
            self._links)
        self.store.executemany(
            "INSERT OR IGNORE INTO mentions (aid, kind, entity_id, start, \"end\", text) VALUES (?, ?, ?, ?, ?, ?)",
            self._mention_rows)
        self._links, self._mention_rows = [], []

    def _org_names(self, ids: Iterable[int]) -> list[str]:
        return [self.store.value("SELECT name FROM organizations WHERE id = ?", (i,)) for i in sorted(ids)]

    def _place_names(self, ids: Iterable[int]) -> list[str]:
        return [self.store.value("SELECT name FROM places WHERE id = ?", (i,)) for i in sorted(ids)]

    # --- forgetting an article --------------------------------------------------------------

    def forget(self, aid: int, touched: Sequence[tuple[Any, ...]]) -> None:
        """Remove every fact of article `aid`, and every entity left with no article. `touched`
        is the article's (kind, entity_id) links."""
        offices = [r[0] for r in self.store.all("SELECT office_id FROM office_evidence WHERE aid = ?", (aid,))]
        for table in ("mentions", "resolutions", "person_names", "org_names", "office_evidence", "citations",
                      "event_sources", "event_chairs", "event_documents"):
            self.store.execute(f"DELETE FROM {table} WHERE aid = ?", (aid,))
        for office_id in offices:
            if self._refresh_office(office_id) == 0:
                self.store.execute("DELETE FROM offices WHERE id = ?", (office_id,))
        # Places stay: they are few, and bodies, persons and events point at them.
        tables = {"event": "events", "person": "persons", "document": "documents", "organization": "organizations"}
        # Children before parents: an event before its organizer, a body before its parent.
        order = {"event": 0, "person": 1, "document": 2, "organization": 3}
        for kind, entity_id in sorted({t for t in touched if t[0] in tables},
                                      key=lambda t: (order[t[0]], -t[1])):
            if self.store.one("SELECT 1 FROM resolutions WHERE kind = ? AND entity_id = ? LIMIT 1",
                              (kind, entity_id)):
                if kind == "person":
                    self._rename_person(entity_id)
                continue
            if kind == "organization":  # the only mirrored rows that can go away
                self._org_ids.clear()
                self._org_rows.clear()
            self.store.execute(f"DELETE FROM {tables[kind]} WHERE id = ?", (entity_id,))

    def _rename_person(self, person_id: int) -> None:
        name = self.store.value("SELECT name FROM person_names WHERE person_id = ? ORDER BY aid, name LIMIT 1",
                                (person_id,))
        if name:
            self.store.execute("UPDATE persons SET name = ? WHERE id = ?", (name, person_id))


@dataclass(slots=True)
class _ArticleState:
    aid: int
    article: Article
    place_id: int | None = None
    day: str | None = None
    estimated: bool = False
    orgs: dict[str, int] = field(default_factory=dict)  # org key -> id, this article
    persons: dict[str, int] = field(default_factory=dict)  # folded name -> person id, this article
    documents: list[tuple[Document, int]] = field(default_factory=list)
    _text: str | None = None

    @property
    def year(self) -> int | None:  # of its publication day: an estimated one may be decades back
        return None if self.estimated else history.year_of(self.day)

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.article.text
        return self._text


def _as_written(doc: Document) -> str:
    if doc.symbol:
        return f"{doc.type} {doc.symbol}"
    if doc.number:
        return f"{doc.type} {doc.number}"
    return doc.name or doc.type
