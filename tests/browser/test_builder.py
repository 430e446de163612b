"""The job description builder in Chromium: every field, every copy format, URL state, pay laws."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from hiring_guide import salary
from hiring_guide.load import load_catalogue
from tests.browser.conftest import Watched
from tests.conftest import ROOT

pytestmark = pytest.mark.browser
CATALOGUE = load_catalogue(ROOT)
ROLE = CATALOGUE.role("senior-backend-engineer")


def open_builder(page: Page, site_url: str, query: str = "") -> None:
    page.goto(f"{site_url}roles/{ROLE.slug}/{query}")
    expect(page.locator(".jd-builder")).to_be_visible()
    expect(page.locator(".jd-builder__preview h2")).to_be_visible()


def preview(page: Page) -> str:
    return page.locator(".jd-builder__preview").inner_text()


def test_every_field_changes_the_preview(watched: Watched, site_url: str):
    page = watched.page
    open_builder(page, site_url)
    estimate = CATALOGUE.estimate(ROLE.salary.soc_code)

    page.fill("input[name=company]", "Acme Health")
    page.fill("input[name=team]", "Claims")
    expect(page.locator(".jd-builder__preview p").first).to_have_text("Acme Health, Claims")
    page.fill("input[name=location]", "Hybrid in Denver, CO")
    expect(page.locator(".jd-builder__preview")).to_contain_text("Location: Hybrid in Denver, CO")
    page.select_option("select[name=type]", "Contract")
    expect(page.locator(".jd-builder__preview")).to_contain_text("Type: Contract")

    lead = next(v for v in ROLE.levels if v.level == "lead")
    band = salary.band_for(estimate, "lead")
    page.select_option("select[name=level]", "lead")
    expect(page.locator(".jd-builder__preview h2")).to_have_text(lead.title)
    expect(page.locator("input[name=min]")).to_have_value(str(band.low.amount))
    expect(page.locator(".jd-builder__preview")).to_contain_text(lead.adds[0])
    expect(page.locator(".jd-builder__preview")).to_contain_text(
        f"Pay range: ${band.low.amount:,} to ${band.high.amount:,} a year"
    )

    page.fill("input[name=min]", "150000")
    page.fill("input[name=max]", "190000")
    expect(page.locator(".jd-builder__preview")).to_contain_text("Pay range: $150,000 to $190,000 a year")
    page.uncheck("input[name=pay]")
    expect(page.locator(".jd-builder__preview")).not_to_contain_text("Pay range")

    perk = ROLE.job_description.perks[0]
    expect(page.locator(".jd-builder__preview")).to_contain_text(perk)
    page.locator("fieldset[data-list=perks] label", has_text=perk).locator("input").uncheck()
    expect(page.locator(".jd-builder__preview")).not_to_contain_text(perk)
    must = ROLE.job_description.must_have[1]
    page.locator("fieldset[data-list=must_have] label", has_text=must).locator("input").uncheck()
    expect(page.locator(".jd-builder__preview")).not_to_contain_text(must)


def test_each_copy_format_puts_the_right_text_on_the_clipboard(watched: Watched, site_url: str):
    page = watched.page
    open_builder(page, site_url)
    page.fill("input[name=company]", "Acme & Co <Labs>")

    page.click("button[data-copy=text]")
    expect(page.locator(".jd-builder__copied")).to_have_text("Copied.")
    text = page.evaluate("navigator.clipboard.readText()")
    assert text.startswith(f"{ROLE.job_description.title}\nAcme & Co <Labs>\nLocation: ")
    assert "\nKey responsibilities\n- " in text and "**" not in text

    page.click("button[data-copy=markdown]")
    markdown = page.evaluate("navigator.clipboard.readText()")
    assert markdown.startswith(f"# {ROLE.job_description.title}\n\n**Acme & Co \\<Labs\\>**")
    assert "\n## Key responsibilities\n\n- " in markdown

    page.click("button[data-copy=rich]")
    expect(page.locator(".jd-builder__copied")).to_have_text("Copied.")
    html = page.evaluate(
        """async () => {
            const [item] = await navigator.clipboard.read();
            return await (await item.getType('text/html')).text();
        }"""
    )
    assert "<h2>" in html and "<h3>Key responsibilities</h3>" in html and "<li>" in html
    assert "Acme &amp; Co &lt;Labs&gt;" in html, "data stays text in the rich copy"


def test_downloads_match_the_copies(watched: Watched, site_url: str):
    page = watched.page
    open_builder(page, site_url)
    page.fill("input[name=company]", "Acme")
    for kind, button in (("md", "markdown"), ("txt", "text")):
        with page.expect_download() as info:
            page.click(f"button[data-download={kind}]")
        download = info.value
        assert download.suggested_filename == f"{ROLE.slug}-job-description.{kind}"
        page.click(f"button[data-copy={button}]")
        expect(page.locator(".jd-builder__copied")).to_have_text("Copied.")
        assert Path(download.path()).read_text() == page.evaluate("navigator.clipboard.readText()")


def test_the_configuration_lives_in_the_url(watched: Watched, site_url: str):
    page = watched.page
    open_builder(page, site_url)
    page.fill("input[name=company]", "Acme")
    page.select_option("select[name=level]", "mid")
    page.select_option("select[name=where]", "Colorado")
    perk = ROLE.job_description.perks[1]
    page.locator("fieldset[data-list=perks] label", has_text=perk).locator("input").uncheck()
    expect(page).to_have_url(re.compile(r"company=Acme"))
    before = preview(page)
    url = page.url

    page.goto("about:blank")
    page.goto(url)
    expect(page.locator(".jd-builder__preview h2")).to_be_visible()
    assert preview(page) == before
    expect(page.locator("select[name=where]")).to_have_value("Colorado")
    expect(
        page.locator("fieldset[data-list=perks] label", has_text=perk).locator("input")
    ).not_to_be_checked()


def test_a_posting_law_in_force_refuses_a_posting_without_a_range(watched: Watched, site_url: str):
    page = watched.page
    open_builder(page, site_url)
    page.select_option("select[name=where]", "California")
    law = page.locator(".jd-builder__law")
    expect(law).to_contain_text("This place requires a pay range in the posting")
    expect(law).to_contain_text("Cal. Labor Code sec. 432.3")
    expect(law).to_contain_text("In force since 2023-01-01")
    expect(law.get_by_role("link", name="Source")).to_have_attribute("href", re.compile(r"^https://"))
    expect(law).to_contain_text("guidance, not legal advice")
    for button in page.locator(".jd-builder__actions button").all():
        expect(button).to_be_enabled()

    page.uncheck("input[name=pay]")
    expect(law).to_contain_text("add one to copy or download")
    for button in page.locator(".jd-builder__actions button").all():
        expect(button).to_be_disabled()
    page.check("input[name=pay]")
    page.fill("input[name=max]", "")
    for button in page.locator(".jd-builder__actions button").all():
        expect(button).to_be_disabled()


def test_future_and_on_request_laws_inform_without_refusing(watched: Watched, site_url: str):
    page = watched.page
    open_builder(page, site_url)
    page.uncheck("input[name=pay]")
    page.select_option("select[name=where]", "Delaware")  # posting duty from 2027-09-26
    expect(page.locator(".jd-builder__law")).to_contain_text("takes effect later")
    expect(page.locator(".jd-builder__law")).to_contain_text("Takes effect 2027-09-26")
    expect(page.locator("button[data-copy=text]")).to_be_enabled()
    page.select_option("select[name=where]", "Nevada")
    expect(page.locator(".jd-builder__law")).to_contain_text("on request or later in hiring")
    expect(page.locator("button[data-copy=text]")).to_be_enabled()


def test_remote_us_postings_name_the_laws_that_reach_remote_jobs(watched: Watched, site_url: str):
    page = watched.page
    open_builder(page, site_url)
    page.select_option("select[name=where]", "remote-us")
    law = page.locator(".jd-builder__law")
    expect(law).to_contain_text("Remote postings open to people in these places must show a pay range")
    expect(law).to_contain_text("Colorado")
    expect(law).to_contain_text("California")


def test_without_javascript_the_static_sample_remains(browser, site_url: str):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}roles/{ROLE.slug}/")
    assert not page.locator(".jd-builder").is_visible()
    assert page.locator("#job-description-sample").is_visible()
    assert ROLE.job_description.must_have[0] in page.locator("article").inner_text()
    context.close()
