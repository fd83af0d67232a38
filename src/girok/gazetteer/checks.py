"""Checks across entries: unique ids, references to known places, parent chains without loops."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from girok.gazetteer.entry import Entry, Problem, a, ordered
from girok.gazetteer.names import expand, normalize
from girok.gazetteer.schema import Record, Rejected

_UNKNOWN = ("unknown place '{ref}'; use the id of a place in places.csv or of one added with "
            "`girok gazetteer add --kind place`")


def chain(by_id: Mapping[str, Entry], place_id: str | None) -> list[str]:
    """The place, its parent, ... up to the root; it stops early at a loop or an unknown id."""
    out: list[str] = []
    current = place_id
    while current is not None and current not in out:
        entry = by_id.get(current)
        if entry is None or entry.kind != "place":
            break
        out.append(current)
        current = entry.parent
    return out


def _loop(by_id: Mapping[str, Entry], place_id: str) -> list[str] | None:
    """The ids of the loop a parent chain runs into, or None."""
    path = chain(by_id, place_id)
    last = by_id[path[-1]].parent if path else None
    return [*path[path.index(last):], last] if last in path else None


def _reference(column: str, ref: str | None, by_id: Mapping[str, Entry]) -> list[tuple[str, str]]:
    """A problem when `ref` is not the id of a place."""
    if ref is None:
        return [(column, "is empty; give a place id")]
    target = by_id.get(ref)
    if target is None:
        return [(column, _UNKNOWN.format(ref=ref))]
    if target.kind != "place":
        return [(column, f"'{ref}' is {a(target.kind)}, not a place; use a place id")]
    return []


def reference_problems(entry: Entry, by_id: Mapping[str, Entry]) -> list[tuple[str, str]]:
    """(column, message) for each broken reference of an entry to its place or parent."""
    if entry.kind == "facility":
        return _reference("place", entry.place, by_id)
    if entry.kind != "place":
        return []
    if entry.category == "country":
        return [("parent", "a country has no parent; leave it blank")] if entry.parent else []
    if entry.parent is None:
        return [("parent", f"is empty; give the id of the place this {entry.category} lies in")]
    found = _reference("parent", entry.parent, by_id)
    loop = None if found else _loop(by_id, entry.id)
    if loop:
        found.append(("parent", f"the parent chain loops ({' -> '.join(loop)}); "
                                "give a parent outside it"))
    return found


def derive(entry: Entry, by_id: Mapping[str, Entry]) -> Entry:
    """The entry with `country` and `province` computed from its parent chain."""
    if entry.kind == "organization":
        return entry
    path = chain(by_id, entry.id if entry.kind == "place" else entry.place)
    country = path[-1] if path else None
    province = path[-2] if len(path) >= 2 else None
    return dataclasses.replace(entry, country=country, province=province)


def graph_problems(entries: Sequence[Entry]) -> list[Problem]:
    """Every duplicate id and broken reference among entries (e.g. database rows)."""
    by_id: dict[str, Entry] = {}
    problems: list[Problem] = []
    for entry in entries:
        if entry.id in by_id:
            problems.append(Problem(f"{entry.origin} entry '{entry.id}'", "id",
                                    "appears twice; keep one"))
        by_id[entry.id] = entry
    for entry in by_id.values():
        for column, message in reference_problems(entry, by_id):
            problems.append(Problem(f"{entry.origin} entry '{entry.id}'", column,
                                    f"{message}; fix it with `girok gazetteer add --replace`"))
    return problems


def record_problems(records: Sequence[Record], existing: Mapping[str, Entry], *,
                    replace: bool = False, rejected: Sequence[Rejected] = ()) -> list[Problem]:
    """Problems of new records among themselves and against existing entries.

    Ids must be unique and new (or, with `replace`, replace an entry of the same kind);
    references must name known places, counting the new ones; a given `country` or facility
    `province` must agree with the parent chain. The references of `rejected` rows (which
    have errors of their own) are checked too; references to them are not reported.
    """
    failed = {row.id for row in rejected if row.id}
    problems: list[Problem] = []
    new: dict[str, Record] = {}
    for record in records:
        problem = _id_problem(record, new, existing, replace)
        if problem:
            problems.append(problem)
        else:
            new[record.entry.id] = record
    by_id = {**existing, **{key: record.entry for key, record in new.items()}}
    for record in new.values():
        found = reference_problems(record.entry, by_id)
        problems.extend(Problem(record.where, column, message) for column, message in found
                        if getattr(record.entry, column) not in failed)
        if not found:
            problems.extend(_agreement(record, by_id))
    for row in rejected:
        problems.extend(Problem(row.where, column, message) for name, ref in row.refs
                        if ref not in failed for column, message in _reference(name, ref, by_id))
    return ordered(problems)


def _id_problem(record: Record, new: Mapping[str, Record], existing: Mapping[str, Entry],
                replace: bool) -> Problem | None:
    """A problem when a record's id repeats an earlier row or an existing entry."""
    entry_id = record.entry.id
    if entry_id in new:
        return Problem(record.where, "id", f"duplicate id '{entry_id}' (first at "
                                           f"{new[entry_id].where}); give each entry its own id")
    old = existing.get(entry_id)
    if old is not None and not replace:
        return Problem(record.where, "id", f"'{entry_id}' already exists (a {old.origin} "
                                           f"{old.kind}); use --replace to replace it, or "
                                           "another id")
    if old is not None and old.kind != record.entry.kind:
        return Problem(record.where, "id", f"'{entry_id}' is {a(old.kind)}; its replacement "
                                           f"must be {a(old.kind)} too")
    return None


def _agreement(record: Record, by_id: Mapping[str, Entry]) -> list[Problem]:
    """A given `country` (places) or `province` (facilities) must match the parent chain."""
    entry = record.entry
    if entry.kind == "place" and record.country:
        path = chain(by_id, entry.id)
        if record.country != path[-1]:
            return [Problem(record.where, "country",
                            f"'{record.country}' is not the country of this place "
                            f"({' -> '.join(path)}); use '{path[-1]}' or leave it blank")]
    if entry.kind == "facility" and record.province:
        path = chain(by_id, entry.place)
        province = by_id[path[-2] if len(path) >= 2 else path[-1]]
        known = {normalize(form) for name in province.names for form in expand(name)}
        if not known.intersection(normalize(form) for form in expand(record.province)):
            return [Problem(record.where, "province",
                            f"'{record.province}' is not the province of place '{entry.place}' "
                            f"({province.name}); correct it or leave it blank")]
    return []
