"""Extraction speed and memory against spaCy's blank English tokenizer + sentencizer.

Builds a corpus of at least 2,000 report-length documents by repeating the project's
annotated examples and the shared dev set, then times, on one core, in one run:
  reference: spacy.blank("en") with the sentencizer over every text;
  girok:     the extraction engine (and JSON serialisation) over the same texts.
Each is repeated; medians are reported, with the ratio girok docs/s / reference docs/s
(target >= 1.0) and girok's peak RSS, measured in a fresh child process (target < 500 MB).

Usage: .venv/bin/python benchmarks/bench_extract.py [--docs N] [--repeat K]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "eval" / "examples", ROOT.parent / "shared" / "eval" / "dev"]


def corpus(n: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for d in SOURCES if d.is_dir()
             for p in sorted(d.glob("*.txt"))]
    if not texts:
        raise SystemExit("no texts found in eval/examples or ../shared/eval/dev")
    return [texts[i % len(texts)] for i in range(n)]


def run_girok(texts: list[str]) -> float:
    from girok.extract.contract import document_json
    from girok.extract.engine import extract
    from girok.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    extract(texts[0], gazetteer=gaz)  # warm caches: automaton, compiled patterns
    start = time.perf_counter()
    for i, text in enumerate(texts):
        document_json(extract(text, doc_id=str(i), gazetteer=gaz), text)
    return time.perf_counter() - start


def run_spacy(texts: list[str]) -> float:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    list(nlp.pipe(texts[:5]))
    start = time.perf_counter()
    for doc in nlp.pipe(texts, n_process=1, batch_size=64):
        _ = [s.start_char for s in doc.sents]
    return time.perf_counter() - start


def child(n: int) -> None:
    """Run girok once in this process and print its time and peak RSS as JSON."""
    texts = corpus(n)
    seconds = run_girok(texts)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.docs)
        return
    texts = corpus(args.docs)
    chars = sum(map(len, texts))
    ref, ours, peaks = [], [], []
    for _ in range(args.repeat):
        out = subprocess.run([sys.executable, __file__, "--child", "--docs", str(args.docs)],
                             capture_output=True, text=True, check=True)
        result = json.loads(out.stdout)
        ours.append(result["seconds"])
        peaks.append(result["peak_mb"])
        ref.append(run_spacy(texts))
    ref_rate = args.docs / statistics.median(ref)
    our_rate = args.docs / statistics.median(ours)
    print(f"corpus: {args.docs} documents, {chars / args.docs:,.0f} characters on average")
    print(f"spaCy blank en + sentencizer: {ref_rate:,.0f} docs/s (median of {args.repeat})")
    print(f"girok extract (one core):     {our_rate:,.0f} docs/s (median of {args.repeat})")
    print(f"ratio girok / spaCy:          {our_rate / ref_rate:.2f}  (target >= 1.0)")
    print(f"girok peak RSS:               {statistics.median(peaks):.0f} MB  (target < 500 MB)")


if __name__ == "__main__":
    main()
