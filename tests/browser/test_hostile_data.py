"""A site built from hostile data runs none of it: no script, no dialog, no request elsewhere."""

from __future__ import annotations

import pytest

from tests.browser.conftest import Watched, search

pytestmark = pytest.mark.browser

PAGES = ["roles/hostile-role/", "roles/special-characters/", "", "faq/", "roles/"]


@pytest.mark.parametrize("path", PAGES)
def test_hostile_values_show_as_text_and_run_nothing(watched: Watched, hostile_site_url: str, path: str):
    page = watched.page
    page.goto(hostile_site_url + path)
    page.wait_for_load_state("networkidle")
    page.mouse.move(10, 10)  # hover handlers, if any had been injected, would fire on movement
    assert (
        page.evaluate(
            "document.querySelectorAll('iframe, article script, article style, svg[onload]').length"
        )
        == 0
    )
    assert (
        page.evaluate("[...document.querySelectorAll('[onerror],[onload],[onclick],[onmouseover]')].length")
        == 0
    )
    hrefs = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
    assert not [h for h in hrefs if h.lower().startswith(("javascript:alert", "vbscript:", "data:"))]
    # the fixture's own assertions (dialogs, outside requests, console errors) run at teardown


def test_hostile_text_is_visible_literally(watched: Watched, hostile_site_url: str):
    page = watched.page
    page.goto(hostile_site_url + "roles/hostile-role/")
    assert page.locator("h1").inner_text().startswith('<img src=x onerror=alert(1)> Hostile & "Role"')
    assert page.title().startswith('<img src=x onerror=alert(1)> Hostile & "Role"')
    body = page.locator("article").inner_text()
    assert "[mixed case](JaVaScRiPt:alert(4))" in body
    assert '--8<-- "mkdocs.yml"' in body
    assert "{{ config.site_name }}" in body


def test_special_characters_survive(watched: Watched, hostile_site_url: str):
    page = watched.page
    page.goto(hostile_site_url + "roles/special-characters/")
    assert page.locator("h1").inner_text().startswith("Research & Development Engineer (C++/C#)")
    body = page.locator("article").inner_text()
    assert (
        "Zoë, José, Ελένη and 李小龙 build tools in C++ <3 years & counting 👩‍💻 at 100% “quality”." in body
    )
    assert "Experience with C++ <templates> & STL, 5 < 10 * 2" in body
    description = page.locator('meta[name="description"]').get_attribute("content")
    assert description.startswith("Zoë, José, Ελένη and 李小龙 build tools in C++ <3 years")


def test_search_results_show_hostile_titles_as_text(watched: Watched, hostile_site_url: str):
    page = watched.page
    page.goto(hostile_site_url)
    search(page, "Hostile")
    assert "<img src=x onerror=alert(1)>" in page.locator(".md-search-result").inner_text()
    assert (
        page.evaluate("document.querySelectorAll('.md-search-result img, .md-search-result script').length")
        == 0
    )
