#!/usr/bin/env python3
"""Regenerate eval/examples/<stem>.txt from examples/reports/ with girok's own reader.

Run with the project venv from anywhere:  .venv/bin/python eval/make_texts.py

Each .txt is the document text exactly as girok extracts and stores it
(girok.ingest.parse_file), written with newline='' so offsets agree with what
girok stores. The two Korean-language reports (news_ko_*) are skipped (a later
issue covers Korean). The .json gold files are never touched. Idempotent: a
.txt whose content is already current is not rewritten.
"""
from __future__ import annotations

import sys
from pathlib import Path

from girok.ingest import parse_file
from girok.records import IngestOptions

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "examples" / "reports"
OUT = ROOT / "eval" / "examples"
SKIP_PREFIXES = ("news_ko_",)  # Korean-language reports, not in this set


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    written = unchanged = 0
    for path in sorted(REPORTS.iterdir()):
        if not path.is_file() or path.name.startswith(SKIP_PREFIXES):
            continue
        text = parse_file(path, IngestOptions()).text
        target = OUT / f"{path.stem}.txt"
        if target.exists():
            with target.open(encoding="utf-8", newline="") as fh:
                if fh.read() == text:
                    unchanged += 1
                    continue
        with target.open("w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        written += 1
    print(f"{written} written, {unchanged} unchanged in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
