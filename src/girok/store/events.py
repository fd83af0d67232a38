"""Storing what the extraction engine found: events and figures with their evidence spans."""

from __future__ import annotations

import sqlalchemy as sa

from girok.records import DateRange, Event, Extraction, Span, Victims
from girok.store.clock import now
from girok.store.schema import documents, events, evidence_spans, figures


def save_extraction(conn: sa.Connection, document_id: int, found: Extraction, text: str) -> None:
    """Replace the document's machine events and figures with `found`, in one transaction."""
    conn.execute(events.delete().where(
        (events.c.document_id == document_id) & (events.c.status == "machine")))
    conn.execute(figures.delete().where(figures.c.document_id == document_id))
    stamp = now()
    for e in found.events:
        event_id = conn.execute(events.insert().values(
            document_id=document_id, type=e.type, date_earliest=e.date.earliest,
            date_latest=e.date.latest, place_id=e.place, facility_id=e.facility,
            perpetrator_id=e.perpetrator, victims_min=e.victims.min, victims_max=e.victims.max,
            announced=e.announced, confidence=e.confidence, rule=e.rule, engine=e.engine,
            created_at=stamp,
        ).returning(events.c.id)).scalar_one()
        _spans(conn, text, e.evidence, event_id=event_id)
    for f in found.figures:
        figure_id = conn.execute(figures.insert().values(
            document_id=document_id, what=f.what, min=f.min, max=f.max, as_of=f.as_of,
            attributed_to=f.attributed_to, facility_id=f.facility, engine=f.engine,
            created_at=stamp,
        ).returning(figures.c.id)).scalar_one()
        _spans(conn, text, f.evidence, figure_id=figure_id)
    conn.execute(documents.update().where(documents.c.id == document_id).values(
        relevant=found.relevant, extraction_engine=found.engine, extracted_at=stamp))


def _spans(conn: sa.Connection, text: str, spans: tuple[Span, ...], **owner: int) -> None:
    conn.execute(evidence_spans.insert(), [
        {"start": s.start, "end": s.end, "quote": text[s.start : s.end], **owner} for s in spans
    ])


def load_events(conn: sa.Connection, document_id: int) -> list[Event]:
    """The events stored for a document, with their evidence spans, in text order."""
    spans: dict[int, list[Span]] = {}
    for row in conn.execute(
        sa.select(evidence_spans.c.event_id, evidence_spans.c.start, evidence_spans.c.end)
        .join(events, events.c.id == evidence_spans.c.event_id)
        .where(events.c.document_id == document_id)
        .order_by(evidence_spans.c.id)
    ):
        spans.setdefault(row.event_id, []).append(Span(row.start, row.end))
    found = []
    for r in conn.execute(sa.select(events).where(events.c.document_id == document_id)):
        found.append(Event(
            type=r.type, evidence=tuple(spans.get(r.id, ())),
            date=DateRange(r.date_earliest, r.date_latest), place=r.place_id,
            facility=r.facility_id, victims=Victims(r.victims_min, r.victims_max),
            perpetrator=r.perpetrator_id, announced=r.announced,
            confidence=r.confidence or 0.0, rule=r.rule or "", engine=r.engine,
        ))
    return sorted(found, key=lambda e: e.evidence[0] if e.evidence else Span(0, 0))
