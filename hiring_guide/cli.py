"""The contributor's commands: `python -m hiring_guide validate [FILES]` and `... scaffold`.

Each is a `main(argv)` that returns the exit code, so tests call it without a subprocess.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from hiring_guide.load import check
from hiring_guide.paths import ROOT
from hiring_guide.scaffold import scaffold

VALIDATE = ".venv/bin/python -m hiring_guide validate"


def validate(files: Sequence[str], root: Path = ROOT) -> int:
    """Validate the role files named (or all of them) and print every problem."""
    only = [Path(name).resolve() for name in files] or None
    _catalogue, problems = check(root, only=only)
    errors = [p for p in problems if p.severity == "error"]
    for problem in sorted(problems):
        print(problem)
    checked = len(only) if only else len(list((root / "data" / "roles").iterdir()))
    if errors:
        print(f"{len(errors)} error(s) in {checked} role file(s).", file=sys.stderr)
        return 1
    print(f"{checked} role file(s) valid.", file=sys.stderr)
    return 0


def new_role(slug: str, title: str, department: str, root: Path = ROOT) -> int:
    try:
        target = scaffold(root, slug, title, department)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"Created {target.relative_to(root)}. Replace every TODO, then run:")
    print(f"  {VALIDATE} {target.relative_to(root)}")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m hiring_guide", description=__doc__.splitlines()[0])
    commands = top.add_subparsers(dest="command", required=True)
    check_cmd = commands.add_parser("validate", help="check role files, as the build does, in about a second")
    check_cmd.add_argument("files", nargs="*", help="role files to report on (default: all of data/roles/)")
    make = commands.add_parser("scaffold", help="start a new role file with TODO placeholders")
    make.add_argument("slug", help="the file name and URL, e.g. senior-data-engineer")
    make.add_argument("title", help='the job title, e.g. "Senior Data Engineer"')
    make.add_argument("department", help="one of the departments in the schema, e.g. Engineering")
    return top


def main(argv: Sequence[str] | None = None, root: Path = ROOT) -> int:
    args = parser().parse_args(argv)
    if args.command == "validate":
        return validate(args.files, root)
    return new_role(args.slug, args.title, args.department, root)
