"""The real site, built once with --strict: every page shows its role's own data, and the pages that
gather roles (home, FAQ hub, articles, search) list each one where it belongs."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from hiring_guide import salary
from hiring_guide.load import load_catalogue
from tests.conftest import ROOT, BuildResult
from tests.pages import BuiltPage, Element

pytestmark = pytest.mark.build
CATALOGUE = load_catalogue(ROOT)
ROLES = [role.slug for role in CATALOGUE.roles]


def role_page(site: BuildResult, slug: str) -> BuiltPage:
    return site.parsed(f"roles/{slug}/")


def posting_lines(sample: Element) -> list[str]:
    """The static sample's paragraphs and list items, in order: one line each, as in the .txt."""
    return [el.text() for el in sample.iter() if el.tag in ("p", "li")]


@pytest.mark.parametrize("slug", ROLES)
def test_each_faq_question_is_its_own_heading_with_its_anchor(real_site: BuildResult, slug: str):
    faq = role_page(real_site, slug).section("faq")
    headings = [(el.get("id"), el.text()) for el in faq.iter() if el.tag == "h3"]
    assert headings == [(q.anchor, q.question) for q in CATALOGUE.role(slug).faq]


@pytest.mark.parametrize("slug", ROLES)
def test_salary_table_rows_are_the_source_bands_with_the_posting_level_marked(
    real_site: BuildResult, slug: str
):
    role = CATALOGUE.role(slug)
    estimate = CATALOGUE.estimate(role.salary.soc_code)
    page = role_page(real_site, slug)
    assert page.table("salary")[1:] == [
        [
            band.level.label + (" (this posting)" if band.level.key == role.salary.posting_level else ""),
            f"{salary.PERCENTILE_NAMES[band.level.low]} to {salary.PERCENTILE_NAMES[band.level.high]}",
            f"{salary.format_wage(band.low)} to {salary.format_wage(band.high)}",
        ]
        for band in salary.bands(estimate)
    ]
    intro = page.section("salary").find("p").text()
    assert f"{estimate.title} (SOC {estimate.soc_code})" in intro
    assert f"{estimate.release} release" in intro


@pytest.mark.parametrize("slug", ROLES)
def test_static_sample_shows_the_posting_the_txt_download_holds(real_site: BuildResult, slug: str):
    page = role_page(real_site, slug)
    txt = (real_site.site / "roles" / slug / "job-description.txt").read_text(encoding="utf-8")
    lines = [line.removeprefix("- ") for line in txt.splitlines() if line]
    assert posting_lines(page.content.find(cls="job-description")) == lines
    assert "**" not in txt and "\\" not in txt, "the plain text carries no Markdown"
    download = [link for link in page.links() if "download" in link.attrs]
    assert [(d.href, d.attrs["download"]) for d in download] == [
        ("job-description.txt", f"{slug}-job-description.txt")
    ]


# ---- one role read closely: what a hiring manager comes for ------------------------------------


def test_senior_backend_engineer_faq_answers_what_hiring_managers_ask(real_site: BuildResult):
    faq = role_page(real_site, "senior-backend-engineer").section("faq").text().lower()
    for topic in ("architect", "system design", "cloud", "red flags", "junior"):
        assert topic in faq, topic


def test_senior_backend_engineer_posting_offers_the_perks_candidates_compare(real_site: BuildResult):
    sample = role_page(real_site, "senior-backend-engineer").content.find(cls="job-description")
    perks = " ".join(sample.items_after("Perks")).lower()
    for perk in ("stock", "dental", "vision", "remote", "development budget", "401(k)"):
        assert perk in perks, perk


def test_senior_backend_engineer_tools_cover_the_teams_everyday_categories(real_site: BuildResult):
    rows = role_page(real_site, "senior-backend-engineer").table("tools")[1:]
    categories = {row[0].lower() for row in rows if row[0]}
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
        assert any(category in c for c in categories), (category, categories)


# ---- pages that gather roles -------------------------------------------------------------------


def test_every_faq_question_is_one_search_entry_on_its_role_page_and_none_on_the_hub(real_site: BuildResult):
    docs = json.loads((real_site.site / "search" / "search_index.json").read_text())["docs"]
    locations = Counter(d["location"] for d in docs)
    expected = [f"roles/{role.slug}/#{q.anchor}" for role in CATALOGUE.roles for q in role.faq]
    assert [loc for loc in expected if locations[loc] != 1] == []
    assert not any(loc.startswith("faq/") for loc in locations), "the FAQ hub must not duplicate entries"


def test_faq_hub_links_every_question_once_by_its_text(real_site: BuildResult):
    hub = real_site.parsed("faq").links()
    questions = Counter((link.href, link.text) for link in hub if "#" in link.href)
    expected = Counter(
        (f"../roles/{role.slug}/#{q.anchor}", q.question) for role in CATALOGUE.roles for q in role.faq
    )
    assert questions == expected


def test_home_lists_every_role_under_its_department_and_every_article(real_site: BuildResult):
    home = real_site.parsed("")
    listed = {}
    for item in home.section("roles-by-department").find_all("li"):
        department = item.find("strong").text().removesuffix(":")
        listed[department] = [link.href for link in item.links()]
    assert listed == {
        department: [f"roles/{role.slug}/" for role in roles]
        for department, roles in CATALOGUE.by_department()
    }
    guides = [link.href for link in home.links("guides")]
    assert sorted(guides) == sorted(f"articles/{article.slug}/" for article in CATALOGUE.articles)
    questions = sum(len(role.faq) for role in CATALOGUE.roles)
    assert f"browse the {len(CATALOGUE.roles)} roles" in home.text()
    assert f"read all {questions} hiring manager questions" in home.text()


def test_each_role_links_its_articles_and_each_article_links_back_to_its_roles(real_site: BuildResult):
    for role in CATALOGUE.roles:
        linked = [link.href for link in role_page(real_site, role.slug).links("related-articles")]
        assert linked == [f"../../articles/{slug}/" for slug in role.related_articles], role.slug
    for article in CATALOGUE.articles:
        page = real_site.parsed(f"articles/{article.slug}")
        citing = [f"../../roles/{role.slug}/" for role in CATALOGUE.roles_for_article(article.slug)]
        if not citing:
            assert "roles-this-guide-covers" not in page.section_ids(), article.slug
            continue
        assert [link.href for link in page.links("roles-this-guide-covers")] == citing, article.slug


def test_no_page_loads_fonts_from_another_host(real_site: BuildResult):
    for page in real_site.site.rglob("*.html"):
        html = page.read_text()
        assert "fonts.googleapis.com" not in html, page
        assert "fonts.gstatic.com" not in html, page
