"""The guide's content: enough roles, each complete and specific, every figure traced to its source.

What every role file must meet (eight questions, levels, a related role and article, tools that
start from O*NET, US spelling, no copied paragraphs, ...) is the validator's: these tests run it on
the real data instead of restating its rules, so a contributor meets one contract, with messages.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess

import jsonschema
import pytest

from hiring_guide import salary
from hiring_guide.load import check, role_files
from hiring_guide.paths import Paths
from hiring_guide.sources.oews import TOP_CODE
from tests.conftest import ROOT, BuildResult
from tests.test_builds import text_of

CHECKED, PROBLEMS = check(ROOT)
ROLES = [path.stem for path in role_files(Paths(ROOT))]


@pytest.fixture(scope="module")
def catalogue():
    if CHECKED is None:
        pytest.fail("the real data does not validate:\n" + "\n".join(map(str, PROBLEMS)))
    return CHECKED


def test_every_role_file_meets_the_validators_contract():
    errors = [str(p) for p in PROBLEMS if p.severity == "error"]
    assert errors == [], "\n".join(errors)


def test_at_least_forty_roles_across_eight_departments(catalogue):
    assert len(catalogue.roles) >= 40
    assert len(catalogue.by_department()) >= 8


def test_related_roles_show_both_ways(catalogue):
    for role in catalogue.roles:
        for other in catalogue.related_roles(role):
            assert role in catalogue.related_roles(other), (role.slug, other.slug)


def source_amounts(catalogue, soc_code: str) -> set[int]:
    amounts = {TOP_CODE}
    for release in (salary.LATEST_RELEASE, salary.PREVIOUS_RELEASE):
        if estimate := catalogue.estimates.get((soc_code, release)):
            amounts |= {estimate.mean, *(w.amount for w in estimate.percentiles.values())}
    return amounts


@pytest.mark.build
@pytest.mark.parametrize("slug", ROLES)
def test_every_figure_on_a_role_page_equals_the_source_data(real_site: BuildResult, catalogue, slug: str):
    role = catalogue.role(slug)
    html = real_site.page(f"roles/{slug}")
    text = text_of(re.sub(r"<svg.*?</svg>", "", html, flags=re.S))  # the chart's axis ticks are not figures
    printed = {int(m.replace(",", "")) for m in re.findall(r"\$([\d,]+)", text)}
    assert printed, "the page shows figures"
    assert printed <= source_amounts(catalogue, role.salary.soc_code)
    estimate = catalogue.estimate(role.salary.soc_code)
    assert f"across {estimate.employment:,} jobs" in text
    txt = (real_site.site / "roles" / slug / "job-description.txt").read_text()
    assert {int(m.replace(",", "")) for m in re.findall(r"\$([\d,]+)", txt)} <= source_amounts(
        catalogue, role.salary.soc_code
    )
    if estimate.percentiles["p90"].top_coded:
        assert "$239,200 or more" in text
    chart = text_of(re.search(r"<desc[^>]*>.*?</desc>", html, flags=re.S).group())
    assert {int(m.replace(",", "")) for m in re.findall(r"\$([\d,]+)", chart)} <= source_amounts(
        catalogue, role.salary.soc_code
    ), "the chart's text alternative carries the same figures"
    if estimate.is_catch_all:
        assert "is a catch-all code" in text


@pytest.mark.build
def test_every_dollar_figure_in_articles_comes_from_a_source_file(real_site: BuildResult, catalogue):
    with Paths(ROOT).wages.open() as handle:
        known = {
            int(v) for row in csv.DictReader(handle) for k, v in row.items() if k.endswith("_annual") and v
        }
    known.add(TOP_CODE)
    laws = (ROOT / "data" / "sources" / "pay-transparency-us.csv").read_text()  # penalty amounts
    known |= {int(m.replace(",", "")) for m in re.findall(r"\$([\d,]{5,})", laws)}
    for article in catalogue.articles:
        text = text_of(real_site.page(f"articles/{article.slug}"))
        printed = {int(m.replace(",", "")) for m in re.findall(r"\$([\d,]{5,})", text)}
        assert printed <= known, article.slug


@pytest.mark.build
@pytest.mark.parametrize("slug", ROLES)
def test_role_pages_credit_onet_and_show_when_they_changed(real_site: BuildResult, catalogue, slug: str):
    text = text_of(real_site.page(f"roles/{slug}"))
    assert "O*NET 29.2 Database" in text and "has modified all or some of this information" in text
    role = catalogue.role(slug)
    committed = subprocess.run(
        ["git", "log", "-1", "--format=%cs", "--", role.source], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    assert f"Last updated: {committed or 'not yet committed'}" in text


@pytest.mark.build
def test_onet_changes_page_lists_every_role(real_site: BuildResult, catalogue):
    html = real_site.page("onet-changes")
    for role in catalogue.roles:
        assert f'id="{role.slug}"' in html
    assert 'href="../onet-changes/"' in real_site.page("data-sources")


@pytest.mark.build
def test_open_data_validates_against_the_published_schema(real_site: BuildResult):
    data = json.loads((real_site.site / "data" / "roles.json").read_text())
    schema = json.loads((real_site.site / "data" / data["schema"]).read_text())
    validator = jsonschema.Draft202012Validator(schema)
    assert sorted(data["roles"]) == sorted(ROLES)
    for slug, role in data["roles"].items():
        assert list(validator.iter_errors(role)) == [], slug
        assert role["salary"]["soc_code"] in data["wages"]
    assert data["licence"]["content"] == "CC-BY-4.0"
    assert "Bureau of Labor Statistics" in data["credits"]["wages"]
    assert "O*NET 29.2" in data["credits"]["onet"]


def test_at_least_twelve_articles_each_linked_from_roles(catalogue):
    assert len(catalogue.articles) >= 12
    for article in catalogue.articles:
        assert catalogue.roles_for_article(article.slug), article.slug


@pytest.mark.build
def test_articles_link_roles_and_are_listed(real_site: BuildResult, catalogue):
    index = real_site.page("articles")
    for article in catalogue.articles:
        html = real_site.page(f"articles/{article.slug}")
        assert re.search(r'href="\.\./\.\./roles/[a-z0-9-]+/', html), article.slug
        assert f'href="{article.slug}/"' in index
