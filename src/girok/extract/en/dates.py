"""Temporal expressions in English reports, resolved against the publication date (spec 3.1).

`find_times` returns every date, month, year, season, decade, relative expression ("last
year", "on the 21st", "said Thursday", "ten years ago"), range ("between 2011 and 2014") and
duration ("for ten years") in a text. Each mention has two readings: `past`, for an event
reported as having happened (a month or day is then the latest one on or before
publication), and `future`, for one the authorities announced (the next one on or after).
Ranges are calendar units as stated; clipping a reported event to the publication date is
the engine's job. Expressions that need a publication date resolve to DateRange(None, None)
when there is none.

Documented choices where the spec is silent: "in recent days" is the 14 days up to
publication, "in recent weeks" 42 days, "in recent months" 183 days; "last week" is the
Monday-to-Sunday week before publication's; "more than ten years ago" has no earliest
bound; "a few" or "several" days or weeks ago are two to nine of them back, months or years
ago only end two back; "last summer" is the summer of the previous year, like "last March";
numeric dates with slashes are month/day/year unless the first number exceeds 12, with dots
day.month.year.

`find_publication_date` reads the date a report states it was published from its opening
(datelines, bylines, labelled or lone date lines) or a labelled byline near its end.

Speed: the text is never walked token by token in Python. One C-level pass collects its
words; only the anchor words that occur (month and weekday names, "year", "summer",
"today"...) are located with literal searches, digits with one character-class search, and
each anchor is parsed with patterns anchored on it (right) and ending at it (left).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from girok.extract.en.counts import (
    ONES,
    TENS,
    WORD_NUMBER,
    alternation,
    last_word,
    left_pattern,
    word_value,
)
from girok.records import DateRange, TimeMention

NONE = DateRange()

MONTHS: dict[str, int] = {
    name.lower(): i for i, name in enumerate(calendar.month_name) if name
} | {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
     "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.day_name)}
SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
UNIT_DAYS: dict[str, int] = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650}
RECENT_DAYS: dict[str, int] = {"days": 14, "weeks": 42, "months": 183}

# --- pattern fragments -----------------------------------------------------------------------

_FULL_MONTH = "|".join(n for n in calendar.month_name if n)
_ABBR_MONTH = "Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_WEEKDAY = "|".join(calendar.day_name)


def _month_group(name: str, full_only: bool = False) -> str:
    """A month name (capitalised) in a group called `name`; abbreviations may end in a dot."""
    abbr = "" if full_only else rf"|(?:{_ABBR_MONTH})(?![A-Za-z])\.?"
    return rf"(?P<{name}>(?:{_FULL_MONTH})(?![A-Za-z]){abbr})"


def _day_group(name: str) -> str:
    """A day of the month, 1 to 31, with an optional ordinal suffix, in group `name`."""
    return rf"(?P<{name}>3[01]|[12][0-9]|0?[1-9])(?![0-9])(?:st|nd|rd|th)?(?![A-Za-z0-9]|:[0-9])"


def _year_group(name: str) -> str:
    """A four-digit year from 1800 to 2199 in group `name`."""
    return rf"(?P<{name}>1[89][0-9]{{2}}|2[01][0-9]{{2}})(?![0-9])"


_TO = r"(?:\s*[-–—]\s*|\s+(?:to|through|until|till|and|or|&)\s+)"
_PREP_WORDS = (
    "in", "on", "during", "since", "until", "till", "by", "before", "after", "from", "of",
    "between", "through", "throughout", "around", "circa", "at", "as of", "over",
)
_PREP = alternation(_PREP_WORDS)
_PARTS = (
    r"[Ee]arly|[Mm]id|[Ll]ate|(?:[Bb]eginning|[Ss]tart|[Mm]iddle|[Ee]nd)\s+of|"
    r"(?:[Ff]irst|[Ss]econd|[Ll]atter|[Ll]ast)\s+half\s+of|"
    r"(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ll]ast)\s+quarter\s+of"
)
_PART = rf"(?P<part>{_PARTS})(?:\s*-\s*|\s+)"
# A month also has weeks: "the first week of May" is May 1-7.
_MONTH_PART = (rf"(?P<part>{_PARTS}|(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ll]ast)\s+week"
               r"\s+of)(?:\s*-\s*|\s+)")
_REL = r"(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+"
_QUAL = alternation(
    ("about", "around", "approximately", "roughly", "some", "nearly", "almost", "over",
     "more than", "less than", "at least", "just over", "just under", "close to", "up to",
     "well over", "an estimated", "only", "just")
)
_AMOUNT = (
    rf"(?:[0-9]{{1,3}}(?:\.[0-9]+)?(?![0-9])|{WORD_NUMBER}|[Aa]\s+few|[Ss]everal|[Aa]n?"
    r"|[Hh]alf\s+an?|[Aa]\s+couple\s+of)"
)

# Right-hand parsers: each matches at the anchor it is named after.
_MON, _MON_FULL, _MON2 = (_month_group("mon"), _month_group("mon", True),
                          _month_group("mon2", True))
_D, _D1, _D2 = _day_group("d"), _day_group("d1"), _day_group("d2")
_Y = _year_group("y")
_MDY_RANGE = re.compile(rf"{_MON}\s*{_D1}{_TO}{_D2}(?:,?\s*{_Y})?")
_MDY = re.compile(rf"{_MON}\s*{_D},?\s*{_Y}")
_MY = re.compile(rf"{_MON},?\s+(?:of\s+)?{_Y}")
_MD = re.compile(rf"{_MON}\s*{_D}")
_MM = re.compile(rf"{_MON_FULL}{_TO}{_MON2}(?:,?\s+(?:of\s+)?{_Y})?")
_MONTH = re.compile(_MON_FULL)
_ISO = re.compile(
    rf"{_Y}(?P<sep>[-./])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9])"
)
_NUMERIC = re.compile(rf"(?P<a>[0-9]{{1,2}})(?P<sep>[/.])(?P<b>[0-9]{{1,2}})(?P=sep){_Y}")
_DMY_RANGE = re.compile(rf"{_D1}\s*[-–—]\s*{_D2}\s+(?:of\s+)?{_MON}(?:,?\s*{_Y})?")
_DMY = re.compile(rf"{_D},?\s+(?:of\s+)?{_MON},?\s*{_Y}")
_DM = re.compile(rf"{_D}\s+(?:of\s+)?{_MON}")
_ORDINAL = re.compile(
    r"(?P<d>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)(?![A-Za-z0-9])"
    r"(?:\s+of\s+(?P<which>this|last|next|the)\s+month(?![A-Za-z]))?"
)
_ORDINAL_NOT = re.compile(
    rf"\s+(?:of\s+)?(?:{_FULL_MONTH}|{_ABBR_MONTH})(?![a-z])|\s*-?\s*(?:century|centuries|"
    r"anniversary|birthday|time|times|floor|day|annual|session|congress|plenary|meeting|"
    r"edition|round|year|grade|place|party|person|largest|biggest|most|[A-Z])"
)
_DECADE = re.compile(r"(?P<y>1[89][0-9]0|20[0-9]0)['’]?s(?![A-Za-z0-9])")
_YEAR_PAIR = re.compile(rf"{_Y}\s*[-–—/]\s*(?P<y2>[0-9]{{2}})(?![0-9])")
_YEAR = re.compile(rf"{_Y}(?![.,/:][0-9]|\w|\s*(?:%|percent|per\s+cent))")
_UNIT = re.compile(
    r"(?P<unit>year|decade|month|week|day)(?P<plural>s)?(?![A-Za-z])"
    r"(?P<half>\s+and\s+a\s+half)?(?P<ago>\s+ago(?![A-Za-z]))?(?P<of>\s+of(?![A-Za-z]))?"
    r"(?P<before_last>\s+before\s+last(?![A-Za-z]))?"
)
_SEASON = re.compile(
    rf"(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?![A-Za-z])"
    rf"(?:(?:\s+of)?,?\s+{_Y}|\s+of\s+(?P<rel_year>last|this|next)\s+year(?![A-Za-z])"
    rf"|(?P<of>\s+of(?![A-Za-z])))?"
)
_WEEKDAY_RE = re.compile(
    rf"(?P<wd>{_WEEKDAY})(?![A-Za-z])(?:\s+(?:morning|afternoon|evening|night)(?![A-Za-z]))?"
)
_DEICTIC = re.compile(r"(?P<w>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)(?![A-Za-z])")

# Left-hand parsers: each ends at the anchor (searched in a short window before it).
_CTX = rf"(?:(?<![A-Za-z])(?P<ctx>{_PREP})\s+)?"
_LEFT_DATE = left_pattern(rf"{_CTX}(?P<body>(?:(?P<wd>{_WEEKDAY}),?\s+)?)\Z")
_LEFT_YEAR = left_pattern(rf"{_CTX}(?P<body>(?:(?P<the>[Tt]he)\s+)?(?:{_PART})?)\Z")
_THIS_PAST = r"(?P<this_past>[Tt]his\s+past)\s+"  # the latest one by publication
_LEFT_MONTH = left_pattern(
    rf"{_CTX}(?P<body>(?:(?P<wd>{_WEEKDAY}),?\s+)?|(?:[Tt]he\s+)?{_MONTH_PART}|{_THIS_PAST}"
    rf"|{_REL})\Z"
)
_LEFT_SEASON = left_pattern(
    rf"{_CTX}(?P<body>(?:(?P<the>[Tt]he|[Tt]hat)\s+)?(?:{_PART})?|{_THIS_PAST}|{_REL})\Z"
)
_LEFT_WEEKDAY = left_pattern(
    r"(?:(?<![A-Za-z])(?P<ctx>[Oo]n|[Ss]aid|[Ss]ince|[Uu]ntil|[Bb]y|[Ll]ast|[Tt]his|[Nn]ext|"
    r"[Ff]rom|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Oo]n\s+(?:last|this|next))\s+)?(?P<body>)\Z"
)
_LEFT_ORDINAL = left_pattern(
    r"(?:(?<![A-Za-z])(?P<ctx>[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|"
    r"[Ff]rom|[Oo]f|[Ii]n)\s+)?(?P<body>(?:(?<![A-Za-z])[Tt]he\s+)?)\Z"
)
_LEFT_UNIT = left_pattern(
    r"(?:(?<![A-Za-z])(?P<ctx>[Ff]or|[Aa]fter|[Ww]ithin|[Ss]pent|[Ss]erved|[Ll]asting|[Ii]n|"
    r"[Oo]ver|[Dd]uring|[Tt]hroughout|[Ss]ince|[Uu]ntil|[Bb]y|[Oo]f|[Ff]rom|[Oo]n)\s+)?"
    r"(?P<body>"
    r"(?:(?<![A-Za-z])[Tt]he\s+(?P<pastw>past|last|previous)\s+)?"
    rf"(?:(?<![A-Za-z])(?P<qual>{_QUAL})\s+)?(?<![A-Za-z])(?P<num>{_AMOUNT})\s+"
    r"|(?<![A-Za-z])[Tt]he\s+(?P<pastw2>past|last|previous)\s+"
    r"|(?<![A-Za-z])(?P<recent>[Rr]ecent)\s+"
    r"|(?<![A-Za-z])(?P<ea>[Ee]arlier|[Ll]ater)\s+(?P<rel2>this|last|next)\s+"
    r"|(?<![A-Za-z])(?P<part>[Ee]arly|[Mm]id|[Ll]ate|(?:[Tt]he\s+)?(?:[Bb]eginning|[Ss]tart|"
    r"[Mm]iddle|[Ee]nd)\s+of|(?:[Tt]he\s+)?(?:[Ff]irst|[Ss]econd|[Ll]atter|[Ll]ast)\s+half\s+of|"
    r"(?:[Tt]he\s+)?(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ll]ast)\s+quarter\s+of)"
    r"(?:\s*-\s*|\s+)(?P<rel3>this|last|next|the)\s+"
    r"|(?<![A-Za-z])(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+"
    r"|(?<![A-Za-z])(?P<prev>[Pp]revious|[Pp]rior)\s+"
    r")?\Z"
)
_LEFT_RANGE = left_pattern(r"(?<![A-Za-z])(?P<w>[Bb]etween|[Ff]rom)\s+\Z")
_IN_YEARS = re.compile(r"(?:[Ii]n|[Dd]uring)\s+[0-9]")
_IN_YEARS_BEFORE = re.compile(r"(?<![A-Za-z])(?:[Ii]n|[Dd]uring)\s+\Z")
_JOIN = re.compile(r"\s*[-–—]\s*|\s+(?:to|until|till|through|and|or)\s+")
_YEAR_NOUN = re.compile(r"\s+(?P<w>[A-Za-z]+)")
_DIGITS = re.compile(r"[0-9](?<![0-9A-Za-z][0-9])[0-9]*")
_WORDS = re.compile(r"[A-Za-z]+")

# Words that make a preceding four-digit number a count, not a year ("2000 people").
_COUNT_NOUNS = frozenset(
    """people persons prisoners inmates detainees defectors escapees refugees residents men
    women children families households guards soldiers workers students citizens victims
    officials members cases dollars won yuan tons tonnes km kilometers kilometres miles meters
    metres feet ft volts troops units copies pages times""".split()
)
_SPAN_CTX = frozenset(("in", "on", "during"))
_YEAR_CTX = frozenset(
    ("in", "during", "since", "until", "till", "by", "before", "after", "from", "of",
     "between", "through", "throughout", "around", "circa", "as of")
)
_WINDOW = 40
# Words that can end a left context (prepositions, "the", "early", "last", qualifiers,
# numbers, weekdays before a date): before any other word no left pattern is searched.
_LEFT_WORDS = frozenset(
    (*_PREP_WORDS, *(w.split()[-1] for w in _PREP_WORDS), *ONES, *TENS, *WEEKDAYS,
     *"""the early mid late of last this next past previous recent said a an half for after
     within spent served lasting about around approximately roughly some nearly almost over
     than least just to estimated only earlier later beginning start middle end few
     several that""".split())
)
_MAX_DAY = {2: 29, 4: 30, 6: 30, 9: 30, 11: 30}


# --- candidates --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Time:
    """A temporal expression found at one anchor, before overlaps are settled."""

    start: int
    end: int
    past: DateRange
    future: DateRange
    precision: str
    duration: int | None = None
    month: int | None = None  # set when a month (and day) is stated without a year
    day: int | None = None
    yearless: bool = False  # its year was not stated: inferred from publication


@dataclass(frozen=True)
class _Ctx:
    """What every parser needs: the text, the searched bounds and the publication date."""

    text: str
    lo: int
    hi: int
    pub: dt.date | None

    def left(self, pattern: re.Pattern[str], s: int) -> re.Match[str]:
        """The longest match of `pattern` ending at `s`; searched only after a context word."""
        word = last_word(self.text, self.lo, s)
        if word in _LEFT_WORDS or word.rsplit("-", 1)[-1] in _LEFT_WORDS or word.isdigit():
            m = pattern.search(self.text, max(self.lo, s - _WINDOW), s)
        else:
            m = pattern.match(self.text, s, s)
        assert m is not None
        return m


def find_times(
    text: str, published: dt.date | None, start: int = 0, end: int | None = None
) -> list[TimeMention]:
    """Every temporal expression in text[start:end], non-overlapping (longest wins), sorted."""
    lo = max(0, min(start, len(text)))
    hi = len(text) if end is None else max(0, min(end, len(text)))
    if lo >= hi:
        return []
    if isinstance(published, dt.datetime):
        published = published.date()
    ctx = _Ctx(text, lo, hi, published)
    found: list[_Time] = []
    for m in _DIGITS.finditer(text, lo, hi):
        if m.start() > lo and text[m.start() - 1].isalpha():
            continue  # glued to a word in another script ("제16호")
        for parser in _digit_parsers(text, m.end(), m.end() - m.start()):
            _add(found, ctx, parser, m.start())
    present = _ANCHORS.intersection(_WORDS.findall(text, lo, hi))
    for key in sorted({_ANCHOR_KEY[w] for w in present}):
        finder, parsers = _SCANNERS[key]
        for m in finder.finditer(text, lo, hi):
            s = m.start()
            if s > lo and text[s - 1].isalpha():
                continue
            for parser in parsers:
                _add(found, ctx, parser, s)
    kept = _join_ranges(ctx, _longest_first(found))
    mentions = [
        TimeMention(t.start, t.end, text[t.start : t.end], t.past, t.future, t.duration,
                    t.precision, t.yearless)
        for t in kept
    ]
    return _year_qualified(text, mentions, published)


_YEAR_QUALIFIER = re.compile(r"\s*,?\s*(?:of\s+)?(?P<which>last|this|the\s+previous|the\s+same)"
                             r"\s+year\b", re.IGNORECASE)


def _year_qualified(text: str, mentions: list[TimeMention],
                    published: dt.date | None) -> list[TimeMention]:
    """Join "April" + "last year" into April of the previous year (and "this year")."""
    out: list[TimeMention] = []
    i = 0
    while i < len(mentions):
        t = mentions[i]
        m = _YEAR_QUALIFIER.match(text, t.end)
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (m and nxt is not None and nxt.start < m.end() and published is not None
                and t.precision in ("day", "month", "range", "season")
                and t.past.earliest is not None and t.past.latest is not None
                and m["which"].lower() != "the same"):
            year = published.year - (1 if m["which"].lower() != "this" else 0)
            shift = year - t.past.earliest.year
            rng = DateRange(_shift_year(t.past.earliest, shift), _shift_year(t.past.latest, shift))
            out.append(TimeMention(t.start, nxt.end, text[t.start : nxt.end], rng, rng, None,
                                   t.precision))
            i += 2
            continue
        out.append(t)
        i += 1
    return out


def _shift_year(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


_Parser = Callable[[_Ctx, int], _Time | None]


def _add(found: list[_Time], ctx: _Ctx, parser: _Parser, s: int) -> None:
    """Run one parser at anchor `s`; dates out of the calendar's range are dropped."""
    try:
        t = parser(ctx, s)
    except (ValueError, OverflowError):
        return
    if t is not None and ctx.lo <= t.start < t.end <= ctx.hi:
        found.append(t)


def _longest_first(found: list[_Time]) -> list[_Time]:
    """Non-overlapping expressions, the longer winning, in text order."""
    kept: list[_Time] = []
    starts: list[int] = []
    for t in sorted(found, key=lambda t: (t.start - t.end, t.start, t.precision)):
        i = bisect.bisect_left(starts, t.start)
        if (i == 0 or kept[i - 1].end <= t.start) and (i == len(kept) or t.end <= starts[i]):
            kept.insert(i, t)
            starts.insert(i, t.start)
    return kept


# --- calendar helpers ----------------------------------------------------------------------------


def _last_day(year: int, month: int) -> int:
    """The number of days in that month."""
    return calendar.monthrange(year, month)[1]


def _month_range(year: int, month: int, first: int = 1, last: int | None = None) -> DateRange:
    """Days `first`..`last` (default: the month's end) of a month."""
    end = _last_day(year, month)
    return DateRange(dt.date(year, month, first), dt.date(year, month, min(last or end, end)))


def _year_range(year: int, first: tuple[int, int] = (1, 1), last: tuple[int, int] = (12, 31)
                ) -> DateRange:
    """A year, or the part of it between two (month, day) pairs."""
    return DateRange(dt.date(year, *first), dt.date(year, *last))


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """The (year, month) `delta` months away."""
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _day_on_or_before(pub: dt.date, month: int, day: int) -> dt.date:
    """The latest `month`/`day` on or before publication (Feb 29 goes back to a leap year)."""
    for year in range(pub.year, pub.year - 9, -1):
        if day <= _last_day(year, month) and dt.date(year, month, day) <= pub:
            return dt.date(year, month, day)
    raise ValueError("no such day")


def _month_past(pub: dt.date, month: int) -> int:
    """The year of the latest `month` that began on or before publication."""
    return pub.year if month <= pub.month else pub.year - 1


def _month_future(pub: dt.date, month: int) -> int:
    """The year of the next `month` that has not ended before publication."""
    return pub.year if month >= pub.month else pub.year + 1


def _week(monday: dt.date) -> DateRange:
    """The Monday-to-Sunday week starting at `monday`."""
    return DateRange(monday, monday + dt.timedelta(days=6))


def _both(r: DateRange) -> tuple[DateRange, DateRange]:
    """The same range for both readings (an absolute expression)."""
    return r, r


def _time(start: int, end: int, readings: tuple[DateRange, DateRange], precision: str,
          month: int | None = None, day: int | None = None) -> _Time:
    """A candidate from its span, its (past, future) readings and its precision."""
    return _Time(start, end, readings[0], readings[1], precision, None, month, day,
                 month is not None)


def _span_start(left: re.Match[str], s: int, used: bool = True) -> int:
    """Where an expression starts: its used left part, with "in"/"on"/"during" before it."""
    body = left.start("body") if used and left.group("body") else s
    ctx = left.group("ctx")
    adjacent = used or not left.group("body")
    if ctx and adjacent and " ".join(ctx.lower().split()) in _SPAN_CTX:
        return left.start("ctx")
    return body


def _ctx_word(left: re.Match[str]) -> str:
    """The lower-cased preposition before an expression, or ""."""
    return " ".join((left.group("ctx") or "").lower().split())


# --- anchors: digits -------------------------------------------------------------------------


def _iso(ctx: _Ctx, s: int) -> _Time | None:
    """ "2025-05-28", "2025.05.28", "2025/05/28"."""
    m = _ISO.match(ctx.text, s, ctx.hi)
    if m is None:
        return None
    day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    left = ctx.left(_LEFT_DATE, s)
    return _time(_span_start(left, s), m.end(), _both(DateRange(day, day)), "day")


def _numeric(ctx: _Ctx, s: int) -> _Time | None:
    """ "05/28/2025" (month first unless it exceeds 12) and "28.05.2025" (day first)."""
    m = _NUMERIC.match(ctx.text, s, ctx.hi)
    if m is None:
        return None
    a, b = int(m["a"]), int(m["b"])
    month_first = (m["sep"] == "/" and a <= 12) or (m["sep"] == "." and b > 12)
    month, day = (a, b) if month_first else (b, a)
    when = dt.date(int(m["y"]), month, day)
    left = ctx.left(_LEFT_DATE, s)
    return _time(_span_start(left, s), m.end(), _both(DateRange(when, when)), "day")


def _day_month(ctx: _Ctx, s: int) -> _Time | None:
    """ "28 May 2025", "8-9 October 2015", "6th of March", "28 May" (resolved)."""
    for pattern in (_DMY_RANGE, _DMY, _DM):
        m = pattern.match(ctx.text, s, ctx.hi)
        if m is not None:
            break
    else:
        return None
    groups = m.groupdict()
    month = MONTHS[m["mon"].lower().rstrip(".")]
    first = int(groups.get("d") or groups["d1"])
    last = int(groups.get("d2") or first)
    left = ctx.left(_LEFT_DATE, s)
    return _dated(ctx, _span_start(left, s), m.end(), month, first, last, groups.get("y"))


def _dated(ctx: _Ctx, start: int, end: int, month: int, first: int, last: int,
           year: str | None) -> _Time | None:
    """A day or a run of days in a month, with a stated year or resolved against publication."""
    if last < first:
        return None
    precision = "day" if first == last else "range"
    if year is not None:
        r = _month_range(int(year), month, first, last)
        if r.latest is None or r.latest.day != last:
            return None
        return _time(start, end, _both(r), precision)
    if first > _MAX_DAY.get(month, 31):
        return None
    if ctx.pub is None:
        return _time(start, end, (NONE, NONE), precision, month, first)
    begin = _day_on_or_before(ctx.pub, month, first)
    past = _month_range(begin.year, month, first, last)
    return _time(start, end, (past, _run_on_or_after(ctx.pub, month, first, last)), precision,
                 month, first)


def _run_on_or_after(pub: dt.date, month: int, first: int, last: int) -> DateRange:
    """The next days `first`..`last` of `month` that have not all passed by publication."""
    for year in range(pub.year, pub.year + 9):
        end = _last_day(year, month)
        if first <= end and dt.date(year, month, min(last, end)) >= pub:
            return _month_range(year, month, first, last)
    raise ValueError("no such day")


def _ordinal(ctx: _Ctx, s: int) -> _Time | None:
    """ "on the 21st": that day of the publication month, or the month before when later."""
    m = _ORDINAL.match(ctx.text, s, ctx.hi)
    if m is None or (m["which"] is None and _ORDINAL_NOT.match(ctx.text, m.end(), ctx.hi)):
        return None
    left = ctx.left(_LEFT_ORDINAL, s)
    if not left.group("body"):
        return None
    start = left.start("ctx") if _ctx_word(left) == "on" else left.start("body")
    day = int(m["d"])
    pub = ctx.pub
    if pub is None:
        return _time(start, m.end(), (NONE, NONE), "day")
    which = m["which"]
    if which in ("this", "the", "last", "next"):
        year, month = _shift_month(pub.year, pub.month, {"last": -1, "next": 1}.get(which, 0))
        r = _month_range(year, month, day, day)
        return _time(start, m.end(), _both(r), "day") if r.latest == r.earliest else None
    return _time(start, m.end(), (_nth_back(pub, day), _nth_ahead(pub, day)), "day")


def _nth_back(pub: dt.date, day: int) -> DateRange:
    """The latest `day`-th of a month on or before publication."""
    year, month = pub.year, pub.month
    for _ in range(3):
        if day <= _last_day(year, month) and dt.date(year, month, day) <= pub:
            return DateRange(dt.date(year, month, day), dt.date(year, month, day))
        year, month = _shift_month(year, month, -1)
    return NONE


def _nth_ahead(pub: dt.date, day: int) -> DateRange:
    """The next `day`-th of a month on or after publication."""
    year, month = pub.year, pub.month
    for _ in range(3):
        if day <= _last_day(year, month) and dt.date(year, month, day) >= pub:
            return DateRange(dt.date(year, month, day), dt.date(year, month, day))
        year, month = _shift_month(year, month, 1)
    return NONE


def _decade(ctx: _Ctx, s: int) -> _Time | None:
    """ "the 1990s", "the early 1980s" (…0-…3), "mid-1990s" (…4-…6), "late 1990s" (…7-…9)."""
    m = _DECADE.match(ctx.text, s, ctx.hi)
    if m is None:
        return None
    base = int(m["y"])
    left = ctx.left(_LEFT_YEAR, s)
    part = _part_word(left.group("part"))
    first, last = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(part, (0, 9))
    r = DateRange(dt.date(base + first, 1, 1), dt.date(base + last, 12, 31))
    return _time(_span_start(left, s), m.end(), _both(r), "decade")


def _year_pair(ctx: _Ctx, s: int) -> _Time | None:
    """ "2014-15", "2014/15": the two years."""
    m = _YEAR_PAIR.match(ctx.text, s, ctx.hi)
    if m is None:
        return None
    first = int(m["y"])
    last = first // 100 * 100 + int(m["y2"])
    if not first < last <= first + 20:
        return None
    left = ctx.left(_LEFT_YEAR, s)
    r = DateRange(dt.date(first, 1, 1), dt.date(last, 12, 31))
    return _time(_span_start(left, s, False), m.end(), _both(r), "range")


def _year(ctx: _Ctx, s: int) -> _Time | None:
    """ "2014", "in 2014", "early 2015", "mid-2015", "late 2015", "the end of 2015"."""
    m = _YEAR.match(ctx.text, s, ctx.hi)
    if m is None or (s > 0 and ctx.text[s - 1] in "$€£¥₩#№"):
        return None
    year = int(m["y"])
    left = ctx.left(_LEFT_YEAR, s)
    part = _part_word(left.group("part"))
    if part:
        r = _year_part(year, part)
        return _time(_span_start(left, s), m.end(), _both(r), "range")
    if _ctx_word(left) == "in" and not left.group("body"):  # "early in 2012"
        before = _PART_BEFORE_IN.search(ctx.text, max(ctx.lo, left.start("ctx") - 8),
                                        left.start("ctx"))
        if before is not None:
            r = _year_part(year, before["part"].lower())
            return _time(before.start("part"), m.end(), _both(r), "range")
    floor = 1800 if _ctx_word(left) in _YEAR_CTX and not left.group("body") else 1945
    if not floor <= year <= 2100:
        return None
    noun = _YEAR_NOUN.match(ctx.text, m.end(), ctx.hi)
    if noun is not None and noun["w"].lower() in _COUNT_NOUNS:
        return None
    if _THE_BEFORE_YEAR.search(ctx.text, max(ctx.lo, s - 8), s) and \
            _NAMED_AFTER.match(ctx.text, m.end(), ctx.hi):
        return None  # "the 2020 Reactionary Ideology and Culture Rejection Act": a name
    return _time(_span_start(left, s, False), m.end(), _both(_year_range(year)), "year")


_THE_BEFORE_YEAR = re.compile(r"(?<![A-Za-z])(?:[Tt]he|[Ii]ts|[Aa]|[Tt]heir)\s+\Z")
# A year that begins the name of a law, a report or an event names it; it dates nothing.
_NAMED_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+(?:(?:and|of|on|for|the)\s+)?){0,7}(?:Act|Law|Code|Convention|"
    r"Olympics|Games|World\s+Cup|Resolution|Constitution|Summit|Agreement)\b")


_PART_BEFORE_IN = re.compile(r"(?<![A-Za-z])(?P<part>[Ee]arly|[Ll]ate)\s+\Z")


def _part_word(part: str | None) -> str:
    """ "early", "mid" or "late" for a part of a period ("the end of" is late), or ""."""
    if part is None:
        return ""
    words = [w for w in part.lower().split() if w != "the"]
    if words[1:2] in (["half"], ["quarter"], ["week"]):
        return " ".join(words[:2])  # "first half", "third quarter", "first week"
    return {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}.get(
        words[0], words[0]
    )


def _year_part(year: int, part: str) -> DateRange:
    """Spec 3.1: early Jan 1-Apr 30, mid May 1-Aug 31, late Sep 1-Dec 31; halves and
    quarters of the year."""
    first, last = _YEAR_PARTS[part]
    return _year_range(year, first, last)


_YEAR_PARTS = {
    "early": ((1, 1), (4, 30)), "mid": ((5, 1), (8, 31)), "late": ((9, 1), (12, 31)),
    "first half": ((1, 1), (6, 30)), "second half": ((7, 1), (12, 31)),
    "latter half": ((7, 1), (12, 31)), "last half": ((7, 1), (12, 31)),
    "first quarter": ((1, 1), (3, 31)), "second quarter": ((4, 1), (6, 30)),
    "third quarter": ((7, 1), (9, 30)), "fourth quarter": ((10, 1), (12, 31)),
    "last quarter": ((10, 1), (12, 31)),
}


def _month_part(year: int, month: int, part: str) -> DateRange:
    """Early 1-10, mid 11-20, late 21-end of a month, its halves; the whole month without a
    part."""
    first, last = {"early": (1, 10), "mid": (11, 20), "late": (21, 31), "first half": (1, 15),
                   "second half": (16, 31), "latter half": (16, 31), "last half": (16, 31),
                   "first week": (1, 7), "second week": (8, 14), "third week": (15, 21),
                   "fourth week": (22, 28)}.get(part, (1, 31))
    if part == "last week":
        first = _last_day(year, month) - 6
    return _month_range(year, month, first, last)


# --- anchors: month names ----------------------------------------------------------------------


def _month(ctx: _Ctx, s: int) -> _Time | None:
    """A month-name expression: full date, day range, month-year, month-day, bare month."""
    best: _Time | None = None
    for parser in (_month_day_range, _month_day_year, _month_year, _month_day, _month_span,
                   _bare_month):
        t = parser(ctx, s)
        if t is not None and (best is None or t.end - t.start > best.end - best.start):
            best = t
    return best


def _month_number(m: re.Match[str], group: str = "mon") -> int:
    """The month a matched name stands for."""
    return MONTHS[m[group].lower().rstrip(".")]


def _month_day_year(ctx: _Ctx, s: int) -> _Time | None:
    """ "May 28, 2025", "Oct. 14, 2015", "Tuesday, March 6th, 2012"."""
    m = _MDY.match(ctx.text, s, ctx.hi)
    if m is None:
        return None
    day = dt.date(int(m["y"]), _month_number(m), int(m["d"]))
    left = ctx.left(_LEFT_DATE, s)
    return _time(_span_start(left, s), m.end(), _both(DateRange(day, day)), "day")


def _month_day_range(ctx: _Ctx, s: int) -> _Time | None:
    """ "Oct. 8-9", "October 8 to 9, 2015"."""
    m = _MDY_RANGE.match(ctx.text, s, ctx.hi)
    if m is None:
        return None
    left = ctx.left(_LEFT_DATE, s)
    return _dated(ctx, _span_start(left, s), m.end(), _month_number(m), int(m["d1"]),
                  int(m["d2"]), m["y"])


def _month_day(ctx: _Ctx, s: int) -> _Time | None:
    """ "August 1", "Oct. 14": the latest on or before publication, or the next for `future`."""
    m = _MD.match(ctx.text, s, ctx.hi)
    if m is None:
        return None
    left = ctx.left(_LEFT_DATE, s)
    day = int(m["d"])
    return _dated(ctx, _span_start(left, s), m.end(), _month_number(m), day, day, None)


def _month_year(ctx: _Ctx, s: int) -> _Time | None:
    """ "July 2014", "in early October 2015", "the end of May 2014"."""
    m = _MY.match(ctx.text, s, ctx.hi)
    if m is None:
        return None
    left = ctx.left(_LEFT_MONTH, s)
    part = _part_word(left.group("part"))
    r = _month_part(int(m["y"]), _month_number(m), part)
    used = bool(part) or bool(left.group("wd"))
    return _time(_span_start(left, s, used), m.end(), _both(r), "range" if part else "month")


def _month_span(ctx: _Ctx, s: int) -> _Time | None:
    """ "May to July 2014", "between May and July", "March–April"."""
    m = _MM.match(ctx.text, s, ctx.hi)
    if m is None:
        return None
    first, last = _month_number(m), _month_number(m, "mon2")
    left = ctx.left(_LEFT_MONTH, s)
    start = _span_start(left, s, False)
    if _ctx_word(left) in ("between", "from") and not left.group("body"):
        start = left.start("ctx")
    if m["y"] is not None:
        year = int(m["y"])
        r = DateRange(dt.date(year - (first > last), first, 1), _month_range(year, last).latest)
        return _time(start, m.end(), _both(r), "range")
    if ctx.pub is None:
        return _time(start, m.end(), (NONE, NONE), "range", first)
    y0 = _month_past(ctx.pub, first)
    past = DateRange(dt.date(y0, first, 1),
                     _month_range(y0 + (last < first), last).latest)
    y1 = _month_future(ctx.pub, last)
    future = DateRange(dt.date(y1 - (last < first), first, 1), _month_range(y1, last).latest)
    return _time(start, m.end(), (past, future), "range", first)


def _bare_month(ctx: _Ctx, s: int) -> _Time | None:
    """ "in October", "last March", "this March", "early October", "by the end of May"."""
    m = _MONTH.match(ctx.text, s, ctx.hi)
    if m is None:
        return None
    left = ctx.left(_LEFT_MONTH, s)
    part = _part_word(left.group("part"))
    rel = (left.group("rel") or "").lower()
    this_past = bool(left.group("this_past"))
    if not (part or rel or this_past or (left.group("ctx") and not left.group("body"))):
        return None
    month = _month_number(m)
    precision = "range" if part else "month"
    start = _span_start(left, s, bool(part or rel or this_past))
    if ctx.pub is None:
        return _time(start, m.end(), (NONE, NONE), precision, month)
    if rel:
        year = ctx.pub.year + {"last": -1, "this": 0, "next": 1}[rel]
        return _time(start, m.end(), _both(_month_part(year, month, part)), precision)
    past = _month_part(_month_past(ctx.pub, month), month, part)
    if this_past:
        return _time(start, m.end(), _both(past), precision)
    future = _month_part(_month_future(ctx.pub, month), month, part)
    return _time(start, m.end(), (past, future), precision, month)


# --- anchors: weekdays, seasons, "today" -------------------------------------------------------


def _weekday(ctx: _Ctx, s: int) -> _Time | None:
    """ "on Thursday", "said Thursday" (latest on or before publication), "last Friday"."""
    m = _WEEKDAY_RE.match(ctx.text, s, ctx.hi)
    if m is None:
        return None
    left = ctx.left(_LEFT_WEEKDAY, s)
    word = _ctx_word(left)
    start = left.start("ctx") if word in ("on", "last", "this", "next") or word.startswith(
        "on ") else s
    if ctx.pub is None:
        return _time(start, m.end(), (NONE, NONE), "day")
    pub, wd = ctx.pub, WEEKDAYS[m["wd"].lower()]
    back = pub - dt.timedelta(days=(pub.weekday() - wd) % 7)
    ahead = pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
    if word.endswith("last"):
        back = ahead = back - dt.timedelta(days=7) if back == pub else back
    elif word.endswith("next"):
        ahead = back = ahead + dt.timedelta(days=7) if ahead == pub else ahead
    return _time(start, m.end(), (DateRange(back, back), DateRange(ahead, ahead)), "day")


_WEEKEND_RE = re.compile(r"[Ww]eekend\b")
_LEFT_WEEKEND = left_pattern(
    rf"{_CTX}(?P<body>(?:(?P<rel>[Tt]he|[Ll]ast|[Tt]his|[Nn]ext)\s+)?)\Z")


def _weekend(ctx: _Ctx, s: int) -> _Time | None:
    """ "over the weekend", "last weekend" (the latest Saturday and Sunday by publication),
    "next weekend" (the coming one)."""
    m = _WEEKEND_RE.match(ctx.text, s, ctx.hi)
    left = ctx.left(_LEFT_WEEKEND, s)
    if m is None or not left.group("rel"):
        return None  # "at weekends": a habit, no date
    start = _span_start(left, s)
    if ctx.pub is None:
        return _time(start, m.end(), (NONE, NONE), "range")
    pub, rel = ctx.pub, left.group("rel").lower()
    saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
    if rel == "last" and pub.weekday() >= 5:
        saturday -= dt.timedelta(days=7)
    past = DateRange(saturday, min(saturday + dt.timedelta(days=1), pub))
    coming = pub + dt.timedelta(days=(5 - pub.weekday()) % 7)
    if rel == "next" and pub.weekday() >= 5:
        coming += dt.timedelta(days=7)
    future = DateRange(coming, coming + dt.timedelta(days=1))
    if rel in ("last", "next"):  # one weekend, whatever the tense
        past = future = past if rel == "last" else future
    return _time(start, m.end(), (past, future), "range")


def _season_range(year: int, season: str, part: str = "") -> DateRange:
    """Spring Mar-May, summer Jun-Aug, autumn/fall Sep-Nov, winter Dec-Feb (of the next year)."""
    first = SEASONS[season]
    offset = {"early": (0, 0), "mid": (1, 1), "late": (2, 2)}.get(part, (0, 2))
    y0, m0 = _shift_month(year, first, offset[0])
    y1, m1 = _shift_month(year, first, offset[1])
    return DateRange(dt.date(y0, m0, 1), dt.date(y1, m1, _last_day(y1, m1)))


def _season(ctx: _Ctx, s: int) -> _Time | None:
    """ "the spring of 2009", "summer 2014", "last winter", "in the autumn"."""
    m = _SEASON.match(ctx.text, s, ctx.hi)
    if m is None:
        return None
    season = m["season"].lower()
    left = ctx.left(_LEFT_SEASON, s)
    part = _part_word(left.group("part"))
    rel = (left.group("rel") or m["rel_year"] or "").lower()  # "last spring", "spring of last year"
    end = m.end() if m["y"] or m["rel_year"] else m.end("season")
    start = _span_start(left, s)
    if m["y"] is not None:
        return _time(start, end, _both(_season_range(int(m["y"]), season, part)), "season")
    that = (left["the"] or "").lower() == "that"  # "that summer": the narrative's
    bare_ok = (bool(_ctx_word(left)) or that) and bool(left["the"]) and not m["of"]
    this_past = bool(left.group("this_past"))
    if not (rel or bare_ok or this_past):
        return None
    if ctx.pub is None:
        return replace(_time(start, end, (NONE, NONE), "season"), yearless=True)
    pub = ctx.pub
    if rel:
        year = pub.year + {"last": -1, "this": 0, "next": 1}[rel]
        return _time(start, end, _both(_season_range(year, season, part)), "season")
    years = [pub.year - 1, pub.year, pub.year + 1]
    past = [r for y in years if (r := _season_range(y, season, part)).earliest
            and r.earliest <= pub]
    future = [r for y in years if (r := _season_range(y, season, part)).latest
              and r.latest >= pub]
    if this_past:
        return _time(start, end, _both(past[-1]), "season")
    return replace(_time(start, end, (past[-1], future[0]), "season"), yearless=True)


def _deictic(ctx: _Ctx, s: int) -> _Time | None:
    """ "yesterday", "today", "tonight", "tomorrow"."""
    m = _DEICTIC.match(ctx.text, s, ctx.hi)
    if m is None:
        return None
    if ctx.pub is None:
        return _time(s, m.end(), (NONE, NONE), "day")
    word = m["w"].lower()
    days = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    before = _DAY_BEFORE.search(ctx.text, max(ctx.lo, s - 20), s) if days else None
    if before is not None:  # "the day before yesterday", "the day after tomorrow"
        s, days = before.start(), days * 2
    day = ctx.pub + dt.timedelta(days=days)
    return _time(s, m.end(), _both(DateRange(day, day)), "day")


_DAY_BEFORE = re.compile(r"(?<![A-Za-z])[Tt]he\s+day\s+(?:before|after)\s+\Z")


# --- anchors: "year", "month", "week", "day", "decade" -----------------------------------------


def _unit(ctx: _Ctx, s: int) -> _Time | None:
    """ "last year", "ten years ago", "for ten years", "in recent weeks", "earlier this year"."""
    m = _UNIT.match(ctx.text, s, ctx.hi)
    if m is None:
        return None
    left = ctx.left(_LEFT_UNIT, s)
    unit = m["unit"]
    if m["before_last"] and not m["plural"] and unit in ("year", "month", "week"):
        return _before_last(ctx, s, m, unit)
    if left.group("num") is not None:
        return _numbered(ctx, left, m, unit)
    if left.group("pastw2") in ("past", "last") and not m["of"]:
        return _past_n(ctx, left, m, 1.0)
    recent = left.group("recent") and m["unit"] + "s" in RECENT_DAYS and m["plural"]
    if recent and _ctx_word(left) in ("in", "over", "during", "within"):
        return _recent(ctx, left, m)
    before_this_year = left.group("prev") or (left.group("rel") or "").lower() == "past"
    if before_this_year and m["plural"] and unit == "year" and _ctx_word(left) == "in":
        return _previous_years(ctx, left, m)
    if m["plural"] or m["ago"] or m["unit"] == "decade" or m["unit"] == "day":
        return None
    if left.group("ea"):
        return _earlier_later(ctx, left, m)
    if left.group("part"):
        return _part_of_relative(ctx, left, m)
    if left.group("rel") and not m["of"]:
        return _relative(ctx, left, m)
    return None


_THE_BEFORE = re.compile(r"(?<![A-Za-z])[Tt]he\s+\Z")


def _before_last(ctx: _Ctx, s: int, m: re.Match[str], unit: str) -> _Time:
    """ "the year before last": the year two before publication's (the month, the week)."""
    the = _THE_BEFORE.search(ctx.text, max(ctx.lo, s - 8), s)
    start, end = (the.start() if the else s), m.end("before_last")
    precision = unit if unit != "week" else "range"
    pub = ctx.pub
    if pub is None:
        return _time(start, end, (NONE, NONE), precision)
    if unit == "year":
        r = _year_range(pub.year - 2)
    elif unit == "month":
        r = _month_range(*_shift_month(pub.year, pub.month, -2))
    else:
        day = pub - dt.timedelta(days=14)
        r = _week(day - dt.timedelta(days=day.weekday()))
    return _time(start, end, _both(r), precision)


def _previous_years(ctx: _Ctx, left: re.Match[str], m: re.Match[str]) -> _Time:
    """ "in previous years", "in past years": some time before the publication year."""
    start = _span_start(left, m.start())
    if ctx.pub is None:
        return _time(start, m.end("unit") + 1, (NONE, NONE), "range")
    r = DateRange(None, dt.date(ctx.pub.year - 1, 12, 31))
    return _time(start, m.end("unit") + 1, _both(r), "range")


def _amount(left: re.Match[str], m: re.Match[str]) -> float | None:
    """How many units: "ten", "10", "a", "half a", "a couple of", plus "and a half"."""
    raw = " ".join(left["num"].lower().split())
    value = 2.0 if raw == "a couple of" else word_value(raw)
    if value is None or value <= 0:
        return None
    return value + (0.5 if m["half"] else 0.0)


def _numbered(ctx: _Ctx, left: re.Match[str], m: re.Match[str], unit: str) -> _Time | None:
    """A number of units: "ten years ago", "for 10 years", "in the past two years"."""
    if " ".join(left["num"].lower().split()) in _VAGUE_AMOUNTS:
        return _vaguely_ago(ctx, left, m, unit) if m["ago"] else None
    amount = _amount(left, m)
    if amount is None:
        return None
    if left.group("pastw"):
        usable = left.group("pastw") != "previous" and not m["of"]
        return _past_n(ctx, left, m, amount) if usable else None
    if m["ago"]:
        return _ago(ctx, left, m, unit, amount)
    if _ctx_word(left) in ("for", "after", "within", "spent", "served", "lasting"):
        end = m.end("half") if m["half"] else m.end("plural") if m["plural"] else m.end("unit")
        word = _ctx_word(left)
        start = left.start("ctx") if word in ("for", "after", "within") else left.start("body")
        days = round(amount * UNIT_DAYS[unit])
        return _Time(start, end, NONE, NONE, "duration", days)
    return None


def _ago(ctx: _Ctx, left: re.Match[str], m: re.Match[str], unit: str, amount: float
         ) -> _Time:
    """ "ten years ago": that whole year; "six months ago": that month; "more than": no floor."""
    start = left.start("body")
    end = m.end("ago")
    pub = ctx.pub
    precision = {"year": "year", "decade": "year", "month": "month", "week": "range"}.get(
        unit, "day")
    if pub is None:
        return _time(start, end, (NONE, NONE), precision)
    if unit in ("year", "decade") and (amount * (10 if unit == "decade" else 1)).is_integer():
        r = _year_range(pub.year - int(amount * (10 if unit == "decade" else 1)))
    elif unit in ("year", "decade", "month"):
        months = round(amount * {"year": 12, "decade": 120, "month": 1}[unit])
        year, month = _shift_month(pub.year, pub.month, -months)
        r = _month_range(year, month)
        precision = "month"
    elif unit == "week":
        day = pub - dt.timedelta(days=round(amount * 7))
        r = _week(day - dt.timedelta(days=day.weekday()))
    else:
        day = pub - dt.timedelta(days=round(amount))
        r = DateRange(day, day)
    qual = " ".join((left.group("qual") or "").lower().split())
    if qual in ("more than", "over", "well over", "just over"):
        r = DateRange(None, r.latest)
    return _time(start, end, _both(r), precision)


_VAGUE_AMOUNTS = ("a few", "several")
_VAGUE_FLOOR = 2  # "a few days ago" is at least two days back
_VAGUE_REACH = 9  # and, for days and weeks, at most nine: beyond that one says "weeks"


def _vaguely_ago(ctx: _Ctx, left: re.Match[str], m: re.Match[str], unit: str) -> _Time:
    """ "a few days ago", "several weeks ago": two to nine days or weeks back; "a few months
    (years) ago" fixes only the latest bound, the end of the month (year) two back."""
    start, end = left.start("body"), m.end("ago")
    pub = ctx.pub
    if pub is None:
        return _time(start, end, (NONE, NONE), "range")
    if unit in ("day", "week"):
        step = 7 if unit == "week" else 1
        r = DateRange(pub - dt.timedelta(days=_VAGUE_REACH * step),
                      pub - dt.timedelta(days=_VAGUE_FLOOR * step))
    elif unit == "month":
        year, month = _shift_month(pub.year, pub.month, -_VAGUE_FLOOR)
        r = DateRange(None, _month_range(year, month).latest)
    else:
        years = _VAGUE_FLOOR * (10 if unit == "decade" else 1)
        r = DateRange(None, dt.date(pub.year - years, 12, 31))
    return _time(start, end, _both(r), "range")


def _past_n(ctx: _Ctx, left: re.Match[str], m: re.Match[str], amount: float) -> _Time:
    """ "in the past two years", "over the last month": that long before publication."""
    start = _span_start(left, m.start())
    end = m.end("plural") if m["plural"] else m.end("unit")
    if ctx.pub is None:
        return _time(start, end, (NONE, NONE), "range")
    days = round(amount * UNIT_DAYS[m["unit"]])
    r = DateRange(ctx.pub - dt.timedelta(days=days), ctx.pub)
    return _time(start, end, _both(r), "range")


def _recent(ctx: _Ctx, left: re.Match[str], m: re.Match[str]) -> _Time:
    """ "in recent days/weeks/months": 14/42/183 days up to publication."""
    start = _span_start(left, m.start())
    end = m.end("plural")
    if ctx.pub is None:
        return _time(start, end, (NONE, NONE), "range")
    r = DateRange(ctx.pub - dt.timedelta(days=RECENT_DAYS[m["unit"] + "s"]), ctx.pub)
    return _time(start, end, _both(r), "range")


def _period(pub: dt.date, unit: str, offset: int) -> DateRange:
    """The calendar year, month or week `offset` units from publication's."""
    if unit == "year":
        return _year_range(pub.year + offset)
    if unit == "month":
        year, month = _shift_month(pub.year, pub.month, offset)
        return _month_range(year, month)
    monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7 * offset)
    return _week(monday)


_OFFSET = {"last": -1, "past": -1, "this": 0, "next": 1}


def _relative(ctx: _Ctx, left: re.Match[str], m: re.Match[str]) -> _Time:
    """ "last year", "this month", "next week"; "past year": the year up to publication."""
    rel = left.group("rel").lower()
    start = _span_start(left, m.start())
    precision = {"year": "year", "month": "month"}.get(m["unit"], "range")
    if ctx.pub is None:
        return _time(start, m.end("unit"), (NONE, NONE), precision)
    if rel == "past":
        days = UNIT_DAYS[m["unit"]]
        r = DateRange(ctx.pub - dt.timedelta(days=days), ctx.pub)
        return _time(start, m.end("unit"), _both(r), "range")
    r = _period(ctx.pub, m["unit"], _OFFSET[rel])
    return _time(start, m.end("unit"), _both(r), precision)


def _earlier_later(ctx: _Ctx, left: re.Match[str], m: re.Match[str]) -> _Time:
    """ "earlier this year": Jan 1 to publication; "later this month": publication to its end."""
    start = _span_start(left, m.start())
    if ctx.pub is None:
        return _time(start, m.end("unit"), (NONE, NONE), "range")
    r = _period(ctx.pub, m["unit"], _OFFSET[left.group("rel2")])
    if left.group("rel2") == "this":
        early = left.group("ea").lower() == "earlier"
        r = DateRange(r.earliest, ctx.pub) if early else DateRange(ctx.pub, r.latest)
    return _time(start, m.end("unit"), _both(r), "range")


def _part_of_relative(ctx: _Ctx, left: re.Match[str], m: re.Match[str]) -> _Time | None:
    """ "early last year", "late this month", "mid-next year", "the first half of the year"
    (the publication's)."""
    if m["unit"] == "week":
        return None
    start = _span_start(left, m.start())
    if ctx.pub is None:
        return _time(start, m.end("unit"), (NONE, NONE), "range")
    part = _part_word(left.group("part"))
    base = _period(ctx.pub, m["unit"], _OFFSET.get(left.group("rel3").lower(), 0))
    assert base.earliest is not None
    if m["unit"] == "year":
        r = _year_part(base.earliest.year, part)
    else:
        r = _month_part(base.earliest.year, base.earliest.month, part)
    return _time(start, m.end("unit"), _both(r), "range")


# --- ranges ------------------------------------------------------------------------------------


def _join_ranges(ctx: _Ctx, kept: list[_Time]) -> list[_Time]:
    """ "between 2011 and 2014", "from 1987 to 1994", "1986–1994", "May 1987–June 1990"."""
    out: list[_Time] = []
    for t in kept:
        prev = out[-1] if out else None
        joined = _joined(ctx, prev, t) if prev is not None else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(t)
    return out


def _joined(ctx: _Ctx, a: _Time, b: _Time) -> _Time | None:
    """One range from two adjacent expressions joined by "to", "and", "-"; else None."""
    if "duration" in (a.precision, b.precision):
        return None
    between = _JOIN.fullmatch(ctx.text, a.end, b.start)
    if between is None:
        return None
    lead = _LEFT_RANGE.search(ctx.text, max(ctx.lo, a.start - 12), a.start)
    word = lead["w"].lower() if lead else ""
    if _one_winter(a, b):
        return replace(a, end=b.end)  # "the winter of 2010-2011"
    years_in = a.precision == b.precision == "year" and (  # "in 2010 and 2011"
        _IN_YEARS.match(ctx.text, a.start) is not None
        or _IN_YEARS_BEFORE.search(ctx.text, max(ctx.lo, a.start - 8), a.start) is not None)
    if between.group().strip() == "and" and word != "between" and not years_in:
        return None
    if between.group().strip() == "or" and word:
        return None
    past = _span(a, a.past, b.past)
    future = _span(a, a.future, b.future)
    if past is None and future is None:
        return None
    start = lead.start() if lead else a.start
    return _Time(start, b.end, past or NONE, future or NONE, "range",
                 yearless=a.yearless and b.yearless)


def _one_winter(a: _Time, b: _Time) -> bool:
    """ "winter of 2010-2011": the second year names where the winter ends."""
    return (a.precision == "season" and b.precision == "year" and a.past.latest is not None
            and b.past.earliest is not None and a.past.latest.year == b.past.earliest.year
            and a.past.earliest is not None and a.past.earliest.year + 1 == a.past.latest.year)


def _span(a: _Time, first: DateRange, last: DateRange) -> DateRange | None:
    """From `first` to `last`, a year-less month of `a` taking the year of `last`."""
    if last.earliest is None or last.latest is None:
        return None
    begin = first.earliest
    if a.month is not None:
        anchor = last.earliest
        year = anchor.year - ((a.month, a.day or 1) > (anchor.month, anchor.day))
        begin = dt.date(year, a.month, min(a.day or 1, _last_day(year, a.month)))
    if begin is None or begin > last.latest:
        return None
    return DateRange(begin, last.latest)


# --- the anchor table -------------------------------------------------------------------------

def _digit_parsers(text: str, end: int, length: int) -> tuple[_Parser, ...]:
    """The parsers worth trying on a run of `length` digits, judged by what follows it."""
    after = text[end : end + 2]
    if length == 4:
        if after[:1] in ("-", ".", "/", "–", "—"):
            return (_iso, _year_pair, _year)
        if after[:1] in ("s", "'", "’"):
            return (_decade,)
        return (_year_pair, _year) if after[:1].isspace() else (_year,)
    if length > 2:
        return ()
    if after in ("st", "nd", "rd", "th"):
        return (_ordinal, _day_month)
    if after[:1] in ("/", "."):
        return (_numeric,)
    return (_day_month,) if after[:1].isspace() or after[:1] in "-–—," else ()


_Scanner = tuple[re.Pattern[str], tuple[_Parser, ...]]


def _anchor_table() -> tuple[dict[str, str], dict[str, _Scanner]]:
    """For each anchor word: the literal to search for and the parsers run where it occurs."""
    keys: dict[str, str] = {}
    scanners: dict[str, _Scanner] = {}

    def add(words: list[str], key: Callable[[str], str], parsers: tuple[_Parser, ...]) -> None:
        """Register each word under its search key with the parsers run where it occurs."""
        for word in words:
            keys[word] = key(word)
            scanners[key(word)] = (re.compile(re.escape(key(word))), parsers)

    months = [n for n in calendar.month_name if n] + ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
                                                      "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
    add(months, lambda w: w[:3], (_month,))
    add(list(calendar.day_name), lambda w: w, (_weekday,))
    add(["weekend", "Weekend"], lambda w: w, (_weekend,))
    seasons = [*SEASONS, *(s.capitalize() for s in SEASONS)]
    add(seasons, lambda w: w, (_season,))
    deictic = ["yesterday", "today", "tomorrow", "tonight"]
    add([*deictic, *(w.capitalize() for w in deictic)], lambda w: w, (_deictic,))
    units = [*UNIT_DAYS, *(u + "s" for u in UNIT_DAYS)]
    add(units, lambda w: w.rstrip("s"), (_unit,))
    return keys, scanners


_ANCHOR_KEY, _SCANNERS = _anchor_table()
_ANCHORS = frozenset(_ANCHOR_KEY)


# --- publication date ---------------------------------------------------------------------------

_HEAD = 1500
_TAIL_CHARS = 1000
_LABEL = re.compile(
    r"(?:^|[\s|·•,(\[*_])(?P<label>first\s+published|published|posted|date|dated|created|"
    r"issued|released|recorded|adopted|conducted|last\s+updated|updated|last\s+modified|"
    r"modified)(?:\s+in\s+[A-Z][\w'’-]+)?(?:\s+on)?\s*[:\-–—]?\s*\Z",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"\A\s*[A-Z][A-Za-z.'’\- ]{1,30}(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30})?,\s*\Z"
)
_DATELINE_AFTER = re.compile(r"\A\s*(?:\([^)\n]{1,40}\))?\s*(?:--|—|–|-|:|\Z)")
# "GENEVA (27 February 2024) – UN experts ...": a press release's dateline
_BRACKETED_DATELINE = re.compile(
    r"\A\s*(?:[A-Z][A-Z.'’\- ]{1,30}\s*\(|\(\s*[A-Z][A-Za-z.'’\- ]{1,30},)\s*\Z")
_BRACKETED_DATELINE_AFTER = re.compile(r"\A\s*\)\s*(?:--|—|–|-|:)")
# "Daily NK | 2023.06.20 3:10pm": an outlet's name before the date on its own line
# "Daily NK | Ryanggang Province | 2022.11.02": an outlet, its sections, then the date
_MASTHEAD = re.compile(r"\A\s*(?:[A-Z][\w.'’ -]{1,30}?\s*[|·•]\s*){1,3}\Z")
_LONE_THEN_BYLINE = re.compile(r"\A\s*[|·•]\s*\S")
# "15 October 2024 Human Rights": a news site's date line, then the story's section
_LONE_THEN_SECTION = re.compile(
    r"\A[ \t]+[A-Z][a-z]+(?:[ \t]+(?:(?:and|of|&)[ \t]+)?[A-Z][a-z]+){0,3}[ \t]*\Z")
_BYLINE = re.compile(r"\A\s*(?:[Bb]y|BY)\s+[^\n]{1,80}?(?:\||·|•|—|–|-|,)\s*\Z")
_LONE_BEFORE = re.compile(rf"\A[\s|·•*#>-]*(?:(?:{_WEEKDAY}),?\s*)?\Z")
_TIME_AFTER = re.compile(
    r"\A\s*(?:[,|·•]\s*)?(?:(?:at\s+)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*"
    r"(?:[AaPp]\.?\s?[Mm]\.?)?)?\s*(?:\([^)\n]{0,24}\)|(?:[A-Z]{2,4}|UTC|GMT)(?:[+\-−][0-9:]+)?)?"
    r"[\s|]*\Z"
)
_LABEL_SCORE = {"first published": 100, "published": 100, "posted": 100, "date": 95,
                "dated": 95, "created": 90, "issued": 90, "released": 90, "recorded": 85,
                "adopted": 85, "conducted": 80, "last updated": 50, "updated": 50,
                "last modified": 45, "modified": 45}


def find_publication_date(text: str) -> dt.date | None:
    """The date a report says it was published: dateline, byline or labelled date, else None."""
    best: tuple[int, int, dt.date] | None = None
    head = _scored_dates(text, 0, min(len(text), _HEAD), lone=True)
    tail_start = max(min(len(text), _HEAD), len(text) - _TAIL_CHARS)
    tail = _scored_dates(text, tail_start, len(text), lone=False)
    for score, pos, day in head + tail:
        if best is None or (score, -pos) > (best[0], -best[1]):
            best = (score, pos, day)
    return best[2] if best else None


def _scored_dates(text: str, lo: int, hi: int, lone: bool) -> list[tuple[int, int, dt.date]]:
    """Full dates in text[lo:hi] that stand in a publication position, with a score each."""
    out: list[tuple[int, int, dt.date]] = []
    if lo >= hi:
        return out
    for t in _times_in_positions(text, lo, hi):
        day = t.past.earliest
        if t.precision != "day" or day is None or day != t.past.latest:
            continue
        if not 1900 <= day.year <= 2100:
            continue
        score = _position_score(text, t.start, t.end, lone)
        if score:
            out.append((score, t.start, day))
    return out


def _times_in_positions(text: str, lo: int, hi: int) -> list[TimeMention]:
    """Dates where a publication date can stand: short lines, and the opening of long ones
    (a dateline); the middle of a paragraph is never scanned, nor a line without a year."""
    found: list[TimeMention] = []
    pos = lo
    while pos < hi:
        end = text.find("\n", pos, hi)
        end = hi if end < 0 else end
        reach = min(end, pos + _POSITION_REACH)
        if end > pos and _HAS_YEAR.search(text, pos, reach):
            found.extend(find_times(text, None, pos, reach))
        pos = end + 1
    return found


# A publication date starts within 80 characters of its line (`_position_score`); with the
# longest form ("Tuesday, October 14, 2015 at 1:56 PM") it ends within this many.
_POSITION_REACH = 130


# Without a publication date to resolve against, the grammar dates a single day only when
# its year is stated: a line with no four digits in a row holds no full date.
_HAS_YEAR = re.compile(r"[0-9]{4}")


def _position_score(text: str, start: int, end: int, lone: bool) -> int:
    """How surely a date at [start, end) is the publication date: 0 when it is in a sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    if len(before) > 80:
        return 0
    if (_DATELINE.match(before) and _DATELINE_AFTER.match(after)) or (
            _BRACKETED_DATELINE.match(before) and _BRACKETED_DATELINE_AFTER.match(after)):
        return 85  # a dateline opens a long paragraph: only what precedes the date is short
    if len(before) + len(after) > 160:
        return 0
    label = _LABEL.search(before)
    if label is not None and label.start() <= 60:
        return _LABEL_SCORE[" ".join(label["label"].lower().split())]
    if (_BYLINE.match(before) or _MASTHEAD.match(before)) and _TIME_AFTER.match(after):
        return 80
    if _MASTHEAD.match(before) and _LONE_THEN_BYLINE.match(after):
        return 75  # "Daily NK | 2019.10.15 | By Kang Mi-jin"
    if lone and _LONE_BEFORE.match(before) and (_TIME_AFTER.match(after)
                                                  or _LONE_THEN_BYLINE.match(after)):
        return 70
    if lone and _LONE_BEFORE.match(before) and _LONE_THEN_SECTION.match(after):
        return 65
    return 0
