"""Case-insensitive patterns run as twins over folded text find exactly what they would."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from girok.extract import caseless
from girok.extract.en import cues, lexicon

_ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
ROOT = Path(__file__).resolve().parents[2]


def _spans(pattern: str, text: str, flags: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text, flags)]


def test_folding_equates_what_ignorecase_equates() -> None:
    """Over every code point: a lower-case letter matches a character case-insensitively
    exactly when the character folds to it, and the classes patterns use agree."""
    folded = caseless.fold(_ALL)
    assert len(folded) == len(_ALL)
    letters = _spans("[a-z]", _ALL, re.IGNORECASE)
    assert letters == _spans("[a-z]", folded)
    for start, _ in letters:
        assert re.fullmatch(folded[start], _ALL[start], re.IGNORECASE)
    for cls in (r"\w", r"\s", r"\d", r"\b", r"[^a-z]"):
        assert _spans(cls, _ALL, re.IGNORECASE) == _spans(cls, folded), cls


def test_only_lower_case_patterns_get_a_twin() -> None:
    assert caseless.twin(re.compile(r"\bheld\s+in\b", re.IGNORECASE)) is not None
    assert caseless.twin(re.compile(r"\bheld\b")) is None  # case-sensitive already
    assert caseless.twin(re.compile(r"\bHeld\b", re.IGNORECASE)) is None
    assert caseless.twin(re.compile(r"\b(?-i:may)\b", re.IGNORECASE)) is None
    assert caseless.twin(re.compile(r"(a)\1", re.IGNORECASE)) is None
    assert caseless.twin(re.compile(r"\u00e9", re.IGNORECASE)) is None
    assert caseless.twin(re.compile("held", re.IGNORECASE | re.ASCII)) is None


def test_the_hot_english_patterns_have_twins() -> None:
    for pattern in (lexicon.TRIGGER_RE, lexicon.GENERIC_RE, lexicon.STRONG_GENERIC_RE,
                    lexicon.WITNESS_RE, lexicon.CUSTODY_RE, lexicon.FACILITY_KIND_RE,
                    lexicon.STATISTIC_RE, cues.FIGURE_CUE, cues.THE_CAMP):
        assert caseless.twin(pattern) is not None, pattern.pattern[:40]


@pytest.mark.parametrize("text", [
    "The İnmates were HELD in Camp 14; ſentenced, they were detained at Kwanliso No. 15.",
    "KELVIN: \u212aept in a prison camp. Σ ΣΑΣ — they were typically sent to the camp.",
    *(p.read_text("utf-8") for p in sorted((ROOT / "eval" / "examples").glob("*.txt"))[:8]),
])
def test_twins_find_the_same_spans(text: str) -> None:
    folded = caseless.fold(text)
    for pattern in (lexicon.TRIGGER_RE, lexicon.GENERIC_RE, lexicon.CUSTODY_RE,
                    lexicon.FACILITY_KIND_RE, lexicon.WITNESS_RE, cues.THE_CAMP):
        expected = [(m.span(), m.lastgroup) for m in pattern.finditer(text)]
        found = [(m.span(), m.lastgroup)
                 for m in caseless.finditer(pattern, text, folded, 0, len(text))]
        assert found == expected
