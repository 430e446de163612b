"""The real site: built with --strict, every role page carries every section with real figures."""

from __future__ import annotations

import json

import pytest

from hiring_guide import salary
from hiring_guide.load import load_catalogue
from tests.conftest import ROOT, BuildResult
from tests.test_builds import ROLE_SECTIONS, text_of

pytestmark = pytest.mark.build
CATALOGUE = load_catalogue(ROOT)
ROLES = [role.slug for role in CATALOGUE.roles]


@pytest.mark.parametrize("slug", ROLES)
def test_role_page_has_every_section(real_site: BuildResult, slug: str):
    html = real_site.page(f"roles/{slug}")
    for section in ROLE_SECTIONS:
        assert f'id="{section}"' in html, section
    role = CATALOGUE.role(slug)
    for question in role.faq:
        assert f'<h3 id="{question.anchor}">' in html
    assert f"edit/main/data/roles/{slug}.yml" in html


@pytest.mark.parametrize("slug", ROLES)
def test_every_salary_figure_on_the_page_equals_the_source(real_site: BuildResult, slug: str):
    role = CATALOGUE.role(slug)
    estimate = CATALOGUE.estimate(role.salary.soc_code)
    text = text_of(real_site.page(f"roles/{slug}"))
    for band in salary.bands(estimate):
        assert f"{salary.format_wage(band.low)} to {salary.format_wage(band.high)}" in text
    assert f"SOC {role.salary.soc_code}" in text
    assert salary.LEVEL_RULE in text
    assert "May 2024" in text


def test_senior_backend_engineer_page_covers_what_hiring_managers_ask(real_site: BuildResult):
    text = text_of(real_site.page("roles/senior-backend-engineer")).lower()
    for phrase in ("architect", "system design", "cloud", "red flags", "junior"):
        assert phrase in text, phrase
    for perk in ("equity", "dental", "vision", "remote", "development budget", "401(k)"):
        assert perk in text, perk
    for category in (
        "version control",
        "ci/cd",
        "monitoring",
        "documentation",
        "project management",
        "code quality",
        "deployment",
        "testing",
    ):
        assert category in text, category


def test_plain_text_download_matches_the_copy_block(real_site: BuildResult):
    txt = (real_site.site / "roles" / "senior-backend-engineer" / "job-description.txt").read_text()
    assert txt.startswith("Senior Backend Engineer\nLocation: ")
    html = real_site.page("roles/senior-backend-engineer")
    assert 'download="senior-backend-engineer-job-description.txt"' in html


def test_every_faq_question_is_its_own_search_entry(real_site: BuildResult):
    docs = json.loads((real_site.site / "search" / "search_index.json").read_text())["docs"]
    locations = {d["location"] for d in docs}
    for role in CATALOGUE.roles:
        for question in role.faq:
            assert f"roles/{role.slug}/#{question.anchor}" in locations
    assert not any(loc.startswith("faq/") for loc in locations), "the FAQ hub must not duplicate entries"


def test_faq_hub_links_every_question(real_site: BuildResult):
    html = real_site.page("faq")
    for role in CATALOGUE.roles:
        for question in role.faq:
            assert f'href="../roles/{role.slug}/#{question.anchor}"' in html


def test_home_lists_roles_by_department_and_the_articles(real_site: BuildResult):
    html = real_site.page("")
    for role in CATALOGUE.roles:
        assert f'href="roles/{role.slug}/"' in html
    for article in CATALOGUE.articles:
        assert f'href="articles/{article.slug}/"' in html


def test_roles_and_articles_link_both_ways(real_site: BuildResult):
    for role in CATALOGUE.roles:
        html = real_site.page(f"roles/{role.slug}")
        for slug in role.related_articles:
            assert f'href="../../articles/{slug}/"' in html
            assert f'href="../../roles/{role.slug}/"' in real_site.page(f"articles/{slug}")


def test_no_page_loads_fonts_from_another_host(real_site: BuildResult):
    for page in real_site.site.rglob("*.html"):
        html = page.read_text()
        assert "fonts.googleapis.com" not in html, page
        assert "fonts.gstatic.com" not in html, page
