from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from girok.ingest import collect_files, ingest_paths, parse_file
from girok.records import IngestOptions, OutcomeStatus
from girok.store import Store
from girok.store.schema import audit_log, documents, minhash_bands, originals
from tests.conftest import REPORT, make_docx, make_html, make_pdf

OTHER = ("HYESAN, June 2, 2023 -- Three smugglers were publicly executed in a stadium in "
         "Hyesan on Monday, residents said, after a trial held in front of a crowd.")
THIRD = ("Brief No. 7. The Ministry of Social Security transferred about forty prisoners "
         "from a labour training camp to Chongori re-education camp in early 2019.")


def _bad_folder(root: Path) -> dict[str, str]:
    """Good reports plus one of each kind of bad file; returns bad name -> expected reason."""
    (root / "sub").mkdir(parents=True)
    (root / "good.txt").write_text(REPORT, encoding="utf-8")
    (root / "sub" / "page.html").write_text(make_html(OTHER), "utf-8")
    (root / "brief.pdf").write_bytes(make_pdf(THIRD))
    (root / "talk.docx").write_bytes(make_docx(["Q: Where?", "A: In Onsong, in 2011."]))
    (root / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00\x01 garbage" * 50)
    (root / "empty.txt").write_bytes(b"")
    (root / "blob.bin").write_bytes(bytes(range(256)) * 4)
    (root / "huge.txt").write_text("camp " * 14000, encoding="utf-8")
    (root / "style.css").write_text("body {}", encoding="utf-8")
    (root / ".hidden.txt").write_text("secret", encoding="utf-8")
    return {"corrupt.pdf": "corrupt PDF", "empty.txt": "empty file", "blob.bin": "binary data",
            "huge.txt": "over the 60,000-byte limit"}


def test_bad_files_are_named_and_good_ones_stored(tmp_path: Path, db_url: str) -> None:
    bad = _bad_folder(tmp_path / "in")
    options = IngestOptions(max_bytes=60_000)
    with Store(db_url) as store:
        outcomes = list(ingest_paths(store.add_document, [tmp_path / "in"], options, jobs=2))
        by_name = {Path(o.path).name: o for o in outcomes}
        assert ".hidden.txt" not in by_name
        assert by_name["style.css"].status is OutcomeStatus.SKIPPED
        for name, reason in bad.items():
            assert by_name[name].status is OutcomeStatus.FAILED, name
            assert reason in (by_name[name].reason or ""), by_name[name]
        good = [o for o in outcomes if o.status is OutcomeStatus.INGESTED]
        assert {Path(o.path).name for o in good} == {"good.txt", "page.html", "brief.pdf",
                                                      "talk.docx"}
        with store.engine.connect() as conn:
            n_docs = conn.execute(sa.select(sa.func.count()).select_from(documents)).scalar()
            n_orig = conn.execute(sa.select(sa.func.count()).select_from(originals)).scalar()
            orphans = conn.execute(
                sa.select(sa.func.count()).select_from(originals)
                .where(~originals.c.sha256.in_(sa.select(documents.c.sha256)))
            ).scalar()
            n_audit = conn.execute(sa.select(sa.func.count()).select_from(audit_log)).scalar()
        assert (n_docs, n_orig, orphans, n_audit) == (4, 4, 0, 4)
        assert all(isinstance(r, str) for r in store.verify())


def test_a_failing_write_leaves_nothing_behind(tmp_path: Path, db_url: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(REPORT, encoding="utf-8")
    (inbox / "b.txt").write_text("Unrelated: a trade fair opened in Pyongyang.", "utf-8")
    from girok.ingest import dedup

    real = dedup.band_keys

    def broken(sig: bytes) -> list[tuple[int, str]]:
        keys = real(sig)
        return [*keys, keys[0]]  # a repeated band row violates the primary key mid-write

    with Store(db_url) as store:
        monkeypatch.setattr(dedup, "band_keys", broken)
        outcome = next(ingest_paths(store.add_document, [inbox / "a.txt"], IngestOptions()))
        monkeypatch.setattr(dedup, "band_keys", real)
        assert outcome.status is OutcomeStatus.FAILED
        assert "database refused" in (outcome.reason or "")
        with store.engine.connect() as conn:
            for table in (documents, originals, minhash_bands, audit_log):
                assert conn.execute(sa.select(sa.func.count()).select_from(table)).scalar() == 0
        again = list(ingest_paths(store.add_document, [inbox], IngestOptions()))
        assert [o.status for o in again] == [OutcomeStatus.INGESTED] * 2


def test_reingest_is_a_noop_and_near_duplicates_are_linked(tmp_path: Path, db_url: str) -> None:
    first = tmp_path / "first.txt"
    first.write_text(REPORT * 3, encoding="utf-8")
    edited = tmp_path / "republished.txt"
    edited.write_text((REPORT * 3).replace("on Thursday", "on Friday") + "\nShare this.", "utf-8")
    with Store(db_url) as store:
        a = next(ingest_paths(store.add_document, [first], IngestOptions()))
        again = next(ingest_paths(store.add_document, [first], IngestOptions()))
        b = next(ingest_paths(store.add_document, [edited], IngestOptions()))
        assert a.status is OutcomeStatus.INGESTED
        assert again.status is OutcomeStatus.DUPLICATE and again.document_id == a.document_id
        assert b.status is OutcomeStatus.NEAR_DUPLICATE
        assert b.duplicate_of == a.document_id and (b.similarity or 0) >= 0.7
        stored = store.document(str(b.document_id))
        assert stored.near_duplicate_of == a.document_id
        assert len(store.documents()) == 2


def test_options_win_over_document_metadata(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(make_html(REPORT), encoding="utf-8")
    import datetime as dt

    found = parse_file(page, IngestOptions())
    assert (found.outlet, found.published, found.published_origin) == (
        "Border Watch", dt.date(2024, 3, 4), "document")
    forced = parse_file(page, IngestOptions(outlet="Other", published=dt.date(2024, 3, 5),
                                            source_url="https://example.org/a", language="ko"))
    assert (forced.outlet, forced.published, forced.published_origin) == (
        "Other", dt.date(2024, 3, 5), "option")
    assert (forced.source_url, forced.language) == ("https://example.org/a", "ko")
    plain = parse_file(tmp_path / "page.html", IngestOptions(collection="c1"))
    assert plain.collection == "c1" and plain.name == "page"


def test_missing_path_is_reported() -> None:
    items = collect_files(["/nonexistent/girok/path"])
    assert len(items) == 1 and "no such file" in str(items[0])
