"""What the guide says O*NET lists is what O*NET 29.2 lists: role files through the validator,
articles through the same check."""

from __future__ import annotations

from pathlib import Path

import pytest

from hiring_guide.checks.onet_claims import claim_problems, claimed
from hiring_guide.load import check
from hiring_guide.paths import Paths
from hiring_guide.sources.onet_titles import read_titles
from tests.conftest import ROOT, fixture_role, make_project


@pytest.fixture(scope="module")
def titles():
    """O*NET's titles, given as the validator gives them: read when a claim needs them."""
    paths = Paths(ROOT)
    loaded = read_titles(paths.onet_alternate_titles, paths.onet_reported_titles)
    return lambda: loaded


def test_a_true_claim_passes_and_a_six_digit_code_covers_its_detailed_occupations(titles):
    text = 'O*NET lists "Cloud Architect" as an alternate title under 15-1241 and 15-1299.08.'
    assert list(claim_problems(text, titles)) == []
    assert list(claim_problems("O*NET lists Technical Platform Engineer under 15-1299.", titles)) == []


def test_a_title_o_net_gives_another_code_is_reported(titles):
    text = 'O*NET lists "Cloud Architect" under 15-1252 Software Developers.'
    assert list(claim_problems(text, titles)) == [
        "says O*NET lists 'Cloud Architect' under 15-1252, but O*NET 29.2 does not"
    ]


def test_a_claim_that_o_net_has_no_title_is_refused(titles):
    assert list(claim_problems("O*NET has no Cloud Architect title.", titles)) == [
        "says 'O*NET has no Cloud Architect title', which no data file can back"
    ]


def test_unquoted_title_lists_are_read_as_titles_and_lowercase_phrases_are_not():
    sentence = "O*NET lists iOS Developer, Android Developer and QA Engineer as titles of 15-1252."
    assert [title for title, _codes in claimed(sentence)] == [
        "iOS Developer",
        "Android Developer",
        "QA Engineer",
    ]
    assert claimed("O*NET lists both titles under Human Resources Specialists.") == []


def test_the_validator_reports_a_false_claim_in_a_role_file_at_its_line(tmp_path: Path):
    text = fixture_role("minimal-role").replace(
        "summary: ", 'summary: O*NET lists "Minimal Role Engineer" under 15-1252 Software Developers. ', 1
    )
    project = make_project(tmp_path, {"minimal-role.yml": text})
    _catalogue, problems = check(project)
    found = [str(p) for p in problems if "O*NET 29.2 does not" in p.message]
    assert len(found) == 1
    assert found[0].startswith("data/roles/minimal-role.yml:")
    assert ": summary: says O*NET lists 'Minimal Role Engineer' under 15-1252" in found[0]


def test_every_article_states_only_what_o_net_lists(titles):
    for article in sorted((ROOT / "docs" / "articles").glob("*.md")):
        assert list(claim_problems(article.read_text(encoding="utf-8"), titles)) == [], article.name
