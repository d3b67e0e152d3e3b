"""Row-level problems of one file, collected so that the user sees all of them at once."""

from __future__ import annotations

from dataclasses import dataclass, field

from chainlight.errors import InputError, Problem


@dataclass
class ProblemLog:
    """Problems found while reading one or more files; `raise_if_any` ends the read with all of them."""

    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    _seen: dict[str, tuple[str, int | None]] = field(default_factory=dict)

    def error(self, path: object, line: int | None, fld: str | None, message: str) -> None:
        self.problems.append(Problem(str(path), line, fld, message))

    def warn(self, path: object, line: int | None, fld: str | None, message: str) -> None:
        self.warnings.append(Problem(str(path), line, fld, message))

    def first_sighting(self, key: str, path: object, line: int | None, fld: str) -> bool:
        """False (and a problem naming both lines) when the id was already read from this source."""
        if key in self._seen:
            where, first = self._seen[key]
            self.error(path, line, fld, f"duplicate id '{key}', first seen at {where}:{first}")
            return False
        self._seen[key] = (str(path), line)
        return True

    def raise_if_any(self) -> None:
        if self.problems:
            raise InputError.collected(self.problems)
