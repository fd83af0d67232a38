"""Opening a database: engine settings per dialect and schema migrations with Alembic."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from girok.errors import SchemaOutOfDate, StoreError

MIGRATIONS = "girok.store:migrations"


def create_engine(url: str) -> sa.Engine:
    """An engine for `url`; SQLite files get WAL, foreign keys and a busy timeout."""
    if url.startswith("sqlite"):
        _check_sqlite_parent(url)
        engine = sa.create_engine(url, connect_args={"timeout": 30})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return sa.create_engine(url, pool_pre_ping=True)


def _check_sqlite_parent(url: str) -> None:
    path = sa.engine.make_url(url).database
    if path and path != ":memory:" and not Path(path).parent.exists():
        folder = Path(path).parent
        raise StoreError(f"cannot create database {path}: folder {folder} does not exist")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def alembic_config() -> Config:
    """An Alembic configuration pointing at girok's packaged migrations."""
    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    return config


def head_revision() -> str:
    """The newest schema revision this version of girok knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: sa.Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: sa.Engine, revision: str = "head") -> tuple[str | None, str]:
    """Migrate the database to `revision`; returns (before, after)."""
    before = current_revision(engine)
    config = alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"migration failed: {first_line(exc)}") from exc
    return before, current_revision(engine) or ""


def downgrade(engine: sa.Engine, revision: str) -> None:
    """Migrate the database back to `revision` ("base" empties it of girok's tables)."""
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def ensure_schema(engine: sa.Engine) -> None:
    """Create the schema in an empty database; refuse one at an older revision."""
    try:
        current = current_revision(engine)
    except sa.exc.OperationalError as exc:
        raise StoreError(f"cannot open database {engine.url!r}: {first_line(exc)}") from exc
    if current is None:
        if _has_tables(engine):
            raise StoreError(
                f"{engine.url!r} holds tables that are not a girok database; use another --db"
            )
        upgrade(engine)
        return
    head = head_revision()
    if not _known(current):
        raise SchemaOutOfDate(
            f"database schema is at revision {current}, unknown to this girok: "
            "it was made by a newer girok; upgrade girok"
        )
    if current != head:
        raise SchemaOutOfDate(
            f"database schema is at revision {current}, this girok needs {head}: "
            "run `girok db upgrade`"
        )


def _known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def _has_tables(engine: sa.Engine) -> bool:
    return bool(sa.inspect(engine).get_table_names())


def first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
