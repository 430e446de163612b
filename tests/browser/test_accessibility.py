"""axe-core finds no serious or critical accessibility violation on the five kinds of page."""

from __future__ import annotations

import itertools

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import Watched

pytestmark = pytest.mark.browser

PAGE_KINDS = {
    "home": "",
    "role page": "roles/senior-backend-engineer/",
    "FAQ hub": "faq/",
    "article": "articles/writing-job-descriptions/",
    "role index": "roles/",
}


@pytest.mark.parametrize(("preference", "scheme"), [("light", "default"), ("dark", "slate")])
@pytest.mark.parametrize("kind", sorted(PAGE_KINDS))
def test_axe_finds_no_serious_or_critical_violation(
    watched: Watched, site_url: str, kind: str, preference: str, scheme: str
):
    page = watched.page
    page.emulate_media(color_scheme=preference)  # a fresh context: Material follows the preference
    page.goto(site_url + PAGE_KINDS[kind])
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == scheme
    results = Axe().run(page)
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:5]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], "\n".join(serious)


def test_headings_descend_one_level_at_a_time_and_every_control_has_a_name(watched: Watched, site_url: str):
    for path in PAGE_KINDS.values():
        page = watched.page
        page.goto(site_url + path)
        levels = page.evaluate(
            "[...document.querySelectorAll('article h1, article h2, article h3, article h4')]"
            ".map(h => Number(h.tagName[1]))"
        )
        assert levels[0] == 1, path
        assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), (path, levels)
        unnamed = page.evaluate(
            "[...document.querySelectorAll('article input, article select, article button, article a')]"
            ".filter(el => !el.closest('[aria-hidden=true]'))"
            ".filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')"
            " && !el.textContent.trim() && !el.getAttribute('title')).map(el => el.outerHTML.slice(0, 80))"
        )
        assert unnamed == [], (path, unnamed)
