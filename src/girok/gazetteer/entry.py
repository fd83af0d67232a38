"""One gazetteer entry, the vocabularies its fields use, and a located validation problem."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Kind = Literal["facility", "place", "organization"]
Origin = Literal["package", "user"]

KINDS: tuple[Kind, ...] = ("facility", "place", "organization")
FACILITY_TYPES = ("kwanliso", "kyohwaso", "kuryujang", "jipkyulso", "rodong-danryeondae", "other")
PLACE_KINDS = ("country", "province", "city", "county", "district", "border-crossing")
STATUSES = ("operating", "reportedly-closed", "closed", "unknown")
COLUMN_ORDER = ("id", "type", "kind", "category", "name", "aliases", "name_ko", "province",
                "county_or_city", "place", "parent", "country", "lat", "lon", "status", "notes",
                "sources")
_LINE = re.compile(r" line (\d+)$")


@dataclass(frozen=True)
class Entry:
    """A facility, place or organisation the extractor can resolve a name to.

    `category` is a facility's `type` or a place's `kind`; `parent` is the place a place lies
    in; `place` is the place id where a facility lies. `country` and `province` are place ids
    derived from the parent chain (`province` is the first-level division under the country:
    a province, or a province-level city such as Pyongyang); organisations have neither.
    """

    id: str
    kind: Kind
    name: str
    aliases: tuple[str, ...] = ()
    names_ko: tuple[str, ...] = ()
    category: str | None = None
    parent: str | None = None
    place: str | None = None
    province: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    status: str | None = None
    notes: str | None = None
    sources: tuple[str, ...] = ()
    origin: Origin = "package"

    @property
    def names(self) -> tuple[str, ...]:
        """The name, the aliases and the Korean names, in that order."""
        return (self.name, *self.aliases, *self.names_ko)


@dataclass(frozen=True)
class Problem:
    """One validation error and where it is: a file and line, or an entry, and a column."""

    where: str
    column: str | None
    message: str

    def __str__(self) -> str:
        column = f", column {self.column}" if self.column else ""
        return f"{self.where}{column}: {self.message}"


def a(noun: str) -> str:
    """The noun with its indefinite article: 'a place', 'an organization'."""
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def ordered(problems: Iterable[Problem]) -> list[Problem]:
    """Problems by file, line number and column (in table order)."""

    def key(problem: Problem) -> tuple[str, int, int]:
        match = _LINE.search(problem.where)
        where = (problem.where[: match.start()], int(match[1])) if match else (problem.where, 0)
        column = problem.column or ""
        rank = COLUMN_ORDER.index(column) if column in COLUMN_ORDER else len(COLUMN_ORDER)
        return (*where, rank if problem.column else -1)

    return sorted(problems, key=key)
