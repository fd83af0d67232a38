"""Settings read from options and the environment: database URL, size limit, jobs."""

from __future__ import annotations

import os
import re

from girok.errors import ConfigError

DEFAULT_DB = "girok.db"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?i?b?)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def database_url(value: str | None = None) -> str:
    """The SQLAlchemy URL for `--db`, else `GIROK_DB`, else ./girok.db (SQLite).

    A bare path means a SQLite file; `postgresql://` URLs use the psycopg 3 driver.
    """
    raw = value or os.environ.get("GIROK_DB") or DEFAULT_DB
    if raw.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + raw.split("://", 1)[1]
    if "://" in raw:
        if not raw.startswith(("sqlite", "postgresql+")):
            raise ConfigError(
                f"unsupported database URL {raw!r}: use a SQLite file path or postgresql://..."
            )
        return raw
    return f"sqlite:///{raw}"


def parse_size(value: str) -> int:
    """Bytes from a size such as `50MB`, `2.5 MiB`, `800k` or `1000`."""
    m = _SIZE.match(value)
    if not m:
        raise ConfigError(f"invalid size {value!r}: use a number with an optional unit, e.g. 50MB")
    unit = (m.group(2) or "").lower()[:1]
    return int(float(m.group(1)) * _UNITS[unit])


def max_bytes(value: str | None = None) -> int:
    """The ingest size limit from `--max-size`, else `GIROK_MAX_SIZE`, else 50 MB."""
    raw = value or os.environ.get("GIROK_MAX_SIZE")
    return parse_size(raw) if raw else DEFAULT_MAX_BYTES


def default_jobs() -> int:
    """Worker processes for batch runs: every core the process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)
