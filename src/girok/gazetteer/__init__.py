"""The gazetteer: places, facilities (prison camps) and organisations (perpetrators).

The package tables in `data/` (copied from the shared reference folder; see
`data/SOURCES.md`) are validated strictly and loaded once per process; users add their own
entries to the database (`gazetteer_entries`) with `add_entry` or `import_table`, and
`Gazetteer.load(store)` combines both. The extractor compiles `surface_forms(kind)` into an
automaton and resolves the place, facility and perpetrator slots with the other methods.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from girok.gazetteer.db import read_entries
from girok.gazetteer.edit import add_entry, import_table
from girok.gazetteer.entry import FACILITY_TYPES, KINDS, PLACE_KINDS, STATUSES, Entry, Kind
from girok.gazetteer.index import Gazetteer, package_gazetteer
from girok.gazetteer.names import normalize
from girok.gazetteer.schema import parse_table, read_table

if TYPE_CHECKING:
    from girok.store import Store

__all__ = [
    "FACILITY_TYPES",
    "KINDS",
    "PLACE_KINDS",
    "STATUSES",
    "Entry",
    "Gazetteer",
    "Kind",
    "add_entry",
    "import_table",
    "normalize",
    "package_gazetteer",
    "parse_table",
    "read_entries",
    "read_table",
    "user_entries",
]


def user_entries(store: Store) -> list[Entry]:
    """The entries users added to this database, oldest first."""
    return read_entries(store.engine)
