"""The JSON contract of `girok extract` (spec section 6), validated with strict schemas."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from girok.records import Event, Extraction, Figure, Span

EventType = Literal["arrest", "detention", "transfer", "release", "amnesty", "repatriation",
                    "trial", "execution", "death_in_custody", "torture"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SpanOut(_Strict):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class DateOut(_Strict):
    earliest: dt.date | None
    latest: dt.date | None


class VictimsOut(_Strict):
    min: int | None = Field(ge=0)
    max: int | None = Field(ge=0)


class EventOut(_Strict):
    type: EventType
    evidence: list[SpanOut] = Field(min_length=1)
    date: DateOut
    place: str | None
    facility: str | None
    victims: VictimsOut
    perpetrator: str | None
    announced: bool
    confidence: float = Field(ge=0, le=1)
    rule: str
    engine: str
    date_from_context: bool
    quotes: list[str]


class FigureOut(_Strict):
    what: Literal["political_prisoners", "prisoners", "executions", "deaths", "repatriations",
                  "other"]
    min: int | None
    max: int | None
    as_of: str | None
    attributed_to: str | None
    facility: str | None
    evidence: list[SpanOut]


class DocumentOut(_Strict):
    doc_id: str
    relevant: bool
    published: dt.date | None
    events: list[EventOut]
    facilities: list[str]
    figures: list[FigureOut]
    engine: str


class ErrorOut(_Strict):
    doc_id: str
    error: str


def _spans(spans: tuple[Span, ...]) -> list[SpanOut]:
    return [SpanOut(start=s.start, end=s.end) for s in spans]


def _event(e: Event, text: str) -> EventOut:
    return EventOut(
        type=e.type,  # type: ignore[arg-type]
        evidence=_spans(e.evidence),
        date=DateOut(earliest=e.date.earliest, latest=e.date.latest),
        place=e.place, facility=e.facility,
        victims=VictimsOut(min=e.victims.min, max=e.victims.max),
        perpetrator=e.perpetrator, announced=e.announced, confidence=e.confidence,
        rule=e.rule, engine=e.engine, date_from_context=e.date_from_context,
        quotes=[text[s.start : s.end] for s in e.evidence],
    )


def _figure(f: Figure) -> FigureOut:
    return FigureOut(what=f.what, min=f.min, max=f.max,  # type: ignore[arg-type]
                     as_of=f.as_of, attributed_to=f.attributed_to, facility=f.facility,
                     evidence=_spans(f.evidence))


def document_json(x: Extraction, text: str) -> str:
    """One line of `girok extract --format jsonl` for a document."""
    out = DocumentOut(
        doc_id=x.doc_id, relevant=x.relevant, published=x.published,
        events=[_event(e, text) for e in x.events], facilities=list(x.facilities),
        figures=[_figure(f) for f in x.figures], engine=x.engine,
    )
    return out.model_dump_json()


def error_json(doc_id: str, reason: str) -> str:
    """The line for a document that could not be read."""
    return ErrorOut(doc_id=doc_id, error=reason).model_dump_json()
