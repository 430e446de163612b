"""The scaffold command writes a role file that the validator refuses until every TODO is replaced."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from hiring_guide.cli import main
from hiring_guide.load import check
from hiring_guide.scaffold import scaffold
from tests.conftest import fixture_role, make_project


def test_scaffolded_file_is_refused_only_for_its_placeholders(tmp_path: Path):
    root = make_project(tmp_path, {})
    path = scaffold(root, "data-engineer", "Data Engineer", "Data")
    assert path.read_text().startswith("# yaml-language-server: $schema=../schema/role.schema.json\n")
    _catalogue, found = check(root)
    assert found, "an unfilled scaffold must not validate"
    assert {p.message for p in found} == {"placeholder text is still here"}
    assert all(p.path == "data/roles/data-engineer.yml" and p.line > 1 for p in found)


def test_scaffolded_related_roles_and_articles_are_placeholders_the_validator_explains(tmp_path: Path):
    root = make_project(tmp_path, {})
    scaffold(root, "data-engineer", "Data Engineer", "Data")
    _catalogue, found = check(root)
    related = {p.field: str(p) for p in found if p.field.startswith("related_")}
    assert sorted(related) == ["related_articles[0]", "related_roles[0]"]
    assert all("placeholder text is still here (hint: replace the TODO" in text for text in related.values())


def test_scaffolded_file_ends_with_a_newline(tmp_path: Path):
    path = scaffold(make_project(tmp_path, {}), "data-engineer", "Data Engineer", "Data")
    text = path.read_text()
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_scaffolded_file_validates_once_the_placeholders_are_filled(tmp_path: Path):
    root = make_project(tmp_path, {"minimal-role.yml": fixture_role("minimal-role")})
    path = scaffold(root, "data-engineer", 'Data Engineer, "Platform" & Tools', "Data")
    lines = path.read_text().splitlines(keepends=True)
    related = lines.index("related_roles:\n")
    lines[related + 1] = "  - minimal-role\n"
    lines[related + 3] = "  - reading-salary-data\n"
    text = "".join(lines).replace('soc_code: "TODO"', 'soc_code: "15-1243"')
    text = text.replace('onet_code: "TODO"', 'onet_code: "15-1243.00"')
    text = text.replace('onet_example: "TODO: ', 'onet_example: "Ab Initio"  # ', 1)
    text = text.replace("TODO: ", "")
    for n in range(1, 9):  # answers that open and close in their own words
        text = text.replace("four to eight sentences.", f"Answer {n} of eight, in its own words.", 1)
        text = text.replace("Separate paragraphs", f"Paragraph rule {n}: separate paragraphs", 1)
    path.write_text(text)
    catalogue, found = check(root)
    assert [str(p) for p in found if p.severity == "error"] == []
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
def test_scaffold_refuses_bad_arguments(tmp_path: Path, capsys, args: list[str], message: str):
    root = make_project(tmp_path, {})
    assert main(["scaffold", *args], root=root) == 2
    assert message in capsys.readouterr().err
    assert list((root / "data" / "roles").iterdir()) == []


def test_scaffold_command_runs_as_a_module_and_names_the_file_it_wrote(tmp_path: Path):
    root = make_project(tmp_path, {})
    proc = subprocess.run(
        [sys.executable, "-m", "hiring_guide", "scaffold", "data-engineer", "Data Engineer", "Data"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Created data/roles/data-engineer.yml. Replace every TODO, then run:")
    assert (root / "data" / "roles" / "data-engineer.yml").is_file()


def test_scaffold_never_overwrites(tmp_path: Path):
    root = make_project(tmp_path, {})
    scaffold(root, "data-engineer", "Data Engineer", "Data")
    with pytest.raises(ValueError, match="already exists"):
        scaffold(root, "data-engineer", "Data Engineer", "Data")
