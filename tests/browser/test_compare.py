"""The compare page in Chromium: roles side by side, with the choice kept in the URL."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

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
