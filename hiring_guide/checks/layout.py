"""Values that swallowed the lines below them: a quote left open, or a field indented too far.

YAML reads such a file without complaint: the swallowed lines become part of a text value and the
fields they held go missing. A line inside a multi-line value that starts with the name of a field
is reported where it is, with what to fix. In a quoted value any field name will do (a quote left
open); in other text only a line that cannot be prose (`- question:`, a bare `responsibilities:`,
a line indented past the text) or that names a field an enclosing entry allows but lacks, since
wrapped prose may well start a line with "answer: ...".
"""

from __future__ import annotations

from typing import Any

from hiring_guide.checks.schema import RoleSchema
from hiring_guide.problems import Problem, field_path
from hiring_guide.sources.strict_yaml import Document, KeyLine, Path_, Span, unclosed_quote


def layout_problems(doc: Document, display: str, schema: RoleSchema) -> list[Problem]:
    """One problem per value that swallowed a line holding one of the schema's fields."""
    found = []
    for path, span in doc.spans.items():
        swallowed = _swallowed(doc, path, span, schema)
        if not swallowed:
            continue
        if span.quoted:
            mark = doc.mark(path)
            message, hint = unclosed_quote(span.style, span.end.line)
            found.append(Problem(display, mark.line, mark.column, field_path(path), message, hint))
            continue
        first = swallowed[0]
        found.append(
            Problem(
                display,
                first.line,
                first.column,
                field_path(path),
                f"'{first.text}' on line {first.line} is indented into this value and read as its text",
                "line it up with the fields it belongs beside (or, in a list, with the '-' of the items)",
            )
        )
    return found


def swallowed_fields(doc: Document, schema: RoleSchema) -> set[str]:
    """Names of fields whose lines a value swallowed: their 'required field is missing' is an echo."""
    return {k.key for path, span in doc.spans.items() for k in _swallowed(doc, path, span, schema)}


def _swallowed(doc: Document, path: Path_, span: Span, schema: RoleSchema) -> list[KeyLine]:
    lines = [k for k in span.key_lines if k.key in schema.field_names]
    if span.quoted or not lines:
        return lines
    return [k for k in lines if k.certain or _lacking(doc.data, path, k.key, schema)]


def _lacking(data: Any, path: Path_, key: str, schema: RoleSchema) -> bool:
    """Whether a mapping enclosing the value at `path` may hold `key` but does not."""
    nodes = [data]
    for part in path[:-1]:
        nodes.append(nodes[-1][part])
    for depth, node in enumerate(nodes):
        if isinstance(node, dict) and key not in node and key in schema.fields_at(path[:depth]):
            return True
    return False
