"""Printing a role page gives a clean brief of one or two pages: the posting, qualifications and pay.

Chromium prints a sample of roles chosen from the data, not every role: the one with the most
printed lines (the role closest to a third page), the one with the most printed characters, and
the one with the fewest lines (the brief must still fill a page). The same data gives the same
sample every run.
"""

from __future__ import annotations

import math
import re

import pytest

from hiring_guide.load import load_catalogue
from hiring_guide.model import Role
from tests.browser.conftest import Watched
from tests.conftest import ROOT

pytestmark = pytest.mark.browser
CATALOGUE = load_catalogue(ROOT)
# Characters in a printed line on Letter paper at the print style's font size: the value whose line
# count best ranked the roles by the height Chromium printed them at (measured once for all roles).
LINE = 160


def printed_blocks(role: Role) -> list[str]:
    """The paragraphs and list items a printed role page shows (guide.css hides the rest)."""
    jd = role.job_description
    return [
        role.title,
        role.summary,
        jd.title,
        jd.location,
        jd.about,
        *jd.responsibilities,
        *jd.must_have,
        *jd.nice_to_have,
        *jd.perks,
        *role.qualifications.prerequisites,
        *role.qualifications.hard_skills,
        role.salary.rationale,
    ]


def printed_lines(role: Role) -> int:
    return sum(math.ceil(len(block) / LINE) for block in printed_blocks(role) if block)


def printed_characters(role: Role) -> int:
    return sum(len(block) for block in printed_blocks(role))


SAMPLE = {
    "most printed lines": max(CATALOGUE.roles, key=lambda r: (printed_lines(r), r.slug)).slug,
    "most printed characters": max(CATALOGUE.roles, key=lambda r: (printed_characters(r), r.slug)).slug,
    "fewest printed lines": min(CATALOGUE.roles, key=lambda r: (printed_lines(r), r.slug)).slug,
}
SLUGS = sorted(set(SAMPLE.values()))


@pytest.mark.parametrize("slug", SLUGS)
def test_role_page_prints_on_one_or_two_letter_pages(watched: Watched, site_url: str, slug: str):
    page = watched.page
    page.goto(f"{site_url}roles/{slug}/")
    pdf = page.pdf(format="Letter")
    assert 1 <= len(re.findall(rb"/Type\s*/Page[^s]", pdf)) <= 2


def test_print_keeps_the_posting_qualifications_and_pay_and_drops_the_rest(watched: Watched, site_url: str):
    page = watched.page
    page.goto(f"{site_url}roles/{SAMPLE['most printed lines']}/")
    page.emulate_media(media="print")

    def shown(selector: str) -> bool:
        return page.locator(selector).first.evaluate("el => el.getClientRects().length > 0")

    for kept in (
        "#job-description-sample",
        ".job-description",
        "#prerequisites",
        "#hard-skills",
        "#salary",
        ".salary-chart",
        "xpath=//h2[@id='salary']/following::table[1]",
    ):
        assert shown(kept), kept
    for dropped in (
        "#builder",
        ".jd-builder",
        "a.md-button",
        "#soft-skills",
        "#levels",
        "#faq",
        "#tools",
        "#examples",
        ".md-header",
        ".md-sidebar",
        ".md-footer",
    ):
        assert not shown(dropped), dropped
