"""The compare page's data: what it shows of a role equals the role and its sourced wages."""

from __future__ import annotations

import json

import pytest

from hiring_guide import salary
from hiring_guide.load import load_catalogue
from hiring_guide.views.compare import compare_entry, compare_index, compare_json
from tests.conftest import ROOT, BuildResult

CATALOGUE = load_catalogue(ROOT)


def test_entry_carries_salary_responsibilities_skills_and_tools():
    role = CATALOGUE.role("data-engineer")
    entry = compare_entry(role, CATALOGUE)
    estimate = CATALOGUE.estimate(role.salary.soc_code)
    assert [b["range"] for b in entry["salary"]["bands"]] == [
        f"{salary.format_wage(b.low)} to {salary.format_wage(b.high)}" for b in salary.bands(estimate)
    ]
    assert entry["salary"]["posting_level"] == role.salary.posting_level
    assert f"SOC {estimate.soc_code}" in entry["salary"]["occupation"]
    assert entry["responsibilities"] == [r.name for r in role.responsibilities]
    assert entry["hard_skills"] == list(role.qualifications.hard_skills)
    assert [t["category"] for t in entry["tools"]] == [g.category for g in role.tools]
    assert json.loads(compare_json(role, CATALOGUE)) == entry


def test_index_lists_every_role_once():
    index = json.loads(compare_index(CATALOGUE))
    assert [e["slug"] for e in index] == [r.slug for r in CATALOGUE.roles]


@pytest.mark.build
def test_the_site_publishes_one_small_file_per_role(real_site: BuildResult):
    folder = real_site.site / "data" / "compare"
    assert sorted(p.stem for p in folder.glob("*.json") if p.stem != "index") == sorted(
        r.slug for r in CATALOGUE.roles
    )
    assert max(p.stat().st_size for p in folder.glob("*.json")) < 8 * 1024
