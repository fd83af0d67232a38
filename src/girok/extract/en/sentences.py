"""Sentence boundaries for English reports: one regular-expression pass over the text."""

from __future__ import annotations

import re

from girok.records import Span

_ABBREV = (
    r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\bJan)(?<!\bFeb)(?<!\bMar)"
    r"(?<!\bApr)(?<!\bJun)(?<!\bJul)(?<!\bAug)(?<!\bSep)(?<!\bSept)(?<!\bOct)(?<!\bNov)"
    r"(?<!\bDec)(?<!\bGen)(?<!\bCol)(?<!\bLt)(?<!\bRev)(?<!\bvs)(?<!\bU\.S)(?<!\bU\.N)"
    r"(?<!\b[A-Z])"
)
# A break after . ! ? (plus closing quotes/brackets) before whitespace and a capital, digit
# or quote; or a line break (headlines, bylines and list items have no final stop).
_BOUNDARY = re.compile(
    r"(?:" + _ABBREV + r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9\u3131-\uD7A3])"
    r"|[!?][\"'”’)\]]*(?=\s)"
    r"|(?<=[.!?”\"'])(?=\s*\n)|\n)"
)


def sentence_spans(text: str) -> list[Span]:
    """The sentences of `text` as spans, stripped of surrounding white space."""
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        _add(text, start, m.end(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))
