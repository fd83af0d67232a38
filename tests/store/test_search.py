from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from girok.ingest import ingest_paths
from girok.records import IngestOptions, SearchFilters
from girok.store import Store
from girok.store.search import QueryError, SearchQuery, fts5_match, make_snippet, parse_query

DOCS = {
    "arrest.txt": ("Arrests in Hyesan", "Security agents arrested three women in Hyesan "
                   "after phone calls to relatives abroad.", "Border Watch", "2024-03-04"),
    "camp.txt": ("Camp 16 expands", "Satellite images show the political prison camp in "
                 "Hwasong expanding; former prisoners describe forced labour.", "NK Brief",
                 "2023-07-01"),
    "missile.txt": ("Missile launch", "North Korea launched a missile into the sea on Tuesday, "
                    "officials said.", "Border Watch", "2022-01-10"),
    "release.txt": ("Prisoners released", "Hundreds of prisoners were released from the camp "
                    "after an amnesty; one was arrested again in Hyesan.", "NK Brief",
                    "2015-10-14"),
}


@pytest.fixture
def filled(store: Store, tmp_path: Path) -> Store:
    for name, (title, body, outlet, date) in DOCS.items():
        path = tmp_path / name
        path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        options = IngestOptions(outlet=outlet, published=dt.date.fromisoformat(date),
                                collection="news" if outlet == "Border Watch" else "briefs")
        list(ingest_paths(store.add_document, [path], options))
    return store


def _names(store: Store, query: str, **filters: object) -> list[str]:
    return [h.name for h in store.search(query, SearchFilters(**filters))]  # type: ignore[arg-type]


def test_stemmed_terms_all_must_match(filled: Store) -> None:
    assert sorted(_names(filled, "arrest")) == ["arrest", "release"]
    assert _names(filled, "arrests hyesan women") == ["arrest"]
    assert _names(filled, "the camp") == sorted(_names(filled, "camp"), key=_names(filled,
                                                                                   "camp").index)


def test_phrases_and_exclusions(filled: Store) -> None:
    assert _names(filled, '"political prison camp"') == ["camp"]
    assert sorted(_names(filled, "camp -amnesty")) == ["camp"]


def test_filters(filled: Store) -> None:
    assert _names(filled, "hyesan", collection="news") == ["arrest"]
    assert _names(filled, "hyesan", outlet="nk brief") == ["release"]
    assert _names(filled, "hyesan", since=dt.date(2020, 1, 1)) == ["arrest"]
    assert _names(filled, "hyesan", until=dt.date(2020, 1, 1)) == ["release"]


def test_hits_carry_highlighted_snippets(filled: Store) -> None:
    [hit] = filled.search("women hyesan")
    assert hit.title == "Arrests in Hyesan" and hit.outlet == "Border Watch"
    marked = {hit.snippet[s:e] for s, e in hit.highlights}
    assert marked == {"Hyesan", "women"}


def test_no_match_is_empty(filled: Store) -> None:
    assert filled.search("floods") == []


def test_stop_words_alone_are_refused() -> None:
    with pytest.raises(QueryError, match="nothing to search for"):
        parse_query("the of -camp")


def test_parse_query_parts() -> None:
    q = parse_query('Camp 14 "public execution" -Yodok the')
    assert q == SearchQuery(("camp", "14"), (("public", "execution"),), ("yodok",))
    assert fts5_match(q) == '"camp" AND "14" AND "public execution" NOT "yodok"'


@given(st.text())
def test_any_query_parses_or_is_refused_cleanly(text: str) -> None:
    try:
        q = parse_query(text)
    except QueryError:
        return
    assert q.terms or q.phrases
    assert all('"' not in t for t in q.terms)


@given(st.text(min_size=1), st.text(min_size=1))
def test_snippet_highlights_index_the_snippet(text: str, word: str) -> None:
    q = SearchQuery((word.lower(),), (), ())
    snippet, marks = make_snippet(text, q)
    for start, end in marks:
        assert 0 <= start < end <= len(snippet)


def test_title_and_frequency_rank_first(filled: Store) -> None:
    hits = filled.search("camp")
    assert [h.name for h in hits] == ["camp", "release"]
    assert hits[0].rank > hits[1].rank > 0
