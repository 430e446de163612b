"""Salary bands come straight from the BLS file; top-coded percentiles are said, never blank."""

from __future__ import annotations

import csv

from hiring_guide import salary
from hiring_guide.paths import Paths
from hiring_guide.sources.oews import read_estimates
from tests.conftest import ROOT

WAGES = Paths(ROOT).wages


def test_software_developers_bands_equal_the_source_row():
    estimates = read_estimates(WAGES)
    row = next(
        r for r in csv.DictReader(WAGES.open()) if r["soc_code"] == "15-1252" and r["release"] == "May 2024"
    )
    bands = salary.bands(estimates[("15-1252", "May 2024")])
    assert [(b.level.key, b.low.amount, b.high.amount) for b in bands] == [
        ("entry", int(row["p10_annual"]), int(row["p25_annual"])),
        ("mid", int(row["p25_annual"]), int(row["median_annual"])),
        ("senior", int(row["median_annual"]), int(row["p75_annual"])),
        ("lead", int(row["p75_annual"]), int(row["p90_annual"])),
    ]


def test_top_coded_percentile_is_shown_as_or_more():
    estimate = read_estimates(WAGES)[("11-3021", "May 2024")]
    lead = salary.band_for(estimate, "lead")
    assert lead.high.top_coded
    assert salary.format_wage(lead.high) == "$239,200 or more"
    assert salary.format_wage(lead.low) == f"${lead.low.amount:,}"
    assert not lead.low.top_coded


def test_catch_all_occupations_are_recognised():
    estimates = read_estimates(WAGES)
    assert estimates[("15-1299", "May 2024")].is_catch_all
    assert not estimates[("15-1252", "May 2024")].is_catch_all
