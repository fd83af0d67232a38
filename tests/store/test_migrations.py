from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from girok.errors import SchemaOutOfDate, StoreError
from girok.store import Store
from girok.store import engine as store_engine
from girok.store.schema import metadata


def test_new_database_is_created_at_head(db_url: str) -> None:
    with Store(db_url) as store:
        assert store_engine.current_revision(store.engine) == store_engine.head_revision()


def test_migrations_match_the_schema(db_url: str) -> None:
    with Store(db_url) as store, store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "compare_type": True,
            "include_object": lambda obj, name, *_: not (name or "").startswith(
                ("documents_fts", "search_vector", "ix_documents_search")),
        })
        assert compare_metadata(context, metadata) == []


def test_downgrade_then_upgrade(db_url: str) -> None:
    with Store(db_url) as store:
        store_engine.downgrade(store.engine, "base")
        assert store_engine.current_revision(store.engine) is None
        before, after = store_engine.upgrade(store.engine)
        assert (before, after) == (None, store_engine.head_revision())


def test_unknown_revision_is_refused_with_the_fix(db_url: str) -> None:
    with Store(db_url) as store, store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = 'ffff'"))
    with pytest.raises(SchemaOutOfDate, match="made by a newer girok"):
        Store(db_url)


def test_foreign_database_is_refused(sqlite_url: str) -> None:
    engine = sa.create_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE something_else (x INTEGER)"))
    engine.dispose()
    with pytest.raises(StoreError, match="not a girok database"):
        Store(sqlite_url)


def test_sqlite_uses_wal(sqlite_url: str) -> None:
    with Store(sqlite_url) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_missing_folder_is_reported(tmp_path: object) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store("/nonexistent/folder/girok.db")
