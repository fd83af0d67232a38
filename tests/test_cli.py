from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from girok.cli import cli
from tests.conftest import REPORT, make_pdf

OTHER = ("CHONGJIN, May 2, 2021 -- Two men were publicly executed in Chongjin on Sunday "
         "for distributing foreign films, residents told reporters.")


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "hyesan.txt").write_text(REPORT, encoding="utf-8")
    (inbox / "chongjin.pdf").write_bytes(make_pdf(OTHER))
    return inbox


def test_ingest_search_show_verify(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    code, out, _ = _run("ingest", "--db", db, "--collection", "t", _inbox(tmp_path).as_posix())
    assert code == 0
    assert out.strip().startswith("ingested 2, near-duplicates 0")
    code, out, _ = _run("search", "--db", db, "publicly executed")
    assert code == 0 and "publicly executed" in out and "hyesan" not in out.lower()
    code, out, _ = _run("search", "--db", db, "--json", "arrested", "--collection", "t")
    hits = json.loads(out)
    assert [h["name"] for h in hits] == ["hyesan"]
    code, out, _ = _run("show", "--db", db, "hyesan")
    assert code == 0 and "sha256" in out and REPORT.strip() in out
    code, out, _ = _run("show", "--db", db, "--json", str(hits[0]["document_id"]))
    shown = json.loads(out)
    assert shown["text"] == REPORT
    [arrest] = [e for e in shown["events"] if e["type"] == "arrest"]
    assert arrest["quotes"][0].startswith("SEOUL, March 4, 2024 -- A woman in her 40s")
    assert arrest["victims"] == {"min": 1, "max": 1} and arrest["place"] == "hyesan"
    code, out, _ = _run("show", "--db", db, "hyesan")
    assert "event: arrest" in out
    code, out, _ = _run("verify", "--db", db)
    assert code == 0 and "verified 2 originals: all match" in out


def test_reingest_says_so(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    inbox = _inbox(tmp_path)
    _run("ingest", "--db", db, str(inbox))
    code, out, err = _run("ingest", "--db", db, str(inbox))
    assert code == 0
    assert "duplicates 2 (already stored)" in out
    assert "already stored" in err and "nothing to do" in err


def test_failures_give_one_line_each_and_nonzero_exit(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path)
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "junk.bin").write_bytes(bytes(range(256)))
    code, out, err = _run("ingest", "--db", str(tmp_path / "g.db"), "--json", str(inbox))
    assert code == 1
    summary = json.loads(out)
    assert (summary["ingested"], summary["failed"]) == (2, 2)
    reasons = {Path(f["path"]).name: f["reason"] for f in summary["files"] if f["reason"]}
    assert reasons == {"empty.txt": "empty file; nothing to ingest",
                       "junk.bin": "binary data, not text, HTML, PDF or DOCX; skip it or "
                                   "convert it"}
    code, out, err = _run("ingest", "--db", str(tmp_path / "h.db"), str(inbox / "empty.txt"))
    assert code == 1 and err.strip().splitlines() == [
        f"failed {inbox / 'empty.txt'}: empty file; nothing to ingest"]


def test_published_option_and_bad_date(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    code, _, err = _run("ingest", "--db", db, "--published", "2024-13-01", str(_inbox(tmp_path)))
    assert code == 2 and "use YYYY-MM-DD" in err
    code, _, _ = _run("ingest", "--db", db, "--published", "2024-03-05", "--outlet", "X",
                      str(tmp_path / "inbox"))
    _, out, _ = _run("show", "--db", db, "--json", "hyesan")
    doc = json.loads(out)
    assert (doc["published"], doc["published_origin"], doc["outlet"]) == (
        "2024-03-05", "option", "X")


def test_errors_are_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    code, _, err = _run("show", "--db", db, "404")
    assert code == 1 and err.count("\n") == 1 and "no document '404'" in err
    code, _, err = _run("search", "--db", db, "the")
    assert code == 1 and "nothing to search for" in err
    code, _, err = _run("ingest", "--db", "mysql://x/y", str(tmp_path))
    assert code == 1 and "unsupported database URL" in err


def test_db_upgrade_and_current(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    code, out, _ = _run("db", "upgrade", "--db", db)
    assert code == 0 and "upgraded from empty to revision 0001" in out
    code, out, _ = _run("db", "upgrade", "--db", db)
    assert "up to date" in out
    code, out, _ = _run("db", "current", "--db", db)
    assert "database revision: 0001" in out


def test_show_original_writes_the_exact_bytes(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    inbox = _inbox(tmp_path)
    _run("ingest", "--db", db, str(inbox))
    result = CliRunner().invoke(cli, ["show", "--db", db, "--original", "chongjin"])
    assert result.stdout_bytes == (inbox / "chongjin.pdf").read_bytes()


def test_installed_command_help() -> None:
    exe = shutil.which("girok", path=str(Path(sys.executable).parent))
    assert exe, "the girok command is not installed beside this Python"
    done = subprocess.run([exe, "--help"], capture_output=True, text=True, check=True)
    for command in ("ingest", "search", "show", "verify", "db"):
        assert command in done.stdout
