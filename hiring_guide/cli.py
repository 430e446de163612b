"""The contributor's commands: `python -m hiring_guide validate [FILES]` and `... scaffold`.

Each is a `main(argv)` that returns the exit code, so tests call it without a subprocess:
0 when every file is valid, 1 when a role file has problems, 2 when the command itself is wrong
(a file that does not exist or is not a role file, a bad argument).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from hiring_guide.checks.files import ROLE_SUFFIX
from hiring_guide.load import LoadCache, check, role_files
from hiring_guide.paths import ROOT, Paths
from hiring_guide.problems import plural, visible
from hiring_guide.scaffold import scaffold

VALIDATE = ".venv/bin/python -m hiring_guide validate"
ROLES_FOLDER = "data/roles/"


class UsageError(Exception):
    """The command was asked for something it cannot do; exit code 2."""


def _role_files(names: Sequence[str], root: Path) -> list[Path] | None:
    """The role files the arguments name (None: all of them, as with no argument or data/roles/)."""
    roles = Paths(root).roles.resolve()
    if not names or any(Path(name).resolve() == roles for name in names):
        return None
    return [_role_file(name, root) for name in names]


def _role_file(name: str, root: Path) -> Path:
    """The role file a command-line argument names, or UsageError saying what is wrong with it."""
    path = Path(os.path.abspath(name))  # a symbolic link stays one: the check reports it
    shown = visible(name)
    if not path.exists() and not path.is_symlink():
        raise UsageError(f"{shown}: no such file")
    roles = Paths(root).roles
    if path.parent.resolve() != roles.resolve() or path.name.startswith("."):
        where = f"{ROLES_FOLDER}<slug>{ROLE_SUFFIX}"
        raise UsageError(f"{shown}: not a role file; role files live in {ROLES_FOLDER} as {where}")
    return roles / path.name


def validate(files: Sequence[str], root: Path = ROOT) -> int:
    """Validate the role files named (or all of them) and print every problem."""
    try:
        only = _role_files(files, root)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    _catalogue, problems = check(root, only=only, cache=LoadCache(folder=Paths(root).cache / "checked"))
    errors = [p for p in problems if p.severity == "error"]
    for problem in sorted(problems):
        print(problem)
    checked = plural(len(only) if only else len(role_files(Paths(root))), "role file")
    if errors:
        print(f"{plural(len(errors), 'error')} in {checked}.", file=sys.stderr)
        return 1
    print(f"{checked} valid.", file=sys.stderr)
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
    top = argparse.ArgumentParser(
        prog="python -m hiring_guide",
        description="Check role files as the build does, and start new ones.",
        epilog="Exit status: 0 valid, 1 problems in role files, 2 a wrong command or file name.",
    )
    commands = top.add_subparsers(dest="command", required=True)
    check_cmd = commands.add_parser("validate", help="check role files, as the build does, in about a second")
    check_cmd.add_argument(
        "files", nargs="*", help=f"role files to report on, in {ROLES_FOLDER} (default: all of them)"
    )
    make = commands.add_parser("scaffold", help="start a new role file with TODO placeholders")
    make.add_argument("slug", help="the file name and URL, e.g. senior-data-engineer")
    make.add_argument("title", help='the job title, e.g. "Senior Data Engineer"')
    make.add_argument("department", help="one of the departments in the schema, e.g. Engineering")
    return top


def main(argv: Sequence[str] | None = None, root: Path = ROOT) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:  # --help (0) or a usage error (2): argparse has printed why
        return exc.code if isinstance(exc.code, int) else 2
    if args.command == "validate":
        return validate(args.files, root)
    return new_role(args.slug, args.title, args.department, root)
