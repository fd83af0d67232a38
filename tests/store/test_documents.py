from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from girok.errors import NotFound
from girok.ingest import ingest_paths
from girok.records import IngestOptions, VerifyResult
from girok.store import Store
from girok.store.schema import originals
from tests.conftest import REPORT


def _ingest(store: Store, folder: Path, files: dict[str, str]) -> list[int]:
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [o.document_id or 0 for o in
            ingest_paths(store.add_document, [folder / n for n in files], IngestOptions())]


def test_documents_are_found_by_id_hash_and_name(store: Store, tmp_path: Path) -> None:
    [doc_id] = _ingest(store, tmp_path / "in", {"choi-report.txt": REPORT})
    by_id = store.document(str(doc_id))
    assert by_id.text == REPORT
    assert store.document(by_id.sha256[:10]).id == doc_id
    assert store.document("choi-report").id == doc_id
    assert store.original(by_id.sha256) == REPORT.encode()
    assert by_id.size == len(REPORT.encode()) and by_id.format == "text"


def test_unknown_and_ambiguous_references(store: Store, tmp_path: Path) -> None:
    _ingest(store, tmp_path / "a", {"same.txt": REPORT})
    _ingest(store, tmp_path / "b", {"same.txt": "A different report on floods in Hoeryong."})
    with pytest.raises(NotFound, match="names 2 documents"):
        store.document("same")
    with pytest.raises(NotFound, match="no document 'nothing'"):
        store.document("nothing")


def test_verify_finds_tampered_originals(store: Store, tmp_path: Path) -> None:
    ids = _ingest(store, tmp_path / "in", {"a.txt": REPORT, "b.txt": "Camp 15 closed, they say."})
    assert all(isinstance(r, str) for r in store.verify())
    victim = store.document(str(ids[1])).sha256
    with store.engine.begin() as conn:
        conn.execute(originals.update().where(originals.c.sha256 == victim)
                     .values(content=b"Camp 16 closed, they say."))
    results = list(store.verify())
    problems = [r for r in results if isinstance(r, VerifyResult)]
    assert len(results) == 2 and len(problems) == 1
    assert problems[0].sha256 == victim and problems[0].actual_sha256 != victim


def test_preserved_bytes_are_exact_for_any_encoding(store: Store, tmp_path: Path) -> None:
    raw = "회령 주민 체포 소식\r\n보위부가 주민 세 명을 체포했다.\r\n".encode("cp949")
    (tmp_path / "ko.txt").write_bytes(raw)
    [outcome] = list(ingest_paths(store.add_document, [tmp_path / "ko.txt"], IngestOptions()))
    doc = store.document(str(outcome.document_id))
    assert store.original(doc.sha256) == raw
    assert doc.text == raw.decode("cp949") and doc.language == "ko"


def test_all_tables_exist(store: Store) -> None:
    names = set(sa.inspect(store.engine).get_table_names())
    assert {"documents", "originals", "events", "evidence_spans", "figures", "gazetteer_entries",
            "incidents", "incident_events", "reviews", "users", "audit_log"} <= names
