"""scripts/build replaces site/ only after a successful build; hostile data builds within bounds."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT, fixture_role, make_project

pytestmark = pytest.mark.build


def build_script_project(tmp_path: Path) -> Path:
    project = make_project(tmp_path)
    shutil.copytree(ROOT / "scripts", project / "scripts")
    for name in ("requirements.txt", "requirements-test.txt"):
        shutil.copy(ROOT / name, project / name)
    (project / ".venv").symlink_to(Path(sys.prefix))  # the test's own environment, already installed
    return project


def run_script(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "scripts/build"], cwd=project, capture_output=True, text=True, timeout=300, env=os.environ
    )


def test_failed_build_leaves_the_last_good_site_in_place(tmp_path: Path):
    project = build_script_project(tmp_path)
    first = run_script(project)
    assert first.returncode == 0, first.stdout + first.stderr
    page = project / "site" / "roles" / "minimal-role" / "index.html"
    good = page.read_bytes()

    (project / "data" / "roles" / "minimal-role.yml").write_text(
        fixture_role("minimal-role").replace("title: Minimal Role", "title: [broken"), encoding="utf-8"
    )
    second = run_script(project)
    assert second.returncode != 0
    assert "data/roles/minimal-role.yml:2:8: title" in second.stdout + second.stderr
    assert page.read_bytes() == good
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".site")) == []


def test_successful_build_replaces_the_site(tmp_path: Path):
    project = build_script_project(tmp_path)
    assert run_script(project).returncode == 0
    (project / "data" / "roles" / "minimal-role.yml").write_text(
        fixture_role("minimal-role").replace("Fixture question number 1?", "A replaced question?"),
        encoding="utf-8",
    )
    result = run_script(project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "A replaced question?" in (project / "site" / "roles" / "minimal-role" / "index.html").read_text()


def _limit_memory() -> None:
    two_gib = 2 * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (two_gib, two_gib))


def test_hostile_data_builds_within_two_minutes_and_two_gib(tmp_path: Path):
    roles = {p.name: p.read_bytes() for p in (FIXTURES / "hostile").glob("*.yml")}
    roles["alias-bomb.yml"] = (FIXTURES / "bad" / "yaml-alias-bomb.yml").read_bytes()
    roles["deep-nesting.yml"] = (FIXTURES / "bad" / "yaml-deep-nesting.yml").read_bytes()
    project = make_project(tmp_path, roles)
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,  # a bound on hostile input (alias bombs, nesting), not a speed measurement
        preexec_fn=_limit_memory,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert proc.returncode != 0
    assert "data/roles/alias-bomb.yml:1:4: a: anchor &a is not supported" in proc.stdout + proc.stderr
    assert "data/roles/deep-nesting.yml:1:28:" in proc.stdout + proc.stderr
