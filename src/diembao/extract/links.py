"""Links: a small learned model re-chooses the body of each office (issue 9, "where adjacency
rules cannot reach, learn").

Reads the persons and organizations the earlier stages wrote; may change `Position.org`. Off by
default (`default_stages(links=True)`, `diembao evaluate dev --links`): it has not beaten the
rules on dev. For every office (person, title, body) the candidates are the rules' own body,
every body the article names, and no body (less the bodies the person's other offices of the
same title have: taking one would merge two offices). Each candidate is described by a few
features (`candidates`): whether it is the rules' choice, how far its nearest mention stands
from the title's and its rank in nearness, before or after it, in the same sentence or
paragraph, how often the article names it, its kind, whether the person or another holder of
the same title has it, whether it contains or completes the rules' body, the pairing of the
title's last two syllables with the body's first one or two (learnt from train), and how usual
that head is for the title where a corpus writes the body right after it (`data/links/heads.json`,
counted by the rules, no gold); "no body" by whether the title is an office of no body and the
name a Vietnamese one. A conditional logistic regression (one softmax over the
candidates of an office) scores them with the weights of `data/links/model.json`, trained by
`scripts/train_links.py` on the shared train set. The body changes only when the best candidate
beats the rules' by the model's margin; `--explain` then names the model and its score.

Pure Python at run time, deterministic, no dependency: the weights are a table of feature ->
number.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

from diembao.extract.doc import Doc
from diembao.extract.offices import merged
from diembao.extract.reasons import Reason, noted
from diembao.lexicon.links import links_model, written_heads
from diembao.lexicon.offices import default_bodies
from diembao.lexicon.persons import foreign_surnames, office_of_no_body, surnames
from diembao.record import Article, Mention, Person, Position
from diembao.text import fold_key

REQUIRES = ("persons", "organizations")
ASSIGNS = ("persons", "reasons")

RULE = "body chosen by the links model"
NONE = ""  # the candidate "no body", keyed by the empty name

# Distances (in characters) between a title's mention and a body's that the features tell apart.
_DISTANCES = (2, 12, 40, 100, 250, 600)
_COUNTS = (1, 2, 4, 8)
# How far apart two mentions may be for the text between them to be read (sentence, paragraph).
_READ_REACH = 600
_RANKS = 3  # the nearest bodies told apart by rank: first, second, third, the rest
_HEADS_SEEN = 3  # a title written with a body fewer times than this says nothing of its heads
_SHARES = (1, 5, 20, 50)  # per cent of a title's written bodies that have a head


@dataclass(frozen=True, slots=True)
class Candidate:
    """One body an office may have (`name` NONE: no body), with its features."""

    name: str
    features: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Model:
    weights: Mapping[str, float]
    margin: float

    def score(self, features: Sequence[str]) -> float:
        w = self.weights
        return sum(w.get(f, 0.0) for f in features)


@cache
def model() -> Model:
    """The shipped weights (`data/links/model.json`)."""
    data = links_model()
    return Model(dict(data["weights"]), float(data["margin"]))


def heads() -> Mapping[str, Mapping[str, int]]:
    """Title tail -> how often the rules find it written right before a body of each head (one or
    two first syllables), `*` the total: counted over a corpus by `scripts/train_links.py`."""
    return written_heads()


def head_features(t2: str, h1: str, h2: str) -> list[str]:
    """How usual a body of this head is for the title, as the corpus writes them."""
    table = heads().get(t2)
    total = table.get("*", 0) if table else 0
    if total < _HEADS_SEEN:
        return ["heads unknown"]
    return [f"heads {size}={_bucket(int(100 * table.get(h, 0) / total), _SHARES)}"
            for size, h in (("1", h1), ("2", h2))]


def _bucket(value: int, edges: Sequence[int]) -> int:
    return bisect_left(edges, value)


def _head(name: str, size: int) -> str:
    return " ".join(fold_key(name).split()[:size])


def _tail(name: str, size: int) -> str:
    return " ".join(fold_key(name).split()[-size:])


def _nearest(title: Sequence[Mention], body: Sequence[Mention]) -> tuple[int, Mention, Mention] | None:
    """The closest pair (gap in characters, title mention, body mention); a body mention that
    covers the title's (the title is written inside the body's span) counts as distance 0."""
    best: tuple[int, Mention, Mention] | None = None
    for t in title:
        for b in body:
            gap = b.start - t.end if b.start >= t.end else (t.start - b.end if b.end <= t.start else 0)
            if best is None or gap < best[0]:
                best = (gap, t, b)
    return best


def _where(text: str, t: Mention, b: Mention, gap: int) -> list[str]:
    """The position of the body's mention against the title's: side, sentence, paragraph."""
    out = ["after" if b.start >= t.end else ("before" if b.end <= t.start else "inside")]
    if gap > _READ_REACH:
        return out
    between = text[t.end:b.start] if b.start >= t.end else text[b.end:t.start]
    if "\n" not in between:
        out.append("same paragraph")
        if ". " not in between and "; " not in between:
            out.append("same sentence")
    return out


def _vietnamese(name: str) -> bool:
    words = fold_key(name).split()
    return len(words) > 1 and words[0] in surnames() and words[0] not in foreign_surnames()


def candidates(article: Article, person: int, position: Position, text: str | None = None) -> list[Candidate]:
    """The bodies `position` of `article.persons[person]` may have, each with its features; the
    first is the rules' own choice."""
    text = article.text if text is None else text
    orgs = {fold_key(o.name): o for o in article.organizations}
    rule = fold_key(position.org) if position.org else NONE
    counts = Counter({k: len(o.mentions) for k, o in orgs.items()})
    main = counts.most_common(1)[0][0] if counts and counts.most_common(1)[0][1] else None
    mine = {fold_key(p.org) for p in article.persons[person].positions if p.org and p is not position}
    title = fold_key(position.title)
    peers = {fold_key(p.org) for k, other in enumerate(article.persons) if k != person
             for p in other.positions if p.org and fold_key(p.title) == title}
    default = default_bodies().get(title)
    default = fold_key(default) if default else None
    t2, t1 = _tail(position.title, 2), _tail(position.title, 1)
    # The bodies the person's other offices of the same title have: taking one would merge two
    # offices into one (and taking none would drop this one), so they are no candidates.
    taken = {fold_key(p.org) if p.org else NONE for p in article.persons[person].positions
             if p is not position and fold_key(p.title) == title}
    names = [rule, *(k for k in orgs if k != rule and k not in taken)]
    if rule != NONE and not taken:
        names.append(NONE)
    near_of = {k: _nearest(position.mentions, o.mentions) for k, o in orgs.items()}
    ranked = sorted((n[0], k) for k, n in near_of.items() if n is not None)
    rank = {k: min(i, _RANKS) for i, (_, k) in enumerate(ranked)}
    sides: dict[str, int] = {}
    side_rank: dict[str, int] = {}
    for _, k in ranked:
        n = near_of[k]
        side = "after" if n is not None and n[2].start >= n[1].end else "before"
        side_rank[k] = min(sides.get(side, 0), _RANKS)
        sides[side] = sides.get(side, 0) + 1
    out: list[Candidate] = []
    for key in names:
        f: list[str] = ["bias"]
        if key == rule and rule != NONE:
            f.append("rule")
        if key == NONE:
            f.append("none" if rule != NONE else "none; rule none")
            f.append(f"none|t={t2}")
            if default is not None:
                f.append("none; title has a default body")
            if office_of_no_body(position.title):
                f.append("none; an office of no body")
            f.append("none; a Vietnamese name" if _vietnamese(article.persons[person].name) else "none; a foreign name")
            out.append(Candidate(NONE, tuple(f)))
            continue
        if rule == NONE:
            f.append("rule none")
        org = orgs.get(key)
        f.append(f"kind={org.kind if org else 'unlisted'}")
        mentions = org.mentions if org else ()
        f.append(f"count={_bucket(len(mentions), _COUNTS)}")
        near = near_of.get(key)
        if near is None:
            f.append("distance=none")
        else:
            gap, t, b = near
            bucket = _bucket(gap, _DISTANCES)
            f.append(f"distance={bucket}")
            f.append(f"nearest={rank[key]}")
            f.append(f"nearest on its side={side_rank[key]}")
            for where in _where(text, t, b, gap):
                f.append(f"{where}")
                f.append(f"{where}; distance={bucket}")
        if key == main:
            f.append("main body")
        if key in mine:
            f.append("another office of the person")
        if key in peers:
            f.append("the title's body for another holder")
        if key == default:
            f.append("the title's default body")
        if rule != NONE and key != rule:
            if key.startswith(rule + " "):
                f.append("completes the rule's body")
            elif key.endswith(" " + rule):
                f.append("a unit of the rule's body")
            elif rule.endswith(" " + key) or rule.startswith(key + " "):
                f.append("inside the rule's body")
        if rule == NONE:
            # Where the rules found no body, the same evidence weighs differently: its own weights.
            f.extend([f"rule none; {x}" for x in f[2:]])
        h1, h2 = _head(key, 1), _head(key, 2)
        f.extend((f"t={t2}|h={h1}", f"t={t2}|h={h2}", f"t1={t1}|h={h1}"))
        f.extend(head_features(t2, h1, h2))
        out.append(Candidate(key, tuple(f)))
    return out


def softmax(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def choose(found: Sequence[Candidate], m: Model) -> tuple[int, float] | None:
    """The candidate to take instead of the rules' (index, probability), or None to keep it."""
    if len(found) < 2:
        return None
    scores = [m.score(c.features) for c in found]
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    if best == 0 or scores[best] - scores[0] < m.margin:
        return None
    return best, softmax(scores)[best]


def relinked(article: Article, m: Model | None = None, text: str | None = None) -> tuple[Article, list[Reason]]:
    """The article with each office's body re-chosen by the model, and the reasons for those it
    changed."""
    m = m or model()
    names = {fold_key(o.name): o.name for o in article.organizations}
    text = article.text if text is None else text
    reasons: list[Reason] = []
    people: list[Person] = []
    changed = False
    for k, person in enumerate(article.persons):
        positions: list[Position] = []
        moved = False
        for position in person.positions:
            found = candidates(article, k, position, text)
            pick = choose(found, m)
            if pick is None:
                positions.append(position)
                continue
            key = found[pick[0]].name
            org = names.get(key) if key != NONE else None
            positions.append(replace(position, org=org))
            reasons.append(Reason("positions", (person.name, position.title, org), RULE, round(pick[1], 3)))
            moved = True
        if moved:
            changed = True
            person = replace(person, positions=merged(positions))
        people.append(person)
    return (replace(article, persons=tuple(people)) if changed else article), reasons


def annotate(doc: Doc) -> Doc:
    if not any(p.positions for p in doc.article.persons):
        return doc
    article, reasons = relinked(doc.article, text=doc.text)
    if article is doc.article:
        return doc
    return noted(doc.with_article(persons=article.persons), reasons)

