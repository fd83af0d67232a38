"""The `Gazetteer`: package tables plus user entries, with the look-ups the extractor needs."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from typing import TYPE_CHECKING

from girok.errors import GazetteerError, NotFound
from girok.gazetteer import checks, db
from girok.gazetteer.entry import KINDS, Entry, Kind, Problem, a, ordered
from girok.gazetteer.names import SCORER_SUFFIXES, SurfaceIndex, build_index, normalize
from girok.gazetteer.schema import TABLE_NAMES, Record, Rejected, parse_table

if TYPE_CHECKING:
    from girok.store import Store

# The reference tables, copied unchanged, then the rows the project adds (SOURCES.md says whence).
PACKAGE_FILES: list[tuple[Kind, str]] = [
    *((kind, f"{name}.csv") for kind, name in TABLE_NAMES.items()),
    ("place", "places_added.csv"),
    ("place", "places_abroad.csv"),
]


class Gazetteer:
    """Facilities, places and organisations: the package tables plus the user's own entries.

    A user entry replaces a package entry of the same id. Surface forms (`surface_forms`) map
    every name, alias and Korean name to an id, plus suffixed variants of place names
    ('Musan County', 'Hoeryong-si', '온성군') that no other entry claims.

    Ambiguity rule: a surface form (compared case-, quote- and space-insensitively) that two or
    more ids share is reported by `ambiguous(kind)` for each kind among them. It stays in the
    table of one kind only when exactly one id of that kind has it and each other id is a
    facility or place compatible with it: a facility whose place lies within the place, or
    contains it. Then the place table maps the form to the place and the facility table maps
    it to the facility ('Hwasong': county `myonggan` / camp `kwanliso-16`). Any other clash
    ('Camp 12', 'MSS') is left out of every table. 'X (ambiguous)' in a table means the form
    'X'; 'X (qualifier)' gives both itself and the bare 'X'.
    """

    def __init__(self, entries: Iterable[Entry]) -> None:
        given = list(entries)
        problems = checks.graph_problems(given)
        if problems:
            raise GazetteerError([str(problem) for problem in problems])
        by_id = {entry.id: entry for entry in given}
        by_kind = sorted(given, key=lambda entry: KINDS.index(entry.kind))
        self._entries = {entry.id: checks.derive(entry, by_id) for entry in by_kind}
        self._chains = {entry.id: checks.chain(self._entries, entry.id)
                        for entry in by_kind if entry.kind == "place"}
        self._unique: dict[tuple[str, str], str | None] = {}

    @classmethod
    def load(cls, store: Store | None = None) -> Gazetteer:
        """The package gazetteer (read once per process), plus the user entries of `store`."""
        package = package_gazetteer()
        if store is None:
            return package
        merged = {entry.id: entry for entry in package.entries()}
        merged.update((entry.id, entry) for entry in db.read_entries(store.engine))
        return cls(merged.values())

    def __len__(self) -> int:
        """The number of entries."""
        return len(self._entries)

    def __contains__(self, entry_id: object) -> bool:
        """Whether an entry has this id."""
        return entry_id in self._entries

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id, or None."""
        return self._entries.get(entry_id)

    def entries(self, kind: Kind | None = None) -> list[Entry]:
        """Every entry (facilities, places, organisations; table order), or those of one kind."""
        if kind is not None and kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}; use one of {', '.join(KINDS)}")
        return [entry for entry in self._entries.values() if kind in (None, entry.kind)]

    def surface_forms(self, kind: Kind) -> dict[str, str]:
        """Unambiguous surface form -> id for one kind, to compile into an automaton."""
        return dict(self._index.forms[kind])

    def ambiguous(self, kind: Kind) -> dict[str, tuple[str, ...]]:
        """Surface forms of this kind shared with other ids -> all the ids sharing them."""
        return dict(self._index.ambiguous[kind])

    def resolve(self, form: str, kind: Kind | None = None) -> str | None:
        """The id a name, alias, Korean name or id stands for; None if unknown or ambiguous.

        Like the scorer, a trailing 'City', 'County', 'District', 'Province', '-si', '-gun',
        '-guyok' or '-do' is dropped when the full form is unknown.
        """
        key = normalize(form)
        kinds = KINDS if kind is None else (kind,)
        found = {self._keys[k][key] for k in kinds if key in self._keys[k]}
        entry = self._entries.get(form.strip())
        if not found and entry is not None and kind in (None, entry.kind):
            return entry.id
        if not found:
            suffix = next((s for s in SCORER_SUFFIXES if key.endswith(s) and key != s), None)
            return self.resolve(key[: -len(suffix)], kind) if suffix else None
        return found.pop() if len(found) == 1 else None

    def ancestors(self, place_id: str) -> list[str]:
        """The place, its parent, ... up to the country (a facility counts as its place)."""
        return list(self._chains[self._place_of(place_id)])

    def common_place(self, ids: Iterable[str]) -> str | None:
        """The most specific place all given places (or facilities) lie in, else None."""
        chains = [self.ancestors(place_id) for place_id in ids]
        if not chains:
            return None
        shared = set(chains[0]).intersection(*chains[1:])
        return next((place_id for place_id in chains[0] if place_id in shared), None)

    def country_of(self, place_id: str) -> str:
        """The country a place (or a facility's place) lies in."""
        return self._chains[self._place_of(place_id)][-1]

    def facility_place(self, facility_id: str) -> str:
        """The place id where a facility lies, the event's place for an event there."""
        entry = self._entries.get(facility_id)
        if entry is None or entry.kind != "facility" or entry.place is None:
            raise NotFound(self._not(facility_id, "facility"))
        return entry.place

    def unique_facility(self, category: str, place_id: str) -> str | None:
        """The one facility of a type whose place is `place_id` or lies in it; None if 0 or 2+.

        The type is a `type` of facilities.csv ('kwanliso'; 'rodong_danryeondae' also works);
        an unknown type has no facilities.
        """
        key = (category, place_id)
        if key not in self._unique:  # entries never change: each answer is computed once
            category = category.replace("_", "-")
            place_id = self._place_of(place_id)
            found = [entry.id for entry in self.entries("facility") if entry.category == category
                     and entry.place is not None and place_id in self._chains[entry.place]]
            self._unique[key] = found[0] if len(found) == 1 else None
        return self._unique[key]

    def _place_of(self, entry_id: str) -> str:
        """A place id itself, or a facility's place id."""
        entry = self._entries.get(entry_id)
        if entry is not None and entry.kind == "facility" and entry.place is not None:
            return entry.place
        if entry is None or entry.kind != "place":
            raise NotFound(self._not(entry_id, "place"))
        return entry_id

    def _not(self, entry_id: str, wanted: str) -> str:
        """The message for an id that is not a known entry of the wanted kind."""
        entry = self._entries.get(entry_id)
        if entry is None:
            return (f"no gazetteer entry '{entry_id}'; "
                    f"see `girok gazetteer list --kind {wanted}`")
        return f"'{entry_id}' is {a(entry.kind)}, not {a(wanted)}; give {a(wanted)} id"

    @functools.cached_property
    def _index(self) -> SurfaceIndex:
        """Surface forms and clashes, built on first use."""
        return build_index(list(self._entries.values()), self._related)

    @functools.cached_property
    def _keys(self) -> dict[Kind, dict[str, str]]:
        """Normalised surface form -> id, per kind, for `resolve`."""
        return {kind: {normalize(form): entry_id for form, entry_id in forms.items()}
                for kind, forms in self._index.forms.items()}

    def _related(self, facility_id: str, place_id: str) -> bool:
        """True when a facility's place lies within `place_id` or contains it."""
        place = self._entries[facility_id].place
        if place is None:
            return False
        return place_id in self._chains[place] or place in self._chains[place_id]


def _package_text(file_name: str) -> str:
    """The text of one package table."""
    return (resources.files("girok.gazetteer") / "data" / file_name).read_text(encoding="utf-8")


@functools.cache
def package_gazetteer() -> Gazetteer:
    """The gazetteer of the package tables alone; validated and built once per process."""
    records: list[Record] = []
    problems: list[Problem] = []
    rejected: list[Rejected] = []
    for kind, file_name in PACKAGE_FILES:
        table = parse_table(_package_text(file_name), file_name, "package")
        if table.kind not in (None, kind):
            problems.append(Problem(file_name, None, f"is a {table.kind} table; it must hold "
                                                     f"{kind} rows"))
        records.extend(table.records)
        problems.extend(table.problems)
        rejected.extend(table.rejected)
    problems.extend(checks.record_problems(records, {}, rejected=rejected))
    if problems:
        raise GazetteerError([str(problem) for problem in ordered(problems)])
    return Gazetteer(record.entry for record in records)
