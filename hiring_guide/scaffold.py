"""Create a new role file from a template (`python -m hiring_guide scaffold <slug> "<Title>" <Department>`).

The file has every field, with TODO placeholders that the validator refuses until they are
replaced, so a half-written role can never be published.
"""

from __future__ import annotations

import json
from pathlib import Path

import jinja2

from hiring_guide.checks.files import RESERVED_SLUGS, ROLE_SUFFIX, SLUG
from hiring_guide.checks.schema import RoleSchema
from hiring_guide.paths import Paths
from hiring_guide.views.markdown import TEMPLATES


def departments(paths: Paths) -> list[str]:
    return list(RoleSchema.read(paths.schema).enum("department"))


def scaffold(root: Path, slug: str, title: str, department: str) -> Path:
    """Write data/roles/<slug>.yml; refuse a bad slug, a known department typo or an existing file."""
    paths = Paths(root)
    if not SLUG.match(slug) or slug in RESERVED_SLUGS:
        raise ValueError(f"'{slug}' is not a usable slug: lowercase letters, digits and single hyphens")
    if department not in departments(paths):
        raise ValueError(f"unknown department '{department}'; choose one of: {', '.join(departments(paths))}")
    target = paths.roles / f"{slug}{ROLE_SUFFIX}"
    if target.exists():
        raise ValueError(f"{target.relative_to(root)} already exists")
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        keep_trailing_newline=True,  # a text file ends with a newline
    )

    def quoted(value: str) -> str:
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a safe YAML scalar

    text = env.get_template("new_role.yml.j2").render(
        slug=slug, title=quoted(title), senior_title=quoted(f"Senior {title}"), department=department
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target
