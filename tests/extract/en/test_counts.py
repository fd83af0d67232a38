from __future__ import annotations

import itertools
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from girok.extract.en.counts import find_counts, plural, word_value
from girok.records import CountMention


def only(text: str) -> CountMention:
    """The single count in `text`, checked to index the text exactly."""
    found = find_counts(text)
    assert len(found) == 1, found
    c = found[0]
    assert text[c.start : c.end] == c.text
    return c


COUNTS = [
    # text, span, min, max, noun
    # one person: a singular person noun after "a", "an", "one", "another"
    ("Police detained a woman at the market.", "a woman", 1, 1, "woman"),
    ("A man was shot at dawn.", "A man", 1, 1, "man"),
    ("They questioned a resident of Musan.", "a resident", 1, 1, "resident"),
    ("According to a former prisoner, food ran out.", "a former prisoner", 1, 1, "prisoner"),
    ("An elderly man died in custody.", "An elderly man", 1, 1, "man"),
    ("One former detainee spoke to us.", "One former detainee", 1, 1, "detainee"),
    ("Another inmate was beaten.", "Another inmate", 1, 1, "inmate"),
    ("They held a 50-year-old woman overnight.", "a 50-year-old woman", 1, 1, "woman"),
    ("A North Korean woman was sent back.", "A North Korean woman", 1, 1, "woman"),
    ("A North Korean was sent back.", "A North Korean", 1, 1, "korean"),
    ("A Canadian pastor was jailed.", "A Canadian pastor", 1, 1, "pastor"),
    # plain numbers, digits and words
    ("They said 600 escapees were sent back.", "600 escapees", 600, 600, "escapees"),
    ("Six hundred North Korean escapees were held.", "Six hundred North Korean escapees",
     600, 600, "escapees"),
    ("The camp held 3,000 people.", "3,000 people", 3000, 3000, "people"),
    # "of" counts as a word only on its own: "30 officials" is not "30 of ..."
    ("They shot as many as 30 officials.", "as many as 30 officials", None, 30, "officials"),
    ("Some 12 offenders were held.", "Some 12 offenders", 12, 12, "offenders"),
    # a month then a comma ends the date: "In February, three smugglers"
    ("In February, three smugglers were held.", "three smugglers", 3, 3, "smugglers"),
    ("In March two others were held.", "two", 2, 2, None),
    # a noun before the person noun says what kind of person
    ("A drug dealer was shot.", "A drug dealer", 1, 1, "dealer"),
    # an age standing for the person
    ("A 19-year-old was sentenced.", "A 19-year-old", 1, 1, "person"),
    ("Two of his friends were freed.", "Two of his friends", 2, 2, "friends"),
    # "80 of the roughly 500": the qualifier is the next count's, not a noun
    ("About 80 of the roughly", "About 80 of the", 80, 80, None),
    ("It held 2000 prisoners then.", "2000 prisoners", 2000, 2000, "prisoners"),
    ("Two journalists were pardoned.", "Two journalists", 2, 2, "journalists"),
    ("Three former detainees testified.", "Three former detainees", 3, 3, "detainees"),
    ("Forty guards ran the site.", "Forty guards", 40, 40, "guards"),
    ("Twenty-three defectors were caught.", "Twenty-three defectors", 23, 23, "defectors"),
    ("He was given 10 years of labour.", "10 years", 10, 10, "years"),
    ("Prisoners work 14 hours a day.", "14 hours", 14, 14, "hours"),
    ("It has 12 penitentiaries.", "12 penitentiaries", 12, 12, "penitentiaries"),
    ("About 1.2 million people fled.", "About 1.2 million people", 1_200_000, 1_200_000,
     "people"),
    ("A hundred prisoners were freed.", "A hundred prisoners", 100, 100, "prisoners"),
    ("All 600 were re-arrested in July.", "All 600", 600, 600, None),
    ("The 500–600 administrative agents.", "500–600 administrative agents", 500, 600,
     "agents"),
    ("Two of them died.", "Two of them", 2, 2, None),
    ("Five of the prisoners escaped.", "Five of the prisoners", 5, 5, "prisoners"),
    # ranges
    ("Estimates range from 80,000-120,000.", "80,000-120,000", 80_000, 120_000, None),
    ("It holds 80,000 to 120,000 prisoners.", "80,000 to 120,000 prisoners", 80_000, 120_000,
     "prisoners"),
    ("Between 80,000 and 120,000 political prisoners.",
     "Between 80,000 and 120,000 political prisoners", 80_000, 120_000, "prisoners"),
    ("It holds some 3,300 to 5,000 women.", "some 3,300 to 5,000 women", 3300, 5000, "women"),
    ("Two or three guards watched.", "Two or three guards", 2, 3, "guards"),
    ("Up to 1-2 million people starved.", "Up to 1-2 million people", None, 2_000_000,
     "people"),
    ("Some 1-2 million people starved.", "Some 1-2 million people", 1_000_000, 2_000_000,
     "people"),
    ("It holds between 3,300[2] and 5,000 inmates.[1]",
     "between 3,300[2] and 5,000 inmates", 3300, 5000, "inmates"),
    ("Four different camps closed.", "Four different camps", 4, 4, "camps"),
    # open-ended and bounded qualifiers
    ("More than 500 were released.", "More than 500", 500, None, None),
    ("Over 500 were released.", "Over 500", 500, None, None),
    ("At least 500 were released.", "At least 500", 500, None, None),
    ("They freed 500 or more inmates.", "500 or more inmates", 500, None, "inmates"),
    ("They caught 40 or more.", "40 or more", 40, None, None),
    ("They caught 40+ defectors.", "40+ defectors", 40, None, "defectors"),
    ("They caught more than 40 North Koreans.", "more than 40 North Koreans", 40, None,
     "koreans"),
    ("Potentially more than 40 North Koreans.", "more than 40 North Koreans", 40, None,
     "koreans"),
    ("About 600 were released.", "About 600", 600, 600, None),
    ("Some 600 were released.", "Some 600", 600, 600, None),
    ("Around 600 were released.", "Around 600", 600, 600, None),
    ("Approximately 600 were released.", "Approximately 600", 600, 600, None),
    ("Roughly 600 were released.", "Roughly 600", 600, 600, None),
    ("An estimated 600 inmates died.", "An estimated 600 inmates", 600, 600, "inmates"),
    ("Up to 600 were released.", "Up to 600", None, 600, None),
    ("Nearly 600 people were released.", "Nearly 600 people", None, 600, "people"),
    ("Almost 600 were released.", "Almost 600", None, 600, None),
    ("Fewer than 600 were released.", "Fewer than 600", None, 600, None),
    ("Less than 600 were released.", "Less than 600", None, 600, None),
    ("As many as 600 were released.", "As many as 600", None, 600, None),
    # vague amounts
    ("Dozens were detained.", "Dozens", 24, None, None),
    ("Police held dozens of people.", "dozens of people", 24, None, "people"),
    ("Hundreds were detained.", "Hundreds", 200, None, None),
    ("Thousands of prisoners were freed.", "Thousands of prisoners", 2000, None, "prisoners"),
    ("Tens of thousands died.", "Tens of thousands", 20_000, None, None),
    ("Hundreds of thousands of people are held.", "Hundreds of thousands of people", 200_000,
     None, "people"),
    ("Several defectors were caught.", "Several defectors", 3, None, "defectors"),
    ("Several recently escaped defectors spoke.", "Several recently escaped defectors", 3,
     None, "defectors"),
    ("Several hundred guards fled.", "Several hundred guards", 300, None, "guards"),
    ("A few were released.", "A few", 2, None, None),
    ("After a few days they left.", "a few days", 2, None, "days"),
    ("A dozen guards stood by.", "A dozen guards", 12, 12, "guards"),
    ("More than a dozen were shot.", "More than a dozen", 12, None, None),
    ("Half a dozen were shot.", "Half a dozen", 6, 6, None),
    ("Two dozen were shot.", "Two dozen", 24, 24, None),
    ("Scores of people fled.", "Scores of people", 40, None, "people"),
    ("A couple of men were shot.", "A couple of men", 2, 2, "men"),
    ("A couple was arrested.", "A couple", 2, 2, None),
    ("Both men were shot.", "Both men", 2, 2, "men"),
    ("Both of them were shot.", "Both of them", 2, 2, None),
    ("Both were sent to the camp.", "Both", 2, 2, None),
    ("Two of Jang's aides were shot.", "Two of Jang's aides", 2, 2, "aides"),
    ("Five women's bodies were found.", "Five women", 5, 5, "women"),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "noun"), COUNTS)
def test_counts(text: str, span: str, low: int | None, high: int | None,
                noun: str | None) -> None:
    c = only(text)
    assert (c.text, c.min, c.max, c.noun) == (span, low, high, noun)


@pytest.mark.parametrize(
    "text",
    [
        "Many prisoners were released.",
        "A number of people were released.",
        "Prisoners were released.",
        "In 2014, the camp was closed.",
        "She was held between 2011 and 2014.",
        "The witness (2002–2004) was held there.",
        "The camp grew in the 1990s.",
        "He was sent to Camp 14.",
        "It is Kyohwaso No. 12 in the north.",
        "Released on May 28, 2025.",
        "Released on 28 May.",
        "Stamped 05/28/2025 09:07.",
        "Work starts at 4 a.m. daily.",
        "Women make up 50–60% of inmates.",
        "On the 70th anniversary of liberation.",
        "One third of the prisoners died.",
        "Two-thirds of them died.",
        "He received a 15-year sentence.",
        "It has a 1,773-seat hall.",
        "The camp is large.[1]",
        "The bribe was $600 in cash.",
        "One of the guards laughed.",
        "No one was released.",
        "They built a prison there.",
        "Both the arrest and the release were filmed.",
        "Both men and women were held.",
        "Few prisoners survive.",
        "Very few were released.",
        "His test scores rose.",
        "A woman-run market.",
        "A ratio of 2.5 was cited.",
        "Pardoned Oct. 8-9 in all camps.",
        "Posted at 12:05 am (UTC-5).",
        "화성 제16호 관리소",
        "In 1975, when she was 13, she left.",
        "He turned 18 in the camp.",
        "He was seized on February 3 at home.",
        "",
    ],
)
def test_not_counts(text: str) -> None:
    assert find_counts(text) == []


def test_woman_in_her_fifties_is_one_woman() -> None:
    assert [(c.text, c.min, c.max) for c in find_counts("A woman in her 50s was freed.")] == [
        ("A woman", 1, 1)]


def test_a_year_then_a_count_in_one_sentence() -> None:
    found = find_counts("In 2014, 600 were re-arrested and two guards fled.")
    assert [(c.text, c.min, c.max, c.noun) for c in found] == [
        ("600", 600, 600, None), ("two guards", 2, 2, "guards")]


def test_thousands_if_not_tens_of_thousands() -> None:
    found = find_counts("Thousands if not tens of thousands of North Koreans hide there.")
    assert [(c.text, c.min, c.noun) for c in found] == [
        ("Thousands", 2000, None), ("tens of thousands of North Koreans", 20_000, "koreans")]


def test_the_longest_reading_wins() -> None:
    assert [c.text for c in find_counts("Hundreds of thousands of people.")] == [
        "Hundreds of thousands of people"]
    assert [c.text for c in find_counts("Six hundred escapees.")] == ["Six hundred escapees"]


# --- offsets ---------------------------------------------------------------------------------

REPORT = (
    "Six hundred escapees were sent back in October. A woman in her 50s said dozens of "
    "guards beat more than 40 inmates, and two of them died. Some 3,300 to 5,000 prisoners "
    "remain, while 1,000 guards and 500–600 agents run the camp.\n"
)


def test_counts_are_sorted_non_overlapping_and_index_the_text() -> None:
    found = find_counts(REPORT)
    assert [(c.text, c.min, c.max) for c in found] == [
        ("Six hundred escapees", 600, 600), ("A woman", 1, 1), ("dozens of guards", 24, None),
        ("more than 40 inmates", 40, None), ("two of them", 2, 2),
        ("Some 3,300 to 5,000 prisoners", 3300, 5000), ("1,000 guards", 1000, 1000),
        ("500–600 agents", 500, 600),
    ]
    for c in found:
        assert REPORT[c.start : c.end] == c.text
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


def test_start_and_end_restrict_the_search_with_absolute_offsets() -> None:
    start = REPORT.index("A woman")
    end = REPORT.index("Some 3,300")
    found = find_counts(REPORT, start, end)
    assert [c.text for c in found] == ["A woman", "dozens of guards", "more than 40 inmates",
                                       "two of them"]
    for c in found:
        assert start <= c.start < c.end <= end


def test_a_qualifier_before_the_start_bound_is_left_out() -> None:
    text = "They freed more than 500 inmates."
    found = find_counts(text, text.index("500"))
    assert [(c.text, c.min, c.max) for c in found] == [("500 inmates", 500, 500)]


@pytest.mark.parametrize(("start", "end"), [(5, 5), (10, 3), (-4, 0), (500, None)])
def test_empty_or_inverted_bounds(start: int, end: int | None) -> None:
    assert find_counts("They freed 500 inmates.", start, end) == []


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("six hundred", 600), ("twenty-three", 23), ("1.2 million", 1_200_000),
     ("a dozen", 12), ("half a dozen", 6), ("one hundred and fifty", 150),
     ("three hundred thousand", 300_000), ("80,000", 80_000), ("many", None)],
)
def test_word_value(phrase: str, value: int | None) -> None:
    assert word_value(phrase) == value


# --- robustness and speed ----------------------------------------------------------------------

_PIECES = [
    "a", "an", "one", "woman", "men", "600", "3,300", "80,000", "-", "–", "to", "and",
    "between", "more", "than", "up", "about", "some", "dozens", "hundreds", "of", "thousands",
    "tens", "several", "few", "couple", "both", "them", "North", "Koreans", "former",
    "prisoners", "2014", "%", "No.", "Camp", "May", "28", ",", "twenty-three", "million",
    "half", "dozen", "or", "more", "+", "\n", "[1]", "$", "9" * 40, "1.5",
]


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.text(max_size=300), st.lists(st.sampled_from(_PIECES), max_size=40).map(
        " ".join)),
    st.integers(min_value=-3, max_value=320),
    st.one_of(st.none(), st.integers(min_value=-3, max_value=320)),
)
def test_any_text_never_crashes_and_offsets_stay_in_bounds(
    text: str, start: int, end: int | None
) -> None:
    lo = max(0, min(start, len(text)))
    hi = len(text) if end is None else max(0, min(end, len(text)))
    found = find_counts(text, start, end)
    for c in found:
        assert lo <= c.start < c.end <= hi
        assert text[c.start : c.end] == c.text
        if c.min is not None and c.max is not None:
            assert c.min <= c.max
        assert c.noun is None or c.noun == c.noun.lower()
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


@pytest.mark.parametrize(
    "text",
    ["9" * 400 + " people", "9" * 5000, "1," * 2000 + "000 people", "1-" * 2000,
     "a " * 2000, "former " * 1000 + "prisoners", " " * 5000 + "600 men"],
)
def test_pathological_inputs_stay_linear_and_sane(text: str) -> None:
    began = time.perf_counter()
    for c in find_counts(text):
        assert text[c.start : c.end] == c.text
        assert c.min is None or c.min <= 10**15
    assert time.perf_counter() - began < 1.0


def test_a_5000_character_report_is_fast() -> None:
    text = (REPORT * 40)[:5000]
    find_counts(text)  # warm up
    runs = 20
    began = time.perf_counter()
    for _ in range(runs):
        find_counts(text)
    assert (time.perf_counter() - began) / runs < 0.02  # generous: ~1 ms on a laptop


def test_number_words_set_apart_by_a_dash_are_two_counts() -> None:
    found = [(c.text, c.min, c.max) for c in find_counts("The three - two men and a woman - "
                                                          "were shot.")]
    assert found[:2] == [("three", 3, 3), ("two men", 2, 2)]
    assert word_value("three two") is None
    assert word_value("twenty-two") == 22
    assert word_value("one hundred and five") == 105


def test_a_noun_that_modifies_the_person_noun_is_skipped() -> None:
    found = find_counts("Two American television journalists were freed.")
    assert [(c.text, c.min, c.noun) for c in found] == [
        ("Two American television journalists", 2, "journalists")]


def test_ordinals_and_nationality_before_the_person_noun() -> None:
    assert [(c.text, c.min) for c in find_counts("They freed a third American.")] == [
        ("a third American", 1)]
    assert [(c.text, c.noun) for c in find_counts("a naturalised U.S. citizen was held")] == [
        ("a naturalised U.S. citizen", "citizen")]


def test_a_year_after_in_is_a_year_whatever_noun_follows() -> None:
    found = find_counts("In 2014 Chinese border guards arrested eight defectors.")
    assert [(c.text, c.min) for c in found] == [("eight defectors", 8)]
    assert [(c.text, c.min) for c in find_counts("The camp held 2000 prisoners.")] == [
        ("2000 prisoners", 2000)]


def test_a_length_of_time_cut_from_ten_to_seven_years_counts_no_people() -> None:
    found = find_counts("Her sentence was reduced from ten to seven years in the amnesty.")
    assert [(c.min, c.noun) for c in found] == [(7, "years")]


@pytest.mark.parametrize(("noun", "expected"), [
    ("woman", "women"), ("businessman", "businessmen"), ("housewife", "housewives"),
    ("child", "children"), ("person", "people"), ("missionary", "missionaries"),
    ("boy", "boys"), ("witness", "witnesses"), ("dealer", "dealers"),
])
def test_plural_of_a_person_noun(noun: str, expected: str) -> None:
    assert plural(noun) == expected
