from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from girok.extract.en.sentences import sentence_spans


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentence_spans(text)]


def test_sentences_split_on_stops_and_lines() -> None:
    text = ("Camp 14 prisoners freed\n\nSEOUL, Oct. 14 (UPI) -- Hundreds were let go. "
            "Mr. Kim said so on Oct. 9! Was it true? \"Yes,\" he said.\nRelated stories")
    assert _texts(text) == [
        "Camp 14 prisoners freed",
        "SEOUL, Oct. 14 (UPI) -- Hundreds were let go.",
        "Mr. Kim said so on Oct. 9!",
        "Was it true?",
        '"Yes," he said.',
        "Related stories",
    ]


def test_abbreviations_and_numbers_do_not_split() -> None:
    text = "He was held in Kwan-li-so No. 15 by the U.S. count. She was freed in Jan. 2015."
    assert _texts(text) == ["He was held in Kwan-li-so No. 15 by the U.S. count.",
                            "She was freed in Jan. 2015."]


def test_titles_before_names_do_not_split() -> None:
    text = "North Korea expelled U.S. Army Pvt. Travis King. Sgt. Charles Jenkins stayed."
    assert _texts(text) == ["North Korea expelled U.S. Army Pvt. Travis King.",
                            "Sgt. Charles Jenkins stayed."]


@given(st.text())
def test_spans_are_ordered_stripped_and_inside(text: str) -> None:
    last = 0
    for s in sentence_spans(text):
        assert last <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        last = s.end


def test_wrapped_lines_of_a_pdf_are_one_sentence() -> None:
    text = ("On 29 April 2016, the court sentenced a United States citizen of Korean\n"
            "origin to 10 years of hard labour.\nNext Heading\nAnother line.")
    assert _texts(text) == [
        "On 29 April 2016, the court sentenced a United States citizen of Korean\n"
        "origin to 10 years of hard labour.",
        "Next Heading",
        "Another line.",
    ]


def test_a_line_ending_on_a_word_no_sentence_ends_on_is_wrapped() -> None:
    text = "The group was handed over to the\nSinuiju holding centre. Then it began.\nNews"
    assert [text[s.start : s.end] for s in sentence_spans(text)] == [
        "The group was handed over to the\nSinuiju holding centre.", "Then it began.", "News"]


def test_a_stop_followed_by_citation_marks_ends_the_sentence() -> None:
    text = "It holds 5,000 prisoners.[1] Since 1999 it holds women.[2][3] Guards beat them."
    assert [text[s.start : s.end] for s in sentence_spans(text)] == [
        "It holds 5,000 prisoners.[1]", "Since 1999 it holds women.[2][3]", "Guards beat them."]


WRAPPED = (
    "Political Imprisonment in North Korea Two Years after the Commission of Inquiry\n"
    "A Policy Brief\n"
    "1. The Special Rapporteur recalls that the commission of inquiry on human rights in the "
    "Democratic\n"
    "People's Republic of Korea found in 2014 that an estimated 80,000 to 120,000 political\n"
    "prisoners were held in four large political prison camps, and that crimes\n"
    "against humanity had been committed against them. Information received during the\n"
    "period under review does not indicate any change in the operation of these camps.\n"
    "2. The Special Rapporteur also received information on the detention of six South\n"
    "Korean nationals, three of whom are missionaries held since 2013 and 2014 in Pyongyang.\n"
)


def test_text_wrapped_at_a_width_joins_lines_that_run_to_the_margin() -> None:
    found = _texts(WRAPPED)
    assert found[0] == ("Political Imprisonment in North Korea Two Years after the Commission of "
                        "Inquiry")
    assert found[1] == "A Policy Brief"
    assert any(s.startswith("The Special Rapporteur recalls") and s.endswith("against them.")
               for s in found)
    assert any(s.startswith("The Special Rapporteur also received") for s in found)


def test_a_line_per_paragraph_is_not_wrapped_text() -> None:
    text = ("Camp 14 prisoners freed\n"
            + "North Korea released hundreds of prisoners from Camp 14 in June, a source said, "
            "and most of them returned to their home towns within weeks of their release.\n" * 6)
    assert _texts(text)[0] == "Camp 14 prisoners freed"
