"""A site built from hostile data runs none of it: no script, no dialog, no request elsewhere, and
the reader sees each hostile value as the text it is."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from hiring_guide.catalogue import Catalogue
from hiring_guide.load import load_catalogue
from tests.browser.conftest import Watched, search
from tests.conftest import BuildResult

pytestmark = pytest.mark.browser

PAGES = ["roles/hostile-role/", "roles/special-characters/", "", "faq/", "roles/"]
SITE_NAME = "Open Hiring Guide"


@pytest.fixture(scope="module")
def hostile(hostile_site: BuildResult) -> Catalogue:
    return load_catalogue(hostile_site.project)


def heading_text(page: Page) -> str:
    """The page title as shown, without the heading's ¶ permalink."""
    return page.locator("h1").evaluate(
        "h => [...h.childNodes].filter(n => !(n.classList && n.classList.contains('headerlink')))"
        ".map(n => n.textContent).join('')"
    )


@pytest.mark.parametrize("path", PAGES)
def test_hostile_values_run_no_script_open_no_dialog_and_request_nothing_elsewhere(
    watched: Watched, hostile_site_url: str, path: str
):
    page = watched.page
    page.goto(hostile_site_url + path)
    page.wait_for_load_state("networkidle")
    page.mouse.move(10, 10)  # hover handlers, if any had been injected, would fire on movement
    injected = page.evaluate(
        "document.querySelectorAll('iframe, article script, article style, svg[onload]').length"
    )
    assert injected == 0
    handlers = page.evaluate("document.querySelectorAll('[onerror],[onload],[onclick],[onmouseover]').length")
    assert handlers == 0
    hrefs = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
    assert [h for h in hrefs if h.lower().startswith(("javascript:", "vbscript:", "data:"))] == []
    # the watched fixture checks at teardown: no dialog, no request elsewhere, no console error


def test_hostile_title_summary_and_posting_show_as_literal_text(
    watched: Watched, hostile_site_url: str, hostile: Catalogue
):
    role = hostile.role("hostile-role")
    page = watched.page
    page.goto(hostile_site_url + "roles/hostile-role/")
    assert heading_text(page) == role.title
    assert page.title() == f"{role.title} - {SITE_NAME}"
    expect(page.locator("article p").first).to_have_text(role.summary)
    shown = page.locator(".job-description li").all_inner_texts()
    assert [item for item in role.job_description.must_have if item not in shown] == []


def test_special_characters_show_unchanged_in_title_text_and_description(
    watched: Watched, hostile_site_url: str, hostile: Catalogue
):
    role = hostile.role("special-characters")
    page = watched.page
    page.goto(hostile_site_url + "roles/special-characters/")
    assert heading_text(page) == role.title
    expect(page.locator("article p").first).to_have_text(role.summary)
    assert role.job_description.must_have[0] in page.locator(".job-description li").all_inner_texts()
    assert page.locator('meta[name="description"]').get_attribute("content") == role.summary


def test_search_results_show_hostile_titles_as_text(
    watched: Watched, hostile_site_url: str, hostile: Catalogue
):
    page = watched.page
    page.goto(hostile_site_url)
    search(page, "Hostile")
    titles = page.locator(".md-search-result__article h1").all_inner_texts()
    assert hostile.role("hostile-role").title in titles
    made = page.evaluate(
        "document.querySelectorAll('.md-search-result img, .md-search-result script').length"
    )
    assert made == 0
