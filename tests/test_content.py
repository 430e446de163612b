"""The guide's content: enough roles, each complete and specific, every figure traced to its source."""

from __future__ import annotations

import csv
import dataclasses
import json
import re
import subprocess

import jsonschema
import pytest

from hiring_guide import salary
from hiring_guide.checks.repetition import find_repeats
from hiring_guide.load import load_catalogue
from hiring_guide.model import Question
from hiring_guide.paths import Paths
from tests.conftest import ROOT, BuildResult
from tests.test_builds import text_of

CATALOGUE = load_catalogue(ROOT)
ROLES = [role.slug for role in CATALOGUE.roles]


def test_at_least_forty_roles_across_eight_departments():
    assert len(CATALOGUE.roles) >= 40
    assert len(CATALOGUE.by_department()) >= 8


@pytest.mark.parametrize("slug", ROLES)
def test_every_role_is_complete(slug: str):
    role = CATALOGUE.role(slug)
    assert len(role.faq) >= 8
    assert len(role.examples) >= 3
    assert len({e.employer for e in role.examples}) == len(role.examples)
    assert role.levels, "level variants"
    assert CATALOGUE.related_roles(role), "related roles"
    assert role.related_articles, "related articles"
    assert any(tool.onet_example for group in role.tools for tool in group.items) or (
        not any(code == role.onet_code for code, _ in CATALOGUE.onet.technologies)
    ), "tools start from O*NET where O*NET lists technologies for the occupation"


def test_related_roles_show_both_ways():
    for role in CATALOGUE.roles:
        for other in CATALOGUE.related_roles(role):
            assert role in CATALOGUE.related_roles(other), (role.slug, other.slug)


def test_no_paragraph_repeats_across_roles_with_the_nouns_swapped():
    repeats = find_repeats(list(CATALOGUE.roles))
    assert [(r.first.role, r.first.field, r.second.role, r.second.field) for r in repeats] == []


def test_the_repetition_check_catches_a_swapped_copy():
    source, target = CATALOGUE.roles[0], CATALOGUE.roles[1]
    answer = source.faq[0].answer
    for word in set(re.findall(r"[A-Za-z]{6,}", answer)[::7]):  # swap every seventh long word
        answer = answer.replace(word, "widget")
    copied = dataclasses.replace(target, faq=(Question("Copied?", answer, "copied"), *target.faq[1:]))
    repeats = find_repeats([source, copied])
    assert [(r.first.role, r.second.role) for r in repeats] == [(source.slug, target.slug)]


def source_amounts(soc_code: str) -> set[int]:
    amounts = {salary.TOP_CODE}
    for release in (salary.LATEST_RELEASE, salary.PREVIOUS_RELEASE):
        if estimate := CATALOGUE.estimates.get((soc_code, release)):
            amounts |= {estimate.mean, *(w.amount for w in estimate.percentiles.values())}
    return amounts


@pytest.mark.build
@pytest.mark.parametrize("slug", ROLES)
def test_every_figure_on_a_role_page_equals_the_source_data(real_site: BuildResult, slug: str):
    role = CATALOGUE.role(slug)
    html = real_site.page(f"roles/{slug}")
    text = text_of(re.sub(r"<svg.*?</svg>", "", html, flags=re.S))  # the chart's axis ticks are not figures
    printed = {int(m.replace(",", "")) for m in re.findall(r"\$([\d,]+)", text)}
    assert printed, "the page shows figures"
    assert printed <= source_amounts(role.salary.soc_code)
    estimate = CATALOGUE.estimate(role.salary.soc_code)
    assert f"across {estimate.employment:,} jobs" in text
    txt = (real_site.site / "roles" / slug / "job-description.txt").read_text()
    assert {int(m.replace(",", "")) for m in re.findall(r"\$([\d,]+)", txt)} <= source_amounts(
        role.salary.soc_code
    )
    if estimate.percentiles["p90"].top_coded:
        assert "$239,200 or more" in text
    chart = text_of(re.search(r"<desc[^>]*>.*?</desc>", html, flags=re.S).group())
    assert {int(m.replace(",", "")) for m in re.findall(r"\$([\d,]+)", chart)} <= source_amounts(
        role.salary.soc_code
    ), "the chart's text alternative carries the same figures"
    if estimate.is_catch_all:
        assert "is a catch-all code" in text


@pytest.mark.build
def test_every_dollar_figure_in_articles_comes_from_a_source_file(real_site: BuildResult):
    with Paths(ROOT).wages.open() as handle:
        known = {
            int(v) for row in csv.DictReader(handle) for k, v in row.items() if k.endswith("_annual") and v
        }
    known.add(salary.TOP_CODE)
    laws = (ROOT / "data" / "sources" / "pay-transparency-us.csv").read_text()  # penalty amounts
    known |= {int(m.replace(",", "")) for m in re.findall(r"\$([\d,]{5,})", laws)}
    for article in CATALOGUE.articles:
        text = text_of(real_site.page(f"articles/{article.slug}"))
        printed = {int(m.replace(",", "")) for m in re.findall(r"\$([\d,]{5,})", text)}
        assert printed <= known, article.slug


@pytest.mark.build
@pytest.mark.parametrize("slug", ROLES)
def test_role_pages_credit_onet_and_show_when_they_changed(real_site: BuildResult, slug: str):
    text = text_of(real_site.page(f"roles/{slug}"))
    assert "O*NET 29.2 Database" in text and "has modified all or some of this information" in text
    role = CATALOGUE.role(slug)
    committed = subprocess.run(
        ["git", "log", "-1", "--format=%cs", "--", role.source], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    assert f"Last updated: {committed or 'not yet committed'}" in text


@pytest.mark.build
def test_onet_changes_page_lists_every_role(real_site: BuildResult):
    html = real_site.page("onet-changes")
    for role in CATALOGUE.roles:
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


def test_at_least_twelve_articles_each_linked_from_roles():
    assert len(CATALOGUE.articles) >= 12
    for article in CATALOGUE.articles:
        assert CATALOGUE.roles_for_article(article.slug), article.slug


@pytest.mark.build
def test_articles_link_roles_and_are_listed(real_site: BuildResult):
    index = real_site.page("articles")
    for article in CATALOGUE.articles:
        html = real_site.page(f"articles/{article.slug}")
        assert re.search(r'href="\.\./\.\./roles/[a-z0-9-]+/', html), article.slug
        assert f'href="{article.slug}/"' in index
