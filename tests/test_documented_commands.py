"""Every command the README, CONTRIBUTING, the contributing page, the pull-request template, the
issue form and the scaffold's own output show runs as written, in a fresh clone.

Commands are found in the documents themselves, so a new command is either run here or listed
in NOT_RUN with the reason; it cannot be added unseen.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

DOCUMENTS = [
    "README.md",
    "CONTRIBUTING.md",
    "docs/contributing.md",
    ".github/pull_request_template.md",
    ".github/ISSUE_TEMPLATE/propose-a-role.yml",
]
# A command starts at `scripts/` or `.venv/bin/`, in a code block line or inside backticks.
_COMMAND = re.compile(r"(?:^|`)\s*((?:scripts/|\.venv/bin/)[a-z][^`#\n]*)", re.M)
# Placeholders in the documents, and what a contributor would type for them.
PLACEHOLDERS = {
    "[FILES]": "",
    "<slug>": "payroll-specialist",
    '"<Title>"': '"Payroll Specialist"',
    "<Department>": "Finance",
}
# Commands a test must not run, each with the reason; everything else found is run below.
NOT_RUN = {
    "scripts/serve": "serves until stopped; tests/test_serve.py runs it as scripts/serve does",
    "scripts/serve -a 127.0.0.1:8001": "serves until stopped; the arguments go to mkdocs serve",
    "scripts/test": "is this test suite",
    "scripts/test -k yaml": "is this test suite; the arguments go to pytest",
    "scripts/build": "tests/test_build_script.py runs it on a fixture project",
    "scripts/benchmark": "takes a quarter of an hour; it is run by hand",
    ".venv/bin/pip install pre-commit==4.7.0 && .venv/bin/pre-commit install": (
        "installs from PyPI; test_pre_commit_runs_the_projects_own_tools checks what it runs"
    ),
}


def documented_commands() -> list[str]:
    found: list[str] = []
    for name in DOCUMENTS:
        for match in _COMMAND.finditer((ROOT / name).read_text(encoding="utf-8")):
            command = " ".join(match.group(1).split())
            if command not in found:
                found.append(command)
    return found


def concrete(command: str) -> str:
    for placeholder, value in PLACEHOLDERS.items():
        command = command.replace(placeholder, value)
    return " ".join(command.split())


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh clone of the committed repository, with the .venv that scripts/test made."""
    target = tmp_path_factory.mktemp("clone") / "repo"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(target)], check=True)
    (target / ".venv").symlink_to(ROOT / ".venv")
    return target


def run(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        ["bash", "-c", command], cwd=cwd, capture_output=True, text=True, env=env, timeout=120
    )


def test_the_documents_show_the_commands_this_test_knows():
    commands = documented_commands()
    assert "scripts/test" in commands and "scripts/serve" in commands
    runnable = [c for c in commands if c not in NOT_RUN]
    assert runnable, "some documented command is run here"
    for command in runnable:
        assert command.startswith(".venv/bin/python -m hiring_guide "), f"classify {command!r}"


def test_every_documented_script_exists_and_parses():
    for command in documented_commands():
        if command.startswith("scripts/"):
            script = ROOT / command.split()[0]
            assert script.is_file() and os.access(script, os.X_OK), script
            assert subprocess.run(["bash", "-n", str(script)]).returncode == 0, script


def test_scaffold_then_validate_run_as_documented_in_a_fresh_clone(clone: Path):
    """The documented scaffold command writes the file; every documented validate command, and the
    one the scaffold prints, runs and reports the file's placeholders (exit 1), never a crash."""
    commands = [concrete(c) for c in documented_commands() if c not in NOT_RUN]
    scaffolds = [c for c in commands if " scaffold " in c]
    validates = [c for c in commands if " validate" in c]
    assert scaffolds and validates

    made = run(scaffolds[0], clone)
    assert made.returncode == 0, made.stderr
    printed = [line.strip() for line in made.stdout.splitlines() if line.strip().startswith(".venv/bin/")]
    assert printed == [".venv/bin/python -m hiring_guide validate data/roles/payroll-specialist.yml"]
    for other in scaffolds[1:]:  # the same file again: refused, with a message, as the tool promises
        again = run(other, clone)
        assert again.returncode == 2 and "already exists" in again.stderr

    for command in [*validates, *printed]:
        result = run(command, clone)
        assert "Traceback" not in result.stderr, (command, result.stderr)
        assert result.returncode == 1, (command, result.stdout, result.stderr)
        assert "data/roles/payroll-specialist.yml:" in result.stdout, command
        assert "placeholder text is still here" in result.stdout, command


def test_validate_as_documented_passes_on_the_committed_roles(clone: Path):
    (clone / "data/roles/payroll-specialist.yml").unlink(missing_ok=True)  # from the scaffold test
    result = run(".venv/bin/python -m hiring_guide validate", clone)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr.strip().endswith("role files valid.")


def test_pre_commit_runs_the_projects_own_tools():
    """The hooks the documented `pre-commit install` sets up use .venv's pinned tools, offline."""
    config = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    entries = re.findall(r"entry:\s*([^#\n]+)", config)
    assert entries
    for entry in entries:
        program = shlex.split(entry)[0]
        assert program.startswith(".venv/bin/"), entry
        assert (ROOT / program).exists(), entry
    assert "repo: local" in config and "rev:" not in config
