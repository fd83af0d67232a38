"""Extraction over many files: the ingest readers and workers, output as JSON lines."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from girok.errors import IngestError
from girok.extract.contract import document_json, error_json
from girok.gazetteer import Gazetteer
from girok.ingest import Skipped, collect_files, parse_files
from girok.records import IngestOptions


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


def extract_paths(paths: Iterable[str | Path], published: dt.date | None, gazetteer: Gazetteer,
                  jobs: int, max_bytes: int) -> Iterator[Result]:
    """One result per input file, in input order, read and extracted on `jobs` processes."""
    collected = collect_files(paths)
    files = [p for p in collected if isinstance(p, Path)]
    for err in collected:
        if isinstance(err, IngestError) and not isinstance(err, Skipped):
            yield Result(Path(err.path).stem, error_json(Path(err.path).stem, err.reason), True)
    parsed = parse_files(files, IngestOptions(max_bytes=max_bytes), jobs, gazetteer, published)
    for doc_id, item in zip(doc_ids(files), parsed, strict=True):
        if isinstance(item, IngestError):
            yield Result(doc_id, error_json(doc_id, item.reason), True)
        else:
            assert item.extraction is not None
            found = replace(item.extraction, doc_id=doc_id)
            yield Result(doc_id, document_json(found, item.text), False)
