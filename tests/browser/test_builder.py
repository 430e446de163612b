"""The job description builder in Chromium: one posting with the build, every field, every copy
format, URL state, pay laws on fixed dates, and visible errors when its data cannot load."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from hiring_guide import salary
from hiring_guide.load import load_catalogue
from hiring_guide.views.builder import PAY_NOTE
from tests.browser.conftest import Watched, serve
from tests.conftest import FIXTURES, ROOT, BuildResult, free_port, make_project, run_build

pytestmark = pytest.mark.browser
CATALOGUE = load_catalogue(ROOT)
ROLE = CATALOGUE.role("senior-backend-engineer")
SOME_DAY = datetime.datetime(2026, 6, 1, 12, 0)  # the date every test runs on unless it says otherwise


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, BuildResult]]:
    """The fixture roles, built and served: complete-role posts at a top-coded band under a title of
    its own; minimal-role is moved to a posting level that has no entry under its levels."""
    roles = {p.name: p.read_text("utf-8") for p in (FIXTURES / "roles").glob("*.yml")}
    assert "  posting_level: mid\n" in roles["minimal-role.yml"]
    roles["minimal-role.yml"] = roles["minimal-role.yml"].replace(
        "  posting_level: mid\n", "  posting_level: lead\n"
    )
    result = run_build(make_project(tmp_path_factory.mktemp("builder-fixtures"), roles), port=free_port())
    assert result.returncode == 0, result.output
    with serve(result.site, result.port) as url:
        yield url, result


def open_builder(page: Page, site_url: str, slug: str = ROLE.slug, query: str = "", today=SOME_DAY) -> None:
    page.clock.set_fixed_time(today)
    page.goto(f"{site_url}roles/{slug}/{query}")
    expect(page.locator(".jd-builder form")).to_be_visible()
    expect(page.locator(".jd-builder__preview h2")).to_be_visible()


def preview(page: Page) -> str:
    return page.locator(".jd-builder__preview").inner_text()


def clipboard(page: Page) -> str:
    page.bring_to_front()  # the clipboard API reads only from a focused document
    return page.evaluate("navigator.clipboard.readText()")


def download_bytes(page: Page, kind: str) -> tuple[str, bytes]:
    with page.expect_download() as info:
        page.click(f"button[data-download={kind}]")
    return info.value.suggested_filename, Path(info.value.path()).read_bytes()


def forget_failed_loads(watched: Watched, *statuses: int) -> None:
    """Chromium logs each failed request to the console; check those are the only errors, then
    clear them so the fixture's own check stays for anything else."""
    expected = [f"Failed to load resource: the server responded with a status of {s}" for s in statuses]
    assert [e.split(" (")[0] for e in watched.console_errors] == expected
    watched.console_errors.clear()


# ---- one posting with the build --------------------------------------------------------------------


def assert_untouched_builder_gives_the_built_text(page: Page, site_url: str, site: Path, slug: str) -> None:
    built = (site / "roles" / slug / "job-description.txt").read_bytes()
    open_builder(page, site_url, slug)
    name, downloaded = download_bytes(page, "txt")
    assert name == f"{slug}-job-description.txt"
    assert downloaded == built
    page.click("button[data-copy=text]")
    expect(page.locator(".jd-builder__copied")).to_have_text("Copied.")
    assert clipboard(page).encode("utf-8") == built


@pytest.mark.parametrize("slug", ["senior-backend-engineer", "financial-analyst"])
def test_untouched_builder_text_is_the_built_txt_byte_for_byte(
    watched: Watched, site_url: str, real_site: BuildResult, slug: str
):
    assert CATALOGUE.role(slug).levels, "a role with levels"
    assert_untouched_builder_gives_the_built_text(watched.page, site_url, real_site.site, slug)


def test_untouched_builder_text_is_the_built_txt_for_a_top_coded_band(
    watched: Watched, fixture_site: tuple[str, BuildResult]
):
    url, result = fixture_site
    assert_untouched_builder_gives_the_built_text(watched.page, url, result.site, "complete-role")
    expect(watched.page.locator(".jd-builder__preview h2")).to_have_text("Complete Role")
    expect(watched.page.locator(".jd-builder__preview")).to_contain_text(
        " to $239,200 or more a year [replace"
    )


def test_untouched_builder_text_is_the_built_txt_when_the_posting_level_has_no_level_entry(
    watched: Watched, fixture_site: tuple[str, BuildResult]
):
    url, result = fixture_site
    assert_untouched_builder_gives_the_built_text(watched.page, url, result.site, "minimal-role")
    expect(watched.page.locator("select[name=level] option")).to_have_text(
        ["Minimal Role (mid-level)", "Senior Minimal Role (senior)", "Minimal Role (lead or principal)"]
    )
    expect(watched.page.locator("select[name=level]")).to_have_value("lead")


def test_the_pay_note_stays_until_you_enter_your_own_range(watched: Watched, site_url: str):
    page = watched.page
    open_builder(page, site_url)
    band = salary.band_for(CATALOGUE.estimate(ROLE.salary.soc_code), ROLE.salary.posting_level)
    pay_line = page.locator(".jd-builder__preview p", has_text="Pay range:")
    expect(pay_line).to_contain_text(
        f"Pay range: ${band.low.amount:,} to ${band.high.amount:,} a year {PAY_NOTE}"
    )
    page.fill("input[name=max]", str(band.high.amount + 1000))
    expect(pay_line).to_contain_text(
        f"Pay range: ${band.low.amount:,} to ${band.high.amount + 1000:,} a year"
    )
    expect(pay_line).not_to_contain_text("[replace")
    page.fill("input[name=max]", str(band.high.amount))
    expect(pay_line).to_contain_text(PAY_NOTE)


# ---- the form and its outputs ----------------------------------------------------------------------


def test_the_form_is_built_with_labelled_controls_and_groups(watched: Watched, site_url: str):
    page = watched.page
    open_builder(page, site_url)
    builder = page.locator(".jd-builder")
    for label in ("Company", "Team", "Location shown in the posting"):
        expect(builder.get_by_role("textbox", name=label)).to_be_visible()
    for label in ("Where the person will work (for pay laws)", "Employment type", "Level"):
        expect(builder.get_by_role("combobox", name=label)).to_be_visible()
    for label in ("Pay from (USD a year)", "Pay to (USD a year)"):
        expect(builder.get_by_role("spinbutton", name=label)).to_be_visible()
    expect(builder.get_by_role("checkbox", name="Show the pay range in the posting")).to_be_checked()
    expect(builder.get_by_role("form", name="Job description builder")).to_be_visible()
    jd = ROLE.job_description
    for legend, items in (
        ("What we look for", jd.must_have),
        ("Nice to have", jd.nice_to_have),
        ("Perks", jd.perks),
    ):
        group = builder.get_by_role("group", name=legend)
        expect(group.get_by_role("checkbox")).to_have_count(len(items))
    expect(builder.locator(".jd-builder__law")).to_have_attribute("aria-live", "polite")
    expect(builder.get_by_role("region", name="Preview of your posting")).to_be_visible()
    expect(builder.get_by_role("button")).to_have_text(
        ["Copy as plain text", "Copy as Markdown", "Copy with formatting", "Download .md", "Download .txt"]
    )


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
    lines = clipboard(page).split("\n")
    assert lines[:3] == [
        ROLE.job_description.title,
        "Acme & Co <Labs>",
        f"Location: {ROLE.job_description.location}",
    ]
    responsibilities = lines.index("Key responsibilities")
    assert lines[
        responsibilities + 1 : responsibilities + 1 + len(ROLE.job_description.responsibilities)
    ] == [f"- {item}" for item in ROLE.job_description.responsibilities]
    assert not any("**" in line for line in lines)

    page.click("button[data-copy=markdown]")
    markdown = clipboard(page).split("\n")
    assert markdown[:3] == [f"# {ROLE.job_description.title}", "", "**Acme & Co \\<Labs\\>**"]
    heading = markdown.index("## Key responsibilities")
    assert markdown[heading + 1] == "" and markdown[heading + 2].startswith("- ")

    page.click("button[data-copy=rich]")
    expect(page.locator(".jd-builder__copied")).to_have_text("Copied.")
    page.bring_to_front()
    html = page.evaluate(
        """async () => {
            const [item] = await navigator.clipboard.read();
            return await (await item.getType('text/html')).text();
        }"""
    )
    assert re.findall(r"<h3>([^<]*)</h3>", html) == [
        "About the role",
        "Key responsibilities",
        "What we look for",
        "Nice to have",
        "Perks",
    ]
    assert "<p>Acme &amp; Co &lt;Labs&gt;</p>" in html, "data stays text in the rich copy"


def test_downloads_match_the_copies(watched: Watched, site_url: str):
    page = watched.page
    open_builder(page, site_url)
    page.fill("input[name=company]", "Acme")
    for kind, button in (("md", "markdown"), ("txt", "text")):
        name, data = download_bytes(page, kind)
        assert name == f"{ROLE.slug}-job-description.{kind}"
        page.click(f"button[data-copy={button}]")
        expect(page.locator(".jd-builder__copied")).to_have_text("Copied.")
        assert data.decode("utf-8") == clipboard(page)


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


# ---- pay laws, on fixed dates ----------------------------------------------------------------------


def buttons_enabled(page: Page) -> list[bool]:
    return [button.is_enabled() for button in page.locator(".jd-builder__actions button").all()]


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
    assert buttons_enabled(page) == [True] * 5

    page.uncheck("input[name=pay]")
    expect(law).to_contain_text("add one to copy or download")
    expect(page.locator(".jd-builder__actions button:disabled")).to_have_count(5)
    page.check("input[name=pay]")
    page.fill("input[name=max]", "")
    expect(page.locator(".jd-builder__actions button:disabled")).to_have_count(5)


def test_delaware_law_informs_the_day_before_it_takes_effect(watched: Watched, site_url: str):
    page = watched.page
    open_builder(page, site_url, today=datetime.datetime(2027, 9, 25, 12, 0))
    page.uncheck("input[name=pay]")
    page.select_option("select[name=where]", "Delaware")  # posting duty from 2027-09-26
    law = page.locator(".jd-builder__law")
    expect(law).to_contain_text("takes effect later")
    expect(law).to_contain_text("Takes effect 2027-09-26")
    assert buttons_enabled(page) == [True] * 5


def test_delaware_law_refuses_a_posting_without_a_range_the_day_after(watched: Watched, site_url: str):
    page = watched.page
    open_builder(page, site_url, today=datetime.datetime(2027, 9, 27, 12, 0))
    page.uncheck("input[name=pay]")
    page.select_option("select[name=where]", "Delaware")
    law = page.locator(".jd-builder__law")
    expect(law).to_contain_text("This place requires a pay range in the posting: add one")
    expect(law).to_contain_text("In force since 2027-09-26")
    expect(page.locator(".jd-builder__actions button:disabled")).to_have_count(5)


def test_an_on_request_law_informs_without_refusing(watched: Watched, site_url: str):
    page = watched.page
    open_builder(page, site_url)
    page.uncheck("input[name=pay]")
    page.select_option("select[name=where]", "Nevada")
    expect(page.locator(".jd-builder__law")).to_contain_text("on request or later in hiring")
    assert buttons_enabled(page) == [True] * 5


def test_remote_us_postings_name_the_laws_that_reach_remote_jobs(watched: Watched, site_url: str):
    page = watched.page
    open_builder(page, site_url)
    page.select_option("select[name=where]", "remote-us")
    law = page.locator(".jd-builder__law")
    expect(law).to_contain_text("Remote postings open to people in these places must show a pay range")
    expect(law).to_contain_text("Colorado")
    expect(law).to_contain_text("California")


# ---- without JavaScript, and when the data cannot load ---------------------------------------------


def test_without_javascript_the_static_sample_remains_and_the_builder_says_why_it_is_missing(
    browser, site_url: str
):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}roles/{ROLE.slug}/")
    expect(page.locator(".jd-builder")).to_have_text(
        "The builder needs JavaScript. Without it, the sample above is complete: download it as plain text."
    )
    expect(page.locator(".jd-builder form")).to_have_count(0)
    sample = page.locator(".job-description")
    for item in (*ROLE.job_description.must_have, *ROLE.job_description.perks):
        expect(sample.get_by_text(item, exact=True)).to_be_visible()
    context.close()


@pytest.mark.parametrize(
    ("file", "status", "message"),
    [
        (
            f"data/builder/{ROLE.slug}.json",
            404,
            f"Could not load the builder data (data/builder/{ROLE.slug}.json: HTTP 404).",
        ),
        (
            "data/pay-transparency.json",
            500,
            "Could not load the pay-transparency laws (data/pay-transparency.json: HTTP 500).",
        ),
    ],
)
def test_a_file_that_fails_to_load_is_named_with_its_status(
    watched: Watched, site_url: str, file: str, status: int, message: str
):
    page = watched.page
    page.route(f"**/{file}", lambda route: route.fulfill(status=status, body="no"))
    page.goto(f"{site_url}roles/{ROLE.slug}/")
    expect(page.locator(".jd-builder [role=alert]")).to_have_text(
        f"{message} The sample above is complete: download it as plain text."
    )
    expect(page.locator(".jd-builder form")).to_have_count(0)
    forget_failed_loads(watched, status)


def test_builder_data_that_is_not_json_is_reported_as_such(watched: Watched, site_url: str):
    page = watched.page
    page.route(f"**/data/builder/{ROLE.slug}.json", lambda route: route.fulfill(status=200, body="<html>"))
    page.goto(f"{site_url}roles/{ROLE.slug}/")
    expect(page.locator(".jd-builder [role=alert]")).to_contain_text(
        f"Could not load the builder data (data/builder/{ROLE.slug}.json: not valid JSON)."
    )


def test_a_bug_in_showing_the_builder_is_not_reported_as_a_failed_load(watched: Watched, site_url: str):
    page = watched.page
    page.route(
        f"**/data/builder/{ROLE.slug}.json",
        lambda route: route.fulfill(
            status=200, content_type="application/json", body=json.dumps({"slug": "x"})
        ),
    )
    page.goto(f"{site_url}roles/{ROLE.slug}/")
    expect(page.locator(".jd-builder [role=alert]")).to_have_text(
        "Could not show the builder. The sample above is complete: download it as plain text."
    )
    assert len(watched.console_errors) == 1 and "TypeError" in watched.console_errors[0]
    watched.console_errors.clear()
