"""Our rule that maps experience levels to bands of OEWS wage percentiles.

OEWS is an employer survey with no seniority split, so the mapping from experience level to a
band of wage percentiles is an editorial rule. It lives here, once, and every page states it.
"""

from __future__ import annotations

from dataclasses import dataclass

from hiring_guide.sources.oews import LATEST_RELEASE, PREVIOUS_RELEASE, OesEstimate, Wage

__all__ = [
    "LATEST_RELEASE",
    "LEVELS",
    "LEVEL_BY_KEY",
    "LEVEL_RULE",
    "PERCENTILE_NAMES",
    "PREVIOUS_RELEASE",
    "Band",
    "Level",
    "band_for",
    "bands",
    "format_wage",
]


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
class Band:
    level: Level
    low: Wage
    high: Wage


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
