"""Sentence boundaries for English reports: one simple pass, abbreviations checked after."""

from __future__ import annotations

import re

from girok.records import Span

_ABBREVIATIONS = frozenset(
    "mr ms mrs dr st no jan feb mar apr jun jul aug sep sept oct nov dec gen col lt rev vs "
    "u.s u.n pvt sgt cpl capt maj adm gov sen rep amb prof fr".split()
)
# A stop (with closing quotes or brackets) followed by white space; or a line break.
_CANDIDATE = re.compile(r"[.!?…]+[\"'”’)\]]*(?:\[\d{1,3}\])*(?=\s)|\n")  # "prisoners.[1] Since"
_NEXT_STARTS = re.compile(r"\s+[\"'“‘(\[]?[A-Z0-9\u3131-\uD7A3]")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")


def sentence_spans(text: str) -> list[Span]:
    """The sentences of `text` as spans, stripped of surrounding white space.

    A sentence ends at . ! ? (and closing quotes) before a capital, digit or quote, unless
    the word before the stop is an abbreviation or an initial; and at a line break, since
    headlines, bylines and list items carry no final stop, unless the next line goes on in
    lower case, or, in text wrapped at a width, the line runs to the margin (a wrapped line).
    """
    spans: list[Span] = []
    start = 0
    width = _wrap_width(text)
    for m in _CANDIDATE.finditer(text):
        if m.group() == "\n":
            if _wrapped_line(text, m.start()) or (width and _full_line(text, m.start(), width)):
                continue
        elif not _ends_sentence(text, m):
            continue
        _add(text, start, m.end(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _wrap_width(text: str) -> int | None:
    """The width text from a PDF is wrapped at, when it is (most lines between 50 and 120
    characters, hardly any longer); None for text with a line per paragraph."""
    lengths = [len(line) for line in text.split("\n") if line.strip()]
    if len(lengths) < _WRAPPED_LINES:
        return None
    wrapped = sorted(n for n in lengths if _WRAP_MIN <= n <= _WRAP_MAX)
    longer = sum(1 for n in lengths if n > _WRAP_MAX)
    if 2 * len(wrapped) < len(lengths) or 10 * longer > len(lengths):
        return None
    return wrapped[len(wrapped) * 9 // 10]


_WRAPPED_LINES = 6
_WRAP_MIN, _WRAP_MAX = 50, 120


def _full_line(text: str, newline: int, width: int) -> bool:
    """In wrapped text, a line that runs to the margin without a final stop goes on in the
    next ("... in the Democratic\nPeople's Republic of Korea found ..."), unless the next line
    opens an item ("2. The ...", "- ...") or is a short line with no stop (a title's second
    line)."""
    line = _line(text, text.rfind("\n", 0, newline) + 1)
    if len(line) * 4 < width * 3 or not line or line[-1] in _FINAL:
        return False
    following = _line(text, newline + 1)  # a wrapped sentence goes on to a full line or a stop
    return _ITEM_START.match(text, newline + 1) is None and bool(following) and (
        len(following) * 4 >= width * 3 or following[-1] in _FINAL)


def _line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)].rstrip()


_FINAL = ".!?:;\"”)"


_ITEM_START = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[IVX]{1,5}\.|[-•*–]|\([a-z0-9]{1,3}\))\s")


def _wrapped_line(text: str, newline: int) -> bool:
    """A line break inside a sentence (text from PDFs wraps lines): the next line goes on in
    lower case, or with a number, after a line that did not end a sentence."""
    before = text[newline - 1] if newline > 0 else "\n"
    if _OPEN_WORD.search(text, max(0, newline - 8), newline):
        return True  # "handed over to the\nSinuiju ...": no sentence ends on "the"
    after = _NEXT_LINE.match(text, newline + 1)
    if after is None:
        return False
    if after.group().lstrip()[0].isdigit():  # "in early\n2015 about ..." but not "\n2. Item"
        return before.isalpha() or before == ","
    return before not in ".!?:;\n"


_OPEN_WORD = re.compile(r"[ \t](?:the|a|an|to|of|in|at|on|by|for|from|with|and|or|into|"
                        r"its|their|his|her|was|were|is|are|has|have|had)[ \t]*\Z")
_NEXT_LINE = re.compile(r"[ \t]*(?:[a-z]|\d+(?![.)\d]))")


def _ends_sentence(text: str, m: re.Match[str]) -> bool:
    stop = m.group()
    if "!" in stop or "?" in stop:
        return True
    if not _NEXT_STARTS.match(text, m.end()):
        return False
    word = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if word is None:
        return True
    token = word.group(1).lower().rstrip(".")
    if len(token) == 1 and token.isalpha() and text[m.start() - 1].isupper():
        return False  # an initial: "Kim J. Un"
    return token not in _ABBREVIATIONS


def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))
