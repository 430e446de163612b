"""Salary figures from BLS OEWS national estimates, and our rule that maps levels to percentiles.

OEWS is an employer survey with no seniority split, so the mapping from experience level to a
band of wage percentiles is an editorial rule. It lives here, once, and every page states it.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

LATEST_RELEASE = "May 2024"
PREVIOUS_RELEASE = "May 2023"
# BLS prints "#" for a wage of $115.00 an hour or $239,200 a year or more (workbook notes, both releases).
TOP_CODE = 239_200


@dataclass(frozen=True)
class Level:
    key: str
    label: str
    low: str  # percentile column names
    high: str


LEVELS: tuple[Level, ...] = (
    Level("entry", "Entry level", "p10", "p25"),
    Level("mid", "Mid-level", "p25", "p50"),
    Level("senior", "Senior", "p50", "p75"),
    Level("lead", "Lead or principal", "p75", "p90"),
)
LEVEL_BY_KEY = {level.key: level for level in LEVELS}
PERCENTILE_NAMES = {"p10": "10th", "p25": "25th", "p50": "50th (median)", "p75": "75th", "p90": "90th"}
LEVEL_RULE = (
    "OEWS has no seniority split, so we map levels to bands of the wage distribution: "
    "entry level is the 10th to 25th percentile, mid-level the 25th to median, "
    "senior the median to 75th, and lead or principal the 75th to 90th."
)


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


@dataclass(frozen=True)
class Band:
    level: Level
    low: Wage
    high: Wage


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


def bands(estimate: OesEstimate) -> list[Band]:
    """The four level bands of one estimate, in order from entry to lead."""
    return [
        Band(level, estimate.percentiles[level.low], estimate.percentiles[level.high]) for level in LEVELS
    ]


def band_for(estimate: OesEstimate, level_key: str) -> Band:
    level = LEVEL_BY_KEY[level_key]
    return Band(level, estimate.percentiles[level.low], estimate.percentiles[level.high])


def format_wage(wage: Wage) -> str:
    """'$133,080', or '$239,200 or more' for a top-coded percentile."""
    text = f"${wage.amount:,}"
    return f"{text} or more" if wage.top_coded else text


def median_change(latest: OesEstimate, previous: OesEstimate) -> float:
    """Percentage change of the median from the previous release to the latest."""
    old, new = previous.percentiles["p50"].amount, latest.percentiles["p50"].amount
    return (new - old) / old * 100
