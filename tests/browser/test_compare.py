"""The compare page in Chromium: roles side by side, with the choice kept in the URL; a file that
fails to load is named with its status, and a bug in drawing the table is reported as such."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from hiring_guide.load import load_catalogue
from tests.browser.conftest import Watched
from tests.conftest import ROOT

pytestmark = pytest.mark.browser
CATALOGUE = load_catalogue(ROOT)


def test_choosing_roles_shows_them_side_by_side_and_the_url_reloads(watched: Watched, site_url: str):
    page = watched.page
    page.goto(site_url + "compare/")
    expect(page.locator(".role-compare__status")).to_have_text("Choose at least two roles.")
    page.select_option("select[name=role1]", "data-engineer")
    page.select_option("select[name=role2]", "data-analyst")
    table = page.locator(".role-compare__table table")
    expect(table.locator("thead th a")).to_have_text(["Data Engineer", "Data Analyst"])
    expect(page).to_have_url(re.compile(r"compare/\?roles=data-engineer%2Cdata-analyst$"))
    engineer = CATALOGUE.role("data-engineer")
    expect(table).to_contain_text(engineer.responsibilities[0].name)
    expect(table).to_contain_text(engineer.qualifications.hard_skills[0])

    page.select_option("select[name=role3]", "data-scientist")
    expect(table.locator("thead th a")).to_have_count(3)
    page.reload()
    expect(page.locator("select[name=role3]")).to_have_value("data-scientist")
    expect(page.locator(".role-compare__table thead th a")).to_have_text(
        ["Data Engineer", "Data Analyst", "Data Scientist"]
    )


def compare(page: Page, site_url: str, first: str = "data-engineer", second: str = "data-analyst") -> None:
    page.goto(site_url + "compare/")
    page.select_option("select[name=role1]", first)
    page.select_option("select[name=role2]", second)


def test_a_role_file_that_fails_to_load_is_named_with_its_status(watched: Watched, site_url: str):
    page = watched.page
    page.route("**/data/compare/data-analyst.json", lambda route: route.fulfill(status=500, body="down"))
    compare(page, site_url)
    expect(page.locator(".role-compare__status")).to_have_text(
        "Could not load the data for Data Analyst (data/compare/data-analyst.json: HTTP 500)."
    )
    expect(page.locator(".role-compare__table table")).to_have_count(0)
    assert [e.split(" (")[0] for e in watched.console_errors] == [
        "Failed to load resource: the server responded with a status of 500"
    ]
    watched.console_errors.clear()

    page.unroute("**/data/compare/data-analyst.json")
    page.select_option("select[name=role2]", "")
    page.select_option("select[name=role2]", "data-analyst")
    expect(page.locator(".role-compare__status")).to_have_text("Comparing 2 roles.")
    expect(page.locator(".role-compare__table thead th a")).to_have_text(["Data Engineer", "Data Analyst"])


def test_a_role_file_that_cannot_be_fetched_at_all_says_network_error(watched: Watched, site_url: str):
    page = watched.page
    page.route("**/data/compare/data-analyst.json", lambda route: route.abort())
    compare(page, site_url)
    expect(page.locator(".role-compare__status")).to_have_text(
        "Could not load the data for Data Analyst (data/compare/data-analyst.json: network error)."
    )
    assert [e.split(" (")[0] for e in watched.console_errors] == ["Failed to load resource: net::ERR_FAILED"]
    watched.console_errors.clear()


def test_a_missing_list_of_roles_is_reported_on_the_page(watched: Watched, site_url: str):
    page = watched.page
    page.route("**/data/compare/index.json", lambda route: route.fulfill(status=404, body="gone"))
    page.goto(site_url + "compare/")
    expect(page.locator(".role-compare__table [role=alert]")).to_have_text(
        "Could not load the list of roles (data/compare/index.json: HTTP 404)."
    )
    expect(page.locator("form.role-compare")).to_be_hidden()
    assert [e.split(" (")[0] for e in watched.console_errors] == [
        "Failed to load resource: the server responded with a status of 404"
    ]
    watched.console_errors.clear()


def test_a_bug_in_drawing_the_table_says_the_comparison_could_not_be_shown_and_logs_it(
    watched: Watched, site_url: str
):
    page = watched.page
    page.route(
        "**/data/compare/data-analyst.json",
        lambda route: route.fulfill(
            status=200, content_type="application/json", body='{"slug": "data-analyst"}'
        ),
    )
    compare(page, site_url)
    expect(page.locator(".role-compare__status")).to_have_text("Could not show the comparison.")
    expect(page.locator(".role-compare__table table")).to_have_count(0)
    assert len(watched.console_errors) == 1 and "TypeError" in watched.console_errors[0]
    watched.console_errors.clear()
