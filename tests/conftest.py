"""Shared fixtures: small complete MkDocs projects built in temporary folders, and the real site."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.pages import BuiltPage

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
MKDOCS = [sys.executable, "-m", "mkdocs"]


@dataclass
class BuildResult:
    returncode: int
    output: str
    site: Path
    port: int = 0  # the 127.0.0.1 port the site was built to be served on, if any
    project: Path | None = None  # the project folder it was built from
    _parsed: dict[str, BuiltPage] = field(default_factory=dict, repr=False, compare=False)

    def page(self, url_path: str) -> str:
        """The HTML of a built page, e.g. page('roles/minimal-role/')."""
        return (self.site / url_path / "index.html").read_text(encoding="utf-8")

    def parsed(self, url_path: str) -> BuiltPage:
        """A built page as a page object, e.g. parsed('roles/minimal-role/').table('salary'); each page
        is parsed once per build, since tests only read it."""
        if url_path not in self._parsed:
            self._parsed[url_path] = BuiltPage.load(self.site, url_path)
        return self._parsed[url_path]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_env(port: int = 0) -> dict[str, str]:
    """The environment for a build; with a port, the site is built to be served on 127.0.0.1:port."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if port:
        env["SITE_URL"] = f"http://127.0.0.1:{port}/"
    return env


def run_build(project: Path, *extra: str, port: int = 0) -> BuildResult:
    """`mkdocs build --strict` in a project folder, as the README's build command runs it."""
    site = project / "site"
    env = build_env(port)
    proc = subprocess.run(
        [*MKDOCS, "build", "--strict", "--site-dir", str(site), *extra],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    return BuildResult(proc.returncode, proc.stdout + proc.stderr, site, port, project)


def make_project(dest: Path, roles: dict[str, str | bytes] | None = None) -> Path:
    """A fixture project: the real code and schema, fixture docs, and the given role files."""
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    for folder in ("hiring_guide", "macros", "overrides"):
        shutil.copytree(ROOT / folder, dest / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "data" / "schema", dest / "data" / "schema")
    shutil.copytree(ROOT / "data" / "sources", dest / "data" / "sources")
    shutil.copytree(FIXTURES / "docs", dest / "docs")
    shutil.copytree(ROOT / "docs" / "assets", dest / "docs" / "assets")
    roles_dir = dest / "data" / "roles"
    roles_dir.mkdir(parents=True)
    if roles is None:
        roles = {p.name: p.read_bytes() for p in (FIXTURES / "roles").glob("*.yml")}
    for name, content in roles.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (roles_dir / name).write_bytes(data)
    return dest


def fixture_role(name: str) -> str:
    return (FIXTURES / "roles" / f"{name}.yml").read_text(encoding="utf-8")


# A role file broken the way a contributor breaks one, and the one line the build and the validator
# must both report for it: file, line, column, field, what is wrong and how to fix it.
BROKEN_TITLE_PROBLEM = (
    "data/roles/minimal-role.yml:2:8: title: expected text, found a whole number (12) "
    "(hint: put the value in quotes to make it text)"
)


def break_minimal_role(project: Path) -> None:
    """Give the minimal role a number for a title (BROKEN_TITLE_PROBLEM says what is reported)."""
    broken = fixture_role("minimal-role").replace("title: Minimal Role", "title: 12", 1)
    (project / "data" / "roles" / "minimal-role.yml").write_text(broken, encoding="utf-8")


# A page that does not opt in to macros; its braces must reach the reader as written.
LITERAL_PAGE = "# Literal braces\n\nWrite `{{ title }}` and {% if x %} literally.\n"


def make_fixture_project(dest: Path) -> Path:
    """The shared fixture project: the complete and the minimal role, plus a page with literal braces."""
    make_project(dest)
    (dest / "docs" / "literal-braces.md").write_text(LITERAL_PAGE, encoding="utf-8")
    return dest


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fixture project with the complete and the minimal role, for a test that changes it."""
    return make_project(tmp_path)


@pytest.fixture(scope="session")
def built_fixture_project(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The unchanged fixture project, built once per session for 127.0.0.1 on a free port (so a
    browser test can serve it too). Tests only read it; a test that changes a project builds its own."""
    result = run_build(make_fixture_project(tmp_path_factory.mktemp("fixture-project")), port=free_port())
    assert result.returncode == 0, result.output
    return result


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """A fixture site built from the hostile and special-character role files, once per session,
    for 127.0.0.1 on a free port so the browser tests can serve it."""
    project = make_project(
        tmp_path_factory.mktemp("hostile"),
        {p.name: p.read_bytes() for p in (FIXTURES / "hostile").glob("*.yml")},
    )
    result = run_build(project, port=free_port())
    assert result.returncode == 0, result.output
    return result


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The real site, built once per test session with --strict."""
    site = tmp_path_factory.mktemp("real-site")
    port = free_port()
    proc = subprocess.run(
        [*MKDOCS, "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=build_env(port),
        timeout=600,
    )
    result = BuildResult(proc.returncode, proc.stdout + proc.stderr, site, port, ROOT)
    assert result.returncode == 0, result.output
    return result
