"""Values still holding a TODO placeholder from the scaffold command: a half-written role never publishes."""

from __future__ import annotations

from typing import Any

from hiring_guide.problems import Problem, field_path
from hiring_guide.sources.strict_yaml import Document


def placeholder_problems(doc: Document, display: str) -> list[Problem]:
    """Every value still holding a TODO placeholder from `python -m hiring_guide scaffold`."""
    found = []
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), doc.data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            stack.extend(((*path, k), v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend(((*path, i), v) for i, v in enumerate(value))
        elif isinstance(value, str) and "TODO" in value:
            mark = doc.mark(path)
            found.append(
                Problem(
                    display,
                    mark.line,
                    mark.column,
                    field_path(path),
                    "placeholder text is still here",
                    "replace the TODO with the real content",
                )
            )
    return found
