"""Documents and their preserved originals: add in one transaction, read, verify."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa

from girok.errors import NotFound
from girok.ingest import dedup
from girok.records import (
    IngestOutcome,
    OutcomeStatus,
    ParsedDocument,
    StoredDocument,
    VerifyResult,
)
from girok.store.clock import now
from girok.store.events import save_extraction
from girok.store.schema import audit_log, documents, minhash_bands, originals

_META_COLUMNS = [c for c in documents.c if c.name not in ("text", "minhash")]


def add_document(conn: sa.Connection, doc: ParsedDocument, actor: str) -> IngestOutcome:
    """Store a parsed document with its original, or report the copy already stored."""
    existing = find_by_sha(conn, doc.sha256)
    if existing is not None:
        return duplicate_outcome(doc, existing)
    near, similarity = _nearest(conn, doc.minhash)
    stamp = now()
    conn.execute(originals.insert().values(
        sha256=doc.sha256, size=len(doc.content), media_type=doc.media_type,
        content=doc.content, stored_at=stamp,
    ))
    doc_id = conn.execute(documents.insert().values(
        name=doc.name, sha256=doc.sha256, original_filename=doc.original_filename,
        source_path=doc.path, format=doc.format.value, encoding=doc.encoding, title=doc.title,
        author=doc.author, outlet=doc.outlet, published=doc.published,
        published_origin=doc.published_origin, source_url=doc.source_url,
        collection=doc.collection, language=doc.language, text=doc.text,
        text_sha256=hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
        minhash=doc.minhash, near_duplicate_of=near, near_duplicate_similarity=similarity,
        ingested_at=stamp,
    ).returning(documents.c.id)).scalar_one()
    conn.execute(minhash_bands.insert(), [
        {"band": band, "key": key, "document_id": doc_id}
        for band, key in dedup.band_keys(doc.minhash)
    ])
    if doc.extraction is not None:
        save_extraction(conn, doc_id, doc.extraction, doc.text)
    record_audit(conn, actor, "ingest", "document", str(doc_id),
                 {"sha256": doc.sha256, "near_duplicate_of": near})
    status = OutcomeStatus.NEAR_DUPLICATE if near is not None else OutcomeStatus.INGESTED
    return IngestOutcome(doc.path, status, doc_id, doc.sha256, duplicate_of=near,
                         similarity=similarity)


def find_by_sha(conn: sa.Connection, sha256: str) -> int | None:
    """The id of the document whose original has this SHA-256, if stored."""
    found = conn.execute(sa.select(documents.c.id).where(documents.c.sha256 == sha256)).scalar()
    return int(found) if found is not None else None


def duplicate_outcome(doc: ParsedDocument, existing: int) -> IngestOutcome:
    """The outcome for bytes already stored as document `existing`: nothing is written."""
    return IngestOutcome(doc.path, OutcomeStatus.DUPLICATE, existing, doc.sha256,
                         duplicate_of=existing)


def _nearest(conn: sa.Connection, sig: bytes) -> tuple[int | None, float | None]:
    """The most similar stored document above the threshold, as (original id, similarity)."""
    keys = dedup.band_keys(sig)
    condition = sa.or_(*[
        sa.and_(minhash_bands.c.band == band, minhash_bands.c.key == key) for band, key in keys
    ])
    rows = conn.execute(
        sa.select(documents.c.id, documents.c.minhash, documents.c.near_duplicate_of)
        .where(documents.c.id.in_(sa.select(minhash_bands.c.document_id).where(condition)))
    ).all()
    best: tuple[float, int] | None = None
    for row in rows:
        score = dedup.similarity(sig, row.minhash)
        original = row.near_duplicate_of or row.id
        if score >= dedup.THRESHOLD and (best is None or (score, -original) > (best[0], -best[1])):
            best = (score, original)
    return (best[1], round(best[0], 4)) if best else (None, None)


def record_audit(conn: sa.Connection, actor: str, action: str, entity_type: str,
                 entity_id: str | None, details: dict[str, Any]) -> None:
    """Append one line to the audit log, in the caller's transaction."""
    conn.execute(audit_log.insert().values(
        at=now(), actor=actor, action=action, entity_type=entity_type, entity_id=entity_id,
        details=json.dumps(details, sort_keys=True),
    ))


def get_document(conn: sa.Connection, ref: str, with_text: bool = True) -> StoredDocument:
    """A document by id, SHA-256 (or a unique prefix of 8+ characters) or unique name."""
    columns = [*_META_COLUMNS, originals.c.size, originals.c.media_type]
    if with_text:
        columns.append(documents.c.text)
    base = sa.select(*columns).join(originals, originals.c.sha256 == documents.c.sha256)
    rows: list[sa.Row[Any]] = []
    if ref.isdigit():
        rows = list(conn.execute(base.where(documents.c.id == int(ref))).all())
    if not rows and len(ref) >= 8 and all(c in "0123456789abcdef" for c in ref.lower()):
        rows = list(conn.execute(base.where(documents.c.sha256.startswith(ref.lower()))).all())
    if not rows:
        rows = list(conn.execute(base.where(documents.c.name == ref)).all())
    if not rows:
        raise NotFound(f"no document {ref!r}: give an id, a SHA-256 prefix or a name "
                       "(`girok search` lists them)")
    if len(rows) > 1:
        ids = ", ".join(str(r.id) for r in rows[:10])
        raise NotFound(f"{ref!r} names {len(rows)} documents (ids {ids}): give the id instead")
    return _stored(rows[0])


def _stored(row: sa.Row[Any]) -> StoredDocument:
    data = row._mapping
    return StoredDocument(
        id=data["id"], name=data["name"], sha256=data["sha256"],
        original_filename=data["original_filename"], source_path=data["source_path"],
        format=data["format"], media_type=data["media_type"], size=data["size"],
        encoding=data["encoding"], title=data["title"], author=data["author"],
        outlet=data["outlet"], published=data["published"],
        published_origin=data["published_origin"], source_url=data["source_url"],
        collection=data["collection"], language=data["language"],
        ingested_at=data["ingested_at"], text_sha256=data["text_sha256"],
        near_duplicate_of=data["near_duplicate_of"],
        near_duplicate_similarity=data["near_duplicate_similarity"],
        text=data.get("text"),
    )


def list_documents(conn: sa.Connection) -> list[StoredDocument]:
    """Every document's metadata (no text), in ingest order."""
    columns = [*_META_COLUMNS, originals.c.size, originals.c.media_type]
    rows = conn.execute(
        sa.select(*columns).join(originals, originals.c.sha256 == documents.c.sha256)
        .order_by(documents.c.id)
    ).all()
    return [_stored(r) for r in rows]


def original_bytes(conn: sa.Connection, sha256: str) -> bytes:
    """The preserved original bytes addressed by `sha256`."""
    content = conn.execute(
        sa.select(originals.c.content).where(originals.c.sha256 == sha256)
    ).scalar()
    if content is None:
        raise NotFound(f"no original with SHA-256 {sha256}")
    return bytes(content)


def verify_originals(conn: sa.Connection) -> Iterator[VerifyResult | str]:
    """Re-hash every original; yields each checked hash, or a VerifyResult on mismatch."""
    for sha256, size in conn.execute(
        sa.select(originals.c.sha256, originals.c.size).order_by(originals.c.sha256)
    ).all():
        content = conn.execute(
            sa.select(originals.c.content).where(originals.c.sha256 == sha256)
        ).scalar()
        if content is None:
            yield VerifyResult(sha256, None, "original bytes are missing")
            continue
        actual = hashlib.sha256(bytes(content)).hexdigest()
        if actual != sha256:
            yield VerifyResult(sha256, actual, "bytes no longer match their SHA-256")
        elif len(content) != size:
            yield VerifyResult(sha256, actual, f"size {len(content)} differs from recorded {size}")
        else:
            yield sha256
