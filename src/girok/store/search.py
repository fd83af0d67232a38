"""Full-text search: one query language, compiled to FTS5 on SQLite and tsquery on PostgreSQL.

Stop words are dropped before either engine sees the query, so both engines match the
same documents; snippets are cut in Python for the same reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import snowballstemmer
import sqlalchemy as sa

from girok.errors import GirokError
from girok.records import SearchFilters, SearchHit
from girok.store.schema import documents

_TOKEN = re.compile(r'-?"[^"]*"?|\S+')
_WORD = re.compile(r"\w+")
STOP_WORDS = frozenset(
    """
a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over
own same she should so some such than that the their theirs them themselves then there these
they this those through to too under until up very was we were what when where which while who
whom why will with would you your yours yourself yourselves
""".split()
)
SNIPPET_WORDS = 32


class QueryError(GirokError):
    """The search query has nothing to search for or is malformed."""


@dataclass(frozen=True)
class SearchQuery:
    """A parsed query: all terms and phrases must match, no excluded word may."""

    terms: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]
    excluded: tuple[str, ...]


def parse_query(query: str) -> SearchQuery:
    """Words, "quoted phrases" and -excluded words; stop words outside phrases are dropped."""
    terms: list[str] = []
    phrases: list[tuple[str, ...]] = []
    excluded: list[str] = []
    for token in _TOKEN.findall(query):
        negate = token.startswith("-") and len(token) > 1
        body = token[1:] if negate else token
        words = tuple(w.lower() for w in _WORD.findall(body))
        if not words:
            continue
        if negate:
            excluded.extend(w for w in words if w not in STOP_WORDS)
        elif body.startswith('"') and len(words) > 1:
            phrases.append(words)
        else:
            terms.extend(w for w in words if w not in STOP_WORDS)
    if not terms and not phrases:
        raise QueryError(
            f"nothing to search for in {query!r}: give at least one word that "
            "is not a stop word or an exclusion"
        )
    return SearchQuery(tuple(dict.fromkeys(terms)), tuple(phrases), tuple(excluded))


def fts5_match(q: SearchQuery) -> str:
    """The FTS5 MATCH expression for a parsed query."""
    positive = [f'"{t}"' for t in q.terms] + ['"' + " ".join(p) + '"' for p in q.phrases]
    expr = " AND ".join(positive)
    for word in q.excluded:
        expr += f' NOT "{word}"'
    return expr


def _tsquery(q: SearchQuery) -> sa.ColumnElement[Any]:
    """The tsquery for a parsed query (tsquery_and / tsquery_not are the && and !! operators)."""
    parts: list[sa.ColumnElement[Any]] = [sa.func.plainto_tsquery("english", t) for t in q.terms]
    parts += [sa.func.phraseto_tsquery("english", " ".join(p)) for p in q.phrases]
    parts += [sa.func.tsquery_not(sa.func.plainto_tsquery("english", w)) for w in q.excluded]
    expr = parts[0]
    for part in parts[1:]:
        expr = sa.func.tsquery_and(expr, part)
    return expr


def search(
    conn: sa.Connection, query: str, filters: SearchFilters, limit: int = 20, offset: int = 0
) -> list[SearchHit]:
    """Ranked documents matching `query` within `filters`, best first.

    Each engine's index decides which documents match; the rank is one portable expression
    (query-stem occurrences, title weighted, per length of text), so SQLite and PostgreSQL
    order the same hits the same way.
    """
    q = parse_query(query)
    if conn.dialect.name == "sqlite":
        fts = sa.table("documents_fts", sa.column("rowid"))
        stmt = (
            sa.select(documents.c.id, _rank(q).label("rank"))
            .select_from(documents.join(fts, fts.c.rowid == documents.c.id))
            .where(sa.literal_column("documents_fts").op("MATCH")(fts5_match(q)))
        )
    else:
        vector: sa.ColumnElement[Any] = sa.literal_column("documents.search_vector")
        stmt = sa.select(documents.c.id, _rank(q).label("rank")).where(
            vector.op("@@")(_tsquery(q))
        )
    stmt = _filtered(stmt, filters).order_by(sa.desc("rank"), documents.c.id)
    ranked = conn.execute(stmt.limit(limit).offset(offset)).all()
    return [_hit(conn, row.id, float(row.rank), q) for row in ranked]


def _rank(q: SearchQuery) -> sa.ColumnElement[Any]:
    """Occurrences of each query stem (five times in the title), per thousand characters."""
    stem = _stemmer().stemWord
    needles = [stem(t) for t in q.terms] + [" ".join(p) for p in q.phrases]
    title = sa.func.lower(sa.func.coalesce(documents.c.title, ""))
    text = sa.func.lower(documents.c.text)
    hits: sa.ColumnElement[Any] = sa.literal(0)
    for needle in dict.fromkeys(n for n in needles if n):
        hits = hits + 5 * _occurrences(title, needle) + _occurrences(text, needle)
    length = sa.func.length(documents.c.text) + 1000
    return sa.cast(hits * 1000, sa.Float) / sa.cast(length, sa.Float)


def _occurrences(column: sa.ColumnElement[Any], needle: str) -> sa.ColumnElement[Any]:
    removed = sa.func.length(column) - sa.func.length(sa.func.replace(column, needle, ""))
    return removed / len(needle)


def _filtered(stmt: sa.Select[Any], f: SearchFilters) -> sa.Select[Any]:
    if f.collection:
        stmt = stmt.where(documents.c.collection == f.collection)
    if f.outlet:
        stmt = stmt.where(sa.func.lower(documents.c.outlet) == f.outlet.lower())
    if f.since:
        stmt = stmt.where(documents.c.published >= f.since)
    if f.until:
        stmt = stmt.where(documents.c.published <= f.until)
    return stmt


def _hit(conn: sa.Connection, doc_id: int, rank: float, q: SearchQuery) -> SearchHit:
    row = conn.execute(sa.select(documents).where(documents.c.id == doc_id)).one()
    snippet, marks = make_snippet(row.text, q)
    return SearchHit(
        row.id,
        row.name,
        row.title,
        row.outlet,
        row.published,
        row.collection,
        round(rank, 6),
        snippet,
        marks,
    )


@cache
def _stemmer() -> Any:
    return snowballstemmer.stemmer("english")


def make_snippet(text: str, q: SearchQuery) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The window of the text with the most query words, and the spans of those words in it."""
    stem = _stemmer().stemWord
    wanted = {stem(w) for w in q.terms} | {stem(w) for p in q.phrases for w in p}
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    hits = [i for i, (s, e) in enumerate(words) if stem(text[s:e].lower()) in wanted]
    if not words:
        return "", ()
    first = _best_window(hits)
    lo, hi = first, min(len(words), first + SNIPPET_WORDS)
    start, end = words[lo][0], words[hi - 1][1]
    prefix = "…" if start > 0 else ""
    body = " ".join(text[start:end].split())
    suffix = "…" if end < len(text.rstrip()) else ""
    marks = []
    for m in _WORD.finditer(body):
        if stem(m.group().lower()) in wanted:
            marks.append((m.start() + len(prefix), m.end() + len(prefix)))
    return prefix + body + suffix, tuple(marks)


def _best_window(hits: list[int]) -> int:
    """The first word of the window holding the most hits, a few words before the first."""
    if not hits:
        return 0
    best, best_count, j = hits[0], 0, 0
    for i, h in enumerate(hits):
        while hits[j] < h - SNIPPET_WORDS + 4:
            j += 1
        if i - j + 1 > best_count:
            best_count, best = i - j + 1, hits[j]
    return max(0, best - 4)
