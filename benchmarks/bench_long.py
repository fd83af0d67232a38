"""How extraction time grows with the length of one text (it should stay near linear).

Builds texts of about 0.5, 1 and 2 MB by joining the project's annotated examples and the
shared dev set, extracts each once on one core (median of --repeat runs), and reports the
seconds per megabyte for each size and the ratio of the largest to the smallest.

Usage: .venv/bin/python benchmarks/bench_long.py [--repeat K]
"""

from __future__ import annotations

import argparse
import statistics
import time

from bench_extract import SOURCES
from girok.extract.engine import extract
from girok.gazetteer import Gazetteer


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for d in SOURCES if d.is_dir()
             for p in sorted(d.glob("*.txt"))]
    one = "\n\n".join(texts)
    gaz = Gazetteer.load()
    per_mb = {}
    for target in (0.5, 1.0, 2.0):
        text = "\n\n".join([one] * max(1, round(target * 1e6 / len(one))))
        runs = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            extract(text, gazetteer=gaz)
            runs.append(time.perf_counter() - start)
        per_mb[target] = statistics.median(runs) / (len(text) / 1e6)
        print(f"{len(text) / 1e6:.2f} MB: {statistics.median(runs):.1f} s "
              f"({per_mb[target]:.1f} s/MB, median of {args.repeat})")
    print(f"growth: {per_mb[2.0] / per_mb[0.5]:.2f}x the time per MB at 2 MB as at 0.5 MB "
          "(1.0 is linear)")


if __name__ == "__main__":
    main()
