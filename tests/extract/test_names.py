from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from girok.extract.names import NameMatcher

FORMS = {
    "facility": {"Camp 14": "kwanliso-14", "Kaechon internment camp": "kwanliso-14",
                 "Onsong Bowibu holding centre": "onsong-ssd-holding-centre",
                 "Yodok": "kwanliso-15", "Oro": "kyohwaso-22"},
    "place": {"Chongjin": "chongjin", "North Korea": "north-korea", "Yodok": "yodok",
              "NK": "north-korea", "함경북도": "north-hamgyong"},
    "organization": {"Bowibu": "ministry-of-state-security"},
}


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(text[m.start : m.end], m.kind, m.id) for m in NameMatcher(FORMS).find(text)]


def test_names_in_any_case_at_word_boundaries() -> None:
    assert _found("Prisoners of CAMP 14 and the bowibu in Chongjin.") == [
        ("CAMP 14", "facility", "kwanliso-14"), ("bowibu", "organization",
                                                  "ministry-of-state-security"),
        ("Chongjin", "place", "chongjin")]
    assert _found("Camp 145 and Chongjinese") == []


def test_longest_match_wins() -> None:
    assert _found("the Kaechon internment camp") == [
        ("Kaechon internment camp", "facility", "kwanliso-14")]


def test_short_forms_need_their_case() -> None:
    assert _found("NK officials said") == [("NK", "place", "north-korea")]
    assert _found("nk officials; the oro region; Oro camp") == [
        ("Oro", "facility", "kyohwaso-22")]


def test_a_name_shared_by_a_facility_and_a_place_gives_both() -> None:
    assert _found("sent to Yodok") == [("Yodok", "facility", "kwanliso-15"),
                                       ("Yodok", "place", "yodok")]


def test_korean_names_take_particles() -> None:
    assert _found("함경북도에서 체포") == [("함경북도", "place", "north-hamgyong")]


@given(st.text())
def test_offsets_index_the_text(text: str) -> None:
    for m in NameMatcher(FORMS).find(text):
        assert 0 <= m.start < m.end <= len(text)


def test_text_whose_lower_case_changes_length() -> None:
    text = "İstanbul and Chongjin"
    [(name, _, _)] = _found(text)
    assert name == "Chongjin"


def test_a_name_wrapped_over_two_lines_is_found() -> None:
    assert _found("held at the Kaechon\ninternment camp and in North\nKorea") == [
        ("Kaechon\ninternment camp", "facility", "kwanliso-14"),
        ("North\nKorea", "place", "north-korea")]


def test_a_body_named_in_a_facility_name_is_found_beside_it() -> None:
    assert _found("held at the Onsong Bowibu holding centre in Onsong") == [
        ("Onsong Bowibu holding centre", "facility", "onsong-ssd-holding-centre"),
        ("Bowibu", "organization", "ministry-of-state-security")]
