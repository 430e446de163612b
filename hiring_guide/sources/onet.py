"""O*NET 29.2 occupations and technology skills, the starting point for each role's tools."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

ATTRIBUTION = (
    "This page includes information from the O*NET 29.2 Database by the U.S. Department of Labor, "
    "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a "
    "trademark of USDOL/ETA. Open Hiring Guide has modified all or some of this information. "
    "USDOL/ETA has not approved, endorsed, or tested these modifications."
)


@dataclass(frozen=True)
class Technology:
    """One O*NET technology example for one occupation, with its two flags."""

    example: str
    category: str
    hot: bool
    in_demand: bool

    @property
    def flags(self) -> list[str]:
        return [name for name, on in (("Hot Technology", self.hot), ("In Demand", self.in_demand)) if on]


@dataclass(frozen=True)
class Onet:
    occupations: dict[str, str]  # O*NET-SOC code -> title
    technologies: dict[tuple[str, str], Technology]  # (code, example) -> technology

    def technology(self, code: str, example: str) -> Technology | None:
        return self.technologies.get((code, example))


def read_onet(occupations: Path, technology_skills: Path) -> Onet:
    with occupations.open(newline="", encoding="utf-8") as handle:
        titles = {row["onetsoc_code"]: row["occupation_title"] for row in csv.DictReader(handle)}
    with technology_skills.open(newline="", encoding="utf-8") as handle:
        technologies = {
            (row["onetsoc_code"], row["example"]): Technology(
                row["example"], row["commodity_title"], row["hot_technology"] == "Y", row["in_demand"] == "Y"
            )
            for row in csv.DictReader(handle)
        }
    return Onet(titles, technologies)
