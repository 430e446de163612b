"""Rendering: data values reach the page as literal text, anchors are stable, the plain text is clean."""

from __future__ import annotations

import re
from pathlib import Path

from hiring_guide.load import check
from hiring_guide.text import anchor_for, escape_markdown, front_matter_string, paragraphs
from hiring_guide.views.markdown import Renderer
from tests.conftest import fixture_role, make_project


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


def catalogue(tmp_path: Path, text: str | None = None):
    files = {"minimal-role.yml": text or fixture_role("minimal-role")}
    found_catalogue, problems = check(make_project(tmp_path, files))
    assert problems == []
    return found_catalogue


def test_job_description_plain_text_has_no_markdown_escapes(tmp_path: Path):
    text = fixture_role("minimal-role").replace("- Clear writing", "- C++ <3 years & *emphasis*")
    cat = catalogue(tmp_path, text)
    plain = Renderer(cat).job_description_text(cat.roles[0])
    assert "- C++ <3 years & *emphasis*" in plain
    assert "\\" not in plain
    assert plain.splitlines()[:3] == ["Minimal Role", "Location: Remote (US)", "Type: Full-time"]


def test_plain_text_pay_range_is_the_posting_level_band(tmp_path: Path):
    cat = catalogue(tmp_path)
    role = cat.roles[0]
    estimate = cat.estimate(role.salary.soc_code)
    low, high = estimate.percentiles["p25"].amount, estimate.percentiles["p50"].amount
    assert f"Pay range: ${low:,} to ${high:,} a year" in Renderer(cat).job_description_text(role)


def test_role_source_is_plain_markdown_with_escaped_front_matter(tmp_path: Path):
    text = fixture_role("minimal-role").replace(
        "summary: The Minimal Role fixture", "summary: '<b>bold</b> \"quoted\" {{ x }} The Minimal Role' #"
    )
    cat = catalogue(tmp_path, text)
    source = Renderer(cat).role_source(cat.roles[0])
    assert 'description: "&lt;b&gt;bold&lt;/b&gt; &quot;quoted&quot; {{ x }} The Minimal Role' in source
    assert "render_macros" not in source, "role pages are not templates: the macros plugin leaves them alone"
    assert "\n# Minimal Role\n" in source
    assert "\\{\\{ x \\}\\}" in source.split("---", 2)[2], "data in the body is escaped Markdown"
