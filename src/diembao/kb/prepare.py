"""The worker's half of an ingest: one raw input to everything the writer needs, with no database.

`prepare` is a pure function of its input (and of the extractor), so it runs in a process pool
and its results do not depend on which worker ran it. All the work that does not need the
database happens here: parsing, extraction, the record's JSON, the two index forms of the text,
compression of the raw input. The writer only resolves and inserts.

Content hash. An article is known by the hash of its raw input (BLAKE2b-128 of the input kind,
the file name for text and HTML, where the id comes from, and the raw text), not of its parsed
text: an unchanged input is recognised before it is parsed, and a change of parser does not make
a stored article look new (that is what `reindex` is for).
"""

from __future__ import annotations

import contextlib
import hashlib
import signal
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from diembao.errors import InputError
from diembao.lexicon import outlets
from diembao.pickling import compact_pickle
from diembao.readers import RawInput, ReadFailure, input_id, parse, parse_noted
from diembao.readers.budget import Notes, display
from diembao.record import Article
from diembao.text.calendar import reference_date

from .analysis import IndexedText, index_text
from .codec import pack

Extractor = Callable[[Article], Article]
# The input kind of an article record (the `extract` output shape) rather than raw news.
RECORD = "record"


@compact_pickle
@dataclass(frozen=True, slots=True)
class Prepared:
    """An article ready to be written."""

    input_hash: str
    origin: str
    kind: str
    name: str
    raw: bytes  # packed (see codec.py)
    article: Article
    record: bytes  # the record's JSON, packed
    text: IndexedText
    day: str | None
    outlet_province: str | None
    extract_error: str | None = None  # the extraction failed: stored without facts, error recorded
    notes: tuple[str, ...] = ()  # what the reader's sanitising changed (warnings, not errors)


@compact_pickle
@dataclass(frozen=True, slots=True)
class Failed:
    """An input that gave no article; recorded in `errors`, reported, never fatal."""

    input_key: str
    origin: str
    article_id: str | None
    stage: str  # read | parse
    message: str

    def line(self) -> str:
        who = f" [{self.article_id}]" if self.article_id else ""
        return f"{self.origin}{who}: {self.message}"


@dataclass(frozen=True, slots=True)
class Extracted:
    """An input extracted elsewhere (a Parquet dataset of `diembao extract --parquet`): its raw
    input, the record extracted from it and any extraction error, prepared as the raw input is."""

    item: RawInput
    record: str
    extract_error: str | None = None


Item = RawInput | ReadFailure | Extracted | Failed
Result = Prepared | Failed


def input_hash(item: RawInput) -> str:
    digest = hashlib.blake2b(digest_size=16)
    digest.update(item.kind.encode())
    digest.update(b"\0")
    if item.kind not in ("jsonl", RECORD):
        digest.update(item.name.encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    digest.update(item.raw.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def prepare(item: Item, extractor: Extractor | None = None, known_hash: str | None = None) -> Result:
    if isinstance(item, ReadFailure):
        return Failed("read:" + item.origin, item.origin, None, "read", item.message)
    if isinstance(item, Failed):
        return item
    if isinstance(item, Extracted):
        prepared = finish(Article.from_json(item.record), item.item, known_hash or input_hash(item.item), keep_facts)
        return replace(prepared, extract_error=item.extract_error)
    digest = known_hash or input_hash(item)
    try:
        if item.kind == RECORD:
            # A record that `diembao extract` (or any tool) already wrote: its facts are kept.
            from .records import load_record

            notes = Notes()
            article = load_record(item.raw, notes, offsets=not item.origin.startswith("record:"))
            extractor, lines = keep_facts, notes.lines()
        else:
            article, lines = parse_noted(item)
    except InputError as err:
        return Failed(digest, item.origin, input_id(item), "parse", err.message)
    except Exception as err:  # a reader bug must not stop the batch either
        return Failed(digest, item.origin, input_id(item), "parse", _describe(err))
    try:
        return finish(article, item, digest, extractor, lines)
    except Exception as err:  # nor a packaging one (the article's own index text, its day)
        return Failed(digest, item.origin, article.id, "extract", _describe(err))


def _describe(err: BaseException) -> str:
    return f"{type(err).__name__}: {display(str(err))[:300]}"


def parse_input(item: RawInput, digest: str) -> Article | Failed:
    try:
        return parse(item)
    except InputError as err:
        return Failed(digest, item.origin, input_id(item), "parse", err.message)
    except Exception as err:  # a reader bug must not stop the batch either
        return Failed(digest, item.origin, input_id(item), "parse", _describe(err))


def keep_facts(article: Article) -> Article:
    return article


def extract(article: Article, extractor: Extractor | None) -> tuple[Article, str | None, str | None]:
    """The article with its facts, its folded text when the pipeline made it, and the error of
    an extraction that failed (the article is then kept without facts)."""
    try:
        if extractor is None:
            from diembao.extract.pipeline import Doc, default_pipeline

            doc = default_pipeline().run(Doc.of(article))
            return doc.article, doc.folded, None
        return extractor(article), None, None
    except Exception as err:
        return article, None, f"extraction failed: {_describe(err)}"


def finish(article: Article, item: RawInput, digest: str, extractor: Extractor | None,
           notes: tuple[str, ...] = ()) -> Prepared:
    """Extract and package an article; an extraction failure keeps the article without facts."""
    article, folded, error = extract(article, extractor)
    return Prepared(
        input_hash=digest,
        origin=item.origin,
        kind=item.kind,
        name=item.name,
        raw=pack(item.raw),
        article=article,
        record=pack(article.to_json()),
        text=index_text(article.title, article.lead, article.body, article.captions, folded),
        day=local_day(article.published),
        outlet_province=outlet_province(article),
        extract_error=error,
        notes=notes,
    )


def prepare_chunk(items: Sequence[tuple[Item, str | None]], extractor: Extractor | None = None) -> list[Result]:
    out: list[Result] = []
    for item, digest in items:
        try:
            with _article_clock():
                out.append(prepare(item, extractor, digest))
        except ArticleTimeout as err:  # the timer went off outside the stages' own handlers
            key = digest or ("read:" + item.origin if isinstance(item, ReadFailure) else input_hash(item))
            out.append(Failed(key, item.origin, None, "extract", str(err)))
    return out


class ArticleTimeout(Exception):
    """An article ran past its time: raised by a worker's timer, caught as a stage failure."""


_CLOCK: list[float] = []


def arm_article_clock(seconds: float) -> None:
    """In a pool worker: from now on each article of `prepare_chunk` is stopped after `seconds`
    (see `pool.py`). Never in the caller's own process, whose signals are its own."""

    def expired(signum: int, frame: object) -> None:
        raise ArticleTimeout(f"the article ran longer than {seconds:.0f} s: stopped")

    signal.signal(signal.SIGALRM, expired)
    _CLOCK[:] = [seconds]


@contextlib.contextmanager
def _article_clock() -> Iterator[None]:
    if not _CLOCK:
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, _CLOCK[0])
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def local_day(published: str | None) -> str | None:
    """The calendar day in Viet Nam of an ISO time stamp (`temporal.reference_date`, as the
    extractors read it); a bare date is its own day."""
    try:
        day = reference_date(published)
    except (OverflowError, ValueError):  # a time at the edge of the calendar has no day here
        return None
    return day.isoformat() if day else None


def outlet_province(article: Article) -> str | None:
    found = outlets.by_name(article.source.outlet) if article.source.outlet else None
    return found.province if found is not None else None


__all__ = ["RECORD", "Extracted", "Failed", "Prepared", "extract", "finish", "input_hash", "parse_input", "prepare",
           "prepare_chunk"]
