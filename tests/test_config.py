from __future__ import annotations

import pytest

from girok import config
from girok.errors import ConfigError


def test_bare_path_is_sqlite_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GIROK_DB", raising=False)
    assert config.database_url() == "sqlite:///girok.db"
    assert config.database_url("data/x.db") == "sqlite:///data/x.db"


def test_postgres_urls_use_psycopg3(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIROK_DB", "postgresql://u@h:5432/db")
    assert config.database_url() == "postgresql+psycopg://u@h:5432/db"
    assert config.database_url("postgres://h/db") == "postgresql+psycopg://h/db"


def test_option_wins_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIROK_DB", "env.db")
    assert config.database_url("opt.db") == "sqlite:///opt.db"


def test_unsupported_scheme_is_refused() -> None:
    with pytest.raises(ConfigError, match="unsupported database URL"):
        config.database_url("mysql://h/db")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1000", 1000), ("50MB", 50 * 1024**2), ("2.5 MiB", int(2.5 * 1024**2)), ("800k", 819200),
     ("1g", 1024**3)],
)
def test_sizes(text: str, expected: int) -> None:
    assert config.parse_size(text) == expected


@pytest.mark.parametrize("text", ["", "abc", "10 parsecs", "-5"])
def test_bad_sizes_say_how_to_write_one(text: str) -> None:
    with pytest.raises(ConfigError, match=r"e\.g\. 50MB"):
        config.parse_size(text)


def test_max_bytes_default_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GIROK_MAX_SIZE", raising=False)
    assert config.max_bytes() == 50 * 1024 * 1024
    monkeypatch.setenv("GIROK_MAX_SIZE", "1k")
    assert config.max_bytes() == 1024
    assert config.max_bytes("2k") == 2048
