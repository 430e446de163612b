"""Advice: reported with file, line and field, never blocking."""

from __future__ import annotations

from pathlib import Path

from hiring_guide.load import check
from tests.conftest import fixture_role, make_project


def advice(tmp_path: Path, text: str) -> list[str]:
    catalogue, found = check(make_project(tmp_path, {"minimal-role.yml": text}))
    assert catalogue is not None, "advice must not block"
    assert all(p.severity == "advice" for p in found)
    return [str(p) for p in found]


def test_fixture_roles_get_no_advice(tmp_path: Path):
    assert advice(tmp_path, fixture_role("minimal-role")) == []


def test_long_sample_is_advised(tmp_path: Path):
    nice = "  nice_to_have:\n" + "".join(f"  - {' '.join(['word'] * 40)} {i}\n" for i in range(8))
    text = fixture_role("minimal-role").replace("  perks:\n", nice + "  perks:\n")
    [message] = advice(tmp_path, text)
    assert message.startswith("data/roles/minimal-role.yml:10:3: job_description: advice: the sample is 3")


def test_more_than_eight_must_haves_are_advised(tmp_path: Path):
    extra = "".join(f"  - Must have number {i}\n" for i in range(7))
    text = fixture_role("minimal-role").replace("  - Care for tests\n", "  - Care for tests\n" + extra)
    [message] = advice(tmp_path, text)
    assert "job_description.must_have: advice: 10 must-haves; keep five to eight" in message


def test_years_in_an_entry_level_posting_are_advised(tmp_path: Path):
    text = fixture_role("minimal-role").replace("posting_level: mid", "posting_level: entry")
    text = text.replace("  - Clear writing\n", "  - 5+ years of Python\n")
    [message] = advice(tmp_path, text)
    assert "job_description.must_have[1]: advice: '5+ years' asked of an entry-level hire" in message


def test_title_buzzwords_are_advised(tmp_path: Path):
    text = fixture_role("minimal-role").replace("  title: Minimal Role\n", "  title: Minimal Role Ninja\n", 1)
    [message] = advice(tmp_path, text)
    assert "job_description.title: advice: title uses the buzzword 'ninja'" in message


def test_masculine_coded_wording_is_advised(tmp_path: Path):
    text = fixture_role("minimal-role").replace(
        "  - Clear writing\n",
        "  - An aggressive, dominant, fearless competitor who is decisive and assertive\n",
    )
    [message] = advice(tmp_path, text)
    assert "advice: masculine-coded words outnumber feminine-coded ones: aggressive, assertive" in message
