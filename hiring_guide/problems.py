"""The one shape every data problem takes, so the build, the validator and CI speak alike."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, Protocol

Severity = Literal["error", "advice"]

_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def visible(text: str) -> str:
    """`text` with every non-printing character written as an escape (U+200B as \\u200b), so a
    file name or value that looks right but holds an invisible character is visibly wrong."""
    if text.isprintable():
        return text
    out = []
    for char in text:
        if char.isprintable():
            out.append(char)
        elif char in _NAMED_ESCAPES:
            out.append(_NAMED_ESCAPES[char])
        elif ord(char) > 0xFFFF:
            out.append(f"\\U{ord(char):08x}")
        else:
            out.append(f"\\u{ord(char):04x}")
    return "".join(out)


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """'1 item', '2 items', '1,000 role files': the count with the noun in the right number."""
    noun = singular if count == 1 else (plural_form or f"{singular}s")
    return f"{count:,} {noun}"


class Located(Protocol):
    """A document that knows where each value is (sources.strict_yaml.Document and its lazy form)."""

    def mark(self, path: tuple[str | int, ...]) -> Any: ...


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

    @classmethod
    def at(
        cls, doc: Located, display: str, path: tuple[str | int, ...], message: str, hint: str = ""
    ) -> Problem:
        """The problem of the value at `path` in a document, at that value's line and column."""
        mark = doc.mark(path)
        return cls(display, mark.line, mark.column, field_path(path), message, hint)

    def __str__(self) -> str:
        where = f"{visible(self.path)}:{self.line}:{self.column}"
        field = visible(self.field) or "(file)"
        text = f"{where}: {field}: {visible(self.message)}"
        if self.severity == "advice":
            text = f"{where}: {field}: advice: {visible(self.message)}"
        if self.hint:
            text += f" (hint: {visible(self.hint)})"
        return text


class DataError(Exception):
    """Raised when data files have blocking problems; carries every problem, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        count = len(self.problems)
        lines = "\n".join(str(p) for p in self.problems)
        super().__init__(f"{plural(count, 'problem')} in data files:\n{lines}")


def field_path(parts: tuple[str | int, ...]) -> str:
    """Render a path such as ('faq', 2, 'answer') as 'faq[2].answer'."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
