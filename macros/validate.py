"""Validation of role files: the schema, file names, and the cross-file rules a schema cannot say.

Run `python -m macros.validate [FILES]` for the same answer `mkdocs build` gives, in a second.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import fastjsonschema
import jsonschema

from macros.problems import Problem, field_path
from macros.strict_yaml import Document

SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*\Z")
RESERVED_SLUGS = {"index", "faq", "compare", "all", "new", "search", "assets"}
ROLE_SUFFIX = ".yml"

_TYPE_NAMES = {
    "string": "text",
    "array": "a list",
    "object": "a mapping of fields",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "nothing",
}


@lru_cache(maxsize=4)
def schema_validator(schema_path: Path) -> jsonschema.protocols.Validator:
    """Compile the schema once per build, not once per file."""
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def slug_problems(path: Path, display: str) -> list[Problem]:
    """Problems with a role file's name or kind; the slug is the file name, so it must be clean."""
    name = path.name
    if path.is_symlink():
        return [
            Problem(
                display,
                1,
                1,
                "",
                "symbolic links are not accepted as role files",
                "commit the file itself under data/roles/",
            )
        ]
    if not path.is_file():
        return [
            Problem(
                display,
                1,
                1,
                "",
                "only files belong in data/roles/",
                "move the folder out, or put its role file directly in data/roles/",
            )
        ]
    if not name.endswith(ROLE_SUFFIX):
        return [
            Problem(
                display,
                1,
                1,
                "",
                f"role files must end in {ROLE_SUFFIX}",
                f"rename it to {Path(name).stem}{ROLE_SUFFIX}",
            )
        ]
    slug = name[: -len(ROLE_SUFFIX)]
    if not SLUG.match(slug):
        return [
            Problem(
                display,
                1,
                1,
                "",
                f"file name '{name}' is not a valid slug",
                "use lowercase ASCII letters, digits and single hyphens, e.g. senior-backend-engineer.yml",
            )
        ]
    if slug in RESERVED_SLUGS:
        return [
            Problem(
                display,
                1,
                1,
                "",
                f"'{slug}' is reserved for a page of the site",
                "choose a more specific name",
            )
        ]
    return []


def placeholder_problems(doc: Document, display: str) -> list[Problem]:
    """Every value still holding a TODO placeholder from `python -m macros.scaffold`."""
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


@lru_cache(maxsize=4)
def fast_check(schema_path: Path) -> Callable[[Any], Any]:
    """The schema compiled to Python code: several times faster than jsonschema, but it stops
    at the first error, so it only answers whether a file is valid."""
    return fastjsonschema.compile(
        _siblings_of_ref_in_all_of(json.loads(schema_path.read_text(encoding="utf-8")))
    )


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


def schema_problems(doc: Document, display: str, schema_path: Path) -> list[Problem]:
    """One problem per schema violation, each at the line of the value concerned."""
    try:
        fast_check(schema_path)(doc.data)
        return []  # the common case: valid, and known in a fraction of jsonschema's time
    except fastjsonschema.JsonSchemaException:
        pass  # invalid: let jsonschema find every problem, not just the first
    validator = schema_validator(schema_path)
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


def main(argv: Iterable[str] | None = None) -> int:
    """Validate the role files named (or all of them) and print every problem."""
    from macros.catalogue import ROOT, check

    args = list(sys.argv[1:] if argv is None else argv)
    only = [Path(arg).resolve() for arg in args] or None
    _catalogue, problems = check(ROOT, only=only)
    errors = [p for p in problems if p.severity == "error"]
    for problem in sorted(problems):
        print(problem)
    total = len(list((ROOT / "data" / "roles").iterdir()))
    checked = len(only) if only else total
    if errors:
        print(f"{len(errors)} error(s) in {checked} role file(s).", file=sys.stderr)
        return 1
    print(f"{checked} role file(s) valid.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
