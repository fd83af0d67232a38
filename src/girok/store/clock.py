"""The time stamps girok writes: timezone-aware UTC."""

from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    """The current time in UTC."""
    return dt.datetime.now(dt.UTC)
