from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from girok.errors import BinaryFile, CorruptDocument, EmptyDocument
from girok.ingest.readers import detect_format, read
from girok.records import DocFormat
from tests.conftest import REPORT, make_docx, make_html, make_pdf


def _read(name: str, content: bytes):  # type: ignore[no-untyped-def]
    path = Path(name)
    return read(path, content, detect_format(path, content))


def test_text_is_kept_exactly() -> None:
    raw = "  Line one\r\nLine two\u00a0with nbsp\n\n"
    doc = _read("a.txt", raw.encode())
    assert doc.text == raw
    assert doc.title == "Line one"
    assert doc.language == "en"


def test_markdown_title_from_heading() -> None:
    doc = _read("brief.md", b"Intro line\n\n# Findings on Camp 15\n\nText.")
    assert doc.title == "Findings on Camp 15"


def test_html_main_text_and_metadata_without_boilerplate() -> None:
    doc = _read("page.html", make_html(REPORT).encode())
    assert "surnamed Choi was arrested" in doc.text
    assert "Subscribe" not in doc.text and "Cookie" not in doc.text
    assert doc.title == "Arrests in Hyesan"
    assert doc.author == "Kim Reporter"
    assert doc.outlet == "Border Watch"
    assert doc.published == dt.date(2024, 3, 4)
    assert doc.language == "en"


def test_html_in_euc_kr_is_decoded() -> None:
    body = "함경북도 회령에서 주민 세 명이 보위부에 체포되었다고 소식통이 전했다.\n\n" * 3
    html = make_html(body, title="회령 주민 체포", charset="euc-kr")
    doc = _read("ko.html", html.encode("euc-kr"))
    assert "보위부에 체포되었다" in doc.text
    assert doc.encoding == "euc_kr"


def test_html_is_recognised_without_suffix() -> None:
    assert detect_format(Path("saved"), make_html(REPORT).encode()) is DocFormat.HTML


def test_pdf_text_layer_and_metadata() -> None:
    doc = _read("brief.pdf", make_pdf(REPORT, title="Holding centres brief"))
    assert "surnamed Choi was arrested" in " ".join(doc.text.split())
    assert doc.title == "Holding centres brief"
    assert doc.author == "girok tests"


def test_corrupt_pdf_is_named() -> None:
    data = make_pdf(REPORT)[:300]
    with pytest.raises((CorruptDocument, EmptyDocument), match=r"^bad\.pdf: "):
        _read("bad.pdf", data)


def test_pdf_suffix_without_pdf_bytes() -> None:
    with pytest.raises(CorruptDocument, match="no %PDF header"):
        _read("fake.pdf", b"just some text pretending")


def test_docx_paragraphs_and_properties() -> None:
    data = make_docx(["Q: When were you arrested?", "A: In the spring of 2009, in Musan."])
    doc = _read("interview.docx", data)
    assert doc.text == "Q: When were you arrested?\nA: In the spring of 2009, in Musan."
    assert doc.title == "Interview"


def test_corrupt_docx_is_named() -> None:
    with pytest.raises(CorruptDocument, match=r"^t\.docx: corrupt DOCX"):
        _read("t.docx", b"PK\x03\x04" + b"\x00garbage" * 20)


def test_binary_with_text_suffix() -> None:
    with pytest.raises(BinaryFile):
        _read("x.txt", bytes(range(256)) * 4)


def test_korean_text_language() -> None:
    doc = _read("k.txt", "국가보위성이 주민 두 명을 체포했다.".encode())
    assert doc.language == "ko"
