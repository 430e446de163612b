"""What a contributor relies on: the field reference, CI workflows and the templates that point at
the validator. (That every role file points editors at the schema is the validator's rule.)"""

from __future__ import annotations

import pytest
import yaml

from hiring_guide.checks.schema import RoleSchema
from hiring_guide.cli import VALIDATE
from hiring_guide.paths import Paths
from hiring_guide.views.schema_reference import field_rows
from tests.conftest import ROOT, BuildResult
from tests.test_builds import text_of

ROWS = field_rows(RoleSchema.read(Paths(ROOT).schema).data)


def test_field_reference_covers_every_field_of_the_schema_with_a_description():
    paths = {row.path for row in ROWS}
    for expected in (
        "title",
        "salary.soc_code",
        "faq[].question",
        "tools[].items[].onet_example",
        "levels[].adds",
    ):
        assert expected in paths
    assert all(row.description for row in ROWS), "every field needs a description"


def test_field_reference_limits_use_the_right_plural():
    limits = {row.path: row.limits for row in ROWS}
    assert limits["job_description.perks"] == "at least 1 item; at most 10 items"
    assert limits["faq"] == "at least 8 items; at most 20 items"
    assert limits["faq[].answer"] == "at least 200 characters; at most 1,800 characters"
    assert not any(" 1 items" in text or " 1 characters" in text for text in limits.values())


def test_field_reference_marks_what_every_role_needs_as_required():
    required = {row.path: row.required for row in ROWS}
    assert required["levels"] and required["faq"] and required["related_articles"]


@pytest.mark.build
def test_contributing_page_shows_the_generated_field_reference(real_site: BuildResult):
    text = text_of(real_site.page("contributing"))
    for row in ROWS:
        assert row.path in text


def workflow(name: str) -> dict:
    data = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text())
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def runs(job: dict) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


def test_pull_request_workflow_is_read_only_and_runs_what_the_readme_runs():
    data = workflow("pull-request.yml")
    assert "pull_request" in data["on"] and "pull_request_target" not in data["on"]
    assert data["permissions"] == {"contents": "read"}
    assert ".ci/run" in runs(data["jobs"]["check"])
    assert "exec scripts/test" in (ROOT / ".ci" / "run").read_text(), "CI runs the README's test command"


def test_deploy_publishes_only_after_the_tests_and_a_successful_build():
    data = workflow("deploy.yml")
    assert data["on"]["push"]["branches"] == ["main"]
    jobs = data["jobs"]
    assert ".ci/run" in runs(jobs["test"])
    assert jobs["build"]["needs"] == "test"
    assert any("scripts/build" in command for command in runs(jobs["build"]))
    assert jobs["deploy"]["needs"] == "build"
    assert data["permissions"] == {"contents": "read"}


def test_issue_form_offers_the_schema_departments_and_names_the_validate_command():
    form_text = (ROOT / ".github" / "ISSUE_TEMPLATE" / "propose-a-role.yml").read_text()
    form = yaml.safe_load(form_text)
    departments = next(item for item in form["body"] if item["id"] == "department")["attributes"]["options"]
    assert departments == list(RoleSchema.read(Paths(ROOT).schema).enum("department"))
    assert VALIDATE in form_text


def test_pull_request_template_names_the_validate_command():
    assert VALIDATE in (ROOT / ".github" / "pull_request_template.md").read_text()
