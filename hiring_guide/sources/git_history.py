"""When each data file last changed, from git: one `git log` per build, not one per file."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path


def last_changed(root: Path, folder: str) -> dict[str, date]:
    """Map each file under `folder` (repository-relative paths) to the date of its last commit.

    Returns an empty mapping outside a git checkout or without git: pages then say the date is
    unknown rather than inventing one.
    """
    try:
        out = subprocess.run(
            ["git", "log", "--format=%x00%cs", "--name-only", "--", folder],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    dates: dict[str, date] = {}
    for entry in out.split("\x00")[1:]:
        day, *names = entry.strip().splitlines()
        for name in names:
            dates.setdefault(name, date.fromisoformat(day))  # newest commit comes first
    return dates
