"""Shared fixtures: a store on each engine, and sample documents in every format."""

from __future__ import annotations

import datetime as dt
import io
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from girok.store import Store

PG_URL = os.environ.get("GIROK_TEST_PG", "postgresql+psycopg://root@127.0.0.1:5432/test")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "reports"


def _postgres_or_skip() -> None:
    try:
        engine = sa.create_engine(PG_URL)
        with engine.connect():
            pass
        engine.dispose()
    except sa.exc.OperationalError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but PostgreSQL at {PG_URL} is unreachable: {exc}")
        pytest.skip(f"PostgreSQL at {PG_URL} is unreachable (set CI=true to require it)")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL to a fresh, empty PostgreSQL schema, dropped afterwards."""
    _postgres_or_skip()
    schema = f"girok_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'girok.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL to an empty database, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'girok.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store(db_url) as s:
        yield s


REPORT = (
    "SEOUL, March 4, 2024 -- A woman in her 40s surnamed Choi was arrested by the Hyesan "
    "city security department last month after a phone call to her daughter in South Korea, "
    "a source in Ryanggang Province told this outlet on Thursday. She is being held at a "
    "holding centre and faces transfer to a re-education camp, the source said.\n\n"
    "Residents said at least a dozen people had been questioned since January.\n"
)


def make_pdf(text: str, title: str = "Sample brief") -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title(title)
    pdf.set_author("girok tests")
    pdf.set_creation_date(dt.datetime(2024, 3, 4, tzinfo=dt.UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def make_docx(paragraphs: list[str], title: str = "Interview") -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = "girok tests"
    for p in paragraphs:
        document.add_paragraph(p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_html(body: str, *, title: str = "Arrests in Hyesan", charset: str = "utf-8",
              date: str = "2024-03-04", site: str = "Border Watch") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="{charset}">
<title>{title} | {site}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">
<meta name="author" content="Kim Reporter">
<meta property="article:published_time" content="{date}T09:07:00+09:00">
<script>var ads = [1,2,3];</script></head><body>
<nav><a href="/">Home</a> | <a href="/politics">Politics</a> |
<a href="/subscribe">Subscribe</a></nav>
<article><h1>{title}</h1>{paragraphs}</article>
<aside>Related: Trade fair opens in Pyongyang</aside>
<footer>Copyright 2024 {site}. All rights reserved. Cookie settings.</footer></body></html>"""
