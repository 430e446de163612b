"""Small complete MkDocs projects, built in temporary folders with `mkdocs build --strict`."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest

from tests.conftest import fixture_role, run_build

pytestmark = pytest.mark.build

ROLE_SECTIONS = [
    "job-description-sample",
    "responsibilities",
    "qualifications",
    "prerequisites",
    "hard-skills",
    "soft-skills",
    "salary",
    "faq",
    "tools",
    "examples",
    "related-roles",
    "related-articles",
]


def text_of(html: str) -> str:
    """The visible words of a page, one space between each."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_complete_and_minimal_roles_build_with_every_section(project: Path):
    result = run_build(project)
    assert result.returncode == 0, result.output
    for slug in ("complete-role", "minimal-role"):
        html = result.page(f"roles/{slug}")
        for section in ROLE_SECTIONS:
            assert f'id="{section}"' in html, (slug, section)
        assert 'id="fixture-question-number-1"' in html
        assert (result.site / "roles" / slug / "job-description.txt").is_file()


def test_top_coded_percentile_reads_or_more_and_optional_fields_show(project: Path):
    result = run_build(project)
    text = text_of(result.page("roles/complete-role"))
    assert "$239,200 or more" in text
    assert "Why this occupation: The fixture uses Software Developers" in text
    assert "Mercurial : Rare today some teams our addition" in text
    assert "Git most teams Hot Technology, In Demand" in text
    assert "Open Hiring Guide has modified all or some of this information" in text
    assert "Why this occupation" not in text_of(result.page("roles/minimal-role"))
    assert "<strong>Nice to have</strong>" in result.page("roles/complete-role")
    assert "<strong>Nice to have</strong>" not in result.page("roles/minimal-role")
    assert "Lead Complete Role (lead or principal)" in text
    assert "Adds: Sets technical direction across teams; Mentors senior colleagues" in text
    assert 'id="levels"' not in result.page("roles/minimal-role")


def test_edit_link_opens_the_role_data_file(project: Path):
    html = run_build(project).page("roles/minimal-role")
    assert (
        'href="https://github.com/open-hiring-guide/open-hiring-guide/edit/main/data/roles/minimal-role.yml"'
        in html
    )


def test_broken_role_fails_the_build_with_a_named_error(project: Path):
    (project / "data" / "roles" / "minimal-role.yml").write_text(
        fixture_role("minimal-role").replace("title: Minimal Role", "title: 12"), encoding="utf-8"
    )
    result = run_build(project)
    assert result.returncode != 0
    assert "data/roles/minimal-role.yml:2:8: title: expected text, found a whole number (12)" in result.output
    assert not (result.site / "index.html").exists()


def test_adding_one_data_file_adds_its_page_and_nothing_else_is_needed(project: Path, tmp_path: Path):
    before = run_build(project)
    assert before.returncode == 0, before.output
    before_files = {p.relative_to(before.site) for p in before.site.rglob("*") if p.is_file()}

    new = fixture_role("minimal-role").replace("Minimal Role", "Added Role")
    new = new.replace("Fixture question number", "Added question number")
    (project / "data" / "roles" / "added-role.yml").write_text(new, encoding="utf-8")
    after = run_build(project, "--site-dir", str(tmp_path / "after"))
    after = type(after)(after.returncode, after.output, tmp_path / "after")
    assert after.returncode == 0, after.output
    after_files = {p.relative_to(after.site) for p in after.site.rglob("*") if p.is_file()}

    assert after_files - before_files == {
        Path("roles/added-role/index.html"),
        Path("roles/added-role/job-description.txt"),
        Path("data/compare/added-role.json"),
        Path("data/builder/added-role.json"),
    }
    assert "roles/added-role/" in (after.site / "sitemap.xml").read_text()
    assert 'href="added-role/"' in after.page("roles")
    assert 'href="../roles/added-role/#added-question-number-1"' in after.page("faq")
    docs = json.loads((after.site / "search" / "search_index.json").read_text())["docs"]
    assert any(d["location"] == "roles/added-role/#added-question-number-1" for d in docs)


def test_hostile_values_render_as_literal_text(project: Path):
    text = fixture_role("minimal-role")
    text = text.replace(
        "- Clear writing",
        "- '<script>alert(1)</script> {{ config.site_name }} [x](javascript:alert(1)) C++ <3 years & more'",
    )
    (project / "data" / "roles" / "minimal-role.yml").write_text(text, encoding="utf-8")
    result = run_build(project)
    assert result.returncode == 0, result.output
    html = result.page("roles/minimal-role")
    assert "<script>alert" not in html
    assert 'href="javascript:alert' not in html
    literal = "&lt;script&gt;alert(1)&lt;/script&gt; {{ config.site_name }} [x](javascript:alert(1))"
    assert f"{literal} C++ &lt;3 years &amp; more" in html


def test_undefined_variable_in_a_macro_page_fails_the_build(project: Path):
    (project / "docs" / "contributing.md").write_text(
        "---\nrender_macros: true\n---\n\n# C\n\n{{ no_such_variable }}\n"
    )
    result = run_build(project)
    assert result.returncode != 0
    assert "no_such_variable" in result.output


def test_pages_that_do_not_opt_in_are_not_templates(project: Path):
    (project / "docs" / "contributing.md").write_text("# Contributing\n\nWrite `{{ title }}` literally.\n")
    result = run_build(project)
    assert result.returncode == 0, result.output
    assert "{{ title }}" in result.page("contributing")


def test_link_to_a_missing_anchor_fails_the_strict_build(project: Path):
    (project / "docs" / "contributing.md").write_text(
        "# C\n\nSee [x](roles/minimal-role.md#no-such-anchor).\n"
    )
    result = run_build(project)
    assert result.returncode != 0
    assert "no-such-anchor" in result.output
