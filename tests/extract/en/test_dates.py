from __future__ import annotations

import datetime as dt
import itertools
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from girok.extract.en.dates import find_publication_date, find_times
from girok.extract.en.offsets import find_later
from girok.records import DateRange, Offset, TimeMention

PUB = dt.date(2025, 5, 28)  # a Wednesday
NONE = DateRange()


def d(iso: str | None) -> dt.date | None:
    return None if iso is None else dt.date.fromisoformat(iso)


def r(earliest: str | None, latest: str | None) -> DateRange:
    return DateRange(d(earliest), d(latest))


def only(text: str, published: dt.date | None = PUB) -> TimeMention:
    """The single mention in `text`, checked to index the text exactly."""
    found = find_times(text, published)
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start : m.end] == m.text
    return m


def spans(text: str, published: dt.date | None = PUB) -> list[str]:
    return [m.text for m in find_times(text, published)]


# --- the examples of spec 3.1 -----------------------------------------------------------------


def test_spec_last_year_in_a_2024_article() -> None:
    m = only("Her husband was taken away last year.", dt.date(2024, 6, 3))
    assert m.text == "last year"
    assert m.past == r("2023-01-01", "2023-12-31")


def test_spec_on_the_21st_in_an_article_of_28_may_2025() -> None:
    m = only("The news reached her family on the 21st.", dt.date(2025, 5, 28))
    assert m.text == "on the 21st"
    assert m.past == r("2025-05-21", "2025-05-21")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was moved to the camp in early 2015.", r("2015-01-01", "2015-04-30")),
        ("The trial took place in mid-2015.", r("2015-05-01", "2015-08-31")),
        ("They were freed in late 2015.", r("2015-09-01", "2015-12-31")),
    ],
)
def test_spec_parts_of_a_year(text: str, expected: DateRange) -> None:
    m = only(text)
    assert m.past == m.future == expected
    assert m.precision == "range"


def test_spec_in_october_before_and_after_the_publication_month() -> None:
    # October lies after a May publication date: the previous year's October.
    assert only("The guards beat him in October.", dt.date(2025, 5, 28)).past == r(
        "2024-10-01", "2024-10-31")
    # In a November article it is this year's.
    assert only("The guards beat him in October.", dt.date(2025, 11, 2)).past == r(
        "2025-10-01", "2025-10-31")


def test_spec_announced_august_1_in_a_july_2015_article() -> None:
    m = only("Inmates will be pardoned on August 1, state media said.", dt.date(2015, 7, 14))
    assert m.text == "on August 1"
    assert m.future == r("2015-08-01", "2015-08-01")
    assert m.past == r("2014-08-01", "2014-08-01")


def test_spec_last_march_and_this_march() -> None:
    found = find_times("Last March she fled; this March she spoke out.", PUB)
    assert [m.text for m in found] == ["Last March", "this March"]
    assert found[0].past == found[0].future == r("2024-03-01", "2024-03-31")
    assert found[1].past == found[1].future == r("2025-03-01", "2025-03-31")


def test_spec_weekday_is_the_latest_such_day_on_or_before_publication() -> None:
    m = only("The ministry said Thursday that the men had confessed.", PUB)
    assert m.text == "Thursday"
    assert m.past == r("2025-05-22", "2025-05-22")
    assert m.future == r("2025-05-29", "2025-05-29")


# --- absolute expressions: the same with or without a publication date --------------------------

ABSOLUTE = [
    ("Released on May 28, 2025 at dawn.", "on May 28, 2025", "2025-05-28", "2025-05-28", "day"),
    ("The order of 28 May 2025 stands.", "28 May 2025", "2025-05-28", "2025-05-28", "day"),
    ("Logged as 2025-05-28 by the guard.", "2025-05-28", "2025-05-28", "2025-05-28", "day"),
    ("Stamped 05/28/2025 on the form.", "05/28/2025", "2025-05-28", "2025-05-28", "day"),
    ("Stamped 13/05/2025 on the form.", "13/05/2025", "2025-05-13", "2025-05-13", "day"),
    ("Stamped 28.05.2025 on the form.", "28.05.2025", "2025-05-28", "2025-05-28", "day"),
    ("Stamped 2025.05.28 on the form.", "2025.05.28", "2025-05-28", "2025-05-28", "day"),
    ("He left Oct. 14, 2015 for Dandong.", "Oct. 14, 2015", "2015-10-14", "2015-10-14", "day"),
    ("Filed March 6th, 2012 in Seoul.", "March 6th, 2012", "2012-03-06", "2012-03-06", "day"),
    ("Seized on the 6th of March, 2012.", "6th of March, 2012", "2012-03-06", "2012-03-06",
     "day"),
    ("Heard on Tuesday, July 14, 2015.", "on Tuesday, July 14, 2015", "2015-07-14",
     "2015-07-14", "day"),
    ("Arrested in July 2014 near Hyesan.", "in July 2014", "2014-07-01", "2014-07-31", "month"),
    ("Arrested in July of 2014.", "in July of 2014", "2014-07-01", "2014-07-31", "month"),
    ("She was caught in 2014.", "in 2014", "2014-01-01", "2014-12-31", "year"),
    ("The 2013 report named him.", "2013", "2013-01-01", "2013-12-31", "year"),
    ("He has been held since 2014.", "2014", "2014-01-01", "2014-12-31", "year"),
    ("The camp opened in 1930.", "in 1930", "1930-01-01", "1930-12-31", "year"),
    ("Held between 2011 and 2014 at Camp 16.", "between 2011 and 2014", "2011-01-01",
     "2014-12-31", "range"),
    ("He served from 1987 to 1994.", "from 1987 to 1994", "1987-01-01", "1994-12-31", "range"),
    ("A guard (1986–1994) testified.", "1986–1994", "1986-01-01", "1994-12-31", "range"),
    ("A guard (1986-1994) testified.", "1986-1994", "1986-01-01", "1994-12-31", "range"),
    ("In the 2014-15 winter many died.", "2014-15", "2014-01-01", "2015-12-31", "range"),
    ("Jailed from May 2014 to June 2015.", "from May 2014 to June 2015", "2014-05-01",
     "2015-06-30", "range"),
    ("Jailed from March to May 2014.", "from March to May 2014", "2014-03-01", "2014-05-31",
     "range"),
    ("Jailed from November to February 2010.", "from November to February 2010", "2009-11-01",
     "2010-02-28", "range"),
    ("The camp grew in the 1990s.", "in the 1990s", "1990-01-01", "1999-12-31", "decade"),
    ("It was built in the early 1980s.", "in the early 1980s", "1980-01-01", "1983-12-31",
     "decade"),
    ("Closures began in the mid-1990s.", "in the mid-1990s", "1994-01-01", "1996-12-31",
     "decade"),
    ("Famine peaked in the late 1990s.", "in the late 1990s", "1997-01-01", "1999-12-31",
     "decade"),
    ("Moved there in early 2015.", "in early 2015", "2015-01-01", "2015-04-30", "range"),
    ("Moved there mid 2015.", "mid 2015", "2015-05-01", "2015-08-31", "range"),
    ("Released by the end of 2015.", "the end of 2015", "2015-09-01", "2015-12-31", "range"),
    ("Seized at the beginning of 2015.", "the beginning of 2015", "2015-01-01", "2015-04-30",
     "range"),
    ("Tried in early October 2015.", "in early October 2015", "2015-10-01", "2015-10-10",
     "range"),
    ("Tried in mid-October 2015.", "in mid-October 2015", "2015-10-11", "2015-10-20", "range"),
    ("Tried in late May 2014.", "in late May 2014", "2014-05-21", "2014-05-31", "range"),
    ("Caught in the spring of 2009.", "in the spring of 2009", "2009-03-01", "2009-05-31",
     "season"),
    ("Caught in summer 2014.", "in summer 2014", "2014-06-01", "2014-08-31", "season"),
    ("Caught in the autumn of 2010.", "in the autumn of 2010", "2010-09-01", "2010-11-30",
     "season"),
    ("Caught in the fall of 2011.", "in the fall of 2011", "2011-09-01", "2011-11-30",
     "season"),
    ("Caught in the winter of 2009.", "in the winter of 2009", "2009-12-01", "2010-02-28",
     "season"),
    ("Caught in the winter of 2011.", "in the winter of 2011", "2011-12-01", "2012-02-29",
     "season"),
    ("Died in the winter of 2010-2011.", "in the winter of 2010-2011", "2010-12-01",
     "2011-02-28", "season"),
    ("In 2010 and 2011 many died.", "In 2010 and 2011", "2010-01-01", "2011-12-31", "range"),
    ("Sentenced in 2014 and 2015.", "in 2014 and 2015", "2014-01-01", "2015-12-31", "range"),
    ("Pardoned Oct. 8-9, 2015 in all camps.", "Oct. 8-9, 2015", "2015-10-08", "2015-10-09",
     "range"),
    ("Pardoned October 8 to 9, 2015.", "October 8 to 9, 2015", "2015-10-08", "2015-10-09",
     "range"),
    ("Pardoned on 8-9 October 2015.", "on 8-9 October 2015", "2015-10-08", "2015-10-09",
     "range"),
]


@pytest.mark.parametrize(("text", "span", "earliest", "latest", "precision"), ABSOLUTE)
@pytest.mark.parametrize("published", [PUB, None])
def test_absolute_expressions(text: str, span: str, earliest: str, latest: str,
                              precision: str, published: dt.date | None) -> None:
    m = only(text, published)
    assert m.text == span
    assert m.past == m.future == r(earliest, latest)
    assert m.precision == precision
    assert m.duration_days is None


# --- relative expressions, resolved against 28 May 2025 (a Wednesday) --------------------------

RELATIVE = [
    # text, span, past, future, precision
    ("Returnees interviewed in previous years said so.", "in previous years",
     (None, "2024-12-31"), (None, "2024-12-31"), "range"),
    ("Many died in past years.", "in past years", (None, "2024-12-31"), (None, "2024-12-31"),
     "range"),
    ("Word came on the 21st.", "on the 21st", ("2025-05-21",) * 2, ("2025-06-21",) * 2, "day"),
    ("Word came on the 30th.", "on the 30th", ("2025-04-30",) * 2, ("2025-05-30",) * 2, "day"),
    ("Word came on the 31st.", "on the 31st", ("2025-03-31",) * 2, ("2025-05-31",) * 2, "day"),
    ("Word came by the 28th.", "the 28th", ("2025-05-28",) * 2, ("2025-05-28",) * 2, "day"),
    ("Seized on the 3rd of last month.", "on the 3rd of last month", ("2025-04-03",) * 2,
     ("2025-04-03",) * 2, "day"),
    ("Arrested in October.", "in October", ("2024-10-01", "2024-10-31"),
     ("2025-10-01", "2025-10-31"), "month"),
    ("Arrested in March.", "in March", ("2025-03-01", "2025-03-31"),
     ("2026-03-01", "2026-03-31"), "month"),
    ("Arrested in May.", "in May", ("2025-05-01", "2025-05-31"), ("2025-05-01", "2025-05-31"),
     "month"),
    ("Held until October.", "October", ("2024-10-01", "2024-10-31"),
     ("2025-10-01", "2025-10-31"), "month"),
    ("Arrested next March.", "next March", ("2026-03-01", "2026-03-31"),
     ("2026-03-01", "2026-03-31"), "month"),
    ("Arrested in early October.", "in early October", ("2024-10-01", "2024-10-10"),
     ("2025-10-01", "2025-10-10"), "range"),
    ("Arrested in late April.", "in late April", ("2025-04-21", "2025-04-30"),
     ("2026-04-21", "2026-04-30"), "range"),
    ("Freed at the end of May.", "the end of May", ("2025-05-21", "2025-05-31"),
     ("2025-05-21", "2025-05-31"), "range"),
    ("Freed on August 1.", "on August 1", ("2024-08-01",) * 2, ("2025-08-01",) * 2, "day"),
    ("Freed on May 2.", "on May 2", ("2025-05-02",) * 2, ("2026-05-02",) * 2, "day"),
    ("Freed on 2 May.", "on 2 May", ("2025-05-02",) * 2, ("2026-05-02",) * 2, "day"),
    ("Freed Oct. 8-9 in all camps.", "Oct. 8-9", ("2024-10-08", "2024-10-09"),
     ("2025-10-08", "2025-10-09"), "range"),
    ("Freed October 8 to 9.", "October 8 to 9", ("2024-10-08", "2024-10-09"),
     ("2025-10-08", "2025-10-09"), "range"),
    ("Freed on Feb. 29.", "on Feb. 29", ("2024-02-29",) * 2, ("2028-02-29",) * 2, "day"),
    ("Held between May and July.", "between May and July", ("2025-05-01", "2025-07-31"),
     ("2025-05-01", "2025-07-31"), "range"),
    ("Police came on Thursday.", "on Thursday", ("2025-05-22",) * 2, ("2025-05-29",) * 2,
     "day"),
    ("Police came on Wednesday.", "on Wednesday", ("2025-05-28",) * 2, ("2025-05-28",) * 2,
     "day"),
    ("Police came last Wednesday.", "last Wednesday", ("2025-05-21",) * 2, ("2025-05-21",) * 2,
     "day"),
    ("Police come next Wednesday.", "next Wednesday", ("2025-06-04",) * 2, ("2025-06-04",) * 2,
     "day"),
    ("At Monday's hearing.", "Monday", ("2025-05-26",) * 2, ("2025-06-02",) * 2, "day"),
    ("Police came on Sunday morning.", "on Sunday morning", ("2025-05-25",) * 2,
     ("2025-06-01",) * 2, "day"),
    ("It happened last year.", "last year", ("2024-01-01", "2024-12-31"),
     ("2024-01-01", "2024-12-31"), "year"),
    ("It happened this year.", "this year", ("2025-01-01", "2025-12-31"),
     ("2025-01-01", "2025-12-31"), "year"),
    ("It happens next year.", "next year", ("2026-01-01", "2026-12-31"),
     ("2026-01-01", "2026-12-31"), "year"),
    ("It happened last month.", "last month", ("2025-04-01", "2025-04-30"),
     ("2025-04-01", "2025-04-30"), "month"),
    ("It happened this month.", "this month", ("2025-05-01", "2025-05-31"),
     ("2025-05-01", "2025-05-31"), "month"),
    ("It happens next month.", "next month", ("2025-06-01", "2025-06-30"),
     ("2025-06-01", "2025-06-30"), "month"),
    ("It happened last week.", "last week", ("2025-05-19", "2025-05-25"),
     ("2025-05-19", "2025-05-25"), "range"),
    ("It happened this week.", "this week", ("2025-05-26", "2025-06-01"),
     ("2025-05-26", "2025-06-01"), "range"),
    ("It happened earlier this year.", "earlier this year", ("2025-01-01", "2025-05-28"),
     ("2025-01-01", "2025-05-28"), "range"),
    ("It happened earlier this month.", "earlier this month", ("2025-05-01", "2025-05-28"),
     ("2025-05-01", "2025-05-28"), "range"),
    ("It happens later this year.", "later this year", ("2025-05-28", "2025-12-31"),
     ("2025-05-28", "2025-12-31"), "range"),
    ("It happened late last year.", "late last year", ("2024-09-01", "2024-12-31"),
     ("2024-09-01", "2024-12-31"), "range"),
    ("It happened early this year.", "early this year", ("2025-01-01", "2025-04-30"),
     ("2025-01-01", "2025-04-30"), "range"),
    ("It happened yesterday.", "yesterday", ("2025-05-27",) * 2, ("2025-05-27",) * 2, "day"),
    ("It happened today.", "today", ("2025-05-28",) * 2, ("2025-05-28",) * 2, "day"),
    ("It happens tomorrow.", "tomorrow", ("2025-05-29",) * 2, ("2025-05-29",) * 2, "day"),
    ("It happened the day before yesterday.", "the day before yesterday",
     ("2025-05-26",) * 2, ("2025-05-26",) * 2, "day"),
    ("It happened in the spring of last year.", "in the spring of last year",
     ("2024-03-01", "2024-05-31"), ("2024-03-01", "2024-05-31"), "season"),
    ("Ten years ago the camp closed.", "Ten years ago", ("2015-01-01", "2015-12-31"),
     ("2015-01-01", "2015-12-31"), "year"),
    ("It closed 10 years ago.", "10 years ago", ("2015-01-01", "2015-12-31"),
     ("2015-01-01", "2015-12-31"), "year"),
    ("It closed two decades ago.", "two decades ago", ("2005-01-01", "2005-12-31"),
     ("2005-01-01", "2005-12-31"), "year"),
    ("It closed a year ago.", "a year ago", ("2024-01-01", "2024-12-31"),
     ("2024-01-01", "2024-12-31"), "year"),
    ("It closed about ten years ago.", "about ten years ago", ("2015-01-01", "2015-12-31"),
     ("2015-01-01", "2015-12-31"), "year"),
    ("It closed more than a decade ago.", "more than a decade ago", (None, "2015-12-31"),
     (None, "2015-12-31"), "year"),
    ("It closed six months ago.", "six months ago", ("2024-11-01", "2024-11-30"),
     ("2024-11-01", "2024-11-30"), "month"),
    ("It closed three weeks ago.", "three weeks ago", ("2025-05-05", "2025-05-11"),
     ("2025-05-05", "2025-05-11"), "range"),
    ("It closed five days ago.", "five days ago", ("2025-05-23",) * 2, ("2025-05-23",) * 2,
     "day"),
    ("He was arrested a few days ago.", "a few days ago", ("2025-05-19", "2025-05-26"),
     ("2025-05-19", "2025-05-26"), "range"),
    ("It closed several weeks ago.", "several weeks ago", ("2025-03-26", "2025-05-14"),
     ("2025-03-26", "2025-05-14"), "range"),
    ("It closed a few months ago.", "a few months ago", (None, "2025-03-31"),
     (None, "2025-03-31"), "range"),
    ("It closed several years ago.", "several years ago", (None, "2023-12-31"),
     (None, "2023-12-31"), "range"),
    ("It closed the year before last.", "the year before last", ("2023-01-01", "2023-12-31"),
     ("2023-01-01", "2023-12-31"), "year"),
    ("It closed the month before last.", "the month before last",
     ("2025-03-01", "2025-03-31"), ("2025-03-01", "2025-03-31"), "month"),
    ("She was held this past April.", "this past April", ("2025-04-01", "2025-04-30"),
     ("2025-04-01", "2025-04-30"), "month"),
    ("She was held this past June.", "this past June", ("2024-06-01", "2024-06-30"),
     ("2024-06-01", "2024-06-30"), "month"),
    ("Arrests rose this past winter.", "this past winter", ("2024-12-01", "2025-02-28"),
     ("2024-12-01", "2025-02-28"), "season"),
    ("They were seized in the last week of February 2015.",
     "in the last week of February 2015", ("2015-02-22", "2015-02-28"),
     ("2015-02-22", "2015-02-28"), "range"),
    ("They were seized in the first week of March.", "in the first week of March",
     ("2025-03-01", "2025-03-07"), ("2026-03-01", "2026-03-07"), "range"),
    ("Dozens were held in recent weeks.", "in recent weeks", ("2025-04-16", "2025-05-28"),
     ("2025-04-16", "2025-05-28"), "range"),
    ("Dozens were held in recent days.", "in recent days", ("2025-05-14", "2025-05-28"),
     ("2025-05-14", "2025-05-28"), "range"),
    ("Dozens were held in recent months.", "in recent months", ("2024-11-26", "2025-05-28"),
     ("2024-11-26", "2025-05-28"), "range"),
    ("Dozens were held in the past two years.", "in the past two years",
     ("2023-05-29", "2025-05-28"), ("2023-05-29", "2025-05-28"), "range"),
    ("Dozens were held over the past year.", "the past year", ("2024-05-28", "2025-05-28"),
     ("2024-05-28", "2025-05-28"), "range"),
    ("Arrests rose in the spring.", "in the spring", ("2025-03-01", "2025-05-31"),
     ("2025-03-01", "2025-05-31"), "season"),
    ("Arrests rose during the winter.", "during the winter", ("2024-12-01", "2025-02-28"),
     ("2025-12-01", "2026-02-28"), "season"),
    ("Arrests rose last summer.", "last summer", ("2024-06-01", "2024-08-31"),
     ("2024-06-01", "2024-08-31"), "season"),
    ("Two died of hunger that summer.", "that summer", ("2024-06-01", "2024-08-31"),
     ("2025-06-01", "2025-08-31"), "season"),
    ("Arrests rise this winter.", "this winter", ("2025-12-01", "2026-02-28"),
     ("2025-12-01", "2026-02-28"), "season"),
]


@pytest.mark.parametrize(("text", "span", "past", "future", "precision"), RELATIVE)
def test_relative_expressions(text: str, span: str, past: tuple[str | None, str | None],
                              future: tuple[str | None, str | None], precision: str) -> None:
    m = only(text)
    assert m.text == span
    assert m.past == r(*past)
    assert m.future == r(*future)
    assert m.precision == precision


def test_last_weekday_on_that_weekday_is_a_week_before() -> None:
    assert only("Seized last Thursday.", dt.date(2025, 5, 29)).past == r("2025-05-22",
                                                                         "2025-05-22")


def test_on_the_nth_in_an_early_january_article_reaches_into_december() -> None:
    m = only("Word came on the 20th.", dt.date(2025, 1, 5))
    assert m.past == r("2024-12-20", "2024-12-20")
    assert m.future == r("2025-01-20", "2025-01-20")


def test_announced_date_in_the_publication_month_is_the_same_month() -> None:
    m = only("Amnesty will be granted on July 20.", dt.date(2015, 7, 14))
    assert m.future == r("2015-07-20", "2015-07-20")
    assert m.past == r("2014-07-20", "2014-07-20")


# --- durations ---------------------------------------------------------------------------------

DURATIONS = [
    ("Held for ten years in Camp 15.", "for ten years", 3650),
    ("Held for 10 years in Camp 15.", "for 10 years", 3650),
    ("Released after about six months.", "after about six months", 180),
    ("Released after three years.", "after three years", 1095),
    ("Imprisoned for eight years.", "for eight years", 2920),
    ("Held for over eight years.", "for over eight years", 2920),
    ("She spent over a decade there.", "over a decade", 3650),
    ("Detained for a year and a half.", "for a year and a half", 548),
    ("Questioned for two weeks.", "for two weeks", 14),
    ("Beaten for three days.", "for three days", 3),
    ("Freed within a month.", "within a month", 30),
    ("He was held for twenty-one months.", "for twenty-one months", 630),
]


@pytest.mark.parametrize(("text", "span", "days"), DURATIONS)
@pytest.mark.parametrize("published", [PUB, None])
def test_durations(text: str, span: str, days: int, published: dt.date | None) -> None:
    m = only(text, published)
    assert m.text == span
    assert m.duration_days == days
    assert m.precision == "duration"
    assert m.past == m.future == NONE


# --- what is no time mention -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She has recently been released.",
        "He received a two-year sentence.",
        "Some 2014 people were moved.",
        "The 21st century began.",
        "On the 70th anniversary of liberation.",
        "He had been held for years.",
        "Theresa May said so.",
        "Many more in recent years.",
        "It held 1930 prisoners.",
        "Camp 1930 alone.",
        "The sum was 12,014 won.",
        "A ratio of 2014.5 was cited.",
        "Growth of 2015% was claimed.",
        "Before the fall of the regime.",
        "The previous year was hard.",
        "Each year they came.",
        "Deaths were common, particularly in winter.",
        "The may 28 meeting.",
        "Room 2015A was empty.",
        "화성 제2014호 관리소",
        "",
    ],
)
def test_not_time_mentions(text: str) -> None:
    assert find_times(text, PUB) == []


# --- without a publication date ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He was seized last year.", "last year"),
        ("News came on the 21st.", "on the 21st"),
        ("He was seized in October.", "in October"),
        ("He was seized on Thursday.", "on Thursday"),
        ("He was seized ten years ago.", "ten years ago"),
        ("He was seized yesterday.", "yesterday"),
        ("He was seized on August 1.", "on August 1"),
        ("Arrests rose in the spring.", "in the spring"),
        ("Dozens were held in recent weeks.", "in recent weeks"),
        ("It happened earlier this year.", "earlier this year"),
    ],
)
def test_relative_expressions_without_publication_date_are_open(text: str, span: str) -> None:
    m = only(text, None)
    assert m.text == span
    assert m.past == m.future == NONE


def test_range_anchors_a_yearless_month_on_the_stated_year_without_publication() -> None:
    m = only("Jailed from March to May 2014.", None)
    assert m.past == r("2014-03-01", "2014-05-31")


def test_datetime_publication_is_accepted() -> None:
    m = only("It happened yesterday.", dt.datetime(2025, 5, 28, 9, 7))
    assert m.past == r("2025-05-27", "2025-05-27")


# --- offsets, order, overlaps --------------------------------------------------------------------

REPORT = (
    "SEOUL, May 28, 2025 -- A woman arrested between 2011 and 2014 was sent to a camp in "
    "early 2015 and held for 10 years. She was released on the 21st, a relative said "
    "Thursday. In October, guards beat three inmates; last March, two more died.\n"
)


def test_mentions_are_sorted_non_overlapping_and_index_the_text() -> None:
    found = find_times(REPORT, PUB)
    assert [m.text for m in found] == [
        "May 28, 2025", "between 2011 and 2014", "in early 2015", "for 10 years", "on the 21st",
        "Thursday", "In October", "last March",
    ]
    for m in found:
        assert REPORT[m.start : m.end] == m.text
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


def test_start_and_end_restrict_the_search_with_absolute_offsets() -> None:
    start = REPORT.index("She was")
    end = REPORT.index("In October")
    found = find_times(REPORT, PUB, start, end)
    assert [m.text for m in found] == ["on the 21st", "Thursday"]
    for m in found:
        assert start <= m.start < m.end <= end
        assert REPORT[m.start : m.end] == m.text


def test_an_expression_cut_by_the_end_bound_is_read_from_what_remains() -> None:
    text = "Seized on May 28, 2025."
    found = find_times(text, PUB, 0, text.index(","))
    assert [m.text for m in found] == ["on May 28"]


@pytest.mark.parametrize(("start", "end"), [(5, 5), (10, 3), (-4, 0), (500, None)])
def test_empty_or_inverted_bounds(start: int, end: int | None) -> None:
    assert find_times("It happened in 2014.", PUB, start, end) == []


def test_longest_match_wins() -> None:
    assert spans("Seen on Tuesday, May 27, 2025 by a guard.") == ["on Tuesday, May 27, 2025"]
    assert spans("Detained in early October 2015.") == ["in early October 2015"]
    assert spans("Held in the summer of 2009.") == ["in the summer of 2009"]


def test_several_expressions_in_one_sentence() -> None:
    assert spans("Arrested in 2014, imprisoned in early 2015, released last month.") == [
        "in 2014", "in early 2015", "last month"]


# --- publication date ----------------------------------------------------------------------------

LEAD = (
    "Three women who crossed the Tumen River were handed back to border guards, "
    "a source said. They are held in Onsong.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline about a release\n\nSEOUL, March 3, 2024 (Yonhap) -- " + LEAD, "2024-03-03"),
        ("Headline\nBy Jane Doe | 05/28/2025 09:07\n" + LEAD, "2025-05-28"),
        ("Headline\nBy Kim Min-ji  |  Oct. 14, 2015 at 1:56 PM\n" + LEAD, "2015-10-14"),
        ("Headline\nSubtitle line\nJuly 14, 2015, 5:10pm\n" + LEAD, "2015-07-14"),
        ("Headline\nPublished: 2019-11-02\n" + LEAD, "2019-11-02"),
        ("Headline\nDate: 2 November 2019\n" + LEAD, "2019-11-02"),
        ("Headline\nUpdated: 2019-11-05\nPublished: 2019-11-02\n" + LEAD, "2019-11-02"),
        ("Headline\nUpdated: Nov. 5, 2019\n" + LEAD, "2019-11-05"),
        ("Headline\n\nPosted March 6th, 2012 at 12:05 am (UTC-5)\n\n" + LEAD, "2012-03-06"),
        ("Headline\n\n17 September 2013\n\n" + LEAD, "2013-09-17"),
        ("Headline\nTuesday, May 27, 2025\n" + LEAD, "2025-05-27"),
        (LEAD * 30 + "Published on June 2, 2020\n", "2020-06-02"),
        ("Headline\n\nGENEVA (27 February 2024) – " + LEAD, "2024-02-27"),
        ("Headline\n\n(Seoul, October 19, 2020) – " + LEAD, "2020-10-19"),
        ("Daily NK | 2023.06.20 3:10pm\n\nHeadline\n\n" + LEAD, "2023-06-20"),
        ("Daily NK | Ryanggang Province | 2022.11.02\n\nHeadline\n\n" + LEAD, "2022-11-02"),
        ("Daily NK | 2019.10.15 | By Kang Mi-jin\n\nHeadline\n\n" + LEAD, "2019-10-15"),
        ("Headline\n\n15 October 2024 Human Rights\n\n" + LEAD, "2024-10-15"),
        ("Headline\n\n3 March 2023 Migrants and Refugees\n\n" + LEAD, "2023-03-03"),
    ],
)
def test_publication_date_found(text: str, expected: str) -> None:
    assert find_publication_date(text) == d(expected)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Headline\nSEOUL, Oct. 14 (UPI) -- " + LEAD,
        "A pastor was arrested on May 3, 2014 in Pyongyang and sentenced later.\n" + LEAD,
        "Kim Chol (born February 16, 1955) is a former prisoner of Camp 15.\n" + LEAD,
        "Floods hit the north in September 2016.\n" + LEAD,
        "He said (27 February 2024) - " + LEAD,
        "Headline\n\n15 October 2024 Kim Chol was arrested in Hyesan\n\n" + LEAD,
        LEAD * 30 + "- Guards accused of taking bribes - September 8, 2024\n"
        "- New rules on phone calls - September 5, 2024\n",
        LEAD * 40 + "He was arrested on May 3, 2014 near Hoeryong, his brother said.\n" + LEAD,
    ],
)
def test_publication_date_absent_or_unsure(text: str) -> None:
    assert find_publication_date(text) is None


def test_publication_label_wins_over_a_lone_date_line() -> None:
    text = "Headline\n12 May 2020\nPublished: 14 May 2020\n" + LEAD
    assert find_publication_date(text) == dt.date(2020, 5, 14)


def test_date_after_the_opening_and_not_labelled_is_ignored() -> None:
    text = LEAD * 20 + "\nJuly 14, 2015\n" + LEAD * 20
    assert find_publication_date(text) is None


# --- robustness and speed ------------------------------------------------------------------------

_PIECES = [
    "in", "on", "the", "last", "this", "next", "early", "mid-", "late", "May", "October",
    "Oct.", "Thursday", "2014", "1990s", "28", "21st", "of", "year", "years", "ago", "for",
    "ten", "a", "between", "and", "to", "from", "–", ",", "recent", "weeks", "spring", "fall",
    "2025-05-28", "05/28/2025", "today", "half", "decade", "said", "Feb.", "29", "31", "\n",
    "Published:", "By", "|", "9999", "0001", "since", "9" * 40,
]


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.text(max_size=300), st.lists(st.sampled_from(_PIECES), max_size=40).map(
        " ".join)),
    st.one_of(st.none(), st.dates()),
    st.integers(min_value=-3, max_value=320),
    st.one_of(st.none(), st.integers(min_value=-3, max_value=320)),
)
def test_any_text_never_crashes_and_offsets_stay_in_bounds(
    text: str, published: dt.date | None, start: int, end: int | None
) -> None:
    lo = max(0, min(start, len(text)))
    hi = len(text) if end is None else max(0, min(end, len(text)))
    found = find_times(text, published, start, end)
    for m in found:
        assert lo <= m.start < m.end <= hi
        assert text[m.start : m.end] == m.text
        for reading in (m.past, m.future):
            if reading.earliest and reading.latest:
                assert reading.earliest <= reading.latest
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    find_publication_date(text)


@pytest.mark.parametrize(
    "text",
    ["9" * 5000, "in the past " + "9" * 400 + " years", "1-" * 2000, "May " * 1000,
     "in the " * 1000 + "1990s", "2014–" * 1000, " " * 5000 + "in 2014", "last year " * 500],
)
def test_pathological_inputs_stay_linear_and_sane(text: str) -> None:
    began = time.perf_counter()
    for m in find_times(text, PUB):
        assert text[m.start : m.end] == m.text
    find_publication_date(text)
    assert time.perf_counter() - began < 1.0


def test_a_5000_character_report_is_fast() -> None:
    text = (REPORT * 40)[:5000]
    find_times(text, PUB)  # warm up
    runs = 20
    began = time.perf_counter()
    for _ in range(runs):
        find_times(text, PUB)
        find_publication_date(text)
    assert (time.perf_counter() - began) / runs < 0.02  # generous: ~1 ms on a laptop


@pytest.mark.parametrize(("text", "earliest", "latest"), [
    ("She died in April last year.", "2018-04-01", "2018-04-30"),
    ("He was freed in March this year.", "2019-03-01", "2019-03-31"),
    ("They were caught in early October of last year.", "2018-10-01", "2018-10-10"),
])
def test_month_with_year_qualifier(text: str, earliest: str, latest: str) -> None:
    [t] = find_times(text, dt.date(2019, 5, 28))
    assert (t.past.earliest, t.past.latest) == (dt.date.fromisoformat(earliest),
                                                dt.date.fromisoformat(latest))
    assert text[t.start : t.end].endswith("year")


@pytest.mark.parametrize(("text", "expected"), [
    ("in the first half of 2021", r("2021-01-01", "2021-06-30")),
    ("in the second half of 2019", r("2019-07-01", "2019-12-31")),
    ("in the latter half of 2018", r("2018-07-01", "2018-12-31")),
    ("in the first quarter of 2020", r("2020-01-01", "2020-03-31")),
    ("in the fourth quarter of 2020", r("2020-10-01", "2020-12-31")),
    ("in the first half of March 2019", r("2019-03-01", "2019-03-15")),
    ("in the second half of June 2019", r("2019-06-16", "2019-06-30")),
])
def test_halves_and_quarters(text: str, expected: DateRange) -> None:
    m = only(text)
    assert (m.past, m.text) == (expected, text)


@pytest.mark.parametrize(("text", "past"), [
    ("over the weekend", r("2025-05-24", "2025-05-25")),
    ("last weekend", r("2025-05-24", "2025-05-25")),
    ("next weekend", r("2025-05-31", "2025-06-01")),
    ("at the end of last year", r("2024-09-01", "2024-12-31")),
    ("at the beginning of this month", r("2025-05-01", "2025-05-10")),
])
def test_weekends_and_parts_of_relative_periods(text: str, past: DateRange) -> None:
    [m] = find_times(text, PUB)
    assert m.past == past


def test_weekends_in_general_are_no_date() -> None:
    assert find_times("Visits were allowed at weekends.", PUB) == []


def test_a_bare_weekend_glued_to_a_sentence_is_no_date_and_no_crash() -> None:
    assert spans("Two women were arrested in Hyesan last year.Weekend") == ["last year"]


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("They were released early in 2012 under an amnesty.", "early in 2012",
     r("2012-01-01", "2012-04-30")),
    ("He was arrested late in 2015.", "late in 2015", r("2015-09-01", "2015-12-31")),
    ("He was arrested later in 2015.", "in 2015", r("2015-01-01", "2015-12-31")),
])
def test_a_part_of_a_year_before_in(text: str, span: str, expected: DateRange) -> None:
    [t] = find_times(text, PUB)
    assert (t.text, t.past) == (span, expected)


@pytest.mark.parametrize("text", ["the same day", "that same day", "later that day"])
def test_the_same_day_moves_the_narrative_by_nothing(text: str) -> None:
    assert find_later(text, 0, len(text)) == Offset(days=0)


@pytest.mark.parametrize(("text", "expected"), [
    ("in the first half of the year", r("2015-01-01", "2015-06-30")),
    ("in the first half of this year", r("2015-01-01", "2015-06-30")),
    ("in the last quarter of last year", r("2014-10-01", "2014-12-31")),
    ("at the beginning of the year", r("2015-01-01", "2015-04-30")),
])
def test_parts_of_the_publication_year(text: str, expected: DateRange) -> None:
    [t] = find_times(text, dt.date(2015, 7, 14))
    assert t.past == expected


def test_a_year_that_begins_a_name_dates_nothing() -> None:
    assert spans("They were punished under the 2020 Reactionary Ideology and Culture Rejection "
                 "Act.") == []
    assert spans("Security was tightened before the 2018 Winter Olympics.") == []
    assert spans("In 2019 North Korea's Criminal Law was revised.") == ["In 2019"]
