"""US pay-transparency laws, from data/sources/pay-transparency-us.csv, for the posting builder.

Guidance, not legal advice: the builder shows the law, its date and its source, and refuses to
produce a posting without a range where a posting law is in force.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class PayLaw:
    jurisdiction: str
    level: str  # state, city, county or district
    law: str
    range_in_posting: bool
    posting_from: str  # ISO date from which a posting must carry the range (or disclosure applies)
    remote: str  # the first words of remote_covered: "yes", "partly", "unclear", ...
    source: str  # the first source URL
    disclosure: str


def posting_date(cell: str) -> str:
    """The date the posting duty applies: an 'enforced from' date if given, else the first date."""
    enforced = re.search(r"enforced from (\d{4}-\d{2}-\d{2})", cell)
    found = enforced.group(1) if enforced else (_DATE.search(cell) or [""])[0]
    return date.fromisoformat(found).isoformat() if found else ""


def read_laws(path: Path) -> list[PayLaw]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [
            PayLaw(
                jurisdiction=row["jurisdiction"],
                level=row["level"],
                law=row["law"],
                range_in_posting=row["disclosure"].startswith("Range in posting: YES"),
                posting_from=posting_date(row["effective_date"] + " " + row["disclosure"]),
                remote=re.split(r"[:(]", row["remote_covered"], maxsplit=1)[0].strip(),
                source=row["source_url"].split(" | ")[0].strip(),
                disclosure=row["disclosure"],
            )
            for row in csv.DictReader(handle)
        ]
