"""User entries in the database (table `gazetteer_entries`): read them, write them in one go.

The database modules are imported when first needed, so that loading the package gazetteer
(e.g. in extraction workers) does not import the store.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from girok.errors import GazetteerError, StoreError
from girok.gazetteer.entry import KINDS, Entry, Kind

if TYPE_CHECKING:
    import sqlalchemy as sa

_SEPARATOR = "|"


def _join(values: Sequence[str]) -> str:
    """A list as one '|'-separated column value."""
    return _SEPARATOR.join(values)


def _split(value: str | None) -> tuple[str, ...]:
    """A '|'-separated column value as a tuple."""
    return tuple(part for part in (value or "").split(_SEPARATOR) if part)


def _row(entry: Entry) -> dict[str, Any]:
    """The database row of an entry (derived `province` is not stored)."""
    return {
        "id": entry.id, "kind": entry.kind, "category": entry.category, "name": entry.name,
        "name_ko": _join(entry.names_ko) or None, "aliases": _join(entry.aliases),
        "parent": entry.parent, "place": entry.place, "country": entry.country,
        "lat": entry.lat, "lon": entry.lon, "status": entry.status, "notes": entry.notes,
        "sources": _join(entry.sources) or None, "origin": "user",
    }


def _entry(row: sa.RowMapping) -> Entry:
    """An entry from its database row."""
    if row["kind"] not in KINDS:
        raise GazetteerError(f"gazetteer_entries row '{row['id']}', column kind: unknown kind "
                             f"'{row['kind']}'; replace it with `girok gazetteer add --replace`")
    return Entry(
        id=row["id"], kind=cast(Kind, row["kind"]), name=row["name"],
        aliases=_split(row["aliases"]), names_ko=_split(row["name_ko"]),
        category=row["category"], parent=row["parent"], place=row["place"],
        country=row["country"], lat=row["lat"], lon=row["lon"], status=row["status"],
        notes=row["notes"], sources=_split(row["sources"]), origin="user",
    )


def read_entries(engine: sa.Engine) -> list[Entry]:
    """Every user entry, oldest first."""
    import sqlalchemy as sa

    from girok.store.engine import first_line
    from girok.store.schema import gazetteer_entries

    query = sa.select(gazetteer_entries).order_by(gazetteer_entries.c.added_at,
                                                  gazetteer_entries.c.id)
    try:
        with engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"cannot read gazetteer entries: {first_line(exc)}") from exc
    return [_entry(row) for row in rows]


def write_entries(engine: sa.Engine, entries: Sequence[Entry], *, replace: bool,
                  actor: str) -> None:
    """Store entries in one transaction (replacing rows of the same id when `replace`)."""
    import sqlalchemy as sa

    from girok.store.clock import now
    from girok.store.engine import first_line
    from girok.store.schema import audit_log, gazetteer_entries

    table = gazetteer_entries
    try:
        with engine.begin() as conn:
            for entry in entries:
                if replace:
                    conn.execute(table.delete().where(table.c.id == entry.id))
                conn.execute(table.insert().values(**_row(entry), added_at=now()))
                conn.execute(audit_log.insert().values(
                    at=now(), actor=actor, action="gazetteer-replace" if replace
                    else "gazetteer-add", entity_type="gazetteer_entry", entity_id=entry.id,
                    details=json.dumps({"kind": entry.kind, "name": entry.name}),
                ))
    except sa.exc.IntegrityError as exc:
        raise GazetteerError("a gazetteer entry with one of these ids was added meanwhile; "
                             "nothing was written: run the command again") from exc
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"database refused the gazetteer entries: {first_line(exc)}") from exc
