"""Adding user entries: one from its fields, or a CSV table; all validated before any write."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from girok.errors import GazetteerError
from girok.gazetteer import checks, db
from girok.gazetteer.entry import KINDS, Entry, Kind, Problem, ordered
from girok.gazetteer.index import Gazetteer
from girok.gazetteer.schema import COLUMNS, Record, Rejected, read_table, rejected, row_record

if TYPE_CHECKING:
    from girok.store import Store

_LISTS = ("aliases", "name_ko", "sources")
_NOT_FOR = {
    "facility": {"parent": "a facility has no parent; give its place instead"},
    "place": {"place": "a place has no place; give its parent instead",
              "status": "only facilities have a status"},
    "organization": {column: "does not apply to an organization" for column in
                     ("category", "parent", "place", "lat", "lon", "status")},
}


def add_entry(store: Store, kind: str, *, id: str, name: str,
              aliases: Sequence[str] = (), names_ko: Sequence[str] = (),
              category: str | None = None, parent: str | None = None,
              place: str | None = None, lat: float | None = None, lon: float | None = None,
              status: str | None = None, notes: str | None = None,
              sources: Sequence[str] = (), replace: bool = False) -> Entry:
    """Validate one user entry against the gazetteer and store it in its own transaction.

    `category` is a facility's type or a place's kind. Raises GazetteerError listing every
    problem (an existing id unless `replace`, an unknown place, a bad coordinate, ...).
    """
    if kind not in KINDS:  # narrows `kind` for the type checker too
        raise GazetteerError(f"new entry '{id}': unknown kind '{kind}'; "
                             f"use one of {', '.join(KINDS)}")
    where = f"new {kind} '{id}'"
    fields: dict[str, Any] = {
        "id": id, "name": name, "aliases": aliases, "name_ko": names_ko, "category": category,
        "parent": parent, "place": place, "lat": lat, "lon": lon, "status": status,
        "notes": notes, "sources": sources}
    problems = _misplaced(kind, where, fields)
    row = _table_row(kind, fields)
    record, found = row_record(kind, row, where, "user")
    if record is None:
        return _store(store, [], problems + found, replace, [rejected(row, where, found)])[0]
    return _store(store, [record], problems, replace)[0]


def _misplaced(kind: str, where: str, fields: dict[str, Any]) -> list[Problem]:
    """Fields given that do not apply to this kind, and list items holding the separator."""
    problems = [Problem(where, column, message) for column, message in _NOT_FOR[kind].items()
                if fields[column] not in (None, "")]
    return problems + [
        Problem(where, column, f"'{value}' contains '|'; give each as its own option")
        for column in _LISTS for value in fields[column] if "|" in value]


def _table_row(kind: Kind, fields: dict[str, Any]) -> dict[str, str]:
    """The fields as the cells of a row of this kind's table."""
    cells = {key: "" if value is None else str(value) for key, value in fields.items()
             if key not in _LISTS}
    cells.update({column: "|".join(item.strip() for item in fields[column])
                  for column in _LISTS})
    cells["type"] = cells["kind"] = cells.pop("category")
    return {column: cells[column] for column in COLUMNS[kind] if column in cells}


def import_table(store: Store, path: str | Path, *, replace: bool = False) -> list[Entry]:
    """Validate every row of a CSV table, then store all rows in one transaction, or none."""
    table = read_table(path, "user")
    return _store(store, table.records, list(table.problems), replace, table.rejected)


def _store(store: Store, records: Sequence[Record], problems: list[Problem], replace: bool,
           rejects: Sequence[Rejected] = ()) -> list[Entry]:
    """Check records against the stored gazetteer; write them all, or raise every problem."""
    current = Gazetteer.load(store)
    existing = {entry.id: entry for entry in current.entries()}
    problems = problems + checks.record_problems(records, existing, replace=replace,
                                                 rejected=rejects)
    if problems:
        raise GazetteerError([str(problem) for problem in ordered(problems)])
    entries = [record.entry for record in records]
    merged = Gazetteer({**existing, **{entry.id: entry for entry in entries}}.values())
    db.write_entries(store.engine, entries, replace=replace, actor=store.actor)
    return [merged.get(entry.id) or entry for entry in entries]
