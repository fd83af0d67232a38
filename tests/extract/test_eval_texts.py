"""The project's gold texts are what girok extracts from the example reports, to the character."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from girok.ingest import parse_file
from girok.records import IngestOptions

ROOT = Path(__file__).resolve().parents[2]
GOLD = sorted((ROOT / "eval" / "examples").glob("*.json"))


@pytest.mark.parametrize("gold", GOLD, ids=[g.stem for g in GOLD])
def test_gold_text_matches_the_reader(gold: Path) -> None:
    [report] = [p for p in (ROOT / "examples" / "reports").glob(f"{gold.stem}.*")]
    text = gold.with_suffix(".txt").read_text(encoding="utf-8")
    assert parse_file(report, IngestOptions()).text == text
    for event in json.loads(gold.read_text("utf-8"))["events"]:
        for mention in event["mentions"]:
            assert mention in text
