"""Flatten the role schema into rows for the contributing page, so the docs never drift from it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hiring_guide.problems import plural


@dataclass(frozen=True)
class FieldRow:
    path: str  # e.g. "faq[].question"
    kind: str  # "text", "list of text", "one of: ...", ...
    required: bool
    limits: str
    description: str


def field_rows(schema: dict[str, Any]) -> list[FieldRow]:
    rows: list[FieldRow] = []
    _walk(schema, schema, "", True, rows)
    return rows


def _resolve(node: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    """Merge a node with the definition it references, the node's own keywords winning."""
    if "$ref" not in node:
        return node
    name = node["$ref"].rsplit("/", 1)[-1]
    target = _resolve(root["$defs"][name], root)
    return {**target, **{k: v for k, v in node.items() if k != "$ref"}}


def _walk(
    node: dict[str, Any], root: dict[str, Any], path: str, required: bool, rows: list[FieldRow]
) -> None:
    node = _resolve(node, root)
    if path:
        rows.append(FieldRow(path, _kind(node, root), required, _limits(node), node.get("description", "")))
    if node.get("type") == "object":
        needed = set(node.get("required", ()))
        for name, child in node.get("properties", {}).items():
            _walk(child, root, f"{path}.{name}" if path else name, name in needed, rows)
    elif node.get("type") == "array":
        item = _resolve(node.get("items", {}), root)
        if item.get("type") == "object":
            _walk_children(item, root, f"{path}[]", rows)


def _walk_children(item: dict[str, Any], root: dict[str, Any], path: str, rows: list[FieldRow]) -> None:
    needed = set(item.get("required", ()))
    for name, child in item.get("properties", {}).items():
        _walk(child, root, f"{path}.{name}", name in needed, rows)


def _kind(node: dict[str, Any], root: dict[str, Any]) -> str:
    if "enum" in node:
        return "one of: " + ", ".join(node["enum"])
    kind = node.get("type", "")
    if kind == "array":
        item = _resolve(node.get("items", {}), root)
        return "list of " + {"string": "text", "object": "entries"}.get(item.get("type", ""), "values")
    return {"string": "text", "object": "group of fields"}.get(kind, kind)


def _limits(node: dict[str, Any]) -> str:
    parts = []
    for key, bound, noun in (
        ("minItems", "at least", "item"),
        ("maxItems", "at most", "item"),
        ("minLength", "at least", "character"),
        ("maxLength", "at most", "character"),
    ):
        if key in node:
            parts.append(f"{bound} {plural(node[key], noun)}")
    return "; ".join(parts)
