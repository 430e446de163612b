"""Validation reports every problem at once, each as path:line:column: field: message, and the
`validate` command says so in words a contributor can act on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hiring_guide import cli
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


def validate(root: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(["validate", *args], root=root)
    out, err = capsys.readouterr()
    return code, out, err


# ---- what the validator reports ------------------------------------------------------------------


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


def test_a_field_at_the_wrong_level_gets_a_hint_about_indentation(tmp_path: Path):
    text = minimal_with("  employment_type: Full-time\n", "  employment_type: Full-time\n  department: IT\n")
    assert problems(tmp_path, {"minimal-role.yml": text}) == [
        "data/roles/minimal-role.yml:13:3: job_description.department: unknown field 'department' "
        "(hint: 'department' is a field at another level: check its indentation; allowed here: about, "
        "employment_type, location, must_have, nice_to_have, perks, responsibilities, title)"
    ]


def test_missing_required_field_names_the_field_and_its_parent_line(tmp_path: Path):
    text = minimal_with("  employment_type: Full-time\n", "")
    [message] = problems(tmp_path, {"minimal-role.yml": text})
    assert message.startswith("data/roles/minimal-role.yml:10:3: job_description.employment_type: required")


def test_each_missing_field_is_reported_once_from_the_rule_not_its_wording(tmp_path: Path):
    text = minimal_with("  employment_type: Full-time\n", "").replace("  location: Remote (US)\n", "")
    assert problems(tmp_path, {"minimal-role.yml": text}) == [
        "data/roles/minimal-role.yml:10:3: job_description.location: required field is missing "
        '(hint: Where the work happens, for example "Remote (US) or hybrid in Denver, CO".)',
        "data/roles/minimal-role.yml:10:3: job_description.employment_type: required field is missing "
        "(hint: The employment type.)",
    ]


def test_wrong_type_suggests_quotes(tmp_path: Path):
    text = minimal_with("title: Minimal Role\n", "title: 2024\n")
    [message] = problems(tmp_path, {"minimal-role.yml": text})
    assert message == (
        "data/roles/minimal-role.yml:2:8: title: expected text, found a whole number (2024) "
        "(hint: put the value in quotes to make it text)"
    )


def test_an_empty_list_field_gets_a_hint_about_writing_its_items(tmp_path: Path):
    text = minimal_with("  perks:\n  - Health cover\n", "  perks:\n")
    assert problems(tmp_path, {"minimal-role.yml": text}) == [
        "data/roles/minimal-role.yml:22:9: job_description.perks: expected a list, found nothing "
        "(hint: list the items below 'perks:', one per line, each starting with '- ')"
    ]


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


def test_a_value_breaking_two_patterns_gets_both_messages(tmp_path: Path):
    text = minimal_with("- question: Fixture question number 1?", "- question: 'Fixture question number 1 '")
    assert problems(tmp_path, {"minimal-role.yml": text}) == [
        "data/roles/minimal-role.yml:66:13: faq[0].question: must not start or end with spaces "
        "(hint: One line of plain text, with no leading or trailing spaces.)",
        "data/roles/minimal-role.yml:66:13: faq[0].question: must end with a question mark (hint: The "
        "question as a person would type it, ending with a question mark. Its anchor is derived from "
        "its text, so rewording it changes its link.)",
    ]


def test_references_to_missing_roles_and_articles_are_reported(tmp_path: Path):
    text = minimal_with("related_roles: []", "related_roles:\n- no-such-role\n- minimal-role")
    text = text.replace("related_articles: [reading-salary-data]", "related_articles:\n- no-such-article")
    found = problems(tmp_path, {"minimal-role.yml": text})
    assert any(": related_roles[0]: no role file data/roles/no-such-role.yml" in f for f in found)
    assert any(": related_roles[1]: a role cannot be related to itself" in f for f in found)
    assert any(": related_articles[0]: no article docs/articles/no-such-article.md" in f for f in found)


def test_a_reference_to_a_role_file_with_problems_is_not_reported_as_missing(tmp_path: Path):
    broken = minimal_with("title: Minimal Role\n", "title: 12\n")
    found = problems(
        tmp_path, {"minimal-role.yml": broken, "complete-role.yml": fixture_role("complete-role")}
    )
    assert [f for f in found if f.startswith("data/roles/complete-role.yml")] == []


def test_a_role_no_other_role_relates_to_is_reported(tmp_path: Path):
    other = fixture_role("minimal-role").replace("Minimal Role", "Other Role")
    other = other.replace("Fixture question number", "Other question number")
    found = problems(
        tmp_path,
        {
            "minimal-role.yml": minimal_with("related_roles: []", "related_roles: [other-role]"),
            "other-role.yml": other.replace("related_roles: []", "related_roles: [minimal-role]"),
            "lonely-role.yml": other.replace("Other", "Lonely"),
        },
    )
    assert [f for f in found if ": related_roles" in f] == [
        "data/roles/lonely-role.yml:115:16: related_roles: no related role: this role names none and no "
        "other role names it (hint: list at least one role a candidate for this job might also consider)"
    ]


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


def test_a_quote_left_open_that_yaml_reads_anyway_is_reported_where_it_opens(tmp_path: Path):
    text = minimal_with("title: Minimal Role\n", 'title: "Minimal Role\n')
    text = text.replace("  soc_code: 15-1252\n", '  soc_code: "15-1252"\n', 1)  # the quote that closes it
    assert problems(tmp_path, {"minimal-role.yml": text}) == [
        'data/roles/minimal-role.yml:2:8: title: unclosed quote: the value that opens with " here runs '
        'on to line 7 (hint: close it where the value ends; inside the text write " as \\")'
    ]


def test_prose_that_starts_a_line_like_a_field_is_not_taken_for_one(tmp_path: Path):
    text = minimal_with(
        "  about: You will build and run the fixture services that tests depend on.\n",
        "  about: >-\n    You will build and run the fixture services that tests depend on.\n"
        "    location: anywhere the tests run, which is why the posting names none.\n",
    )
    assert problems(tmp_path, {"minimal-role.yml": text}) == []


# ---- the schema carries its own messages ----------------------------------------------------------


def patterns(node: object, where: str = "") -> list[tuple[str, dict]]:
    """Every schema node that has a `pattern`, with where it is."""
    if isinstance(node, list):
        return [found for i, item in enumerate(node) for found in patterns(item, f"{where}/{i}")]
    if not isinstance(node, dict):
        return []
    own = [(where, node)] if "pattern" in node else []
    children = [(key, value) for key, value in node.items() if not key.startswith("x-")]
    return own + [found for key, value in children for found in patterns(value, f"{where}/{key}")]


def test_every_pattern_in_the_schema_carries_its_message():
    schema = json.loads((ROOT / "data" / "schema" / "role.schema.json").read_text())
    found = patterns(schema)
    assert len(found) >= 6
    for where, node in found:
        message = node.get("x-messages", {}).get("pattern")
        assert message, f"{where}: a pattern needs x-messages.pattern"
        variants = [{"text": message}] if isinstance(message, str) else message
        assert all(v.get("text") for v in variants), where
        assert "when" not in variants[-1], f"{where}: the last variant must apply to any value"


def keywords(node: object) -> set[str]:
    if isinstance(node, list):
        return {k for item in node for k in keywords(item)}
    if not isinstance(node, dict):
        return set()
    children = [v for k, v in node.items() if not k.startswith("x-") and k not in ("properties", "$defs")]
    names = set(node.get("properties", {})) | set(node.get("$defs", {}))
    children += list(node.get("properties", {}).values()) + list(node.get("$defs", {}).values())
    return (set(node) - names) | {k for child in children for k in keywords(child)}


def test_every_rule_keyword_in_the_schema_has_a_message_of_its_own():
    from hiring_guide.checks.schema import DESCRIBED

    schema = json.loads((ROOT / "data" / "schema" / "role.schema.json").read_text())
    structure = {"$schema", "$id", "$ref", "$defs", "title", "description", "properties", "items", "allOf"}
    used = {k for k in keywords(schema) if not k.startswith("x-")} - structure
    assert used <= DESCRIBED, used - DESCRIBED


def test_a_changed_pattern_keeps_the_message_written_beside_it(tmp_path: Path):
    root = make_project(
        tmp_path, {"minimal-role.yml": minimal_with("soc_code: 15-1252", 'soc_code: "15.1252"')}
    )
    schema_path = root / "data" / "schema" / "role.schema.json"
    schema = json.loads(schema_path.read_text())
    soc = schema["properties"]["salary"]["properties"]["soc_code"]
    assert soc["pattern"] == "^[0-9]{2}-[0-9]{4}$"
    soc["pattern"] = "^\\d\\d-\\d\\d\\d\\d$"  # the same rule, written differently
    schema_path.write_text(json.dumps(schema))
    _catalogue, found = check(root)
    assert [str(p) for p in found] == [
        "data/roles/minimal-role.yml:7:13: salary.soc_code: '15.1252' is not a SOC code of the form "
        '15-1252 (hint: The 2018 SOC code whose tasks match the role, for example "15-1252" (Software '
        "Developers). Must be a code present in data/sources/bls-oews-national.csv.)"
    ]


def test_a_limit_changed_in_the_schema_changes_the_message_and_its_plural(tmp_path: Path):
    root = make_project(tmp_path, {"minimal-role.yml": fixture_role("minimal-role")})
    schema_path = root / "data" / "schema" / "role.schema.json"
    schema = json.loads(schema_path.read_text())
    schema["properties"]["job_description"]["properties"]["perks"]["minItems"] = 2
    schema_path.write_text(json.dumps(schema))
    _catalogue, found = check(root)
    assert [str(p) for p in found] == [
        "data/roles/minimal-role.yml:23:3: job_description.perks: has 1 item; at least 2 needed "
        "(hint: Perks and benefits, one per item.)"
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


# ---- the validate command -----------------------------------------------------------------------


def test_validate_command_runs_as_a_module_and_exits_non_zero_on_problems(tmp_path: Path):
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
    assert proc.stderr == "1 error in 1 role file.\n"


def test_validate_counts_files_and_errors_in_the_right_number(tmp_path: Path, capsys):
    root = make_project(tmp_path)
    assert validate(root, capsys=capsys) == (0, "", "2 role files valid.\n")
    one = str(root / "data" / "roles" / "minimal-role.yml")
    assert validate(root, one, capsys=capsys) == (0, "", "1 role file valid.\n")
    (root / "data" / "roles" / "minimal-role.yml").write_text(
        minimal_with("title: Minimal Role\n", "title: 12\n").replace(
            "department: Engineering", "department: X"
        )
    )
    code, _out, err = validate(root, capsys=capsys)
    assert (code, err) == (1, "2 errors in 2 role files.\n")


def test_validate_given_the_roles_folder_checks_every_role_file(tmp_path: Path, capsys):
    root = make_project(tmp_path)
    assert validate(root, str(root / "data" / "roles"), capsys=capsys) == (0, "", "2 role files valid.\n")


def test_validate_reports_only_the_files_named(tmp_path: Path, capsys):
    root = make_project(tmp_path)
    (root / "data" / "roles" / "minimal-role.yml").write_text(
        minimal_with("title: Minimal Role", "title: 12")
    )
    complete = root / "data" / "roles" / "complete-role.yml"
    assert validate(root, str(complete), capsys=capsys) == (0, "", "1 role file valid.\n")


def test_validate_refuses_a_file_that_does_not_exist(tmp_path: Path, capsys):
    root = make_project(tmp_path)
    missing = root / "data" / "roles" / "nonexistent.yml"
    code, out, err = validate(root, str(missing), capsys=capsys)
    assert (code, out) == (2, "")
    assert err == f"error: {missing}: no such file\n"


@pytest.mark.parametrize("name", ["role.yaml", "notes.txt", "minimal-role.yml"])
def test_validate_refuses_a_file_outside_data_roles_and_says_where_role_files_live(
    tmp_path: Path, capsys, name: str
):
    root = make_project(tmp_path)
    outside = root / name
    outside.write_text(fixture_role("minimal-role"))
    code, out, err = validate(root, str(outside), capsys=capsys)
    assert (code, out) == (2, "")
    assert err == (
        f"error: {outside}: not a role file; role files live in data/roles/ as data/roles/<slug>.yml\n"
    )
    assert "role file valid" not in err


def test_validate_reports_a_yaml_extension_inside_data_roles(tmp_path: Path, capsys):
    root = make_project(tmp_path, {"role.yaml": fixture_role("minimal-role")})
    code, out, err = validate(root, str(root / "data" / "roles" / "role.yaml"), capsys=capsys)
    assert code == 1
    assert out == (
        "data/roles/role.yaml:1:1: (file): role files must end in .yml (hint: rename it to role.yml)\n"
    )
    assert err == "1 error in 1 role file.\n"


@pytest.mark.parametrize("argv", [["--help"], ["validate", "--help"], ["-h"]])
def test_help_prints_usage_and_exits_zero_without_validating(argv: list[str], capsys, monkeypatch):
    monkeypatch.setattr(cli, "check", lambda *a, **k: pytest.fail("--help must not validate"))
    assert cli.main(argv) == 0
    assert capsys.readouterr().out.startswith("usage: python -m hiring_guide")


def test_an_unknown_command_is_a_usage_error(capsys):
    assert cli.main(["valdate"]) == 2
    assert "invalid choice: 'valdate'" in capsys.readouterr().err
