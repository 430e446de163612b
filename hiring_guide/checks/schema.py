"""A role file against the JSON Schema: one problem per violation, at the line of the value.

Messages are built from jsonschema's error objects (`validator`, `validator_value`, `instance`,
`absolute_path`, `schema`), never from its English text. What a rule means to a contributor lives in
the schema beside the rule, in two annotations keyed by the rule's keyword:

    "pattern": "\\?$",
    "x-messages": {"pattern": "must end with a question mark"},
    "x-hints": {"minItems": "add the questions ..."}

A value is either a text or a list of variants `{"when": regex, "text": ...}`, the first whose
regex matches the offending value (or that has no `when`) winning. Texts may use `{value}` (the
offending value), `{limit}` (the rule's own value) and `{count}` (the items or characters found).
Without an annotation, a rule's message comes from its keyword and the hint from the field's
`description`. Every `pattern` must carry its message: the tests check it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import fastjsonschema
import jsonschema

from hiring_guide.problems import Problem, field_path, plural
from hiring_guide.sources.strict_yaml import Document

MESSAGES = "x-messages"
HINTS = "x-hints"
REQUIRED = "required field is missing"
MAX_HINT = 200  # a field's description is cut to this length when it serves as the hint
# The validation keywords this module writes messages for (pattern's text comes from the schema);
# the tests check that the schema uses no other.
DESCRIBED = frozenset(
    {
        "additionalProperties",
        "enum",
        "maxItems",
        "maxLength",
        "minItems",
        "minLength",
        "pattern",
        "required",
        "type",
        "uniqueItems",
    }
)

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
    """The role schema, parsed once per build from the file's content.

    Built from the text rather than cached by path, so an edit to the schema under `mkdocs serve`
    takes effect on the next rebuild. The validators are compiled on first use: a build whose
    role files were all checked before (see LoadCache) never needs them.
    """

    data: dict[str, Any]
    field_names: frozenset[str]  # every property name at any depth, to recognise a misplaced key

    @classmethod
    def from_text(cls, text: str) -> RoleSchema:
        data = json.loads(text)
        return cls(data, frozenset(_property_names(data)))

    @cached_property
    def validator(self) -> jsonschema.protocols.Validator:
        """Finds every problem, with its path: used once a file is known to be invalid."""
        validator_class = jsonschema.validators.validator_for(self.data)
        validator_class.check_schema(self.data)
        return validator_class(self.data)

    @cached_property
    def fast_check(self) -> Callable[[Any], Any]:
        """The schema compiled to Python: fast, but it stops at the first error."""
        self.validator  # noqa: B018 - a malformed schema is reported before it is compiled
        return fastjsonschema.compile(_siblings_of_ref_in_all_of(self.data))

    @classmethod
    def read(cls, path: Path) -> RoleSchema:
        return cls.from_text(path.read_text(encoding="utf-8"))

    def fields_at(self, path: tuple[str | int, ...]) -> frozenset[str]:
        """The field names the schema allows in the mapping at instance path `path`."""
        node = self._follow(self.data)
        for part in path:
            node = self._follow(
                node.get("items", {}) if isinstance(part, int) else node.get("properties", {}).get(part, {})
            )
        return frozenset(node.get("properties", {}))

    def _follow(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = self.data["$defs"][node["$ref"].rsplit("/", 1)[-1]]
        return node

    def enum(self, *path: str) -> tuple[str, ...]:
        """The allowed values of a field, e.g. enum("department")."""
        node = self.data
        for name in path:
            node = node["properties"][name]
        return tuple(node["enum"])


def _property_names(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        yield from node.get("properties", {})
        for value in node.values():
            yield from _property_names(value)
    elif isinstance(node, list):
        for value in node:
            yield from _property_names(value)


def _siblings_of_ref_in_all_of(node: Any) -> Any:
    """fastjsonschema follows draft 7, where keywords beside a $ref are ignored; draft 2020-12
    applies them. Rewrite {"$ref": x, "maxItems": 8} as {"allOf": [{"$ref": x}, {"maxItems": 8}]}."""
    if isinstance(node, list):
        return [_siblings_of_ref_in_all_of(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _siblings_of_ref_in_all_of(value) for key, value in node.items()}
    siblings = {k: v for k, v in node.items() if k not in ("$ref", "description") and not k.startswith("x-")}
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
    problems = []
    for error in _strictest(schema.validator.iter_errors(doc.data)):
        problems.extend(_describe(error, doc, display, schema.field_names))
    return problems


_LIMITS = ("maxLength", "maxItems", "minLength", "minItems")


def _strictest(errors: Iterable[jsonschema.ValidationError]) -> list[jsonschema.ValidationError]:
    """One error per field and limit: a field's own maxLength (400) wins over its type's (2,500).
    Other rules are kept one per rule, so two patterns a value breaks are both reported."""
    kept: dict[tuple[object, ...], jsonschema.ValidationError] = {}
    for error in errors:
        key: tuple[object, ...] = (tuple(error.absolute_path), error.validator)
        if error.validator not in _LIMITS:
            key += (repr(error.validator_value),)
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


class _Fill(dict[str, object]):
    """Placeholders a schema text may use; an unknown one is left as written, never an exception."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def annotation(node: dict[str, Any], name: str, kind: str, value: Any, fill: dict[str, object]) -> str | None:
    """The schema's text for rule `kind` of `node` (an x-messages or x-hints entry), filled in."""
    spec = node.get(name, {}).get(kind)
    if spec is None:
        return None
    variants = [{"text": spec}] if isinstance(spec, str) else spec
    for variant in variants:
        when = variant.get("when")
        if when is None or (isinstance(value, str) and re.search(when, value)):
            return str(variant["text"]).format_map(_Fill(fill))
    return None


def _describe(
    error: jsonschema.ValidationError, doc: Document, display: str, field_names: frozenset[str]
) -> Iterator[Problem]:
    path = tuple(error.absolute_path)
    mark = doc.mark(path)
    where = field_path(path)
    kind, node, value, limit = error.validator, error.schema, error.instance, error.validator_value

    if kind == "additionalProperties":
        allowed = sorted(node.get("properties", {}))
        for key in sorted(set(value) - set(allowed)):
            key_mark = doc.key_marks.get((*path, key), mark)
            hint = f"allowed here: {', '.join(allowed)}"
            if key in field_names:  # a field of another level: misplaced, not misspelt
                hint = f"'{key}' is a field at another level: check its indentation; {hint}"
            message = f"unknown field '{key}'"
            yield Problem(display, key_mark.line, key_mark.column, field_path((*path, key)), message, hint)
        return
    if kind == "required":
        for key in [k for k in limit if k not in value]:
            child = node.get("properties", {}).get(key, {})
            hint = annotation(node, HINTS, kind, key, {"value": key}) or _description(child)
            yield Problem(display, mark.line, mark.column, field_path((*path, key)), REQUIRED, hint)
        return

    fill = {"value": value, "limit": limit}
    if isinstance(value, (str, list, dict)):
        fill["count"] = len(value)
    message = annotation(node, MESSAGES, kind, value, fill) or _message(kind, value, limit)
    hint = annotation(node, HINTS, kind, value, fill)
    if hint is None:
        hint = _type_hint(limit, value, path) if kind == "type" else _description(node)
    yield Problem(display, mark.line, mark.column, where, message, hint)


def _message(kind: str, value: Any, limit: Any) -> str:
    """The message for a rule the schema does not annotate, from the rule's keyword and values."""
    if kind == "type":
        wanted = " or ".join(_TYPE_NAMES.get(t, t) for t in ([limit] if isinstance(limit, str) else limit))
        if value is None:
            return f"expected {wanted}, found nothing"
        got = _TYPE_NAMES.get(_json_type(value), type(value).__name__)
        return f"expected {wanted}, found {got} ({value!r})"
    if kind == "enum":
        shown = f"'{value}'" if isinstance(value, str) else repr(value)
        return f"{shown} is not one of: {', '.join(map(str, limit))}"
    if kind == "minItems":
        return f"has {plural(len(value), 'item')}; at least {limit:,} needed"
    if kind == "maxItems":
        return f"has {plural(len(value), 'item')}; at most {limit:,} allowed"
    if kind == "minLength":
        return f"is {plural(len(value), 'character')}; at least {limit:,} needed"
    if kind == "maxLength":
        return f"is {plural(len(value), 'character')}; at most {limit:,} allowed"
    if kind == "uniqueItems":
        twice = _first_repeat(value)
        return f"lists '{twice}' more than once" if isinstance(twice, str) else "lists the same item twice"
    return f"breaks the schema's '{kind}' rule ({limit!r})"  # a keyword DESCRIBED does not list yet


def _first_repeat(items: list[Any]) -> Any:
    seen: list[Any] = []
    for item in items:
        if item in seen:
            return item
        seen.append(item)
    return None


def _type_hint(wanted: str | list[str], value: Any, path: tuple[str | int, ...]) -> str:
    """What to write: for an empty value, the value itself; for a number where text belongs, quotes."""
    if value is None:
        after = f"'{path[-1]}:'" if path and isinstance(path[-1], str) else "the '-'"
        if wanted == "array":
            return f"list the items below {after}, one per line, each starting with '- '"
        if wanted == "object":
            return f"write its fields below {after}, indented by two more spaces"
        return f"write the value after {after} on the same line"
    return "put the value in quotes to make it text" if wanted == "string" else ""


def _description(node: dict[str, Any]) -> str:
    return str(node.get("description", ""))[:MAX_HINT]


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
