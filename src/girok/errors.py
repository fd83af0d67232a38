"""The exceptions girok raises; each message is one line saying what, where and what to do."""

from __future__ import annotations


class GirokError(Exception):
    """Base class for every error girok reports to a user."""


class ConfigError(GirokError):
    """A setting (database URL, size limit) is malformed."""


class StoreError(GirokError):
    """The database cannot be opened, is at the wrong schema revision, or refused a write."""


class SchemaOutOfDate(StoreError):
    """The database exists but its schema is older than this version of girok."""


class NotFound(GirokError):
    """A document, event or entry named by the user does not exist."""


class IngestError(GirokError):
    """A file could not be ingested; the message names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type[IngestError], tuple[str, str]]:
        return type(self), (self.path, self.reason)  # so errors cross process boundaries


class UnreadableFile(IngestError):
    """The file cannot be opened or read (permissions, vanished, a directory)."""


class EmptyDocument(IngestError):
    """The file is empty or holds no text."""


class BinaryFile(IngestError):
    """The file is binary data of no supported format."""


class TooLarge(IngestError):
    """The file is larger than the configured size limit."""


class CorruptDocument(IngestError):
    """The file claims a supported format (PDF, DOCX, HTML) but cannot be parsed."""


class UndecodableText(IngestError):
    """The encoding of a text file cannot be determined."""


class GazetteerError(GirokError):
    """Gazetteer data is invalid; `problems` lists every error, each with its file, line, column."""

    def __init__(self, problems: str | list[str] | tuple[str, ...]) -> None:
        self.problems = (problems,) if isinstance(problems, str) else tuple(problems)
        count = len(self.problems)
        super().__init__(self.problems[0] if count == 1
                         else f"{count} problems: " + "; ".join(self.problems))

    def __reduce__(self) -> tuple[type[GazetteerError], tuple[tuple[str, ...]]]:
        return type(self), (self.problems,)  # so errors cross process boundaries
