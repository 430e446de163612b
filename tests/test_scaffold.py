"""The scaffold command writes a role file that the validator refuses until every TODO is replaced."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from hiring_guide.load import check
from hiring_guide.scaffold import scaffold
from tests.conftest import make_project


def test_scaffolded_file_is_refused_only_for_its_placeholders(tmp_path: Path):
    root = make_project(tmp_path, {})
    path = scaffold(root, "data-engineer", "Data Engineer", "Data")
    assert path.read_text().startswith("# yaml-language-server: $schema=../schema/role.schema.json\n")
    _catalogue, found = check(root)
    assert found, "an unfilled scaffold must not validate"
    assert {p.message for p in found} == {"placeholder text is still here"}
    assert all(p.path == "data/roles/data-engineer.yml" and p.line > 1 for p in found)


def test_scaffolded_file_validates_once_the_placeholders_are_filled(tmp_path: Path):
    root = make_project(tmp_path, {})
    path = scaffold(root, "data-engineer", 'Data Engineer, "Platform" & Tools', "Data")
    text = path.read_text().replace('soc_code: "TODO"', 'soc_code: "15-1243"')
    text = text.replace('onet_code: "TODO"', 'onet_code: "15-1243.00"').replace("TODO: ", "")
    path.write_text(text)
    catalogue, found = check(root)
    assert [p for p in found if p.severity == "error"] == []
    assert catalogue is not None
    assert catalogue.role("data-engineer").title == 'Data Engineer, "Platform" & Tools'


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["Bad Slug", "T", "Data"], "is not a usable slug"),
        (["index", "T", "Data"], "is not a usable slug"),
        (["x", "T", "Dta"], "unknown department 'Dta'"),
    ],
)
def test_scaffold_refuses_bad_arguments(tmp_path: Path, args: list[str], message: str):
    root = make_project(tmp_path, {})
    proc = subprocess.run(
        [sys.executable, "-m", "hiring_guide", "scaffold", *args], cwd=root, capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert message in proc.stderr


def test_scaffold_never_overwrites(tmp_path: Path):
    root = make_project(tmp_path, {})
    scaffold(root, "data-engineer", "Data Engineer", "Data")
    with pytest.raises(ValueError, match="already exists"):
        scaffold(root, "data-engineer", "Data Engineer", "Data")
