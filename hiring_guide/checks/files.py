"""A role file's name and kind: the slug is the file name, so it must be clean before anything reads it."""

from __future__ import annotations

import re
from pathlib import Path

from hiring_guide.problems import Problem, visible

SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*\Z")
RESERVED_SLUGS = {"index", "faq", "compare", "all", "new", "search", "assets"}
ROLE_SUFFIX = ".yml"
SCHEMA_COMMENT = "# yaml-language-server: $schema=../schema/role.schema.json"


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
                f"file name '{visible(name)}' is not a valid slug",
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


def schema_comment_problems(raw: bytes, display: str) -> list[Problem]:
    """The first line points editors at the schema, so they complete fields and flag mistakes."""
    first = raw.removeprefix(b"\xef\xbb\xbf").split(b"\n", 1)[0].rstrip(b"\r")
    if first == SCHEMA_COMMENT.encode():
        return []
    return [
        Problem(
            display,
            1,
            1,
            "",
            "the first line does not point editors at the schema",
            f"make the first line: {SCHEMA_COMMENT}",
        )
    ]
