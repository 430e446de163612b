"""O*NET 29.2 job titles (alternate and reported), to check what prose says O*NET lists."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path


def read_titles(alternate: Path, reported: Path) -> dict[str, set[str]]:
    """O*NET-SOC code -> every title O*NET gives it, case-folded."""
    titles: dict[str, set[str]] = defaultdict(set)
    for path, column in ((alternate, "alternate_title"), (reported, "reported_title")):
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                titles[row["onetsoc_code"]].add(row[column].casefold())
                short = row.get("short_title", "n/a")  # "UX Designer" for "User Experience Designer (...)"
                if short and short != "n/a":
                    titles[row["onetsoc_code"]].add(short.casefold())
    return dict(titles)
