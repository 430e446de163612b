"""`scripts/serve` (`mkdocs serve --dirty`) shows every kind of edit without a restart: role files,
the schema, source data, templates and Python code, and the listing pages that show a role."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
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
        time.sleep(0.3)
    pytest.fail(f"mkdocs serve did not show {what} within {WAIT_SECONDS} s")


@dataclass
class Served:
    project: Path
    base: str
    log: Path

    def page(self, path: str) -> str:
        return fetch(self.base + path)

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """One fixture project served as scripts/serve serves it, shared by this module's tests."""
    project = make_project(tmp_path_factory.mktemp("served"))
    port = free_port()
    log = project / "serve.log"
    with log.open("w") as handle:
        proc = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
            cwd=project,
            stdout=handle,
            stderr=subprocess.STDOUT,
            env=build_env(port),  # site_url at the served address, so pages are served at /
        )
    site = Served(project, f"http://127.0.0.1:{port}/", log)
    try:
        wait_for(lambda: "Minimal Role" in site.page("roles/minimal-role/"), "the first build")
        yield site
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_an_edited_role_file_shows_on_its_page_and_in_the_faq_hub(served: Served):
    edit(served.project / "data/roles/minimal-role.yml", "Fixture question number 1?", "Edited question one?")
    wait_for(lambda: "Edited question one?" in served.page("roles/minimal-role/"), "the edited role page")
    # the FAQ hub's own source did not change: the hook marks listing pages out of date
    wait_for(lambda: "Edited question one?" in served.page("faq/"), "the edited question in the FAQ hub")


def test_an_edited_source_csv_changes_the_printed_wages(served: Served):
    # the fixture roles use Software Developers (15-1252); its May 2024 median is $133,080
    edit(
        served.project / "data/sources/bls-oews-national.csv",
        ",144570,79850,103050,133080,",
        ",144570,79850,103050,133081,",
    )
    wait_for(lambda: "$133,081" in served.page("roles/minimal-role/"), "the edited wage figure")


def test_an_edited_template_changes_every_role_page(served: Served):
    edit(
        served.project / "hiring_guide/views/templates/role.md.j2",
        "## Tools and programs",
        "## Tools and software",
    )
    wait_for(lambda: "Tools and software" in served.page("roles/minimal-role/"), "the edited template")


def test_edited_python_code_is_used_without_a_restart(served: Served):
    edit(
        served.project / "hiring_guide/salary.py",
        "OEWS has no seniority split",
        "OEWS has no seniority split (edited)",
    )
    wait_for(lambda: "no seniority split (edited)" in served.page("roles/minimal-role/"), "the edited module")


def test_a_schema_edit_is_enforced_on_the_next_rebuild(served: Served):
    schema = served.project / "data/schema/role.schema.json"
    original = schema.read_text(encoding="utf-8")
    edit(schema, '"minLength": 3,\n      "maxLength": 80,', '"minLength": 3,\n      "maxLength": 3,')  # title
    try:
        wait_for(lambda: "title: is 12 characters; at most 3 allowed" in served.output(), "the schema error")
    finally:
        schema.write_text(original, encoding="utf-8")
    # with the schema restored, the next edit is built again
    edit(served.project / "data/roles/minimal-role.yml", "Fixture question number 2?", "Edited question two?")
    wait_for(lambda: "Edited question two?" in served.page("roles/minimal-role/"), "the site after the fix")
