"""Counts of people and things in English text: digits, number words, ranges, vague amounts.

The bounds follow the `victims` mapping of spec 3: "600 escapees" 600..600, "dozens"
24..None, "more than 500" 500..None, "nearly 600" None..600, "a woman" 1..1. "Many", "a
number of" and bare plurals are no count. Each mention carries the head noun it counts.

Speed: the text is never walked token by token in Python. One C-level pass collects its
words; only the count words that occur are then located with literal searches, digits with
one character-class search, and each of those few anchors is parsed with anchored patterns.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from girok.records import CountMention

# --- number words --------------------------------------------------------------------------

ONES: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {
    "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
    "billion": 1_000_000_000,
}


def cap(word: str) -> str:
    """A pattern for `word` in lower case or with capital first letters (sentence starts)."""
    return r"\s+".join(
        f"[{w[0].upper()}{w[0]}]{w[1:]}" if w[:1].isalpha() else w for w in word.split()
    )


def alternation(words: Iterable[str], capital: bool = True) -> str:
    """A non-capturing alternation of `words`, longest first so that none hides a longer one."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    parts = [cap(w) if capital else w.replace(" ", r"\s+") for w in ordered]
    return "(?:" + "|".join(parts) + ")"


_ONE_TO_NINE = alternation([w for w, v in ONES.items() if v < 10])
# A number from one to ninety-nine written in words ("seven", "twenty-three", "Forty").
WORD_NUMBER = (
    rf"(?:{alternation(TENS)}(?:[-\s]{_ONE_TO_NINE})?|{alternation(ONES)})(?![A-Za-z])"
)


def left_pattern(body: str) -> re.Pattern[str]:
    """A pattern for the context left of an anchor; starting only at word starts keeps it fast."""
    return re.compile(rf"(?:(?<![A-Za-z0-9])(?=[A-Za-z0-9])|(?=\Z))(?:{body})")


def word_value(phrase: str) -> float | None:
    """The value of a number written in words and digits ("six hundred", "1.2 million")."""
    tokens = phrase.lower().replace(",", "").replace("-", " ").split()
    total = 0.0
    current = 0.0
    seen = False
    for tok in tokens:
        if tok in ("a", "an"):
            current = current or 1.0
        elif tok == "half":
            current = 0.5
        elif tok == "and":
            continue
        elif tok in ONES or tok in TENS:
            if current % 100 and (tok in TENS or current % 10 or current % 100 < 20):
                return None  # "three two" is two numbers, not one
            current += ONES.get(tok) or TENS[tok]
        elif tok in ("dozen", "hundred"):
            current = (current or 1.0) * SCALES[tok]
        elif tok in SCALES:
            total += (current or 1.0) * SCALES[tok]
            current = 0.0
        elif _DECIMAL.fullmatch(tok):
            current += float(tok)
        else:
            return None
        seen = True
    return total + current if seen else None


_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_PUNCT = ",.;:!?()[]{}\"'“”‘’-–—#$€£¥₩*"


def last_word(text: str, lo: int, s: int, span: int = 24) -> str:
    """The lower-cased word before `s`: a cheap test of whether to search for a left context."""
    words = text[max(lo, s - span) : s].split()
    return words[-1].strip(_PUNCT).lower() if words else ""

# --- vocabulary ----------------------------------------------------------------------------

PERSON_SINGULAR = frozenset(
    """woman man person resident prisoner inmate detainee defector escapee refugee citizen
    national student worker labourer laborer farmer soldier officer official guard pastor
    missionary priest journalist reporter photographer tourist businessman businesswoman
    trader merchant smuggler dealer trafficker broker teacher doctor nurse girl boy child
    friend neighbour neighbor colleague classmate acquaintance
    teenager teen youth
    mother father son daughter wife husband housewife grandmother grandfather brother sister
    victim witness survivor individual civilian activist dissident convict defendant fugitive
    driver miner fisherman professor scientist engineer diplomat american canadian
    australian korean believer christian returnee relative interviewee respondent deportee
    repatriate cleric aide accomplice""".split()
)

def plural(noun: str) -> str:
    """The plural of a person noun: "woman" -> "women", "child" -> "children", "spy" -> "spies"."""
    if noun.endswith(("man", "wife")):
        return noun[:-3] + "men" if noun.endswith("man") else noun[:-4] + "wives"
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


_IRREGULAR_PLURALS = {"person": "people", "child": "children"}

# People (and a few things) a four-digit number may count ("2000 prisoners"); any other word
# after a number between 1900 and 2100 makes it a year.
_YEAR_COUNTABLE = frozenset(
    """people persons prisoners inmates detainees defectors escapees refugees residents
    koreans men women children families households guards soldiers workers students citizens
    victims cases dollars won yuan tons tonnes officials members believers christians
    returnees individuals agents troops""".split()
)

# "In 2014 Chinese border guards arrested ...": after these words a year-like number is
# the year, whatever noun follows.
_BEFORE_YEAR = frozenset(
    """in since until till by during from of before after around circa early late mid
    spring summer autumn fall winter""".split()
)

# Words that cannot be the noun a count applies to: the count then has no noun.
_NOT_NOUN = frozenset(
    """a an the of in on at to for from by with and or but nor were was are is be been being
    have has had will would could should can may might must shall who whom whose which that
    this these those they them it its he she his her their our your we you i as than then
    more less per each every all some any no not so if when where while after before during
    since until about over under into onto out up down off said says say also only just
    even still yet already again ago later earlier there here what how why both either
    neither other others another such very too die dies fled flee flees remain remains left
    went came come go goes live lives work works face faces survive survives starve starves
    escape escapes disappear stay stays return returns reportedly allegedly""".split()
)

_MONTH_NOUNS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)

_ADJECTIVES = (
    "former", "young", "younger", "elderly", "old", "older", "other", "female", "male",
    "local", "pregnant", "fellow", "ordinary", "political", "jailed", "detained",
    "imprisoned", "missing", "alleged", "suspected", "senior", "junior", "teenage", "unnamed",
    "unidentified", "unknown", "foreign", "escaped", "repatriated", "captured", "arrested",
    "convicted", "accused", "condemned", "sick", "ill", "additional", "more", "further", "new",
    "innocent", "homeless", "hungry", "starving", "poor", "ethnic", "unarmed", "armed",
    "military", "army", "party", "government", "state", "security", "border", "prison",
    "camp", "police", "family", "forced", "child", "underground", "abducted", "deported",
    "returned", "released", "freed", "executed", "dead", "injured", "wounded", "surviving",
    "remaining", "known", "confirmed", "reported", "registered", "top", "high", "low", "key",
    "defector", "refugee", "kidnapped", "believed", "estimated", "different", "separate",
    "various", "distinct", "similar", "main", "major", "large", "small", "big", "whole",
    "entire", "current", "recent", "first", "last", "next", "previous", "same",
    # nouns that modify the person noun: "two television journalists", "three aid workers"
    "television", "tv", "news", "tour", "aid", "church", "factory", "market", "trading",
    "media", "university", "college", "school", "farm", "mine", "labour", "labor", "office",
    "second", "third", "fourth", "fifth", "naturalised", "naturalized",
)
_PROPER_ADJECTIVES = (
    "Chinese", "American", "Canadian", "Japanese", "Russian", "British", "Australian",
    "North Korean", "South Korean", "North Korea", "South Korea", "Christian", "Catholic",
    "Buddhist", "Former", "Young", "Elderly", "Other", "U.S.", "US",
)
# An adjective (or adverb, or compound such as "50-year-old") between a count and its noun.
ADJECTIVE = (
    rf"(?:(?:{alternation(_ADJECTIVES, capital=False)}|{alternation(_PROPER_ADJECTIVES, False)})"
    r"(?![A-Za-z])|(?:[0-9]+|[a-z]+)-[a-z]+(?:-[a-z]+)*"
    r"|[a-z]+(?![A-Za-z])(?:(?<=ly|al|ic|an|rn)|(?<=ive|ous|ful|ess|ish|ese)))"
)
_DETERMINER = r"(?:the|these|those|their|its|his|her|our|them|whom|us|you)(?![A-Za-z])"
# What follows a count: "of (the)", adjectives, then the head noun (backtracking keeps a noun).
_TAIL = (
    rf"(?:\s+(?P<of>of)(?![A-Za-z])(?:\s+(?P<det>{_DETERMINER}))?)?"
    rf"(?:(?:\s+{ADJECTIVE})*\s+(?:(?:North|South)\s+(?=Koreans?(?![A-Za-z])))?"
    r"(?P<noun>[A-Za-z][A-Za-z'’-]*))?"
)

# Qualifiers: which bound the number fixes.
_QUAL_MIN = (
    "more than", "over", "at least", "upwards of", "in excess of", "no fewer than",
    "no less than", "well over", "just over", "a minimum of", "not less than",
)
_QUAL_EXACT = (
    "about", "some", "around", "approximately", "approx.", "roughly", "an estimated",
    "estimated", "circa", "a total of", "all", "exactly", "only", "just", "totaling",
    "totalling",
)
_QUAL_MAX = (
    "up to", "nearly", "almost", "fewer than", "less than", "as many as", "at most",
    "no more than", "not more than", "close to", "just under", "a maximum of",
)
_QUAL_KIND = {q: "min" for q in _QUAL_MIN} | {q: "exact" for q in _QUAL_EXACT} | {
    q: "max" for q in _QUAL_MAX
}
_QUALIFIER = alternation(q.replace(".", r"\.") for q in _QUAL_KIND)

# --- patterns ------------------------------------------------------------------------------

_SCALE = r"(?:million|billion|thousand|hundred|dozen)(?![A-Za-z])"
_DIGIT_NUMBER = (
    rf"(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+)(?:\.[0-9]+)?(?!\w)(?:\s*{_SCALE})?"
)
_WORD_NUMBER = (
    rf"(?:{WORD_NUMBER}|{cap('dozen')}|{cap('hundred')}|{cap('thousand')}|{cap('million')})"
    rf"(?:(?:\s+and\s+|-|\s+)(?:{WORD_NUMBER}|{_SCALE}))*(?![A-Za-z-])"
)
_NUMBER = rf"(?:{_DIGIT_NUMBER}|{_WORD_NUMBER})"
_SUFFIX = (
    r"(?P<suffix>\s*\+|\s+or\s+more(?![A-Za-z])|\s+and\s+more(?![A-Za-z])"
    r"|\s+or\s+so(?![A-Za-z])|-?plus(?![A-Za-z])|\s+and\s+(?:above|over)(?![A-Za-z])"
    r"|\s+or\s+(?:fewer|less)(?![A-Za-z]))?"
)


def _numeric_pattern(connectors: str) -> re.Pattern[str]:
    """A number, an optional second number after `connectors`, a suffix and the noun tail."""
    return re.compile(
        rf"(?P<n1>{_NUMBER})(?:(?:\[[0-9]{{1,3}}\])?(?P<conn>{connectors})(?P<n2>{_NUMBER}))?"
        rf"{_SUFFIX}(?P<numend>)" + _TAIL
    )


_RANGE = _numeric_pattern(r"\s*[-–—]\s*|\s+(?:to|or)\s+")
_SINGLE = _numeric_pattern(r"(?!)")
_RANGE_BETWEEN = _numeric_pattern(r"\s*[-–—]\s*|\s+(?:to|or|and)\s+")
_LEFT_NUMBER = left_pattern(
    rf"(?:(?<![A-Za-z])(?P<qual>{_QUALIFIER})\s+)?(?:(?<![A-Za-z])(?P<between>[Bb]etween)\s+)?"
    rf"(?:(?<![A-Za-z])(?P<art>[Aa]n?|[Hh]alf\s+an?)\s+)?\Z"
)
_VAGUE = re.compile(
    r"(?P<v>(?:[Tt]ens|[Hh]undreds)\s+of\s+(?:thousands|millions)(?![A-Za-z])"
    r"|(?:[Ss]everal|[Ff]ew)\s+(?:dozen|hundred|thousand)(?![A-Za-z])"
    r"|[Dd]ozens|[Hh]undreds|[Tt]housands|[Mm]illions|[Ss]cores|[Tt]ens|[Ss]everal|[Ff]ew"
    r"|[Cc]ouple|[Bb]oth)(?![A-Za-z])(?P<numend>)" + _TAIL
)
_LEFT_VAGUE = left_pattern(
    rf"(?:(?<![A-Za-z])(?P<qual>{_QUALIFIER})\s+)?"
    r"(?:(?<![A-Za-z])(?P<art>[Aa]|[Qq]uite\s+a|[Oo]nly\s+a)\s+)?\Z"
)
_VAGUE_MIN = {
    "tens of thousands": 20_000, "tens of millions": 20_000_000,
    "hundreds of thousands": 200_000, "hundreds of millions": 200_000_000,
    "several dozen": 36, "several hundred": 300, "several thousand": 3_000,
    "few dozen": 24, "few hundred": 200, "few thousand": 2_000, "dozens": 24,
    "hundreds": 200, "thousands": 2_000, "millions": 2_000_000, "scores": 40, "tens": 20,
    "several": 3, "few": 2,
}
_DETERMINERS = tuple(
    re.compile(pattern)
    for pattern in (r"a(?<![A-Za-z]a)(?:n|nother)?(?=\s)", r"A(?<![A-Za-z]A)(?:n|nother)?(?=\s)",
                    r"one(?<![A-Za-z]one)(?=\s)", r"One(?<![A-Za-z]One)(?=\s)")
)
# "a 19-year-old in the same city": an age standing for the person
_AGED = re.compile(r"\s+[0-9]{1,3}-year-old(?![\w-])(?=\s*(?:[,.;:)]|$|\s(?:in|of|from|who|was|"
                   r"were|and|had|has|is|said|at|on)\b))")
_PERSON_AFTER = re.compile(
    rf"(?:\s+{ADJECTIVE})*\s+(?:(?:North|South)\s+)?"
    # "a drug dealer", "a factory worker": a noun that says what kind of person
    r"(?:(?!(?:who|that|was|were|is|are|had|has|and|or|of|in|at)\b)[a-z]+\s+)?"
    rf"(?P<noun>{alternation(PERSON_SINGULAR)})(?![A-Za-z'’-])"
    # "a youth labour training camp", "a student union": the noun names a kind of thing
    r"(?!\s+(?:labou?r|league|camps?|cent(?:er|re)s?|unions?|wing|brigades?|corps|groups?|"
    r"organi[sz]ations?|dormitor(?:y|ies)|hostels?|visas?))"
)
_DIGITS = re.compile(r"[0-9](?<![0-9A-Za-z][0-9])")
_WORDS = re.compile(r"[A-Za-z]+")
_NOT_COUNT_AFTER = re.compile(
    r"(?:[-/.:][0-9]|-[A-Za-z]|\s*%|\s*(?:percent|per\s+cent|[ap]\.?m\.?(?![A-Za-z])"
    r"|o['’]clock)|\s*\]|(?:st|nd|rd|th)(?![A-Za-z])|\s+(?:third|thirds|quarter|quarters|"
    r"fifth|fifths|tenth|tenths|half)(?![A-Za-z]))"
)
_PLAIN_DIGITS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+")
_ID_WORDS = frozenset(
    """camp no nos number nr kwanliso kwan-li-so kwalliso kyohwaso kyo-hwa-so gyohwaso unit article
    section chapter page p pp room cell building block route highway ward zone gate vol
    volume issue paragraph resolution item age aged prison division corps brigade regiment
    team group type level grade class phase stage tier line floor""".split()
)
_LEFT_NUMBER_WORDS = frozenset(
    w.split()[-1].rstrip(".") for w in _QUAL_KIND
) | {"between", "a", "an", "approx"}
_LEFT_VAGUE_WORDS = frozenset(w.split()[-1].rstrip(".") for w in _QUAL_KIND) | {"a"}

_WINDOW = 32
_UNIT_WORDS = frozenset("years year months month weeks week days day hours hour".split())
_AGE_BEFORE = re.compile(r"(?:\b(?:(?:he|she|i)\s+(?:was|is)|turned)|,\s*now)\s+$", re.IGNORECASE)


# --- candidates ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Count:
    """A count found at one anchor, before overlaps are settled."""

    start: int
    end: int
    min: int | None
    max: int | None
    noun: str | None


def find_counts(text: str, start: int = 0, end: int | None = None) -> list[CountMention]:
    """Every count in text[start:end], longest first on overlap, as sorted mentions."""
    lo, hi = _bounds(text, start, end)
    if lo >= hi:
        return []
    found: list[_Count] = []
    for m in _DIGITS.finditer(text, lo, hi):
        _add(found, _numeric(text, m.start(), lo, hi))
    present = _CORE_WORDS.intersection(_WORDS.findall(text, lo, hi))
    for key in sorted({_SCAN_KEY[w] for w in present}):
        finder, handler = _SCANNERS[key]
        for m in finder.finditer(text, lo, hi):
            s = m.start()
            if s > lo and (text[s - 1].isalpha() or text[s - 1] == "-"):
                continue
            _add(found, handler(text, s, lo, hi))
    found.extend(_persons(text, lo, hi))
    return [
        CountMention(c.start, c.end, text[c.start : c.end], c.min, c.max, c.noun)
        for c in _longest_first(found)
    ]


def _bounds(text: str, start: int, end: int | None) -> tuple[int, int]:
    """`start` and `end` clamped to the text."""
    hi = len(text) if end is None else max(0, min(end, len(text)))
    return max(0, min(start, len(text))), hi


def _add(found: list[_Count], count: _Count | None) -> None:
    """Keep `count` when there is one."""
    if count is not None:
        found.append(count)


def _longest_first(found: list[_Count]) -> list[_Count]:
    """Non-overlapping counts, the longer winning, in text order."""
    kept: list[_Count] = []
    starts: list[int] = []
    for c in sorted(found, key=lambda c: (c.start - c.end, c.start, c.min or 0)):
        i = bisect.bisect_left(starts, c.start)
        if (i == 0 or kept[i - 1].end <= c.start) and (i == len(kept) or c.end <= starts[i]):
            kept.insert(i, c)
            starts.insert(i, c.start)
    return kept


# --- numbers in digits and words -----------------------------------------------------------


def _numeric(text: str, s: int, lo: int, hi: int) -> _Count | None:
    """A count starting with digits or a number word at `s`, with its qualifier and noun."""
    word = last_word(text, lo, s)
    if _not_a_count_before(text, s, lo, word):
        return None
    m = _RANGE_BETWEEN.match(text, s, hi)
    if m is None:
        return None
    left = _left(text, _LEFT_NUMBER, s, lo, word in _LEFT_NUMBER_WORDS)
    if m.group("conn") and m.group("conn").strip() == "and" and not left.group("between"):
        m = _RANGE.match(text, s, hi)
        if m is None:
            return None
    if _NOT_COUNT_AFTER.match(text, m.end("numend"), hi):
        return None
    n1, n2 = m.group("n1"), m.group("n2")
    article = left.group("art") if n1.split()[0].lower() in SCALES else None
    first = _value(article, n1)
    second = _value(None, n2) if n2 else None
    if first is None or (n2 and second is None):
        return None
    low, high = _scaled(first, second)
    if n2 and low is not None and high is not None and high < low:
        if (_noun(m)[0] or "").lower() in _UNIT_WORDS:
            return None  # "reduced from ten to seven years": lengths of time
        m = _SINGLE.match(text, s, hi)  # "The three - two men and a woman -": no range
        if m is None:
            return None
        n2, second = None, None
        low, high = _scaled(first, None)
    if low is None or high is None or high < low:
        return None
    if n2 is None and n1.lower() == "one":
        return None  # "one" counts only a person ("one woman"), found from the noun
    noun, stop = _noun(m)
    if noun is None and _AGE_BEFORE.search(text, max(lo, s - 12), s):
        return None  # "when she was 13": an age
    if _before_month(m) or (_year_like(n1, n2) and (noun not in _YEAR_COUNTABLE
                                                    or word in _BEFORE_YEAR)):
        return None
    begin = s
    for group in ("art", "between", "qual"):
        if left.group(group) and (group != "art" or article):
            begin = left.start(group)
    low_b, high_b = _bounded(low, high, _qual_kind(left.group("qual")), m.group("suffix"))
    return _Count(begin, stop, low_b, high_b, noun)


def _not_a_count_before(text: str, s: int, lo: int, word: str) -> bool:
    """True after "Camp", "No.", a month ("May 28", not "in March two others"), "$", "[" or
    inside a number ("3,300", "05/28")."""
    if s > lo and (text[s - 1] in "$€£¥₩#№[" or text[s - 1].isalpha()):
        return True
    if s - 1 > lo and text[s - 2].isalnum() and text[s - 1] in "-–—/.:,":
        return True
    if word in _MONTH_NOUNS:
        return text[s - 1].isspace() and text[s].isdigit() and \
            text[max(lo, s - 4) : s].rstrip()[-1:] not in (",", ";")
    return word in _ID_WORDS


def _left(text: str, pattern: re.Pattern[str], s: int, lo: int, worth: bool) -> re.Match[str]:
    """The longest match of `pattern` ending at `s` if `worth` searching, else the empty one."""
    m = pattern.search(text, max(lo, s - _WINDOW), s) if worth else pattern.match(text, s, s)
    assert m is not None
    return m


def _value(article: str | None, number: str) -> tuple[float, bool] | None:
    """The number's value and whether it has a scale word; "a dozen" is 12, "dozen" nothing."""
    if _PLAIN_DIGITS.fullmatch(number):
        return float(number.replace(",", "")), False
    words = number.lower().replace("-", " ").split()
    if words[0] in SCALES and not article:
        return None
    value = word_value(f"{article} {number}" if article else number)
    if value is None:
        return None
    return value, any(w in SCALES for w in words)


def _scaled(
    first: tuple[float, bool], second: tuple[float, bool] | None
) -> tuple[int | None, int | None]:
    """Whole-number bounds of one number or a range; "1-2 million" scales both ends."""
    low, low_scaled = first
    if second is None:
        return _whole(low), _whole(low)
    high, high_scaled = second
    if high_scaled and not low_scaled and low > 0:
        factor = _scale_of(high)
        if factor > 1 and low * factor <= high:
            low *= factor
    return _whole(low), _whole(high)


def _scale_of(value: float) -> float:
    """The largest of thousand/million/billion dividing into `value`, else 1."""
    for factor in (1_000_000_000.0, 1_000_000.0, 1_000.0):
        if value >= factor:
            return factor
    return 1.0


def _whole(value: float) -> int | None:
    """`value` as an int when it is a whole number from 1 to 10**15, else None."""
    return int(value) if 1 <= value <= 1e15 and value == int(value) else None


def _year_like(n1: str, n2: str | None) -> bool:
    """True when the number (or a range of them) reads as years between 1900 and 2100."""
    year = len(n1) == 4 and n1.isdigit() and 1900 <= int(n1) <= 2100
    return year and (n2 is None or (n2.isdigit() and len(n2) in (2, 4)))


def _qual_kind(qual: str | None) -> str | None:
    """Which bound a qualifier fixes: min, exact or max."""
    if qual is None:
        return None
    return _QUAL_KIND.get(" ".join(qual.lower().split()))


def _bounded(
    low: int, high: int | None, kind: str | None, suffix: str | None
) -> tuple[int | None, int | None]:
    """Bounds after the qualifier ("more than", "up to") and suffix ("or more")."""
    tail = " ".join((suffix or "").lower().split())
    if tail in ("+", "or more", "and more", "plus", "-plus", "and above", "and over"):
        kind = "min"
    elif tail in ("or fewer", "or less"):
        kind = "max"
    top = low if high is None else high
    if kind == "min":
        return low, None
    if kind == "max":
        return None, top
    return low, top


_QUAL_WORDS = frozenset(w for q in (*_QUAL_MIN, *_QUAL_EXACT, *_QUAL_MAX) for w in q.split()
                        if w.endswith("ly"))


def _before_month(m: re.Match[str]) -> bool:
    """True when the word after the number is a month name ("28 May"): a date, no count."""
    word = m.group("noun")
    return bool(word) and word[0].isupper() and word.lower() in _MONTH_NOUNS


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)(?![A-Za-z'’])")
_PARTITIVE_OF = re.compile(r"\bof\s+(?:the\s+)?$")


def _noun(m: re.Match[str]) -> tuple[str | None, int]:
    """The head noun after a count and where the mention ends."""
    noun = m.group("noun")
    if noun is not None:
        word = noun.lower().rstrip("'’-")
        if word.endswith(("'s", "’s")):
            head = _NEXT_WORD.match(m.string, m.start("noun") + len(noun)) if \
                _PARTITIVE_OF.search(m.string, m.start(), m.start("noun")) else None
            if head is not None:  # "two of Jang's aides": the aides are counted
                return head.group(1).lower(), head.end()
            word = word[:-2]
        verb = word.endswith("ed") and len(word) >= 4  # "died", "escaped", "disappeared"
        qualifier = word in _QUAL_WORDS  # "80 of the roughly 500": the next count's
        if word and word not in _NOT_NOUN and word.isalpha() and not verb and not qualifier:
            return word, m.start("noun") + len(word)
    if m.group("det"):
        return None, m.end("det")
    return None, m.end("numend")


# --- vague amounts and single persons ------------------------------------------------------


def _vague(text: str, s: int, lo: int, hi: int) -> _Count | None:
    """ "dozens", "hundreds of thousands", "several", "a few", "a couple of", "both"."""
    m = _VAGUE.match(text, s, hi)
    if m is None:
        return None
    phrase = " ".join(m.group("v").lower().split())
    left = _left(text, _LEFT_VAGUE, s, lo, last_word(text, lo, s) in _LEFT_VAGUE_WORDS)
    art = " ".join((left.group("art") or "").lower().split())
    noun, stop = _noun(m)
    begin = left.start("art") if art else s
    if phrase == "couple":
        return _Count(begin, stop, 2, 2, noun) if art.endswith("a") or m.group("of") else None
    if phrase == "both":
        two = (_two_of(m.group("det"), noun) and not _AND_NEXT.match(text, stop, hi)) or (
            noun is None and m.group("det") is None and _BOTH_DID.match(text, stop, hi))
        return _Count(s, stop, 2, 2, noun) if two else None
    if (phrase.startswith("few") and not art.endswith("a")) or (
        phrase in ("scores", "tens") and not m.group("of")
    ):
        return None
    if _qual_kind(left.group("qual")) == "min":
        begin = left.start("qual")
    return _Count(begin, stop, _VAGUE_MIN[phrase], None, noun)


# "Both were sent to ...": "both" as the subject of a verb
_BOTH_DID = re.compile(r"\s+(?:were|are|had|have)\b")
_AND_NEXT = re.compile(r"\s+and\b")  # "both men and women": no count


def _two_of(det: str | None, noun: str | None) -> bool:
    """ "both" counts two only before "of them" or a plural noun, not in "both X and Y"."""
    if det in ("them", "whom", "us"):
        return True
    return noun is not None and noun.endswith(("s", "men", "children", "people"))


def _persons(text: str, lo: int, hi: int) -> list[_Count]:
    """ "a woman", "an elderly man", "one former prisoner", "another detainee": 1..1 each."""
    found: list[_Count] = []
    for det in _DETERMINERS:
        for m in det.finditer(text, lo, hi):
            p = _PERSON_AFTER.match(text, m.end(), hi)
            if p is None and (aged := _AGED.match(text, m.end(), hi)) is not None:
                found.append(_Count(m.start(), aged.end(), 1, 1, "person"))  # "a 19-year-old"
                continue
            if p is None or (m.group().lower() == "one" and last_word(text, lo, m.start()) == "no"):
                continue
            found.append(_Count(m.start(), p.end("noun"), 1, 1, p.group("noun").lower()))
    return found


_Handler = Callable[[str, int, int, int], _Count | None]


def _scanners() -> tuple[dict[str, str], dict[str, tuple[re.Pattern[str], _Handler]]]:
    """For each count word: the literal to search for and the parser of what starts there."""
    keys: dict[str, str] = {}
    scanners: dict[str, tuple[re.Pattern[str], _Handler]] = {}

    def add(words: Iterable[str], handler: _Handler) -> None:
        """Register each word, lower-case and capitalised, with its handler."""
        for word in words:
            for form in (word, word[0].upper() + word[1:]):
                keys[form] = form
                scanners[form] = (re.compile(re.escape(form)), handler)

    add([*ONES, *TENS, *SCALES], _numeric)
    add(["dozens", "hundreds", "thousands", "millions", "scores", "tens", "several", "few",
         "couple", "both"], _vague)
    return keys, scanners


_SCAN_KEY, _SCANNERS = _scanners()
_CORE_WORDS = frozenset(_SCAN_KEY)
