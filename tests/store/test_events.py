from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from girok.gazetteer import Gazetteer
from girok.ingest import ingest_paths
from girok.records import IngestOptions
from girok.store import Store
from girok.store.schema import documents, events, evidence_spans, figures

REPORT = ("CHONGJIN, May 3, 2021 (Test) -- Two women were arrested by the Chongjin Security "
          "Department on Monday and sent to the political prison camp in Chongjin in June.\n\n"
          "An estimated 120,000 political prisoners are held in the camps, according to the UN.\n")


def test_ingest_stores_events_with_evidence_and_figures(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    [outcome] = list(ingest_paths(store.add_document, [path], IngestOptions(),
                                  gazetteer=Gazetteer.load(store)))
    with store.engine.connect() as conn:
        doc = conn.execute(sa.select(documents).where(documents.c.id == outcome.document_id)).one()
        rows = conn.execute(sa.select(events).order_by(events.c.id)).all()
        spans = conn.execute(sa.select(evidence_spans)).all()
        figs = conn.execute(sa.select(figures)).all()
    assert doc.published.isoformat() == "2021-05-03" and doc.published_origin == "document"
    assert doc.relevant is True and doc.extraction_engine.startswith("girok-rules-en/")
    assert sorted(r.type for r in rows) == ["arrest", "detention"]
    detention = next(r for r in rows if r.type == "detention")
    assert (detention.facility_id, detention.place_id) == ("kwanliso-25", "chongjin")
    assert all(r.engine == doc.extraction_engine and r.rule for r in rows)
    for span in spans:
        assert REPORT[span.start : span.end] == span.quote
    assert [(f.what, f.min) for f in figs] == [("political_prisoners", 120000)]


def test_ingest_without_gazetteer_stores_no_events(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    list(ingest_paths(store.add_document, [path], IngestOptions()))
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(events)).scalar() == 0
