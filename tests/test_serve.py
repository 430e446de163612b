"""`mkdocs serve` rebuilds after edits to data files, templates and Python code in macros/."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import build_env, free_port, make_project

pytestmark = pytest.mark.build
WAIT_SECONDS = 90  # an upper bound for a rebuild on a loaded machine, not a speed assertion


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.5)
    pytest.fail(f"mkdocs serve did not show {what} within {WAIT_SECONDS} s")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    project = make_project(tmp_path)
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=build_env(port),  # site_url at the served address, so pages are served at /
    )
    url = f"http://127.0.0.1:{port}/roles/minimal-role/"
    try:
        wait_for(lambda: "Minimal Role" in fetch(url), "the first build")
        yield project, url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_serve_rebuilds_after_data_template_and_code_edits(served: tuple[Path, str]):
    project, url = served
    edit(project / "data/roles/minimal-role.yml", "Fixture question number 1?", "Edited question one?")
    wait_for(lambda: "Edited question one?" in fetch(url), "the edited data file")

    edit(project / "macros/templates/role.md.j2", "## Tools and programs", "## Tools and software")
    wait_for(lambda: "Tools and software" in fetch(url), "the edited template")

    edit(project / "macros/salary.py", "OEWS has no seniority split", "OEWS has no seniority split (edited)")
    wait_for(lambda: "no seniority split (edited)" in fetch(url), "the edited Python module")
