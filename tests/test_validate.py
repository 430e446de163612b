"""Validation reports every problem at once, each as path:line:column: field: message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hiring_guide.load import check
from tests.conftest import ROOT, fixture_role, make_project


def problems(tmp_path: Path, files: dict[str, str | bytes]) -> list[str]:
    root = make_project(tmp_path, files)
    _catalogue, found = check(root)
    return [str(p) for p in found]


def minimal_with(old: str, new: str) -> str:
    text = fixture_role("minimal-role")
    assert old in text, old
    return text.replace(old, new, 1)


def test_fixture_roles_are_valid(tmp_path: Path):
    catalogue, found = check(make_project(tmp_path))
    assert found == []
    assert catalogue is not None
    assert [r.slug for r in catalogue.roles] == ["complete-role", "minimal-role"]


def test_unknown_key_is_reported_with_file_and_line(tmp_path: Path):
    text = minimal_with("department: Engineering\n", "department: Engineering\ndepartmnt: Sales\n")
    assert problems(tmp_path, {"minimal-role.yml": text}) == [
        "data/roles/minimal-role.yml:4:1: departmnt: unknown field 'departmnt' (hint: allowed here: "
        "department, examples, faq, job_description, levels, onet_code, qualifications, related_articles, "
        "related_roles, responsibilities, salary, summary, title, tools)"
    ]


def test_missing_required_field_names_the_field_and_its_parent_line(tmp_path: Path):
    text = minimal_with("  employment_type: Full-time\n", "")
    [message] = problems(tmp_path, {"minimal-role.yml": text})
    assert message.startswith("data/roles/minimal-role.yml:10:3: job_description.employment_type: required")


def test_wrong_type_suggests_quotes(tmp_path: Path):
    text = minimal_with("title: Minimal Role\n", "title: 2024\n")
    [message] = problems(tmp_path, {"minimal-role.yml": text})
    assert message == (
        "data/roles/minimal-role.yml:2:8: title: expected text, found a whole number (2024) "
        "(hint: put the value in quotes to make it text)"
    )


def test_every_problem_in_every_file_is_reported_together(tmp_path: Path):
    one = minimal_with("department: Engineering", "department: Engineerin")
    two = (
        fixture_role("minimal-role")
        .replace("Minimal Role", "Second Role")
        .replace("posting_level: mid", "posting_level: junior")
    )
    two = two.replace("- question: Fixture question number 1?", "- question: Fixture question number 1")
    found = problems(tmp_path, {"minimal-role.yml": one, "second-role.yml": two})
    assert len(found) == 3
    assert found[0].startswith("data/roles/minimal-role.yml:3:13: department: 'Engineerin' is not one of:")
    assert any(f.startswith("data/roles/second-role.yml:8:18: salary.posting_level: 'junior'") for f in found)
    assert any(": faq[0].question: must end with a question mark" in f for f in found)


def test_references_to_missing_roles_and_articles_are_reported(tmp_path: Path):
    text = minimal_with("related_roles: []", "related_roles:\n- no-such-role\n- minimal-role")
    text = text.replace("related_articles: []", "related_articles:\n- no-such-article")
    found = problems(tmp_path, {"minimal-role.yml": text})
    assert any(": related_roles[0]: no role file data/roles/no-such-role.yml" in f for f in found)
    assert any(": related_roles[1]: a role cannot be related to itself" in f for f in found)
    assert any(": related_articles[0]: no article docs/articles/no-such-article.md" in f for f in found)


def test_unknown_soc_code_is_reported(tmp_path: Path):
    text = minimal_with("soc_code: 15-1252", 'soc_code: "99-9999"')
    [message] = problems(tmp_path, {"minimal-role.yml": text})
    assert "salary.soc_code: no May 2024 wage estimate for SOC code 99-9999" in message


def test_two_roles_with_one_title_are_reported(tmp_path: Path):
    found = problems(
        tmp_path,
        {"minimal-role.yml": fixture_role("minimal-role"), "other.yml": fixture_role("minimal-role")},
    )
    assert any("title: title is already used by" in f for f in found)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Senior-Role.yml", "file name 'Senior-Role.yml' is not a valid slug"),
        ("role.yaml", "role files must end in .yml"),
        ("notes.txt", "role files must end in .yml"),
        ("index.yml", "'index' is reserved"),
        ("rôle.yml", "is not a valid slug"),
        ("rоle.yml", "is not a valid slug"),  # Cyrillic о, a look-alike
        ("a--b.yml", "is not a valid slug"),
    ],
)
def test_bad_file_names_are_reported_not_skipped(tmp_path: Path, name: str, message: str):
    found = problems(tmp_path, {name: fixture_role("minimal-role")})
    assert any(f.startswith(f"data/roles/{name}:1:1: (file): ") and message in f for f in found), found


def test_symbolic_link_is_refused(tmp_path: Path):
    root = make_project(tmp_path, {})
    (root / "data" / "roles" / "linked.yml").symlink_to("/etc/passwd")
    _catalogue, found = check(root)
    assert [str(p) for p in found] == [
        "data/roles/linked.yml:1:1: (file): symbolic links are not accepted as role files "
        "(hint: commit the file itself under data/roles/)"
    ]


def test_validator_command_prints_problems_and_exits_non_zero(tmp_path: Path):
    root = make_project(tmp_path, {"minimal-role.yml": minimal_with("title: Minimal Role", "title: 12")})
    proc = subprocess.run(
        [sys.executable, "-m", "hiring_guide", "validate"],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert proc.returncode == 1
    assert proc.stdout.startswith("data/roles/minimal-role.yml:2:8: title: expected text")
    assert "1 error(s) in 1 role file(s)." in proc.stderr


def test_validator_command_passes_on_the_real_data():
    proc = subprocess.run(
        [sys.executable, "-m", "hiring_guide", "validate"], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "role file(s) valid." in proc.stderr


def test_two_files_claiming_one_slug_are_reported(tmp_path: Path):
    role = fixture_role("minimal-role")
    found = problems(tmp_path, {"minimal-role.yml": role, "minimal-role.yaml": role})
    assert found == [
        "data/roles/minimal-role.yaml:1:1: (file): role files must end in .yml "
        "(hint: rename it to minimal-role.yml)"
    ]


def test_role_slug_that_collides_with_a_hand_written_page_is_reported(tmp_path: Path):
    root = make_project(tmp_path, {"minimal-role.yml": fixture_role("minimal-role")})
    (root / "docs" / "roles" / "minimal-role.md").write_text("# Hand-written\n")
    _catalogue, found = check(root)
    assert [str(p) for p in found] == [
        "data/roles/minimal-role.yml:1:1: (file): docs/roles/minimal-role.md already uses this "
        "role's address "
        "(hint: rename the role file or the page)"
    ]


def test_fast_check_and_jsonschema_agree_on_every_fixture_and_role():
    import fastjsonschema

    from hiring_guide.checks.schema import RoleSchema
    from hiring_guide.load import role_files
    from hiring_guide.paths import Paths
    from hiring_guide.sources.strict_yaml import YamlProblem, read_file

    schema = RoleSchema.read(Paths(ROOT).schema)
    files = [*role_files(Paths(ROOT)), *sorted((ROOT / "tests" / "fixtures").rglob("*.yml"))]
    checked = 0
    for path in files:
        try:
            data = read_file(path).data
        except YamlProblem:
            continue  # not YAML this project reads: no schema verdict to compare
        try:
            schema.fast_check(data)
            fast_valid = True
        except fastjsonschema.JsonSchemaException:
            fast_valid = False
        assert fast_valid == schema.validator.is_valid(data), path
        checked += 1
    assert checked > 40
