"""Extraction over many files: read, extract on every core, stream results in input order."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from girok.errors import IngestError
from girok.extract.contract import document_json, error_json
from girok.extract.engine import extract
from girok.gazetteer import Gazetteer
from girok.ingest import Skipped, collect_files, parse_file
from girok.records import IngestOptions

_GAZETTEER: Gazetteer | None = None


@dataclass(frozen=True)
class Result:
    """One output line and whether it reports an error."""

    doc_id: str
    line: str
    failed: bool


def doc_ids(paths: list[Path]) -> list[str]:
    """File names without extension; names shared by several inputs use relative paths."""
    stems = [p.stem for p in paths]
    if len(set(stems)) == len(stems):
        return stems
    common = Path(os.path.commonpath([str(p.resolve().parent) for p in paths]))
    seen: set[str] = set()
    out = []
    for p in paths:
        if p.stem in seen:
            rel = p.resolve().relative_to(common)
            out.append(str(rel.with_suffix("")))
        else:
            out.append(p.stem)
        seen.add(p.stem)
    return out


def _init(gazetteer: Gazetteer) -> None:
    global _GAZETTEER
    _GAZETTEER = gazetteer


def _one(item: tuple[Path, str, dt.date | None, int]) -> Result:
    path, doc_id, published, max_bytes = item
    try:
        parsed = parse_file(path, IngestOptions(max_bytes=max_bytes))
    except IngestError as exc:
        return Result(doc_id, error_json(doc_id, exc.reason), True)
    except Exception as exc:  # a reader failed in a way we did not foresee
        return Result(doc_id, error_json(doc_id, f"could not be read ({exc})"), True)
    try:
        found = extract(parsed.text, doc_id=doc_id, published=parsed.published or published,
                        gazetteer=_GAZETTEER, language=parsed.language or "en",
                        prefer_stated=parsed.published is None)
    except Exception as exc:  # an engine bug must not stop the batch; report it on the line
        return Result(doc_id, error_json(doc_id, f"extraction failed ({type(exc).__name__}: "
                                                 f"{exc}); please report it"), True)
    return Result(doc_id, document_json(found, parsed.text), False)


def extract_paths(paths: Iterable[str | Path], published: dt.date | None, gazetteer: Gazetteer,
                  jobs: int, max_bytes: int) -> Iterator[Result]:
    """One result per input file, in input order, computed on `jobs` processes."""
    collected = collect_files(paths)
    files = [p for p in collected if isinstance(p, Path)]
    for err in collected:
        if isinstance(err, IngestError) and not isinstance(err, Skipped):
            yield Result(Path(err.path).stem, error_json(Path(err.path).stem, err.reason), True)
    items = [(p, i, published, max_bytes) for p, i in zip(files, doc_ids(files), strict=True)]
    if jobs <= 1 or len(items) < 4:
        _init(gazetteer)
        yield from map(_one, items)
        return
    with ProcessPoolExecutor(jobs, initializer=_init, initargs=(gazetteer,)) as pool:
        yield from pool.map(_one, items, chunksize=8)
