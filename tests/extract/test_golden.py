"""Golden files: the engine's output on the project's own example reports, kept under review.

A change of engine behaviour shows up here as a diff; when it is intended, regenerate with
`make golden` (GIROK_UPDATE_GOLDEN=1) and review the diff of tests/extract/golden/.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from girok.extract.contract import document_json
from girok.extract.engine import extract

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted((ROOT / "eval" / "examples").glob("*.txt"))
GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_golden(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    output = json.loads(document_json(extract(text, doc_id=path.stem), text))
    golden = GOLDEN / f"{path.stem}.json"
    if os.environ.get("GIROK_UPDATE_GOLDEN") == "1":
        golden.write_text(json.dumps(output, indent=1, ensure_ascii=False) + "\n", "utf-8")
    assert golden.exists(), f"no golden file {golden.name}: run `make golden`"
    assert output == json.loads(golden.read_text("utf-8"))


def test_there_are_golden_files_for_the_examples() -> None:
    assert len(TEXTS) >= 30
