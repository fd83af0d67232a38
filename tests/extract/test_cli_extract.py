"""`girok extract` through the CLI runner: the JSON contract of spec section 6."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from girok.cli import cli
from tests.conftest import SHARED, make_html

ROOT = Path(__file__).resolve().parents[2]
ARREST = "HYESAN, May 3, 2021 (Test) -- Two women were arrested in Hyesan on Monday.\n"
UNDATED = "A man was arrested in Musan last year, his relatives said.\n"


def _lines(*args: str) -> tuple[int, list[dict[str, object]]]:
    result = CliRunner().invoke(cli, ["extract", "--jobs", "1", *args], catch_exceptions=False)
    return result.exit_code, [json.loads(line) for line in result.stdout.splitlines()]


def test_one_line_per_document_in_input_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(ARREST, encoding="utf-8")
    (tmp_path / "a.txt").write_text(UNDATED, encoding="utf-8")
    code, lines = _lines(str(tmp_path / "b.txt"), str(tmp_path / "a.txt"))
    assert code == 0
    assert [d["doc_id"] for d in lines] == ["b", "a"]
    first = lines[0]
    assert first["published"] == "2021-05-03" and first["relevant"] is True
    [event] = first["events"]  # type: ignore[misc]
    assert event["type"] == "arrest"
    assert event["victims"] == {"min": 2, "max": 2}
    assert event["date"] == {"earliest": "2021-05-03", "latest": "2021-05-03"}
    assert event["place"] == "hyesan"
    span = event["evidence"][0]
    assert ARREST[span["start"] : span["end"]] == event["quotes"][0]


def test_published_option_only_fills_a_missing_date(tmp_path: Path) -> None:
    (tmp_path / "dated.txt").write_text(ARREST, encoding="utf-8")
    (tmp_path / "undated.txt").write_text(UNDATED, encoding="utf-8")
    _, lines = _lines("--published", "2020-06-01", str(tmp_path))
    by_id = {d["doc_id"]: d for d in lines}
    assert by_id["dated"]["published"] == "2021-05-03"
    assert by_id["undated"]["published"] == "2020-06-01"
    [event] = by_id["undated"]["events"]  # type: ignore[misc]
    assert event["date"] == {"earliest": "2019-01-01", "latest": "2019-12-31"}


def test_html_metadata_gives_the_publication_date(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(make_html("Three traders were arrested by the Bowibu in Hyesan last week."),
                    encoding="utf-8")
    _, [doc] = _lines(str(page))
    assert doc["published"] == "2024-03-04"


def test_shared_names_use_relative_paths(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(ARREST, encoding="utf-8")
    _, lines = _lines(str(tmp_path / "x" / "report.txt"), str(tmp_path / "y" / "report.txt"))
    assert [d["doc_id"] for d in lines] == ["report", "y/report"]


def test_a_bad_document_gets_an_error_line_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARREST, encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4 broken")
    (tmp_path / "c.txt").write_bytes(b"")
    code, lines = _lines(str(tmp_path))
    assert code == 1
    assert [d["doc_id"] for d in lines] == ["a", "b", "c"]
    assert "events" in lines[0]
    assert set(lines[1]) == {"doc_id", "error"} and "PDF" in str(lines[1]["error"])
    assert lines[2]["error"] == "empty file; nothing to ingest"


def test_parallel_jobs_give_the_same_output(tmp_path: Path) -> None:
    texts = sorted((ROOT / "eval" / "examples").glob("*.txt"))[:8]
    one = CliRunner().invoke(cli, ["extract", "--jobs", "1", *map(str, texts)]).stdout
    two = CliRunner().invoke(cli, ["extract", "--jobs", "2", *map(str, texts)]).stdout
    assert one == two and len(one.splitlines()) == 8


@pytest.mark.parametrize("which", ["project", "dev"])
def test_both_sets_meet_the_quality_targets(tmp_path: Path, which: str) -> None:
    """The issue's targets, scored by the shared scorer: event F1 >= 0.85, strict F1 >= 0.70,
    facility F1 >= 0.90, relevance 100%, on the project's own set and on the dev set."""
    scorer = SHARED / "eval" / "score.py"
    if not scorer.exists():
        pytest.skip(f"{scorer} is not beside the project")
    if which == "project":
        gold, inputs = ROOT / "eval" / "examples", [str(ROOT / "examples" / "reports")]
    else:
        gold = SHARED / "eval" / "dev"
        inputs = [str(p) for p in sorted(gold.glob("*.txt"))]
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(cli, ["extract", "--jobs", "2", *inputs])
    out.write_text(result.stdout, encoding="utf-8")
    done = subprocess.run([sys.executable, str(scorer), str(gold), str(out), "--json"],
                          capture_output=True, text=True, check=True)
    score = json.loads(done.stdout)
    assert score["events"]["f1"] >= 0.85
    assert score["strict"]["f1"] >= 0.70
    assert score["facilities"]["f1"] >= 0.90
    assert score["relevance_accuracy"] == 1.0
