"""Reading files into text and metadata, one reader per format, told apart by content."""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

from girok.errors import CorruptDocument, EmptyDocument
from girok.ingest.encoding import decode
from girok.ingest.language import detect_language
from girok.records import DocFormat, ExtractedText

MEDIA_TYPES = {
    DocFormat.TEXT: "text/plain",
    DocFormat.MARKDOWN: "text/markdown",
    DocFormat.HTML: "text/html",
    DocFormat.PDF: "application/pdf",
    DocFormat.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
_SUFFIXES = {
    ".txt": DocFormat.TEXT, ".text": DocFormat.TEXT,
    ".md": DocFormat.MARKDOWN, ".markdown": DocFormat.MARKDOWN,
    ".html": DocFormat.HTML, ".htm": DocFormat.HTML, ".xhtml": DocFormat.HTML,
    ".pdf": DocFormat.PDF, ".docx": DocFormat.DOCX,
}
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)", re.I | re.S)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
_HTML_LANG = re.compile(r"""<html[^>]*\slang\s*=\s*["']?([A-Za-z]{2,3})""", re.I)
_TITLE_MAX = 300
logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings would bypass our one-line errors


def detect_format(path: Path, content: bytes) -> DocFormat:
    """The format of a file from its content, with the suffix deciding between text kinds."""
    if content.startswith(b"%PDF-"):
        return DocFormat.PDF
    if content.startswith(b"PK\x03\x04"):
        return DocFormat.DOCX
    by_suffix = _SUFFIXES.get(path.suffix.lower())
    if by_suffix in (DocFormat.PDF, DocFormat.DOCX):
        return by_suffix  # claims the format but lacks its signature: the reader reports it
    if by_suffix is DocFormat.HTML or _HTML_START.match(content[:4096]):
        return DocFormat.HTML
    return by_suffix or DocFormat.TEXT


def read(path: Path, content: bytes, fmt: DocFormat) -> ExtractedText:
    """The text and metadata of `content` read as `fmt`."""
    extracted = _READERS[fmt](str(path), content)
    if not extracted.text.strip():
        raise EmptyDocument(str(path), "no text in the document; nothing to ingest")
    language = extracted.language or detect_language(extracted.text)
    return ExtractedText(**{**extracted.__dict__, "language": language})


def _read_text(path: str, content: bytes) -> ExtractedText:
    text, encoding = decode(content, path)
    return ExtractedText(text=text, encoding=encoding, title=_first_line(text))


def _read_markdown(path: str, content: bytes) -> ExtractedText:
    text, encoding = decode(content, path)
    heading = next((ln[2:].strip() for ln in text.splitlines() if ln.startswith("# ")), None)
    return ExtractedText(text=text, encoding=encoding, title=heading or _first_line(text))


def _read_html(path: str, content: bytes) -> ExtractedText:
    import trafilatura
    from trafilatura.settings import Document

    declared = _CHARSET.search(content[:4096])
    html, encoding = decode(content, path, declared.group(1).decode() if declared else None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    if not isinstance(doc, Document) or not (doc.text or "").strip():
        raise EmptyDocument(path, "no article text found in the HTML page")
    lang = _HTML_LANG.search(html[:4096])
    return ExtractedText(
        text=doc.text or "",
        encoding=encoding,
        title=doc.title,
        author=doc.author,
        outlet=doc.sitename,
        published=_iso_date(doc.date),
        source_url=doc.url,
        language=lang.group(1).lower() if lang else None,
    )


def _read_pdf(path: str, content: bytes) -> ExtractedText:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not content.startswith(b"%PDF-"):
        raise CorruptDocument(path, "not a PDF (no %PDF header); check the file or its suffix")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(content), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise CorruptDocument(path, "encrypted PDF; save an unencrypted copy")
            pages = [page.extract_text() or "" for page in reader.pages]
            info = reader.metadata
    except CorruptDocument:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise CorruptDocument(
            path, f"corrupt PDF ({_short(exc)}); re-save or re-download it"
        ) from exc
    text = "\n\n".join(p.strip("\n") for p in pages)
    if not text.strip():
        raise EmptyDocument(path, "PDF has no text layer (a scan?); run OCR on it first")
    return ExtractedText(
        text=text,
        title=_clean(info.title) if info else None,
        author=_clean(info.author) if info else None,
    )


def _read_docx(path: str, content: bytes) -> ExtractedText:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(content))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise CorruptDocument(path, f"corrupt DOCX ({_short(exc)}); re-save it from Word") from exc
    paragraphs = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            paragraphs.append("\t".join(cell.text for cell in row.cells))
    props = document.core_properties
    return ExtractedText(
        text="\n".join(paragraphs),
        title=_clean(props.title),
        author=_clean(props.author),
        language=(props.language or "")[:2].lower() or None,
    )


_READERS: dict[DocFormat, Callable[[str, bytes], ExtractedText]] = {
    DocFormat.TEXT: _read_text,
    DocFormat.MARKDOWN: _read_markdown,
    DocFormat.HTML: _read_html,
    DocFormat.PDF: _read_pdf,
    DocFormat.DOCX: _read_docx,
}


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:_TITLE_MAX]
    return None


def _clean(value: str | None) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:120] if text else type(exc).__name__
