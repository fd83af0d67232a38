#!/usr/bin/env python3
"""Build the binary and non-UTF-8 example reports from their source texts.

Sources live in ``examples/tools/sources/``:

* ``<stem>.txt`` whose stem starts with ``brief_`` or ``un_``  -> ``reports/<stem>.pdf`` (fpdf2)
* ``<stem>.txt`` whose stem starts with ``testimony_``          -> ``reports/<stem>.docx`` (python-docx)
* ``<stem>.ko.txt`` / ``<stem>.ko.html`` (UTF-8)                -> ``reports/<stem>.txt|.html`` encoded as EUC-KR

A PDF/DOCX source starts with a small header (``key: value`` lines: title, author,
subject, keywords, created as YYYY-MM-DD) ended by a line ``---``. In the body, a
line starting with ``# `` is a title, ``## `` a heading, and every other non-empty
line is one paragraph; in transcripts a leading speaker label (``Q:``, ``A:``,
``Interviewer:``, ``Kim:`` ...) is set in bold.

The build is deterministic: fixed document metadata and dates, and fixed ZIP
timestamps inside the DOCX files, so rebuilding gives byte-identical files.

Usage:  .venv/bin/python examples/tools/build_formats.py
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
REPORTS = HERE.parent / "reports"

PDF_PREFIXES = ("brief_", "un_")
DOCX_PREFIXES = ("testimony_",)

# Characters the PDF core fonts (latin-1) cannot encode, mapped to ASCII.
ASCII_MAP = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u2026": "...", "\u00a0": " ", "\u2022": "-", "\u00b7": "-",
}

SPEAKER_RE = re.compile(r"^((?:Q|A|Interviewer|Mr\. [A-Z][a-z]+|Ms\. [A-Z][a-z]+|[A-Z][a-z]+)):\s")


def read_source(path: Path) -> tuple[dict[str, str], list[str]]:
    """Return (metadata, body lines) of a PDF/DOCX source file."""
    text = path.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n---\n")
    if not sep:
        raise ValueError(f"{path.name}: missing '---' header separator")
    meta: dict[str, str] = {}
    for line in head.splitlines():
        if line.strip():
            key, _, value = line.partition(":")
            meta[key.strip().lower()] = value.strip()
    for key in ("title", "author", "created"):
        if key not in meta:
            raise ValueError(f"{path.name}: header lacks '{key}'")
    return meta, body.splitlines()


def fixed_datetime(meta: dict[str, str]) -> dt.datetime:
    day = dt.date.fromisoformat(meta["created"])
    return dt.datetime(day.year, day.month, day.day, 9, 0, 0, tzinfo=dt.timezone.utc)


def to_latin1(text: str) -> str:
    for src, dst in ASCII_MAP.items():
        text = text.replace(src, dst)
    return text.encode("latin-1", "replace").decode("latin-1")


# --------------------------------------------------------------------------- PDF

class ReportPDF(FPDF):
    footer_text = ""

    def footer(self) -> None:  # noqa: D401 - fpdf hook
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, f"{self.footer_text} - page {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


def build_pdf(src: Path, out: Path) -> None:
    meta, lines = read_source(src)
    pdf = ReportPDF(format="A4")
    pdf.footer_text = to_latin1(meta["author"])
    pdf.set_title(to_latin1(meta["title"]))
    pdf.set_author(to_latin1(meta["author"]))
    pdf.set_subject(to_latin1(meta.get("subject", "")))
    pdf.set_keywords(to_latin1(meta.get("keywords", "")))
    pdf.set_creator("girok examples/tools/build_formats.py")
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(fixed_datetime(meta))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for raw in lines:
        line = to_latin1(raw.rstrip())
        if not line.strip():
            pdf.ln(2.5)
            continue
        if line.startswith("# "):
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(width, 7.5, line[2:].strip(), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif line.startswith("## "):
            pdf.set_font("Helvetica", "B", 11.5)
            pdf.ln(1.5)
            pdf.multi_cell(width, 6, line[3:].strip(), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif line.startswith("- "):
            pdf.set_font("Helvetica", "", 10)
            pdf.set_x(pdf.l_margin + 4)
            pdf.multi_cell(width - 4, 5.2, "- " + line[2:].strip(), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(width, 5.2, line.strip(), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


# -------------------------------------------------------------------------- DOCX

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a ZIP with fixed timestamps and attributes so builds are reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            fixed.create_system = 0
            dst.writestr(fixed, src.read(info.filename))
    return buf.getvalue()


def build_docx(src: Path, out: Path) -> None:
    meta, lines = read_source(src)
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    props = doc.core_properties
    when = fixed_datetime(meta).replace(tzinfo=None)
    props.title = meta["title"]
    props.author = meta["author"]
    props.subject = meta.get("subject", "")
    props.keywords = meta.get("keywords", "")
    props.comments = "Example report written for the girok project."
    props.category = "interview transcript"
    props.last_modified_by = meta["author"]
    props.created = when
    props.modified = when
    props.last_printed = when
    props.revision = 1
    props.language = "en"
    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("# "):
            doc.add_heading(line[2:].strip(), level=1)
        elif line.startswith("## "):
            doc.add_heading(line[3:].strip(), level=2)
        else:
            para = doc.add_paragraph()
            match = SPEAKER_RE.match(line)
            if match:
                para.add_run(match.group(1) + ":").bold = True
                para.add_run(" " + line[match.end():])
            else:
                para.add_run(line)
    buf = io.BytesIO()
    doc.save(buf)
    out.write_bytes(normalise_zip(buf.getvalue()))


# ------------------------------------------------------------------------ EUC-KR

def build_euckr(src: Path, out: Path) -> None:
    text = src.read_text(encoding="utf-8")
    out.write_bytes(text.encode("euc-kr"))  # strict: fail on any unencodable character


# -------------------------------------------------------------------------- main

def main() -> int:
    REPORTS.mkdir(parents=True, exist_ok=True)
    built: list[Path] = []
    for src in sorted(SOURCES.iterdir()):
        name = src.name
        if name.endswith(".ko.txt") or name.endswith(".ko.html"):
            stem, ext = name.rsplit(".ko.", 1)
            out = REPORTS / f"{stem}.{ext}"
            build_euckr(src, out)
        elif src.suffix == ".txt" and src.stem.startswith(PDF_PREFIXES):
            out = REPORTS / f"{src.stem}.pdf"
            build_pdf(src, out)
        elif src.suffix == ".txt" and src.stem.startswith(DOCX_PREFIXES):
            out = REPORTS / f"{src.stem}.docx"
            build_docx(src, out)
        else:
            print(f"skipping {name}", file=sys.stderr)
            continue
        built.append(out)
    for out in built:
        print(f"wrote {out.relative_to(HERE.parent.parent)} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
