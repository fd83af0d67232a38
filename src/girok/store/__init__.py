"""The document store: one schema on SQLite (default) or PostgreSQL, behind one facade."""

from __future__ import annotations

import getpass
from collections.abc import Iterator

import sqlalchemy as sa

from girok.config import database_url
from girok.errors import StoreError
from girok.records import (
    Event,
    IngestOutcome,
    ParsedDocument,
    SearchFilters,
    SearchHit,
    StoredDocument,
    VerifyResult,
)
from girok.store import documents as _documents
from girok.store import engine as _engine
from girok.store import events as _events
from girok.store import search as _search


class Store:
    """A girok database: documents, originals, search; later events, incidents, reviews."""

    def __init__(self, url: str | None = None, *, create: bool = True) -> None:
        self.url = database_url(url)
        self.engine = _engine.create_engine(self.url)
        if create:
            try:
                _engine.ensure_schema(self.engine)
            except BaseException:
                self.engine.dispose()
                raise
        self.actor = _actor()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def add_document(self, doc: ParsedDocument) -> IngestOutcome:
        """Store one document in its own transaction; nothing is written if any step fails."""
        try:
            with self.engine.begin() as conn:
                return _documents.add_document(conn, doc, self.actor)
        except sa.exc.IntegrityError as exc:
            with self.engine.connect() as conn:  # a concurrent writer stored the same bytes
                existing = _documents.find_by_sha(conn, doc.sha256)
            if existing is None:
                raise StoreError("database refused the document: "
                                 f"{_engine.first_line(exc)}") from exc
            return _documents.duplicate_outcome(doc, existing)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError("database refused the document: "
                             f"{_engine.first_line(exc)}") from exc

    def document(self, ref: str, with_text: bool = True) -> StoredDocument:
        with self.engine.connect() as conn:
            return _documents.get_document(conn, ref, with_text)

    def documents(self) -> list[StoredDocument]:
        with self.engine.connect() as conn:
            return _documents.list_documents(conn)

    def events(self, document_id: int) -> list[Event]:
        """The machine and reviewed events stored for a document."""
        with self.engine.connect() as conn:
            return _events.load_events(conn, document_id)

    def original(self, sha256: str) -> bytes:
        with self.engine.connect() as conn:
            return _documents.original_bytes(conn, sha256)

    def verify(self) -> Iterator[VerifyResult | str]:
        with self.engine.connect() as conn:
            yield from _documents.verify_originals(conn)

    def search(self, query: str, filters: SearchFilters | None = None, limit: int = 20,
               offset: int = 0) -> list[SearchHit]:
        with self.engine.connect() as conn:
            return _search.search(conn, query, filters or SearchFilters(), limit, offset)


def _actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


__all__ = ["Store"]
