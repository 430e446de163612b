"""Values still holding a TODO placeholder from the scaffold command: a half-written role never publishes."""

from __future__ import annotations

from hiring_guide.problems import Problem
from hiring_guide.sources.strict_yaml import Document, strings


def placeholder_problems(doc: Document, display: str) -> list[Problem]:
    """Every value still holding a TODO placeholder from `python -m hiring_guide scaffold`."""
    return [
        Problem.at(
            doc, display, path, "placeholder text is still here", "replace the TODO with the real content"
        )
        for path, value in strings(doc.data)
        if "TODO" in value
    ]
