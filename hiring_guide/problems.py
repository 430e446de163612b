"""The one shape every data problem takes, so the build, the validator and CI speak alike."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "advice"]


@dataclass(frozen=True, order=True)
class Problem:
    """A problem found in a data file: where it is, which field, what is wrong and how to fix it."""

    path: str
    line: int
    column: int
    field: str
    message: str
    hint: str = ""
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}"
        field = self.field or "(file)"
        text = f"{where}: {field}: {self.message}"
        if self.severity == "advice":
            text = f"{where}: {field}: advice: {self.message}"
        if self.hint:
            text += f" (hint: {self.hint})"
        return text


class DataError(Exception):
    """Raised when data files have blocking problems; carries every problem, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        count = len(self.problems)
        lines = "\n".join(str(p) for p in self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in data files:\n{lines}")


def field_path(parts: tuple[str | int, ...]) -> str:
    """Render a path such as ('faq', 2, 'answer') as 'faq[2].answer'."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
