from __future__ import annotations

from girok.ingest import dedup

BASE = " ".join(
    f"Paragraph {i}: the former prisoner said guards at the camp beat detainees who failed "
    f"to meet work quotas, and that rations were cut in winter {1990 + i}." for i in range(12)
)


def test_signature_is_deterministic_and_fixed_size() -> None:
    a, b = dedup.signature(BASE), dedup.signature(BASE)
    assert a == b
    assert len(a) == dedup.NUM_PERM * 8


def test_small_edits_stay_above_threshold() -> None:
    edited = BASE.replace("winter 1995", "winter 1996").replace("said", "told reporters", 1)
    assert dedup.similarity(dedup.signature(BASE), dedup.signature(edited)) >= dedup.THRESHOLD
    shared = set(dedup.band_keys(dedup.signature(BASE))) & set(
        dedup.band_keys(dedup.signature(edited))
    )
    assert shared, "near-duplicates must share an LSH band"


def test_unrelated_texts_are_far_apart() -> None:
    other = "North Korea fired a ballistic missile into the sea on Tuesday, officials said. " * 5
    assert dedup.similarity(dedup.signature(BASE), dedup.signature(other)) < 0.2


def test_short_and_empty_texts() -> None:
    assert dedup.shingles("") == set()
    assert dedup.shingles("Camp 14") == {b"camp 14"}
    assert len(dedup.signature("")) == dedup.NUM_PERM * 8
