"""One exception root for chainlight.

Every error carries an exit code (2 = the user's input is wrong, 1 = chainlight itself failed) and a message
that tells the user what to do.  Input errors name the file, the line and the field, so that a customs
analyst can fix the record without reading a stack trace.
"""

from __future__ import annotations

from dataclasses import dataclass


class ChainlightError(Exception):
    """Root of every error chainlight raises on purpose."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one place in an input file."""

    path: str
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
        if self.field:
            where += f":{self.field}"
        return f"{where}: {self.message}"


class InputError(ChainlightError):
    """The user's input cannot be used as it is; nothing was stored.  Exit code 2."""

    exit_code = 2

    def __init__(self, path: str, message: str, line: int | None = None, field: str | None = None,
                 problems: list[Problem] | None = None) -> None:
        self.problem = Problem(str(path), line, field, message)
        self.problems = problems or [self.problem]
        text = str(self.problem)
        if len(self.problems) > 1:
            more = "\n  ".join(str(p) for p in self.problems[1:20])
            text += f"\n  ({len(self.problems) - 1} more problems)\n  {more}"
        super().__init__(text)

    @classmethod
    def collected(cls, problems: list[Problem]) -> InputError:
        """Raise once for every problem found in a file, not only the first."""
        first = problems[0]
        return cls(first.path, first.message, first.line, first.field, problems)


class UsageError(ChainlightError):
    """A command was called with options that do not fit together.  Exit code 2."""

    exit_code = 2


class StoreError(ChainlightError):
    """The store file cannot be opened, migrated or written."""

    exit_code = 1


class SourceError(ChainlightError):
    """A source could not be fetched or did not hold what its metadata promises."""

    exit_code = 1


class NotFoundError(ChainlightError):
    """A record or entity asked for by id is not in the store.  Exit code 2."""

    exit_code = 2
