"""BLS Occupational Employment and Wage Statistics (OEWS) national estimates, read from CSV."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

LATEST_RELEASE = "May 2024"
PREVIOUS_RELEASE = "May 2023"
# BLS prints "#" for a wage of $115.00 an hour or $239,200 a year or more (workbook notes, both releases).
TOP_CODE = 239_200


@dataclass(frozen=True)
class Wage:
    """A figure with its top-coding made explicit: None in the source means 'TOP_CODE or more'."""

    amount: int
    top_coded: bool = False


@dataclass(frozen=True)
class OesEstimate:
    """One row of the national OEWS file: an occupation's wages in one release."""

    soc_code: str
    title: str
    release: str
    employment: int
    mean: int
    percentiles: dict[str, Wage]
    source_url: str

    @property
    def is_catch_all(self) -> bool:
        """BLS 'All Other' occupations group unrelated jobs; pages must say so."""
        return self.title.endswith("All Other")


def read_estimates(path: Path) -> dict[tuple[str, str], OesEstimate]:
    """All rows of bls-oews-national.csv, keyed by (SOC code, release)."""
    rows: dict[tuple[str, str], OesEstimate] = {}
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            percentiles = {
                "p10": row["p10_annual"],
                "p25": row["p25_annual"],
                "p50": row["median_annual"],
                "p75": row["p75_annual"],
                "p90": row["p90_annual"],
            }
            estimate = OesEstimate(
                soc_code=row["soc_code"],
                title=row["occupation_title"],
                release=row["release"],
                employment=int(row["employment"]),
                mean=int(row["mean_annual"]),
                percentiles={
                    name: Wage(int(value)) if value else Wage(TOP_CODE, top_coded=True)
                    for name, value in percentiles.items()
                },
                source_url=row["source_url"],
            )
            rows[(estimate.soc_code, estimate.release)] = estimate
    return rows
