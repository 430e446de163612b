"""Pay-transparency rows as the builder reads them, and the builder's per-role data."""

from __future__ import annotations

import json

from hiring_guide import salary
from hiring_guide.load import load_catalogue
from hiring_guide.paths import Paths
from hiring_guide.sources.oews import TOP_CODE
from hiring_guide.sources.pay_laws import posting_date, read_laws
from hiring_guide.views.builder import builder_entry
from hiring_guide.views.pay_laws import laws_json
from tests.conftest import ROOT

LAWS = {law.jurisdiction: law for law in read_laws(Paths(ROOT).pay_laws)}
CATALOGUE = load_catalogue(ROOT)


def test_posting_dates_come_from_the_cell_and_honour_later_enforcement():
    assert posting_date("2021-01-01 (SB23-105 amendments 2024-01-01)") == "2021-01-01"
    assert (
        posting_date("2025-12-03 (ordinance in effect); posting rule enforced from 2027-01-01")
        == "2027-01-01"
    )
    assert LAWS["Columbus, OH"].posting_from == "2027-01-01"
    assert LAWS["Delaware"].posting_from == "2027-09-26"


def test_range_in_posting_and_remote_reach_are_read_from_the_row():
    assert LAWS["California"].range_in_posting and LAWS["California"].remote == "yes"
    assert not LAWS["Nevada"].range_in_posting
    assert LAWS["Colorado"].source.startswith("https://")
    published = json.loads(laws_json(Paths(ROOT).pay_laws))
    assert len(published) == len(LAWS) == 26
    assert {row["jurisdiction"] for row in published} == set(LAWS)


def test_builder_levels_carry_titles_bands_and_additions():
    role = CATALOGUE.role("senior-backend-engineer")
    entry = builder_entry(role, CATALOGUE)
    estimate = CATALOGUE.estimate(role.salary.soc_code)
    assert entry["default_level"] == "senior"
    assert [level["key"] for level in entry["levels"]] == [v.level for v in role.levels]
    for level, variant in zip(entry["levels"], role.levels, strict=True):
        band = salary.band_for(estimate, variant.level)
        assert (level["title"], level["low"], level["high"]) == (
            variant.title,
            band.low.amount,
            band.high.amount,
        )
        assert level["adds"] == list(variant.adds)
    assert entry["must_have"] == list(role.job_description.must_have)


def test_builder_marks_a_top_coded_band():
    role = CATALOGUE.role("engineering-manager")
    lead = next(level for level in builder_entry(role, CATALOGUE)["levels"] if level["key"] == "lead")
    assert lead["high_or_more"] and lead["high"] == TOP_CODE
