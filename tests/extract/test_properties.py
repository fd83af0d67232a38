"""Whatever the text, extraction does not crash and every span indexes the text exactly."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from girok.extract.contract import document_json
from girok.extract.engine import extract

PIECES = [
    "Two women were arrested in Hyesan last year.", "He was sent to Camp 14 in 2009.",
    "SEOUL, Oct. 14 (UPI) -- ", "The Bowibu tortured him.", "released", "Amnesty",
    "hundreds of prisoners at Kaechon internment camp No. 14 were let go", "\n\n", "?",
    "보위부에 체포되었다.", "Oct. 8-9", "80,000-120,000", " the political prison camp in Chongjin",
    "Q: Where were you taken?\nA: To the holding centre in Onsong.", "over the weekend",
    "in the first half of 2021", "North Koreans who were detained in China were pardoned",
    "Weekend", "held until 2003", "killings, disappearances, arrests", "The returnees were ",
    "GENEVA (27 February 2024) – ", "Country Report on Human Rights Practices 2022\n",
    "have arrested 20 people since January", "I was there for 40 days.", "His wife has been ",
    "the execution, which took place on", "after his release", "if discovered",
    "he saw at least ten executions", "Pvt. ", "two months of preliminary examination at the ",
    "North Korea deported", "when she was 13", "sent back to the North",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=12).map(
    "".join)


@settings(max_examples=300, deadline=None)
@given(texts, st.one_of(st.none(), st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31))))
def test_spans_index_the_text_and_never_crash(text: str, published: dt.date | None) -> None:
    x = extract(text, published=published)
    for e in x.events:
        assert e.evidence
        for s in e.evidence:
            assert 0 <= s.start < s.end <= len(text)
            assert s.end - s.start <= 500
        if e.date.earliest and e.date.latest:
            assert e.date.earliest <= e.date.latest
    for f in x.figures:
        for s in f.evidence:
            assert 0 <= s.start < s.end <= len(text)
    document_json(x, text)  # the output contract validates every field


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_unicode(text: str) -> None:
    extract(text)
