"""The three CSV table shapes, validated row by row with pydantic; each error keeps its place.

A table's shape is told by its header: facilities have `type` and `county_or_city`, places
have `kind` and `parent`, organisations have neither. Values are stripped; lists (aliases,
Korean names, sources) are separated by '|'. Checks that need other rows (unique ids, known
parents) are in `girok.gazetteer.checks`.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from girok.gazetteer.entry import (
    FACILITY_TYPES,
    PLACE_KINDS,
    STATUSES,
    Entry,
    Kind,
    Origin,
    Problem,
    ordered,
)

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
URL = re.compile(r"https?://\S+")
_NOTE_URL = re.compile(r"https?://[^\s;|]+")
MAX_ID = 120

COLUMNS: dict[Kind, tuple[str, ...]] = {
    "facility": ("id", "type", "name", "aliases", "name_ko", "province", "county_or_city",
                 "place", "lat", "lon", "status", "notes", "sources"),
    "place": ("id", "kind", "name", "aliases", "name_ko", "parent", "country", "lat", "lon",
              "notes", "sources"),
    "organization": ("id", "name", "aliases", "name_ko", "notes", "sources"),
}
REQUIRED: dict[Kind, tuple[str, ...]] = {
    "facility": ("id", "type", "name", "county_or_city", "place"),
    "place": ("id", "kind", "name", "parent"),
    "organization": ("id", "name"),
}
TABLE_NAMES: dict[Kind, str] = {
    "facility": "facilities", "place": "places", "organization": "organizations"}


def _one_of(values: tuple[str, ...]) -> str:
    """The advice listing the allowed values."""
    return "use one of: " + ", ".join(values)


def _slug(value: str) -> str:
    """An id: a lowercase slug such as 'kwanliso-14'."""
    if not value:
        raise ValueError("is empty; give a lowercase id such as 'kwanliso-14'")
    if not SLUG.fullmatch(value) or len(value) > MAX_ID:
        raise ValueError(f"'{value}' is not an id; use lowercase letters, digits and single "
                         f"hyphens (at most {MAX_ID}), e.g. 'kwanliso-14'")
    return value


def _optional_slug(value: Any) -> str | None:
    """A reference to another entry's id, or None when blank."""
    return _slug(value) if value else None


def _name(value: str) -> str:
    """A non-empty name with no '|' (which separates names)."""
    if not value:
        raise ValueError("is empty; give the entry's name")
    if "|" in value:
        raise ValueError(f"'{value}' contains '|'; put other names in aliases")
    return value


def _blank_none(value: Any) -> Any:
    """None for a blank cell."""
    return None if value == "" else value


def _split(value: Any) -> tuple[str, ...]:
    """A '|'-separated list, stripped, without duplicates; an empty piece is an error."""
    if isinstance(value, tuple | list):
        return tuple(value)
    if not value:
        return ()
    parts = [part.strip() for part in str(value).split("|")]
    if not all(parts):
        raise ValueError(f"'{value}' has an empty item; separate items with single '|'")
    return tuple(dict.fromkeys(parts))


def _korean(values: tuple[str, ...]) -> tuple[str, ...]:
    """Korean names must contain Hangul."""
    for value in values:
        if not HANGUL.search(value):
            raise ValueError(f"'{value}' has no Hangul; put romanised names in aliases")
    return values


def _urls(values: tuple[str, ...]) -> tuple[str, ...]:
    """Sources are http(s) URLs."""
    for value in values:
        if not URL.fullmatch(value):
            raise ValueError(f"'{value}' is not an http(s) URL; separate sources with '|'")
    return values


def _choice(label: str, allowed: tuple[str, ...]) -> Any:
    """A validator accepting one of `allowed`."""

    def check(value: str) -> str:
        if value not in allowed:
            shown = f"'{value}' is not a {label}" if value else "is empty"
            raise ValueError(f"{shown}; {_one_of(allowed)}")
        return value

    return check


def _status(value: Any) -> str | None:
    """A facility status, or None when blank."""
    if not value:
        return None
    if value not in STATUSES:
        raise ValueError(f"'{value}' is not a status; {_one_of(STATUSES)}")
    return str(value)


def _degrees(limit: int) -> Any:
    """A validator for a latitude (limit 90) or longitude (limit 180), None when blank."""

    def check(value: Any) -> float | None:
        if value is None or value == "":
            return None
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"'{value}' is not a number; give decimal degrees, "
                             "e.g. 41.78") from None
        if math.isnan(number) or not -limit <= number <= limit:
            raise ValueError(f"{value} is outside -{limit}..{limit}; give decimal degrees")
        return number

    return check


Slug = Annotated[str, AfterValidator(_slug)]
Ref = Annotated[str | None, BeforeValidator(_optional_slug)]
Name = Annotated[str, AfterValidator(_name)]
Text = Annotated[str | None, BeforeValidator(_blank_none)]
Aliases = Annotated[tuple[str, ...], BeforeValidator(_split)]
KoreanNames = Annotated[tuple[str, ...], BeforeValidator(_split), AfterValidator(_korean)]
Sources = Annotated[tuple[str, ...], BeforeValidator(_split), AfterValidator(_urls)]
Latitude = Annotated[float | None, BeforeValidator(_degrees(90))]
Longitude = Annotated[float | None, BeforeValidator(_degrees(180))]
Status = Annotated[str | None, BeforeValidator(_status)]
FacilityType = Annotated[str, AfterValidator(_choice("facility type", FACILITY_TYPES))]
PlaceKind = Annotated[str, AfterValidator(_choice("place kind", PLACE_KINDS))]


class _Row(BaseModel):
    """Columns every table has."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Slug
    name: Name
    aliases: Aliases = ()
    name_ko: KoreanNames = ()
    notes: Text = None
    sources: Sources = ()


class _Located(_Row):
    """Rows with a point: both coordinates or neither."""

    lat: Latitude = None
    lon: Longitude = None

    @field_validator("lon")
    @classmethod
    def _pair(cls, lon: float | None, info: ValidationInfo) -> float | None:
        """Latitude and longitude go together."""
        if "lat" in info.data and (info.data["lat"] is None) != (lon is None):
            raise ValueError("lat and lon go together; give both or neither")
        return lon


class FacilityRow(_Located):
    """A row of facilities.csv."""

    type: FacilityType
    province: Text = None
    county_or_city: Text = None
    place: Ref
    status: Status = None

    @field_validator("place")
    @classmethod
    def _has_place(cls, place: str | None) -> str | None:
        """A facility lies in a known place."""
        if place is None:
            raise ValueError("is empty; give the id of the place where the facility lies")
        return place


class PlaceRow(_Located):
    """A row of places.csv."""

    kind: PlaceKind
    parent: Ref
    country: Ref = None

    @field_validator("parent")
    @classmethod
    def _parent_by_kind(cls, parent: str | None, info: ValidationInfo) -> str | None:
        """A country has no parent; every other place has one."""
        kind = info.data.get("kind")
        if kind == "country" and parent is not None:
            raise ValueError("a country has no parent; leave it blank")
        if kind is not None and kind != "country" and parent is None:
            raise ValueError(f"is empty; give the id of the place this {kind} lies in")
        return parent


class OrganizationRow(_Row):
    """A row of organizations.csv."""


MODELS: dict[Kind, type[_Row]] = {
    "facility": FacilityRow, "place": PlaceRow, "organization": OrganizationRow}


@dataclass(frozen=True)
class Record:
    """A valid row as an entry, where it came from, and the columns checked against others."""

    entry: Entry
    where: str
    country: str | None = None
    province: str | None = None


@dataclass(frozen=True)
class Rejected:
    """A row with errors: its id and references, when well-formed, for checks across rows."""

    id: str | None
    where: str
    refs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Table:
    """A parsed table: its kind (None when the header is unusable), good rows and problems."""

    kind: Kind | None
    records: tuple[Record, ...]
    problems: tuple[Problem, ...]
    rejected: tuple[Rejected, ...] = ()


def rejected(values: Mapping[str, Any], where: str, problems: list[Problem]) -> Rejected:
    """What checks across rows can still use of a row with errors."""
    bad = {problem.column for problem in problems}

    def usable(column: str) -> bool:
        value = values.get(column)
        return column not in bad and isinstance(value, str) and bool(SLUG.fullmatch(value))

    refs = tuple((column, str(values[column])) for column in ("parent", "place")
                 if usable(column))
    return Rejected(str(values["id"]) if usable("id") else None, where, refs)


def shape_of(header: list[str]) -> tuple[Kind | None, str | None]:
    """The kind of table a header row describes, or None and why not."""
    columns = set(header)
    facility = {"type", "county_or_city"} & columns
    place = {"kind", "parent"} & columns
    if facility and place:
        return None, ("has both facility columns (type, county_or_city) and place columns "
                      "(kind, parent); split it into one table per kind")
    if len(facility) == 1 or len(place) == 1:
        have, need = (facility, "type and county_or_city") if facility else (place,
                                                                             "kind and parent")
        return None, (f"has {', '.join(sorted(have))} but a "
                      f"{'facilities' if facility else 'places'} table needs both {need}")
    if facility:
        return "facility", None
    return ("place", None) if place else ("organization", None)


def header_problems(name: str, header: list[str], kind: Kind) -> list[Problem]:
    """Missing, unknown and repeated columns of a header."""
    where = f"{name} line 1"
    allowed = COLUMNS[kind]
    problems = [Problem(where, column, f"is missing; a {TABLE_NAMES[kind]} table needs "
                                       f"{', '.join(REQUIRED[kind])}")
                for column in REQUIRED[kind] if column not in header]
    for column in dict.fromkeys(header):
        if column not in allowed:
            problems.append(Problem(where, column or "(blank)", f"is not a column of a "
                                    f"{TABLE_NAMES[kind]} table; use: {', '.join(allowed)}"))
        elif header.count(column) > 1:
            problems.append(Problem(where, column, "appears twice; keep one"))
    return problems


def row_record(kind: Kind, values: Mapping[str, Any], where: str,
               origin: Origin) -> tuple[Record | None, list[Problem]]:
    """Validate one row (column -> value); the record, or None and every problem found."""
    try:
        row = MODELS[kind].model_validate(dict(values))
    except ValidationError as exc:
        return None, ordered(_problem(where, error) for error in exc.errors())
    return _record(row, where, origin), []


def _problem(where: str, error: Any) -> Problem:
    """A pydantic error as a located problem."""
    column = str(error["loc"][0]) if error["loc"] else None
    cause = error.get("ctx", {}).get("error")
    message = str(cause) if error["type"] == "value_error" and cause else error["msg"]
    if error["type"] == "extra_forbidden":
        message = "is not a column of this table"
    return Problem(where, column, message)


def _record(row: _Row, where: str, origin: Origin) -> Record:
    """A validated row as an entry, with the columns checked later against other entries."""
    sources = row.sources or tuple(
        dict.fromkeys(url.rstrip(".,)") for url in _NOTE_URL.findall(row.notes or "")))
    common: dict[str, Any] = {
        "id": row.id, "name": row.name, "aliases": row.aliases, "names_ko": row.name_ko,
        "notes": row.notes, "sources": sources, "origin": origin}
    if isinstance(row, FacilityRow):
        entry = Entry(kind="facility", category=row.type, place=row.place, lat=row.lat,
                      lon=row.lon, status=row.status, **common)
        return Record(entry, where, province=row.province)
    if isinstance(row, PlaceRow):
        entry = Entry(kind="place", category=row.kind, parent=row.parent, country=row.country,
                      lat=row.lat, lon=row.lon, **common)
        return Record(entry, where, country=row.country)
    return Record(Entry(kind="organization", **common), where)


def parse_table(text: str, name: str, origin: Origin = "user") -> Table:
    """Validate CSV text; `name` (a file name) starts every problem's place."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [column.strip() for column in next(reader, [])]
    except csv.Error as exc:
        return Table(None, (), (Problem(f"{name} line 1", None, f"is not CSV: {exc}"),))
    if not any(header):
        return Table(None, (), (Problem(name, None, "has no header row; copy the header of "
                                       "the matching table in the package data"),))
    kind, why = shape_of(header)
    if kind is None:
        return Table(None, (), (Problem(f"{name} line 1", None, why or "unknown shape"),))
    problems = header_problems(name, header, kind)
    if problems:
        return Table(kind, (), tuple(problems))
    return _parse_rows(reader, header, kind, name, origin)


def _parse_rows(reader: Any, header: list[str], kind: Kind, name: str,
                origin: Origin) -> Table:
    """Validate every data row after the header."""
    records: list[Record] = []
    problems: list[Problem] = []
    failed: list[Rejected] = []
    last = reader.line_num
    try:
        for cells in reader:
            where, last = f"{name} line {last + 1}", reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != len(header):
                problems.append(Problem(where, None, f"has {len(cells)} field(s), the header "
                                        f"{len(header)}; quote values that contain commas"))
                continue
            values = {column: cell.strip() for column, cell in zip(header, cells, strict=True)}
            record, found = row_record(kind, values, where, origin)
            if record is None:
                problems.extend(found)
                failed.append(rejected(values, where, found))
            else:
                records.append(record)
    except csv.Error as exc:
        problems.append(Problem(f"{name} line {reader.line_num}", None,
                                f"is not valid CSV ({exc}); check the quoting"))
    return Table(kind, tuple(records), tuple(problems), tuple(failed))


def read_table(path: str | Path, origin: Origin = "user") -> Table:
    """Read and validate a CSV file (UTF-8) of facilities, places or organisations."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return Table(None, (), (Problem(str(path), None, f"cannot be read: {reason}"),))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return Table(None, (), (Problem(f"{path.name} line {line}", None,
                                        f"is not UTF-8 (byte {exc.start}); save it as UTF-8 CSV"),))
    return parse_table(text, path.name, origin)
