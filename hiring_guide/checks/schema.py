"""A role file against the JSON Schema: one problem per violation, at the line of the value."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import fastjsonschema
import jsonschema

from hiring_guide.problems import Problem, field_path
from hiring_guide.sources.strict_yaml import Document

_TYPE_NAMES = {
    "string": "text",
    "array": "a list",
    "object": "a mapping of fields",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "nothing",
}


@dataclass(frozen=True)
class RoleSchema:
    """The role schema, parsed and compiled once per build from the file's content.

    Built from the text rather than cached by path, so an edit to the schema under `mkdocs serve`
    takes effect on the next rebuild.
    """

    data: dict[str, Any]
    validator: jsonschema.protocols.Validator
    fast_check: Callable[[Any], Any]  # compiled to Python: fast, but stops at the first error

    @classmethod
    def from_text(cls, text: str) -> RoleSchema:
        data = json.loads(text)
        validator_class = jsonschema.validators.validator_for(data)
        validator_class.check_schema(data)
        return cls(data, validator_class(data), fastjsonschema.compile(_siblings_of_ref_in_all_of(data)))

    @classmethod
    def read(cls, path: Path) -> RoleSchema:
        return cls.from_text(path.read_text(encoding="utf-8"))

    def enum(self, *path: str) -> tuple[str, ...]:
        """The allowed values of a field, e.g. enum("department")."""
        node = self.data
        for name in path:
            node = node["properties"][name]
        return tuple(node["enum"])


def _siblings_of_ref_in_all_of(node: Any) -> Any:
    """fastjsonschema follows draft 7, where keywords beside a $ref are ignored; draft 2020-12
    applies them. Rewrite {"$ref": x, "maxItems": 8} as {"allOf": [{"$ref": x}, {"maxItems": 8}]}."""
    if isinstance(node, list):
        return [_siblings_of_ref_in_all_of(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _siblings_of_ref_in_all_of(value) for key, value in node.items()}
    siblings = {k: v for k, v in node.items() if k not in ("$ref", "description")}
    if "$ref" in node and siblings:
        return {"allOf": [{"$ref": node["$ref"]}, siblings]}
    return node


def schema_problems(doc: Document, display: str, schema: RoleSchema) -> list[Problem]:
    """One problem per schema violation, each at the line of the value concerned."""
    try:
        schema.fast_check(doc.data)
        return []  # the common case: valid, and known in a fraction of jsonschema's time
    except fastjsonschema.JsonSchemaException:
        pass  # invalid: let jsonschema find every problem, not just the first
    validator = schema.validator
    problems = []
    for error in _strictest(validator.iter_errors(doc.data)):
        problems.extend(_describe(error, doc, display))
    return problems


def _strictest(errors: Iterable[jsonschema.ValidationError]) -> list[jsonschema.ValidationError]:
    """One error per field and rule: a field's own maxLength (400) wins over its type's (2,500)."""
    kept: dict[tuple[object, ...], jsonschema.ValidationError] = {}
    for error in errors:
        key = (tuple(error.absolute_path), error.validator)
        other = kept.get(key)
        if other is None or _stricter(error, other):
            kept[key] = error
    return list(kept.values())


def _stricter(error: jsonschema.ValidationError, other: jsonschema.ValidationError) -> bool:
    if error.validator in ("maxLength", "maxItems"):
        return error.validator_value < other.validator_value
    if error.validator in ("minLength", "minItems"):
        return error.validator_value > other.validator_value
    return False


def _describe(error: jsonschema.ValidationError, doc: Document, display: str) -> Iterator[Problem]:
    path = tuple(error.absolute_path)
    mark = doc.mark(path)
    where = field_path(path)
    kind, schema, value = error.validator, error.schema, error.instance

    if kind == "additionalProperties":
        allowed = sorted(schema.get("properties", {}))
        for key in sorted(set(value) - set(allowed)):
            key_mark = doc.key_marks.get((*path, key), mark)
            yield Problem(
                display,
                key_mark.line,
                key_mark.column,
                field_path((*path, key)),
                f"unknown field '{key}'",
                f"allowed here: {', '.join(allowed)}",
            )
        return
    if kind == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        for key in missing:
            yield Problem(
                display,
                mark.line,
                mark.column,
                field_path((*path, key)),
                "required field is missing",
                _description(schema, key),
            )
        return
    if kind == "type":
        wanted = error.validator_value
        wanted_name = " or ".join(
            _TYPE_NAMES.get(t, t) for t in ([wanted] if isinstance(wanted, str) else wanted)
        )
        got = _TYPE_NAMES.get(_json_type(value), type(value).__name__)
        hint = "put the value in quotes to make it text" if wanted == "string" else ""
        yield Problem(
            display, mark.line, mark.column, where, f"expected {wanted_name}, found {got} ({value!r})", hint
        )
        return
    message = {
        "enum": lambda: f"{value!r} is not one of: {', '.join(map(str, error.validator_value))}",
        "minItems": lambda: f"has {len(value)} item(s); at least {error.validator_value} needed",
        "maxItems": lambda: f"has {len(value)} items; at most {error.validator_value} allowed",
        "minLength": lambda: f"is {len(value)} characters; at least {error.validator_value} needed",
        "maxLength": lambda: f"is {len(value):,} characters; at most {error.validator_value:,} allowed",
        "uniqueItems": lambda: "lists the same item twice",
        "pattern": lambda: _pattern_message(schema, value),
    }.get(kind, lambda: error.message)()
    hint = schema.get("description", "")[:200]
    if kind == "pattern" and "a-z0-9" in schema.get("pattern", ""):
        hint = "name an existing role (data/roles/NAME.yml) or article (docs/articles/NAME.md) as NAME"
    yield Problem(display, mark.line, mark.column, where, message, hint)


def _pattern_message(schema: dict[str, Any], value: str) -> str:
    pattern = schema.get("pattern", "")
    if pattern == "\\?$":
        return "must end with a question mark"
    if "a-z0-9" in pattern:
        return f"'{value}' must use lowercase letters, digits and single hyphens"
    if pattern == "^[0-9]{2}-[0-9]{4}$":
        return f"'{value}' is not a SOC code of the form 15-1252"
    if pattern == "^[0-9]{2}-[0-9]{4}\\.[0-9]{2}$":
        return f"'{value}' is not an O*NET-SOC code of the form 15-1252.00"
    if "\\n" in value or "\n" in value:
        return "must be a single line"
    return "must not start or end with spaces" if value.strip() else "must not be blank"


def _description(schema: dict[str, Any], key: str) -> str:
    return str(schema.get("properties", {}).get(key, {}).get("description", ""))[:200]


def _json_type(value: Any) -> str:
    for name, py in (
        ("boolean", bool),
        ("integer", int),
        ("number", float),
        ("string", str),
        ("array", list),
        ("object", dict),
    ):
        if isinstance(value, py):
            return name
    return "null"
