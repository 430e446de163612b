"""Printing a role page gives a clean two-page brief: the posting, qualifications and pay."""

from __future__ import annotations

import re

import pytest

from hiring_guide.load import load_catalogue
from tests.browser.conftest import Watched
from tests.conftest import ROOT

pytestmark = pytest.mark.browser
ROLES = [role.slug for role in load_catalogue(ROOT).roles]


def test_every_role_prints_on_at_most_two_pages(watched: Watched, site_url: str):
    page = watched.page
    pages = {}
    for slug in ROLES:
        page.goto(f"{site_url}roles/{slug}/")
        pdf = page.pdf(format="Letter")
        pages[slug] = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert all(1 <= count <= 2 for count in pages.values()), pages


def test_print_keeps_the_posting_and_pay_and_drops_the_controls(watched: Watched, site_url: str):
    page = watched.page
    page.goto(f"{site_url}roles/senior-backend-engineer/")
    page.emulate_media(media="print")

    def shown(selector: str) -> bool:
        return page.locator(selector).first.evaluate("el => el.getClientRects().length > 0")

    for kept in ("#job-description-sample", "#salary", ".salary-chart", "#prerequisites"):
        assert shown(kept), kept
    for dropped in ("#faq", "#tools", "#examples", ".jd-builder", ".md-header", ".md-sidebar"):
        assert not shown(dropped), dropped
