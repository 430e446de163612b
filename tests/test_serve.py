"""`mkdocs serve` rebuilds after edits to data files, templates and Python code in macros/."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from tests.conftest import make_project

pytestmark = pytest.mark.build
WAIT_SECONDS = 90  # an upper bound for a rebuild on a loaded machine, not a speed assertion


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    base = urlsplit(
        yaml.safe_load((project / "mkdocs.yml").read_text())["site_url"]
    ).path  # serve mounts here
    url = f"http://127.0.0.1:{port}{base}roles/minimal-role/"
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
