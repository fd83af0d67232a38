"""Near-duplicate detection: MinHash signatures of word shingles, banded for LSH look-up.

The same report republished with small edits shares most of its word 3-grams; MinHash
estimates that Jaccard similarity and LSH bands make the candidates a database look-up.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 3
THRESHOLD = 0.7
SEED = 20_150_801  # fixed, so signatures are comparable across runs and processes
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    """Lower-cased word 3-grams of the text (the whole text when it is shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


@cache
def _template() -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED)


def signature(text: str) -> bytes:
    """The MinHash signature of the text, as bytes to store."""
    mh = _template().copy()
    items = list(shingles(text))
    if items:
        mh.update_batch(items)
    return bytes(mh.hashvalues.astype("<u8").tobytes())


def _values(sig: bytes) -> np.ndarray:
    return np.frombuffer(sig, dtype="<u8")


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures."""
    va, vb = _values(a), _values(b)
    return float(np.count_nonzero(va == vb)) / len(va)


@cache
def _band_shape() -> tuple[int, int]:
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def band_keys(sig: bytes) -> list[tuple[int, str]]:
    """(band, key) pairs: two texts sharing any pair are near-duplicate candidates."""
    bands, rows = _band_shape()
    values = _values(sig)
    return [
        (band, hashlib.blake2b(values[band * rows : (band + 1) * rows].tobytes(),
                               digest_size=16).hexdigest())
        for band in range(bands)
    ]
