"""Ingestion: files and folders in, preserved originals and extracted text out.

Reading a file is a pure function run in worker processes; storing it happens in the
calling process, one transaction per document.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from girok.errors import EmptyDocument, IngestError, StoreError, TooLarge, UnreadableFile
from girok.ingest import dedup
from girok.ingest.readers import MEDIA_TYPES, detect_format, read
from girok.records import IngestOptions, IngestOutcome, OutcomeStatus, ParsedDocument

if TYPE_CHECKING:
    from girok.gazetteer import Gazetteer

# Files a saved web page or an export drags along; inside folders they are skipped, not failed.
NOT_DOCUMENTS = frozenset(
    """
.css .js .mjs .map .json .csv .tsv .xml .rss .png .jpg .jpeg .gif .svg .webp .ico .bmp
.tif .tiff .woff .woff2 .ttf .otf .eot .mp3 .mp4 .webm .wav .ogg .db .sqlite .pyc
""".split()
)


class Skipped(IngestError):
    """A file inside a folder that is not a document (a stylesheet, an image, a data file)."""


def collect_files(paths: Iterable[str | Path]) -> list[Path | IngestError]:
    """Files named, and files found under folders (recursively, hidden entries left out)."""
    found: list[Path | IngestError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                if not p.is_file() or any(x.startswith(".") for x in p.relative_to(path).parts):
                    continue
                if p.suffix.lower() in NOT_DOCUMENTS:
                    found.append(Skipped(str(p), f"not a document type ({p.suffix.lower()})"))
                else:
                    found.append(p)
        elif path.is_file():
            found.append(path)
        else:
            found.append(UnreadableFile(str(path), "no such file or folder; check the path"))
    return found


def parse_file(path: Path, options: IngestOptions) -> ParsedDocument:
    """Read one file into a document ready to store; raises an IngestError naming the file."""
    content = _read_bytes(path, options.max_bytes)
    fmt = detect_format(path, content)
    extracted = read(path, content, fmt)
    published, origin = _pick(options.published, extracted.published)
    return ParsedDocument(
        name=path.stem,
        path=str(path),
        original_filename=path.name,
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
        format=fmt,
        media_type=MEDIA_TYPES[fmt],
        text=extracted.text,
        encoding=extracted.encoding,
        title=extracted.title,
        author=extracted.author,
        outlet=options.outlet or extracted.outlet,
        published=published,
        published_origin=origin,
        source_url=options.source_url or extracted.source_url,
        collection=options.collection,
        language=options.language or extracted.language,
        minhash=dedup.signature(extracted.text),
    )


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise TooLarge(
                str(path),
                f"{size:,} bytes is over the {limit:,}-byte limit; raise it with --max-size",
            )
        content = path.read_bytes()
    except IngestError:
        raise
    except OSError as exc:
        raise UnreadableFile(str(path), f"cannot read the file ({exc.strerror or exc})") from exc
    if len(content) > limit:
        raise TooLarge(str(path), f"over the {limit:,}-byte limit; raise it with --max-size")
    if not content.strip():
        raise EmptyDocument(str(path), "empty file; nothing to ingest")
    return content


def _pick(option: dt.date | None, found: dt.date | None) -> tuple[dt.date | None, str | None]:
    """The publication date and where it came from: an option wins over the document."""
    if option is not None:
        return option, "option"
    if found is not None:
        return found, "document"
    return None, None


_GAZETTEER: Gazetteer | None = None


def _use_gazetteer(gazetteer: Gazetteer | None) -> None:
    global _GAZETTEER
    _GAZETTEER = gazetteer


def with_extraction(doc: ParsedDocument, gazetteer: Gazetteer,
                    fallback: dt.date | None = None) -> ParsedDocument:
    """The document with the engine's events. Its own date (an option or metadata) wins; else
    a date stated in the text; else `fallback`. A date found in the text fills a missing one."""
    from girok.extract.engine import extract  # the engine imports the store, which imports us

    found = extract(doc.text, doc_id=doc.name, published=doc.published or fallback,
                    gazetteer=gazetteer, language=doc.language or "en",
                    prefer_stated=doc.published is None)
    if doc.published is None and found.published is not None:
        return replace(doc, extraction=found, published=found.published,
                       published_origin="option" if found.published == fallback else "document")
    return replace(doc, extraction=found)


def _parse_safely(item: tuple[Path, IngestOptions, dt.date | None]) -> ParsedDocument | IngestError:
    path, options, fallback = item
    try:
        parsed = parse_file(path, options)
    except IngestError as exc:
        return exc
    except Exception as exc:  # a reader library failed in a way we did not foresee
        return IngestError(str(path), f"could not be read ({type(exc).__name__}: {exc})")
    if _GAZETTEER is None:
        return parsed
    try:
        return with_extraction(parsed, _GAZETTEER, fallback)
    except Exception as exc:  # an engine bug must not stop the batch
        return IngestError(str(path), f"extraction failed ({type(exc).__name__}: {exc}); "
                                      "please report it")


def parse_files(
    files: list[Path], options: IngestOptions, jobs: int, gazetteer: Gazetteer | None = None,
    fallback_published: dt.date | None = None,
) -> Iterator[ParsedDocument | IngestError]:
    """Parsed (and, given a gazetteer, extracted) documents or errors, in input order."""
    items = [(f, options, fallback_published) for f in files]
    _use_gazetteer(gazetteer)
    if jobs <= 1 or len(items) < 2:
        yield from map(_parse_safely, items)
        return
    done = 0
    try:
        with ProcessPoolExecutor(jobs, initializer=_use_gazetteer, initargs=(gazetteer,)) as pool:
            for result in pool.map(_parse_safely, items, chunksize=4):
                done += 1
                yield result
    except BrokenProcessPool:  # a reader crashed its worker: finish the batch in-process
        yield from map(_parse_safely, items[done:])


def ingest_paths(
    add: Callable[[ParsedDocument], IngestOutcome],
    paths: Iterable[str | Path],
    options: IngestOptions,
    jobs: int = 1,
    gazetteer: Gazetteer | None = None,
) -> Iterator[IngestOutcome]:
    """Ingest every file under `paths`, yielding one outcome per file as it is stored.

    With a gazetteer, the extraction engine runs on each document and its events are
    stored in the same transaction as the document.
    """
    collected = collect_files(paths)
    for item in collected:
        if isinstance(item, IngestError):
            yield _failed(item)
    files = [p for p in collected if isinstance(p, Path)]
    for parsed in parse_files(files, options, jobs, gazetteer):
        if isinstance(parsed, IngestError):
            yield _failed(parsed)
            continue
        try:
            yield add(parsed)
        except StoreError as exc:
            yield IngestOutcome(parsed.path, OutcomeStatus.FAILED, reason=str(exc))


def _failed(err: IngestError) -> IngestOutcome:
    status = OutcomeStatus.SKIPPED if isinstance(err, Skipped) else OutcomeStatus.FAILED
    return IngestOutcome(err.path, status, reason=err.reason)
