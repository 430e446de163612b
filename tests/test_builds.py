"""Small complete MkDocs projects, built in temporary folders with `mkdocs build --strict`.

The unchanged fixture project is built once per session (`built_fixture_project`) and only read;
a test that changes a project builds its own copy.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from hiring_guide.catalogue import Catalogue
from hiring_guide.cli import main as hiring_guide_cli
from hiring_guide.load import load_catalogue
from hiring_guide.model import Role
from tests.conftest import (
    BROKEN_TITLE_PROBLEM,
    BuildResult,
    break_minimal_role,
    fixture_role,
    make_fixture_project,
    run_build,
)
from tests.pages import BuiltPage, Element
from tests.pages import text_of as text_of  # re-exported: other test modules import it from here

pytestmark = pytest.mark.build

# The role page as DESIGN.md lists it: the sections (h2) in order, and the fixed subsections (h3).
ROLE_OUTLINE = [
    "job-description-sample",
    "responsibilities",
    "qualifications",
    "levels",
    "salary",
    "faq",
    "tools",
    "examples",
    "related-roles",
    "related-articles",
]
QUALIFICATIONS = ["prerequisites", "hard-skills", "soft-skills"]
FIXTURE_ROLES = ["complete-role", "minimal-role"]
EDIT_URL = "https://github.com/open-hiring-guide/open-hiring-guide/edit/main/"


@pytest.fixture(scope="module")
def catalogue(built_fixture_project: BuildResult) -> Catalogue:
    """The fixture project's roles as the build read them."""
    return load_catalogue(built_fixture_project.project)


def role_page(built: BuildResult, slug: str) -> BuiltPage:
    return built.parsed(f"roles/{slug}/")


def posting(page: BuiltPage) -> Element:
    """The static job description sample on a role page."""
    return page.content.find(cls="job-description")


def headings_under(page: BuiltPage, heading_id: str) -> list[tuple[str, str]]:
    section = page.section(heading_id)
    return [(el.get("id") or "", el.text()) for el in section.iter() if el.tag in ("h3", "h4")]


# ---- the role page, from the unchanged fixture project -------------------------------------------


@pytest.mark.parametrize("slug", FIXTURE_ROLES)
def test_role_page_has_the_designed_sections_in_order(
    built_fixture_project: BuildResult, catalogue: Catalogue, slug: str
):
    page = role_page(built_fixture_project, slug)
    expected = [s for s in ROLE_OUTLINE if s != "levels" or catalogue.role(slug).levels]
    assert page.section_ids(level=2) == expected
    assert [h for h, _ in headings_under(page, "qualifications")] == QUALIFICATIONS
    assert "builder" in [h for h, _ in headings_under(page, "job-description-sample")]


@pytest.mark.parametrize("slug", FIXTURE_ROLES)
def test_each_section_shows_the_role_data_in_file_order(
    built_fixture_project: BuildResult, catalogue: Catalogue, slug: str
):
    role = catalogue.role(slug)
    page = role_page(built_fixture_project, slug)
    assert page.headings()[0].text == role.title
    assert page.items("responsibilities") == [f"{r.name}. {r.detail}" for r in role.responsibilities]
    assert page.items("prerequisites") == list(role.qualifications.prerequisites)
    assert page.items("hard-skills") == list(role.qualifications.hard_skills)
    assert page.items("soft-skills") == [
        f"{s.skill}. {s.how_to_assess}" for s in role.qualifications.soft_skills
    ]
    assert headings_under(page, "faq") == [(q.anchor, q.question) for q in role.faq]
    assert [text for _, text in headings_under(page, "examples")] == [
        f"{e.employer}: {e.title}" for e in role.examples
    ]


def test_faq_anchor_is_the_question_in_lowercase_words_joined_by_hyphens(built_fixture_project: BuildResult):
    page = role_page(built_fixture_project, "minimal-role")
    faq = headings_under(page, "faq")
    assert faq[0] == ("fixture-question-number-1", "Fixture question number 1?")


def test_top_coded_wage_reads_or_more_and_the_posting_level_is_marked(built_fixture_project: BuildResult):
    complete = role_page(built_fixture_project, "complete-role")  # SOC 11-3021, posting level lead
    assert complete.table("salary") == [
        ["Level", "Percentile band", "Annual wage"],
        ["Entry level", "10th to 25th", "$104,450 to $134,350"],
        ["Mid-level", "25th to 50th (median)", "$134,350 to $171,200"],
        ["Senior", "50th (median) to 75th", "$171,200 to $216,220"],
        ["Lead or principal (this posting)", "75th to 90th", "$216,220 to $239,200 or more"],
    ]
    minimal = role_page(built_fixture_project, "minimal-role")  # posting level mid
    assert [row[0] for row in minimal.table("salary")[1:]] == [
        "Entry level",
        "Mid-level (this posting)",
        "Senior",
        "Lead or principal",
    ]


def test_salary_rationale_is_shown_only_when_the_role_gives_one(built_fixture_project: BuildResult):
    complete = role_page(built_fixture_project, "complete-role").section("salary")
    rationale = [p.text() for p in complete.find_all("p") if p.text().startswith("Why this occupation")]
    assert rationale == ["Why this occupation: The fixture uses Software Developers because its tasks match."]
    minimal = role_page(built_fixture_project, "minimal-role").section("salary")
    assert "Why this occupation" not in minimal.text()


def test_nice_to_have_is_in_the_posting_only_when_the_role_lists_some(
    built_fixture_project: BuildResult, catalogue: Catalogue
):
    complete = posting(role_page(built_fixture_project, "complete-role"))
    assert complete.items_after("Nice to have") == list(
        catalogue.role("complete-role").job_description.nice_to_have
    )
    minimal = posting(role_page(built_fixture_project, "minimal-role"))
    assert "Nice to have" not in [line.text() for line in minimal.find_all("p")]


def test_levels_show_each_level_title_and_what_it_adds(built_fixture_project: BuildResult):
    page = role_page(built_fixture_project, "complete-role")
    assert ("level-lead", "Lead Complete Role (lead or principal)") in headings_under(page, "levels")
    assert page.items("level-lead") == [
        "Scope: Owns the direction of several fixture services.",
        "Autonomy: Sets the plan and brings other teams along.",
        "Experience: A record of leading cross-team fixture work.",
        "Adds: Sets technical direction across teams; Mentors senior colleagues",
    ]


def test_tools_table_shows_each_tool_with_its_note_use_and_onet_flags(built_fixture_project: BuildResult):
    rows = role_page(built_fixture_project, "complete-role").table("tools")
    assert rows[0] == ["What for", "Tool", "Used by", "O*NET flags"]
    assert rows[1:3] == [
        ["Version control", "Git", "most teams", "Hot Technology, In Demand"],  # flags from O*NET's file
        ["", "Mercurial: Rare today", "some teams", "our addition"],
    ]


def test_a_relation_named_in_one_role_file_links_both_ways(built_fixture_project: BuildResult):
    complete = role_page(built_fixture_project, "complete-role")
    minimal = role_page(built_fixture_project, "minimal-role")  # its file names no related role
    assert [(link.href, link.text) for link in complete.links("related-roles")] == [
        ("../minimal-role/", "Minimal Role")
    ]
    assert [(link.href, link.text) for link in minimal.links("related-roles")] == [
        ("../complete-role/", "Complete Role")
    ]


def test_an_article_lists_the_roles_that_cite_it(built_fixture_project: BuildResult, catalogue: Catalogue):
    article = built_fixture_project.parsed("articles/reading-salary-data/")
    citing = catalogue.roles_for_article("reading-salary-data")
    assert citing, "the fixture roles cite the fixture article"
    assert [link.href for link in article.links("roles-this-guide-covers")] == [
        f"../../roles/{role.slug}/" for role in citing
    ]
    for role in citing:
        page = role_page(built_fixture_project, role.slug)
        assert "../../articles/reading-salary-data/" in [link.href for link in page.links("related-articles")]


@pytest.mark.parametrize("slug", FIXTURE_ROLES)
def test_edit_link_opens_the_role_data_file_not_the_generated_page(
    built_fixture_project: BuildResult, slug: str
):
    edit = [
        link.href
        for link in role_page(built_fixture_project, slug).links()
        if link.attrs.get("rel") == "edit"
    ]
    assert edit == [f"{EDIT_URL}data/roles/{slug}.yml"]


def test_a_page_that_does_not_opt_in_to_macros_shows_its_braces_literally(built_fixture_project: BuildResult):
    page = built_fixture_project.parsed("literal-braces/")
    assert [p.text() for p in page.content.find_all("p")] == ["Write {{ title }} and {% if x %} literally."]


# ---- hostile data, from the session's hostile fixture site ---------------------------------------


def hostile_role(site: BuildResult) -> tuple[Role, BuiltPage]:
    return load_catalogue(site.project).role("hostile-role"), site.parsed("roles/hostile-role/")


def test_markup_in_role_data_reaches_the_page_as_the_literal_text(hostile_site: BuildResult):
    role, page = hostile_role(hostile_site)
    assert page.headings()[0].text == role.title
    assert page.content.find("p").text() == role.summary  # the first paragraph under the title
    assert page.table("tools")[1][1] == f"{role.tools[0].items[0].name}: {role.tools[0].items[0].note}"
    assert headings_under(page, "faq")[0][1] == role.faq[0].question
    assert headings_under(page, "examples")[0][1] == f"{role.examples[0].employer}: {role.examples[0].title}"
    sample = posting(page)
    for item in role.job_description.must_have:
        assert item in [li.text() for li in sample.find_all("li")], item


def test_markup_in_role_data_makes_no_element_attribute_or_link(hostile_site: BuildResult):
    _role, page = hostile_role(hostile_site)
    made = [el.tag for el in page.content.iter() if el.tag in ("script", "style", "iframe", "img", "object")]
    assert made == []
    handlers = [(el.tag, a) for el in page.content.iter() for a in el.attrs if a.startswith("on")]
    assert handlers == []
    assert page.content.find_all(id="injected-id") == []
    schemes = {urlsplit(link.href).scheme.lower() for link in page.links()}
    assert schemes <= {"", "http", "https"}


def test_special_characters_survive_in_text_and_description(hostile_site: BuildResult):
    role = load_catalogue(hostile_site.project).role("special-characters")
    page = hostile_site.parsed("roles/special-characters/")
    assert page.headings()[0].text == role.title
    assert page.content.find("p").text() == role.summary
    assert page.meta("description") == role.summary
    assert role.job_description.must_have[0] in [li.text() for li in posting(page).find_all("li")]


# ---- projects that change -----------------------------------------------------------------------


def test_broken_role_stops_the_build_with_the_validators_report(project: Path, capsys):
    break_minimal_role(project)
    assert hiring_guide_cli(["validate"], root=project) == 1
    report = [line for line in capsys.readouterr().out.splitlines() if ": advice: " not in line]
    assert [line for line in report if line.startswith("data/roles/minimal-role.yml")] == [
        BROKEN_TITLE_PROBLEM
    ]
    result = run_build(project)
    assert result.returncode != 0
    assert set(report) <= set(result.output.splitlines()), "the build reports what the validator reports"
    assert not (result.site / "index.html").exists()


def test_adding_one_data_file_adds_its_page_and_nothing_else_is_needed(
    built_fixture_project: BuildResult, tmp_path: Path
):
    before = built_fixture_project
    before_files = {p.relative_to(before.site) for p in before.site.rglob("*") if p.is_file()}
    project = make_fixture_project(tmp_path)
    new = fixture_role("minimal-role").replace("Minimal Role", "Added Role")
    new = new.replace("Fixture question number", "Added question number")
    new = new.replace("related_roles: []", "related_roles: [minimal-role]")  # every role needs one
    (project / "data" / "roles" / "added-role.yml").write_text(new, encoding="utf-8")
    after = run_build(project)
    assert after.returncode == 0, after.output
    after_files = {p.relative_to(after.site) for p in after.site.rglob("*") if p.is_file()}

    assert after_files - before_files == {
        Path("roles/added-role/index.html"),
        Path("roles/added-role/job-description.txt"),
        Path("data/compare/added-role.json"),
        Path("data/builder/added-role.json"),
    }
    sitemap = ET.parse(after.site / "sitemap.xml").getroot()
    assert any(loc.text.endswith("/roles/added-role/") for loc in sitemap.iter() if loc.tag.endswith("loc"))
    assert ("added-role/", "Added Role") in [(link.href, link.text) for link in after.parsed("roles").links()]
    hub = [link.href for link in after.parsed("faq").links()]
    assert "../roles/added-role/#added-question-number-1" in hub
    docs = json.loads((after.site / "search" / "search_index.json").read_text())["docs"]
    assert "roles/added-role/#added-question-number-1" in {d["location"] for d in docs}


def test_undefined_variable_in_a_macro_page_fails_the_build_naming_it(project: Path):
    (project / "docs" / "contributing.md").write_text(
        "---\nrender_macros: true\n---\n\n# C\n\n{{ no_such_variable }}\n"
    )
    result = run_build(project)
    assert result.returncode != 0
    assert "_UndefinedError_: 'no_such_variable' is undefined" in result.output.splitlines()


def test_link_to_a_missing_anchor_fails_the_strict_build(project: Path):
    (project / "docs" / "contributing.md").write_text(
        "# C\n\nSee [x](roles/minimal-role.md#no-such-anchor).\n"
    )
    result = run_build(project)
    assert result.returncode != 0
    assert (
        "WARNING -  Doc file 'contributing.md' contains a link 'roles/minimal-role.md#no-such-anchor', "
        "but the doc 'roles/minimal-role.md' does not contain an anchor '#no-such-anchor'."
    ) in result.output.splitlines()
