"""Typed records passed between girok's layers: documents, ingest outcomes, search hits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class DocFormat(StrEnum):
    """The formats girok reads."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    PDF = "pdf"
    DOCX = "docx"


@dataclass(frozen=True)
class IngestOptions:
    """What the user declared about a batch; an option wins over metadata in the file."""

    source_url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    collection: str | None = None
    language: str | None = None
    max_bytes: int = 50 * 1024 * 1024


@dataclass(frozen=True)
class ExtractedText:
    """The text of a file and the metadata its format carries."""

    text: str
    encoding: str | None = None
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    source_url: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class ParsedDocument:
    """A file read and ready to store: original bytes, text, metadata and its MinHash."""

    name: str
    path: str
    original_filename: str
    sha256: str
    content: bytes
    format: DocFormat
    media_type: str
    text: str
    encoding: str | None
    title: str | None
    author: str | None
    outlet: str | None
    published: dt.date | None
    published_origin: str | None
    source_url: str | None
    collection: str | None
    language: str | None
    minhash: bytes
    extraction: Extraction | None = None


@dataclass(frozen=True)
class StoredDocument:
    """A document as the store keeps it."""

    id: int
    name: str
    sha256: str
    original_filename: str
    source_path: str | None
    format: str
    media_type: str
    size: int
    encoding: str | None
    title: str | None
    author: str | None
    outlet: str | None
    published: dt.date | None
    published_origin: str | None
    source_url: str | None
    collection: str | None
    language: str | None
    ingested_at: dt.datetime
    text_sha256: str
    near_duplicate_of: int | None
    near_duplicate_similarity: float | None
    text: str | None = None


class OutcomeStatus(StrEnum):
    """What happened to one input file."""

    INGESTED = "ingested"
    NEAR_DUPLICATE = "near_duplicate"
    DUPLICATE = "duplicate"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class IngestOutcome:
    """The result for one input file; `reason` is set when it failed."""

    path: str
    status: OutcomeStatus
    document_id: int | None = None
    sha256: str | None = None
    reason: str | None = None
    duplicate_of: int | None = None
    similarity: float | None = None


@dataclass
class IngestSummary:
    """Counts and per-file outcomes of one ingest run."""

    outcomes: list[IngestOutcome] = field(default_factory=list)

    def count(self, status: OutcomeStatus) -> int:
        return sum(1 for o in self.outcomes if o.status is status)

    @property
    def failed(self) -> list[IngestOutcome]:
        return [o for o in self.outcomes if o.status is OutcomeStatus.FAILED]


@dataclass(frozen=True)
class VerifyResult:
    """One stored original whose bytes no longer match its address."""

    sha256: str
    actual_sha256: str | None
    problem: str


@dataclass(frozen=True)
class SearchFilters:
    """Restrictions on a full-text search."""

    collection: str | None = None
    outlet: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True)
class SearchHit:
    """One ranked search result with a highlighted snippet."""

    document_id: int
    name: str
    title: str | None
    outlet: str | None
    published: dt.date | None
    collection: str | None
    rank: float
    snippet: str
    highlights: tuple[tuple[int, int], ...] = ()


# --- extraction ---------------------------------------------------------------------------

EVENT_TYPES = (
    "arrest", "detention", "transfer", "release", "amnesty", "repatriation", "trial",
    "execution", "death_in_custody", "torture",
)


@dataclass(frozen=True, order=True)
class Span:
    """A passage of a document: code-point offsets [start, end)."""

    start: int
    end: int


@dataclass(frozen=True)
class DateRange:
    """An inclusive interval; a bound the text does not fix is None."""

    earliest: dt.date | None = None
    latest: dt.date | None = None


@dataclass(frozen=True)
class Victims:
    """How many people an event happened to; None where the text gives no bound."""

    min: int | None = None
    max: int | None = None


@dataclass(frozen=True)
class TimeMention:
    """A temporal expression found in a text, resolved against the publication date.

    `past` is its reading for an event reported as having happened, `future` for one the
    authorities announced (a month or day is then the next one on or after publication).
    A duration ("for ten years", "after about six months") has `duration_days` and no range.
    """

    start: int
    end: int
    text: str
    past: DateRange
    future: DateRange
    duration_days: int | None = None
    precision: str = "day"  # day | month | season | year | decade | range | duration
    yearless: bool = False  # a month, day or season whose year was not stated


@dataclass(frozen=True)
class Offset:
    """How far a narrative moves on from its last date ("two weeks later": 14 days)."""

    days: int = 0
    months: int = 0


@dataclass(frozen=True)
class CountMention:
    """A number of people (or things) in the text: digits, words, ranges, vague quantities.

    `noun` is the head noun the count applies to, lower-cased ("prisoners", "years"), so the
    engine can tell victims from durations and other quantities.
    """

    start: int
    end: int
    text: str
    min: int | None
    max: int | None
    noun: str | None = None


@dataclass(frozen=True)
class Event:
    """One occurrence, with every passage that states it and the slots of the spec."""

    type: str
    evidence: tuple[Span, ...]
    date: DateRange = DateRange()
    place: str | None = None
    facility: str | None = None
    victims: Victims = Victims()
    perpetrator: str | None = None
    announced: bool = False
    confidence: float = 0.5
    rule: str = ""
    engine: str = ""
    date_from_context: bool = False  # the date was read from an earlier sentence


@dataclass(frozen=True)
class Figure:
    """A population or count statement that is not an event."""

    what: str
    min: int | None
    max: int | None
    as_of: str | None
    attributed_to: str | None
    facility: str | None
    evidence: tuple[Span, ...]
    engine: str = ""


@dataclass(frozen=True)
class Extraction:
    """What the engine found in one document."""

    doc_id: str
    relevant: bool
    published: dt.date | None
    events: tuple[Event, ...]
    facilities: tuple[str, ...]
    figures: tuple[Figure, ...]
    engine: str
