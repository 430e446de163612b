"""scripts/build replaces site/ only after a successful build; hostile data fails within bounds."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import (
    BROKEN_TITLE_PROBLEM,
    FIXTURES,
    ROOT,
    BuildResult,
    break_minimal_role,
    fixture_role,
    make_project,
)
from tests.pages import BuiltPage

pytestmark = pytest.mark.build


def build_script_project(tmp_path: Path, built: BuildResult) -> Path:
    """A copy of the built fixture project, its site/ standing for the last good build, with the
    build script and the test's own (already installed) environment."""
    project = tmp_path / "project"
    shutil.copytree(built.project, project, symlinks=True)
    shutil.copytree(ROOT / "scripts", project / "scripts")
    for name in ("requirements.txt", "requirements-test.txt"):
        shutil.copy(ROOT / name, project / name)
    (project / ".venv").symlink_to(Path(sys.prefix))
    return project


def run_script(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "scripts/build"], cwd=project, capture_output=True, text=True, timeout=300, env=os.environ
    )


def site_files(project: Path) -> dict[Path, bytes]:
    site = project / "site"
    return {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_failed_build_leaves_the_last_good_site_in_place(tmp_path: Path, built_fixture_project: BuildResult):
    project = build_script_project(tmp_path, built_fixture_project)
    good = site_files(project)
    break_minimal_role(project)
    result = run_script(project)
    assert result.returncode != 0
    assert BROKEN_TITLE_PROBLEM in (result.stdout + result.stderr).splitlines()
    assert site_files(project) == good
    assert [p.name for p in project.iterdir() if p.name.startswith(".site")] == [], "temporary folders left"


def test_successful_build_replaces_the_site(tmp_path: Path, built_fixture_project: BuildResult):
    project = build_script_project(tmp_path, built_fixture_project)
    (project / "data" / "roles" / "minimal-role.yml").write_text(
        fixture_role("minimal-role").replace("Fixture question number 1?", "A replaced question?"),
        encoding="utf-8",
    )
    result = run_script(project)
    assert result.returncode == 0, result.stdout + result.stderr
    page = BuiltPage.load(project / "site", "roles/minimal-role/")
    faq = [heading.text() for heading in page.section("faq").find_all("h3")]
    assert faq[0] == "A replaced question?"  # the last good site had "Fixture question number 1?"
    assert [p.name for p in project.iterdir() if p.name.startswith(".site")] == [], "temporary folders left"


def _limit_memory() -> None:
    two_gib = 2 * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (two_gib, two_gib))


def test_alias_bomb_and_deep_nesting_fail_the_build_within_two_minutes_and_two_gib(tmp_path: Path):
    roles = {p.name: p.read_bytes() for p in (FIXTURES / "hostile").glob("*.yml")}
    roles["alias-bomb.yml"] = (FIXTURES / "bad" / "yaml-alias-bomb.yml").read_bytes()
    roles["deep-nesting.yml"] = (FIXTURES / "bad" / "yaml-deep-nesting.yml").read_bytes()
    project = make_project(tmp_path, roles)
    proc = subprocess.run(  # a subprocess of its own: the memory limit must not bind the test runner
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,  # a bound on hostile input (alias bombs, nesting), not a speed measurement
        preexec_fn=_limit_memory,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert proc.returncode != 0
    reported = {line.split(":")[0]: line for line in (proc.stdout + proc.stderr).splitlines()}
    assert reported["data/roles/alias-bomb.yml"] == (
        "data/roles/alias-bomb.yml:1:4: a: anchor &a is not supported "
        "(hint: write each value out in full; anchors and aliases are not allowed)"
    )
    assert reported["data/roles/deep-nesting.yml"] == (
        f"data/roles/deep-nesting.yml:1:28: title{'[0]' * 20}: values are nested more than 20 levels deep "
        "(hint: flatten the structure)"
    )
