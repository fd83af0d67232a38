"""The dev set ingested into SQLite and PostgreSQL gives the same documents and search hits,
in the same order, with the same ranks and snippets."""

from __future__ import annotations

from pathlib import Path

import pytest

from girok.ingest import ingest_paths
from girok.records import IngestOptions, OutcomeStatus
from girok.store import Store
from tests.conftest import SHARED

DEV = SHARED / "eval" / "dev"
QUERIES = ["political prison camp", "released", "amnesty", "repatriated China", "Hoeryong",
           '"public executions"', "camp -Chongjin", "torture", "flood", "Bowibu"]


def _load(url: str) -> tuple[Store, list[tuple[str, str, str, str]]]:
    store = Store(url)
    outcomes = list(ingest_paths(store.add_document, [DEV], IngestOptions(), jobs=2))
    assert not [o for o in outcomes if o.status is OutcomeStatus.FAILED]
    docs = [(d.name, d.original_filename, d.sha256, d.text_sha256) for d in store.documents()]
    return store, docs


@pytest.mark.postgres
@pytest.mark.skipif(not DEV.is_dir(), reason=f"{DEV} is not beside the project")
def test_same_documents_hashes_and_hits(sqlite_url: str, pg_url: str) -> None:
    lite, lite_docs = _load(sqlite_url)
    pg, pg_docs = _load(pg_url)
    try:
        assert len(lite_docs) >= 15
        assert lite_docs == pg_docs
        for query in QUERIES:
            a = lite.search(query, limit=100)
            b = pg.search(query, limit=100)
            assert [(h.name, h.rank, h.snippet) for h in a] == [
                (h.name, h.rank, h.snippet) for h in b], query
    finally:
        lite.close()
        pg.close()


def test_dev_texts_are_stored_exactly(sqlite_url: str) -> None:
    if not DEV.is_dir():
        pytest.skip(f"{DEV} is not beside the project")
    with Store(sqlite_url) as store:
        list(ingest_paths(store.add_document, sorted(DEV.glob("*.txt")), IngestOptions()))
        for doc in store.documents():
            assert doc.text is None
            full = store.document(str(doc.id))
            assert full.text == (DEV / full.original_filename).read_text(encoding="utf-8")
            assert store.original(full.sha256) == (DEV / full.original_filename).read_bytes()
            assert isinstance(Path(full.source_path or "").name, str)
