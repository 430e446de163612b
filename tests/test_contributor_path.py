"""What a contributor relies on: the field reference, CI workflows and editor schema hints."""

from __future__ import annotations

import pytest
import yaml

from hiring_guide.checks.schema import RoleSchema
from hiring_guide.load import role_files
from hiring_guide.paths import Paths
from hiring_guide.views.schema_reference import field_rows
from tests.conftest import ROOT, BuildResult
from tests.test_builds import text_of


def test_every_role_file_points_editors_at_the_schema():
    for path in role_files(Paths(ROOT)):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../schema/role.schema.json", path


def test_field_reference_covers_every_field_of_the_schema():
    paths = {row.path for row in field_rows(RoleSchema.read(Paths(ROOT).schema).data)}
    for expected in (
        "title",
        "salary.soc_code",
        "faq[].question",
        "tools[].items[].onet_example",
        "levels[].adds",
    ):
        assert expected in paths
    assert all(row.description for row in field_rows(RoleSchema.read(Paths(ROOT).schema).data)), (
        "every field needs a description"
    )


@pytest.mark.build
def test_contributing_page_shows_the_generated_field_reference(real_site: BuildResult):
    text = text_of(real_site.page("contributing"))
    for row in field_rows(RoleSchema.read(Paths(ROOT).schema).data):
        assert row.path in text


def workflow(name: str) -> dict:
    data = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text())
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def test_pull_request_workflow_is_read_only_and_runs_validate_build_and_tests():
    data = workflow("pull-request.yml")
    assert "pull_request" in data["on"] and "pull_request_target" not in data["on"]
    assert data["permissions"] == {"contents": "read"}
    steps = " ".join(step.get("run", "") for step in data["jobs"]["check"]["steps"])
    for command in ("hiring_guide validate", "scripts/build", "scripts/test"):
        assert command in steps


def test_deploy_publishes_only_after_a_successful_build():
    data = workflow("deploy.yml")
    assert data["on"]["push"]["branches"] == ["main"]
    assert data["jobs"]["deploy"]["needs"] == "build"
    assert any("scripts/build" in step.get("run", "") for step in data["jobs"]["build"]["steps"])
    assert data["permissions"] == {"contents": "read"}


def test_issue_form_and_pull_request_template_exist():
    form = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / "propose-a-role.yml").read_text())
    departments = next(item for item in form["body"] if item["id"] == "department")["attributes"]["options"]
    schema_departments = yaml.safe_load(Paths(ROOT).schema.read_text())["properties"]["department"]["enum"]
    assert departments == schema_departments
    assert "hiring_guide validate" in (ROOT / ".github" / "pull_request_template.md").read_text()
