"""Events: meetings and ceremonies the article reports as having happened, with their date,
organizer, chairs and the documents they concern.

Reads `Article.dates`, `Article.documents`, `Article.persons`, and the layers `tokens`, `orgs`,
`places`, `titles`, `person_spans`; writes `Article.events`. Vocabularies: `data/events/`.

- A head word (`Hội nghị`, `Kỳ họp`, `Lễ`, `họp` …: `heads.tsv`) starts a mention; the name runs
  on to a date, a stop word or a clause break (`Hội nghị tổng kết Nghị quyết 22-NQ/TW`).
- It is an event when its sentence says it happened (`tổ chức`, `diễn ra`, `chủ trì`, a date)
  and nothing makes it background (`Nghị quyết Hội nghị Trung ương 4`, `sau Hội nghị …`) or
  planned (`sẽ`, `dự kiến`, `kỳ họp tới`); a count (`118 cuộc họp`) names none. A bare later
  mention (`chủ trì hội nghị`) is the same event as the one before it of that type; so is a
  named one without a date of its own, and one dated by a day within the span of days the other
  opens (`từ ngày 20 đến 22/10` beside `Chiều 22/10`).
- The date is the day written in its sentence (not a cited document's), or the day of the
  event before it when the text says `cùng ngày`, `ngay sau`; with no publication date, the year
  of a full date within two months of the day-month (`Sáng 23-11` beside `23/11/2017`), else
  the year the opening names when the text writes no later one (`6 tháng đầu năm 2017`: `years`).
- The organizer is the body (or place) that `tổ chức`/`tiến hành`/`họp` it, the body after `do`
  or `của`, or the body inside its name (`Kỳ họp thứ Nhất, HĐND tỉnh`); the chairs are the
  persons who `chủ trì`/`chủ tọa` it, before the verb or after `dưới sự chủ trì của`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from diembao.extract.doc import Doc
from diembao.extract.events.after import dated_after
from diembao.extract.events.anniversary import anniversary_spans
from diembao.extract.events.archive import archive_caption
from diembao.extract.events.chairs import persons_before
from diembao.extract.events.cited_month import dated_by_month
from diembao.extract.events.clause_day import opens_clause
from diembao.extract.events.counted import names_none
from diembao.extract.events.history import reported
from diembao.extract.events.met import body_met
from diembao.extract.events.organizers import court_of, same_body, setting_subject
from diembao.extract.events.reader import (
    GRAMMAR,
    MEETING_TYPE,
    Candidate,
    Reader,
    chair_words,
    head_words,
    holder_words,
)
from diembao.extract.events.schedule import scheduled
from diembao.extract.events.setting import held_setting
from diembao.extract.events.span import within
from diembao.extract.events.talks import is_talk, talk_held
from diembao.extract.events.today import is_today, news_day, opening_day
from diembao.extract.events.years import news_year
from diembao.extract.lexing import starts_of, with_tokens
from diembao.extract.settings import EVENT_OPENING as OPENING
from diembao.extract.settings import EVENT_YEAR_WINDOW_DAYS as YEAR_WINDOW_DAYS
from diembao.lexicon.events import series_types
from diembao.record import DateMention, Event

REQUIRES = ("tokens", "dates", "documents", "persons", "orgs", "places", "person_spans", "titles", "context")


ASSIGNS = ("events",)


def trigger_words() -> tuple[frozenset[str], ...]:
    """The words this stage looks up (collected by `diembao.extract.pipeline.Pipeline` for lexing)."""
    return head_words(), chair_words(), holder_words()


def _year_for(value: str, dates: Sequence[DateMention]) -> str:
    """`--11-23` after a full day written shortly before it (`20/11/2017`) -> that year. Only a
    full day lends its year: a month (`tháng 5/2014`) is a biography's or a document's time, not
    the news's. And only to a day at most a month after it: the press dates what it reports by
    the days just past, while a day far back (a resolution signed in October beside a December
    meeting) or one still to come dates something else. Only the latest year the article writes
    can be its own: a day beside a historical date stays yearless. An anniversary's day of this
    year (`(19/5/1890-19/5/2017)`) dates the days around it, before it too (`sáng 18/5`)."""
    try:
        month, day = int(value[2:4]), int(value[5:7])
    except ValueError:
        return value
    written: list[tuple[int, str]] = []
    for d in dates:
        if d.precision not in ("day", "range") or not d.value:
            continue
        for v in d.value.split("/"):
            if len(v) >= 10 and v[:4].isdigit() and v[4] == "-":
                written.append((int(v[:4]), v))
    if not written:
        return value
    latest = max(year for year, _ in written)
    anniversaries = frozenset(b.value for _a, b in anniversary_spans(dates))
    best: tuple[int, int] | None = None
    for year, v in written:
        if year != latest:
            continue
        other = date(year, int(v[5:7]), int(v[8:10]))
        # the press reports the days around an anniversary, before it as well as after
        earliest = -YEAR_WINDOW_DAYS if v in anniversaries else 0
        for candidate in (year, year + 1):
            try:
                gap = (date(candidate, month, day) - other).days
            except ValueError:
                continue
            if earliest <= gap <= YEAR_WINDOW_DAYS and (best is None or abs(gap) < abs(best[1])):
                best = (candidate, gap)
    return f"{best[0]:04d}-{month:02d}-{day:02d}" if best else value


def _day_value(d: DateMention | None, dates: Sequence[DateMention], year: int | None = None) -> str | None:
    if d is None:
        return None
    value = d.value or (news_day(dates) if is_today(d) else None)
    if not value:
        return None
    value = value.split("/")[0]
    if value.startswith("--"):
        value = _year_for(value, dates)
    if value.startswith("--") and year is not None:
        value = f"{year:04d}-{value[2:]}"
    return value


def annotate(doc: Doc) -> Doc:
    doc = with_tokens(doc)
    heads = starts_of(doc, head_words())
    if not heads:
        return doc.with_article(events=())  # no head word: no event, and nothing to read
    reader = Reader(doc)
    dates = doc.article.dates
    events: list[Candidate] = []
    for c in reader.candidates(heads):
        if (reader.background(c) and not dated_after(reader, c)) or dated_by_month(reader, c) or names_none(reader, c) \
                or scheduled(reader, c) or archive_caption(reader, c):
            continue
        same = [e for e in events if e.type == c.type]
        creating = reader.creating(c) or opens_clause(reader, c)
        date = reader.date_of(c) if creating else None
        if not creating or not (c.specific or date is not None or (not same and (
                reader.partnered(c) or reader.attended(c)))):
            # A bare or passing mention ("chủ trì hội nghị", "tại Đại hội XIV") refers to an
            # event already read; it does not report one.
            if same:
                same[-1].mentions.extend(c.mentions)
            continue
        held = talk_held(reader, c)
        if not reader.happening(c) and not held:
            continue
        c.date = date
        if c.date is None and events and _same_day(reader, c):
            c.date = events[-1].date
        if c.date is None and not same and (c.mentions[0].start < OPENING or reader.attended(c)):
            c.date = opening_day(doc.text, dates)
        if c.date is None and not same and c.mentions[0].start > OPENING and not reader.attended(c) and not held \
                and not body_met(reader, c) and not held_setting(reader, c):
            # Deep in the text and undated, a meeting is cited in passing, not reported.
            continue
        c.organizer = None if is_talk(c) else reader.stated_organizer(c) or court_of(reader, c) or \
            setting_subject(reader, c) or _held_before(c, same) or reader.default_organizer(c.type)
        twin = next((e for e in same if _compatible(reader, e, c)), None)
        if twin is not None:
            twin.mentions.extend(c.mentions)
            if twin.date is None or (c.date is not None and within(reader, c.date, twin.date)):
                twin.date = c.date  # the span's first day over one of its days
            if twin.organizer is None or (c.organizer is not None and len(c.organizer) > len(twin.organizer)):
                twin.organizer = c.organizer  # the body in full over its place alone
            continue
        events.append(c)
    if any(not is_talk(e) for e in events):
        _assign_chairs(reader, events)
    year = news_year(doc.text, dates) if events else None
    records = reported([_record(doc, e, year) for e in events], doc.text, doc.article.published, dates)
    return doc.with_article(events=records)


def _held_before(c: Candidate, same: Sequence[Candidate]) -> str | None:
    """`kết luận tại kỳ họp 35` after `Ủy ban Kiểm tra Trung ương ra thông cáo kỳ họp thứ 36`: a
    session whose body the text leaves unsaid is one of the series the article reports, held by
    the body of the latest one before it, rather than by the province's council."""
    if c.type not in series_types():
        return None
    return next((e.organizer for e in reversed(same) if e.organizer), None)


def _compatible(reader: Reader, a: Candidate, b: Candidate) -> bool:
    """Two mentions of one event: no date or organizer that tells them apart. An organizer named
    by its place alone (`Hà Nội đã tổ chức họp báo`) does not tell it from the body of that place
    (`họp báo … của UBND thành phố Hà Nội`), nor one writing of a body from another (`HĐND TP.`,
    `Hội đồng nhân dân thành phố`). A day within the span of days the other opens is one of
    its days (`span`)."""
    dates = reader.doc.article.dates
    if a.date is not None and b.date is not None and _day_value(a.date, dates) != _day_value(b.date, dates) \
            and not within(reader, a.date, b.date) and not within(reader, b.date, a.date):
        return False
    if a.organizer is None or b.organizer is None:
        return True
    return same_body(a.organizer, b.organizer)


_SAME_DAY = re.compile(r"\b(" + "|".join(GRAMMAR["same_day"]) + r")\b")


def _same_day(reader: Reader, c: Candidate) -> bool:
    a, b = c.sentence
    text = reader.doc.folded[reader.tokens[a].start:reader.tokens[b - 1].end]
    return bool(_SAME_DAY.search(text))


def _assign_chairs(reader: Reader, events: list[Candidate]) -> None:
    """Each `chủ trì` goes to the event of its sentence, else to the latest event before it."""
    persons = reader.doc.article.persons
    chaired = []
    for verb, name in reader.chairs_in(0, len(reader.tokens)):
        chaired.append((verb, name))
        joined = persons_before(reader, verb, 0)
        if joined and persons[joined[0]].name == name:
            chaired.extend((verb, persons[p].name) for p in joined[1:])
    events = [e for e in events if not is_talk(e)]
    for verb, name in chaired:
        in_sentence = [e for e in events if e.sentence[0] <= verb < e.sentence[1]]
        mentioned = [e for e in events if any(
            reader.tokens[verb].start <= m.start and m.start - reader.tokens[verb].end < 200 for m in e.mentions)]
        target = (in_sentence or mentioned or [e for e in events if e.first <= verb] or events[:1])
        event = target[0] if in_sentence or mentioned else target[-1]
        if name not in event.chairs:
            event.chairs.append(name)


def _record(doc: Doc, e: Candidate, year: int | None) -> Event:
    dates = doc.article.dates
    name = e.name[0].upper() + e.name[1:] if e.name and e.type != MEETING_TYPE else e.name
    documents = tuple(
        d.symbol or f"{d.type} {d.number or d.name or ''}".strip()
        for d in doc.article.documents
        for m in d.mentions
        if e.mentions and e.mentions[0].start <= m.start < e.mentions[0].end
    )
    return Event(
        type=e.type,
        name=name,
        date=_day_value(e.date, dates, year),
        part_of_day=e.date.part_of_day if e.date else None,
        organizer=e.organizer,
        chairs=tuple(e.chairs),
        documents=tuple(dict.fromkeys(documents)),
        mentions=tuple(e.mentions),
    )
