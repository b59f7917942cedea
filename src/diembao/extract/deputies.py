"""Deputies: a person named right after the bare word `đại biểu` (or `ĐB`) in an article about the
National Assembly holds `Đại biểu Quốc hội` (issue 9 pattern 1).

Reads the layers `tokens` and `person_spans` and the persons the earlier stages wrote; adds a
position to `Article.persons`. A session's report names its speakers so (`đại biểu Nguyễn Văn A
(Hòa Sơn) cho rằng …`, `ĐB Trần Thị B đề nghị …`) and the annotators record the office in full.
The bare word names a people's council's deputy as well, so the article must name the Assembly
(`Quốc hội`, `ĐBQH`) more often than the councils (`HĐND`); a delegation (`Đoàn đại biểu …`) or a
crowd (`các đại biểu …`) is no one's title (`data/persons/deputies.json`).
"""

from __future__ import annotations

from dataclasses import replace

from diembao.extract.doc import Doc
from diembao.extract.lexing import tokens_of, with_tokens
from diembao.extract.offices import merged, with_position_orgs
from diembao.extract.persons import PersonSpan
from diembao.extract.reasons import Reason, noted
from diembao.lexicon.deputies import Deputies, deputies
from diembao.record import Mention, Position

REQUIRES = ("tokens", "person_spans", "persons", "organizations")
ASSIGNS = ("persons", "organizations", "reasons")

_RULE = "a name right after the bare word for a deputy, in an article about the National Assembly"


def annotate(doc: Doc) -> Doc:
    doc = with_tokens(doc)
    spans: tuple[PersonSpan, ...] = tuple(doc.layers.person_spans or ())
    rules = deputies()
    if not spans:
        return doc
    tokens = tokens_of(doc)
    found: dict[int, Position] = {}
    for p in spans:
        for size in (2, 1):
            k = p.first - size
            if k < 0 or tuple(t.low for t in tokens[k:p.first]) not in rules.words:
                continue
            if k and tokens[k - 1].low in rules.not_after:
                break
            if p.person not in found:
                start, end = tokens[k].start, tokens[p.first - 1].end
                mention = Mention(start, end, doc.text[start:end])
                found[p.person] = Position(rules.title, rules.body, (mention,))
            break
    # counted only for an article that names someone so: two scans of its text otherwise spared
    if not found or not _about_the_assembly(doc.folded, rules):
        return doc
    persons = doc.article.persons
    people = tuple(replace(person, positions=merged([*person.positions, found[k]])) if k in found else person
                   for k, person in enumerate(persons))
    doc = noted(doc, [Reason("positions", (persons[k].name, pos.title, pos.org), _RULE) for k, pos in found.items()])
    return doc.with_article(persons=people, organizations=with_position_orgs(doc.article.organizations, people))


def _about_the_assembly(folded: str, rules: Deputies) -> bool:
    """The text names the National Assembly more often than the people's councils."""
    assembly = len(rules.assembly.findall(folded))
    return assembly > 0 and assembly > len(rules.council.findall(folded))
