"""Surface forms: the names, aliases and Korean names texts use for an entry, and which clash.

A table name 'X (qualifier)' also gives the bare 'X' that texts write ('Camp 12 (Onsong)'
gives 'Camp 12'); 'X (ambiguous)' gives only 'X'. Places also get suffixed variants ('Musan
County', 'Hoeryong-si', '회령시') where no other entry claims the same form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from girok.gazetteer.entry import KINDS, Entry, Kind

_QUALIFIED = re.compile(r"^(?P<bare>.*\S)\s*\((?P<qualifier>[^()]*)\)$")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_PUNCTUATION = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
                              "–": "-", "—": "-", "‐": "-", "‑": "-"})
_KOREAN_COUNTRIES = frozenset({"north-korea", "south-korea"})
_ENGLISH_SUFFIXES = {"city": ("City", "County"), "county": ("County", "City"),
                     "province": ("Province",), "district": ("District",)}
_ROMAN_SUFFIXES = {"city": ("-si", "-gun"), "county": ("-gun", "-si"), "province": ("-do",),
                   "district": ("-guyok",)}
_HANGUL_SUFFIXES = {"city": "시", "county": "군"}
_ENDINGS_KO = ("시", "군", "도", "구역", "구", "동", "리", "성", "주", "현", "자구", "읍")
_SUFFIX_WORDS = frozenset(
    "city county province district prefecture region territory krai town port bridge crossing "
    "area si gun kun do guyok ri dong up ŭp rodongjagu bukto namdo chikhalsi jagu".split())
SCORER_SUFFIXES = (" city", " county", " district", " province", "-si", "-gun", "-guyok", "-do")


def normalize(form: str) -> str:
    """The key two spellings share when they are the same form: case, quotes, dashes, spaces."""
    text = unicodedata.normalize("NFKC", form).translate(_PUNCTUATION)
    return " ".join(text.split()).casefold()


def expand(form: str) -> list[str]:
    """A table name as texts write it: 'X (q)' is 'X (q)' and 'X'; 'X (ambiguous)' is 'X'."""
    match = _QUALIFIED.match(form)
    if match is None:
        return [form]
    if match["qualifier"].strip().casefold() == "ambiguous":
        return [match["bare"]]
    return [form, match["bare"]]


def primary_forms(entry: Entry) -> list[str]:
    """Every name, alias and Korean name of an entry, with bare forms of qualified names and
    the other of British and American spellings ('holding center' / 'holding centre')."""
    forms = (form for name in entry.names for form in expand(name))
    return list(dict.fromkeys(variant for form in forms for variant in spellings(form)))


_SPELLINGS = re.compile(r"\b(?:cent(?:er|re)|labou?r|defen[cs]e)(?=s?\b)", re.IGNORECASE)
_OTHER_SPELLING = {"center": "centre", "centre": "center", "labor": "labour",
                   "labour": "labor", "defense": "defence", "defence": "defense"}


def spellings(form: str) -> list[str]:
    """A form and the same form in the other of British and American spelling."""
    other = _SPELLINGS.sub(lambda m: _same_case(m.group(), _OTHER_SPELLING[m.group().lower()]),
                           form)
    return [form] if other == form else [form, other]


def _same_case(model: str, word: str) -> str:
    return word.capitalize() if model[:1].isupper() else word


def place_variants(entry: Entry) -> list[str]:
    """Suffixed forms of a place's names: 'X City', 'X County', 'X-gun', '청진시', ..."""
    category = entry.category or ""
    if entry.kind != "place" or category not in _ENGLISH_SUFFIXES:
        return []
    korean = entry.country in _KOREAN_COUNTRIES
    out: list[str] = []
    for form in primary_forms(entry):
        if _HANGUL.search(form):
            ending = _HANGUL_SUFFIXES.get(category)
            if ending and not form.endswith(_ENDINGS_KO):
                out.append(form + ending)
            continue
        words = re.split(r"[\s\-]+", form.casefold())
        if "," in form or "(" in form or _SUFFIX_WORDS.intersection(words):
            continue
        out.extend(f"{form} {suffix}" for suffix in _ENGLISH_SUFFIXES[category])
        if korean and not any(ch.isspace() for ch in form):
            out.extend(form + suffix for suffix in _ROMAN_SUFFIXES[category])
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class SurfaceIndex:
    """Per kind: surface form -> id (unambiguous forms only), and clashing form -> ids."""

    forms: dict[Kind, dict[str, str]]
    ambiguous: dict[Kind, dict[str, tuple[str, ...]]]


def build_index(entries: Sequence[Entry], related: Callable[[str, str], bool]) -> SurfaceIndex:
    """Index surface forms; `related(facility, place)` is true when one lies within the other.

    A form on several ids is ambiguous. In the table of one kind it is kept when exactly one
    id of that kind has it and every other id is of another kind and compatible with it: a
    facility and a place that lie on one line of descent. Otherwise it is left out.
    """
    kind_of = {entry.id: entry.kind for entry in entries}
    spellings: list[tuple[str, str]] = []  # (spelling, id), in table order
    owners: dict[str, dict[str, str]] = {}  # key -> {id: first spelling}
    for entry in entries:
        for form in primary_forms(entry):
            spellings.append((form, entry.id))
            owners.setdefault(normalize(form), {}).setdefault(entry.id, form)

    def compatible(one: str, other: str) -> bool:
        pair = {kind_of[one]: one, kind_of[other]: other}
        return set(pair) == {"facility", "place"} and related(pair["facility"], pair["place"])

    kept: set[tuple[Kind, str]] = set()
    ambiguous: dict[Kind, dict[str, tuple[str, ...]]] = {kind: {} for kind in KINDS}
    for key, ids in owners.items():
        for kind in dict.fromkeys(kind_of[i] for i in ids):
            mine = [i for i in ids if kind_of[i] == kind]
            if len(ids) > 1:
                ambiguous[kind][ids[mine[0]]] = tuple(sorted(ids))
            if len(mine) == 1 and all(compatible(mine[0], i) for i in ids if i != mine[0]):
                kept.add((kind, key))
    forms: dict[Kind, dict[str, str]] = {kind: {} for kind in KINDS}
    for form, entry_id in spellings:
        if (kind_of[entry_id], normalize(form)) in kept:
            forms[kind_of[entry_id]].setdefault(form, entry_id)
    _add_variants(forms["place"], entries, owners)
    return SurfaceIndex(forms, ambiguous)


def _add_variants(table: dict[str, str], entries: Iterable[Entry],
                  owners: dict[str, dict[str, str]]) -> None:
    """Add suffixed place forms that no entry has as a name and only one place generates."""
    generated: dict[str, dict[str, str]] = {}
    for entry in entries:
        for form in place_variants(entry):
            generated.setdefault(normalize(form), {}).setdefault(entry.id, form)
    for key, ids in generated.items():
        if key not in owners and len(ids) == 1:
            ((entry_id, form),) = ids.items()
            table.setdefault(form, entry_id)
