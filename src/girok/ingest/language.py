"""A document's language from its script: Hangul-heavy text is Korean, else English."""

from __future__ import annotations

_SAMPLE = 20_000


def detect_language(text: str) -> str:
    """'ko' when Hangul makes up over a fifth of the letters of the text, else 'en'."""
    sample = text[:_SAMPLE]
    letters = sum(1 for ch in sample if ch.isalpha())
    hangul = sum(1 for ch in sample if "\uac00" <= ch <= "\ud7a3" or "\u1100" <= ch <= "\u11ff")
    return "ko" if letters and hangul / letters > 0.2 else "en"
