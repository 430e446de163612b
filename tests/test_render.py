"""Rendering: data values reach the page as literal text, anchors are stable, the plain text is clean."""

from __future__ import annotations

import re
from pathlib import Path

from hiring_guide.load import check
from hiring_guide.text import anchor_for, escape_markdown, front_matter_string, paragraphs, same_name
from hiring_guide.views.builder import PAY_NOTE, reading_time
from hiring_guide.views.markdown import Renderer, tool_rows
from tests.conftest import FIXTURES, fixture_role, make_project


def test_markdown_and_template_syntax_in_data_is_escaped():
    hostile = "<script>alert(1)</script> [x](javascript:alert(1)) {{ 7*7 }} {: onclick=alert(1) }"
    escaped = escape_markdown(hostile)
    for char in "<>[](){}*":
        assert f"\\{char}" in escaped
    assert "{{" not in escaped
    assert re.search(r"(?<!\\)[<>\[\]{}]", escaped) is None  # no special character left unescaped


def test_whitespace_is_collapsed_so_indentation_cannot_make_code_blocks():
    assert escape_markdown("a\n\n        b\n# c") == "a b \\# c"


def test_paragraphs_split_on_blank_lines():
    assert paragraphs("one\ntwo\n\n  three\n") == ["one two", "three"]


def test_anchors_are_stable_ascii_slugs():
    assert anchor_for("How do I assess system design in interviews?") == (
        "how-do-i-assess-system-design-in-interviews"
    )
    assert (
        anchor_for("What's a fair salary for a Señor engineer?") == "whats-a-fair-salary-for-a-senor-engineer"
    )


def test_front_matter_values_are_html_escaped_json_strings():
    assert front_matter_string('C++ <3 years & "more"') == '"C++ &lt;3 years &amp; &quot;more&quot;"'


def catalogue(tmp_path: Path, text: str | None = None, name: str = "minimal-role"):
    """The two fixture roles, with `name`'s file replaced by `text` if given."""
    files = {p.name: p.read_text("utf-8") for p in (FIXTURES / "roles").glob("*.yml")}
    if text is not None:
        files[f"{name}.yml"] = text
    found_catalogue, problems = check(make_project(tmp_path, files))
    assert problems == []
    return found_catalogue


def test_job_description_plain_text_has_no_markdown_escapes(tmp_path: Path):
    text = fixture_role("minimal-role").replace("- Clear writing", "- C++ <3 years & *emphasis*")
    cat = catalogue(tmp_path, text)
    plain = Renderer(cat).job_description_text(cat.role("minimal-role"))
    assert "- C++ <3 years & *emphasis*" in plain
    assert "\\" not in plain
    assert plain.splitlines()[:3] == ["Minimal Role", "Location: Remote (US)", "Type: Full-time"]


def test_plain_text_pay_line_is_the_posting_level_band_marked_for_replacement(tmp_path: Path):
    cat = catalogue(tmp_path)
    role = cat.role("minimal-role")
    estimate = cat.estimate(role.salary.soc_code)
    low, high = estimate.percentiles["p25"].amount, estimate.percentiles["p50"].amount
    lines = Renderer(cat).job_description_text(role).splitlines()
    assert lines[3] == f"Pay range: ${low:,} to ${high:,} a year {PAY_NOTE}"


def test_a_top_coded_posting_band_reads_or_more_in_the_plain_text(tmp_path: Path):
    cat = catalogue(tmp_path)
    lines = Renderer(cat).job_description_text(cat.role("complete-role")).splitlines()
    assert lines[3].startswith("Pay range: $") and lines[3].endswith(
        f" to $239,200 or more a year {PAY_NOTE}"
    )


# ---- the role page ---------------------------------------------------------------------------------


def test_role_page_keeps_every_anchor(tmp_path: Path):
    cat = catalogue(tmp_path)
    role = cat.role("complete-role")
    anchors = re.findall(r"\{#([a-z0-9-]+)[ }]", Renderer(cat).role_page(role))
    expected = [
        "job-description-sample",
        "builder",
        "responsibilities",
        "qualifications",
        "prerequisites",
        "hard-skills",
        "soft-skills",
        "levels",
        *(f"level-{v.level}" for v in role.levels),
        "salary",
        "faq",
        *(q.anchor for q in role.faq),
        "tools",
        "examples",
        *(f"example-{anchor_for(e.employer)}" for e in role.examples),
        "related-roles",
        "related-articles",
    ]
    assert anchors == expected


def test_role_page_states_the_postings_word_count_and_reading_time(tmp_path: Path):
    cat = catalogue(tmp_path)
    renderer = Renderer(cat)
    role = cat.role("minimal-role")
    time = reading_time(renderer.posting(role))
    page = renderer.role_page(role)
    sentence = page.split("{#job-description-sample data-search-exclude}\n\n", 1)[1].split("\n", 1)[0]
    minutes = escape_markdown(f"{time.minutes:g}-minute")
    assert sentence.startswith(f"About {round(time.words, -1)} words\\, a {minutes} read at a typical")
    assert "under a minute" not in page


def test_static_sample_shows_each_part_of_the_posting_once(tmp_path: Path):
    cat = catalogue(tmp_path)
    renderer = Renderer(cat)
    role = cat.role("complete-role")
    page = renderer.role_page(role)
    sample = page.split('<div class="job-description" markdown="1">', 1)[1].split("</div>", 1)[0]
    parts = renderer.posting(role)
    lines = [line for line in sample.splitlines() if line]
    expected = [f"**{escape_markdown(parts.title)}**"]
    expected += [
        f"**{m.label}:** {escape_markdown(' '.join(filter(None, (m.value, m.note))))}" for m in parts.meta
    ]
    for section in parts.sections:
        expected.append(f"**{section.title}**")
        expected += [escape_markdown(p) for p in section.paragraphs]
        expected += [f"- {escape_markdown(item)}" for item in section.items]
    assert lines == expected
    assert page.count("Experience with fixtures") == 1, "the posting is not repeated in a second tab"


def test_job_description_examples_are_labelled_illustrative(tmp_path: Path):
    cat = catalogue(tmp_path)
    page = Renderer(cat).role_page(cat.role("minimal-role"))
    after_heading = page.split("{#examples data-search-exclude}\n\n", 1)[1].split("\n", 1)[0]
    assert after_heading.startswith("These examples are illustrative: invented employers and postings")


def test_tool_flags_name_the_broader_onet_entry_they_come_from(tmp_path: Path):
    text = fixture_role("complete-role").replace(
        "  - name: Mercurial\n",
        "  - name: Jira\n    use: common\n    onet_example: Atlassian JIRA\n"
        "  - name: Objective-C\n    use: niche\n    onet_example: Objective C\n"
        "  - name: Mercurial\n",
    )
    cat = catalogue(tmp_path, text, name="complete-role")
    flags = {row.tool.name: row.flags_text for row in tool_rows(cat.role("complete-role"), cat)}
    assert flags["Jira"] == "Hot Technology, In Demand (O*NET lists it as Atlassian JIRA)"
    assert flags["Git"] == "Hot Technology, In Demand", "the tool's own O*NET name needs no note"
    assert flags["Objective-C"] == "listed", "a difference of punctuation only is the same entry"
    assert flags["Mercurial"] == "our addition"
    page = Renderer(cat).role_page(cat.role("complete-role"))
    assert (
        "| **Jira** | most teams | Hot Technology\\, In Demand \\(O\\*NET lists it as Atlassian JIRA\\) |"
        in page
    )


def test_names_that_differ_only_in_case_and_punctuation_are_the_same():
    assert same_name("Scikit-learn", "scikit-learn") and same_name("Objective C", "Objective-C")
    assert not same_name("Jira", "Atlassian JIRA") and not same_name("Meta Ads Manager", "Facebook")


def test_role_source_is_plain_markdown_with_escaped_front_matter(tmp_path: Path):
    text = fixture_role("minimal-role").replace(
        "summary: The Minimal Role fixture", "summary: '<b>bold</b> \"quoted\" {{ x }} The Minimal Role' #"
    )
    cat = catalogue(tmp_path, text)
    source = Renderer(cat).role_source(cat.role("minimal-role"))
    assert 'description: "&lt;b&gt;bold&lt;/b&gt; &quot;quoted&quot; {{ x }} The Minimal Role' in source
    assert "render_macros" not in source, "role pages are not templates: the macros plugin leaves them alone"
    assert "\n# Minimal Role\n" in source
    assert "\\{\\{ x \\}\\}" in source.split("---", 2)[2], "data in the body is escaped Markdown"
