"""Create a new role file from a template: `python -m macros.scaffold <slug> "<Title>" <Department>`.

The file has every field, with TODO placeholders that the validator refuses until they are
replaced, so a half-written role can never be published.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import jinja2

from macros.catalogue import ROOT, Paths
from macros.render import TEMPLATES
from macros.validate import RESERVED_SLUGS, ROLE_SUFFIX, SLUG


def departments(paths: Paths) -> list[str]:
    schema = json.loads(paths.schema.read_text(encoding="utf-8"))
    return list(schema["properties"]["department"]["enum"])


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
        loader=jinja2.FileSystemLoader(TEMPLATES), undefined=jinja2.StrictUndefined, trim_blocks=True
    )

    def quoted(value: str) -> str:
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a safe YAML scalar

    text = env.get_template("new_role.yml.j2").render(
        slug=slug, title=quoted(title), senior_title=quoted(f"Senior {title}"), department=department
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros.scaffold", description=__doc__.splitlines()[0])
    parser.add_argument("slug", help="the file name and URL, e.g. senior-data-engineer")
    parser.add_argument("title", help='the job title, e.g. "Senior Data Engineer"')
    parser.add_argument("department", help="one of the departments in the schema, e.g. Engineering")
    args = parser.parse_args(argv)
    try:
        target = scaffold(ROOT, args.slug, args.title, args.department)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"Created {target.relative_to(ROOT)}. Replace every TODO, then run:")
    print(f"  python -m macros.validate {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
