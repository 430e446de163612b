"""Search and the FAQ hub in a real browser: questions are found by paraphrase and filtered in place."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from hiring_guide.load import load_catalogue
from hiring_guide.text import anchor_for
from tests.browser.conftest import Watched, search
from tests.conftest import ROOT, BuildResult

pytestmark = pytest.mark.browser
CATALOGUE = load_catalogue(ROOT)


def anchor_of(slug: str, starts: str) -> str:
    role = CATALOGUE.role(slug)
    return next(q.anchor for q in role.faq if q.question.startswith(starts))


PARAPHRASES = [
    # (what a recruiter types, role, the question it should land on)
    ("how many seniors per junior", "senior-backend-engineer", "How many senior engineers"),
    (
        "backend architect difference",
        "senior-backend-engineer",
        "What is the difference between a senior backend",
    ),
    ("red flags interviewing data scientist", "data-scientist", "What are red flags"),
]


@pytest.mark.parametrize(("query", "slug", "starts"), PARAPHRASES)
def test_a_paraphrased_question_lands_on_its_answer(
    watched: Watched, site_url: str, query: str, slug: str, starts: str
):
    page = watched.page
    anchor = anchor_of(slug, starts)
    page.goto(site_url)
    search(page, query)
    link = page.locator(f'.md-search-result a[href*="roles/{slug}/"][href$="#{anchor}"]').first
    link.click()
    expect(page).to_have_url(re.compile(f"roles/{slug}/(\\?[^#]*)?#{anchor}$"))
    expect(page.locator(f"h3#{anchor}")).to_be_in_viewport()


def test_a_role_page_ranks_above_pages_that_mention_its_title(watched: Watched, site_url: str):
    page = watched.page
    page.goto(site_url)
    search(page, "data engineer")
    first = page.locator(".md-search-result__item").first.locator("a").first
    href = first.get_attribute("href")
    assert "roles/data-engineer/" in href and "#" not in href, href


def test_faq_filter_narrows_restores_and_keeps_its_state_in_the_url(watched: Watched, site_url: str):
    page = watched.page
    page.goto(site_url + "faq/")
    questions = page.locator("article li:visible")
    total = sum(len(role.faq) for role in CATALOGUE.roles)
    expect(questions).to_have_count(total)

    page.locator("input[name=words]").press_sequentially("red flags", delay=20)
    narrowed = questions.count()
    assert 0 < narrowed < total
    assert all("red flags" in text.lower() for text in questions.all_inner_texts())
    expect(page.locator(".faq-filter__status")).to_have_text(f"Showing {narrowed} of {total} questions.")
    expect(page).to_have_url(re.compile(r"faq/\?words=red\+flags$"))

    department = next(
        r.department for r in CATALOGUE.roles if any("red flags" in q.question.lower() for q in r.faq)
    )
    page.select_option("select[name=department]", label=department)
    in_department = [
        q
        for r in CATALOGUE.roles
        if r.department == department
        for q in r.faq
        if "red flags" in q.question.lower()
    ]
    expect(questions).to_have_count(len(in_department))
    assert f"department={anchor_for(department)}" in page.url

    page.reload()
    expect(page.locator("input[name=words]")).to_have_value("red flags")
    expect(page.locator("select[name=department]")).to_have_value(anchor_for(department))
    expect(questions).to_have_count(len(in_department))

    page.get_by_role("button", name="Show all").click()
    expect(questions).to_have_count(total)
    expect(page).to_have_url(re.compile(r"faq/$"))


def test_faq_filter_by_role_shows_only_that_role(watched: Watched, site_url: str):
    page = watched.page
    page.goto(site_url + "faq/?role=accountant")
    role = CATALOGUE.role("accountant")
    expect(page.locator("article li:visible")).to_have_count(len(role.faq))
    expect(page.locator("article h3:visible")).to_have_count(1)
    expect(page.locator("article h3:visible")).to_contain_text(role.title)


def test_faq_filter_is_usable_by_keyboard_with_visible_focus(watched: Watched, site_url: str):
    page = watched.page
    page.goto(site_url + "faq/")
    field = page.locator("input[name=words]")
    for _ in range(200):
        page.keyboard.press("Tab")
        if field.evaluate("el => el === document.activeElement"):
            break
    assert field.evaluate("el => el === document.activeElement"), "the filter is reachable with Tab"
    outline = field.evaluate(
        "el => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth"
    )
    assert not outline.startswith("none") and not outline.endswith(" 0px"), outline
    page.keyboard.type("take-home")
    expected = sum("take-home" in q.question.lower() for r in CATALOGUE.roles for q in r.faq)
    assert expected > 0
    expect(page.locator("article li:visible")).to_have_count(expected)


def test_without_javascript_every_question_is_listed_and_the_filter_is_hidden(browser, site_url: str):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + "faq/")
        total = sum(len(role.faq) for role in CATALOGUE.roles)
        expect(page.locator("article li")).to_have_count(total)
        expect(page.locator("form.faq-filter")).to_be_hidden()
    finally:
        context.close()


def test_scripts_keep_working_after_instant_navigation(
    watched: Watched, site_url: str, real_site: BuildResult
):
    page = watched.page
    with page.expect_response(lambda response: response.url.endswith("/sitemap.xml")):
        page.goto(site_url)  # instant navigation starts once Material has read the sitemap
    page.wait_for_load_state("networkidle")
    page.evaluate("window.__marker = 'same document'")
    page.locator(".md-tabs").get_by_role("link", name="FAQ").click()
    expect(page).to_have_url(re.compile(r"faq/$"))
    assert page.evaluate("window.__marker") == "same document", "navigation was instant, not a reload"
    page.locator("input[name=words]").press_sequentially("salary", delay=20)
    expected = sum("salary" in q.question.lower() for r in CATALOGUE.roles for q in r.faq)
    expect(page.locator("article li:visible")).to_have_count(expected)

    question = page.locator("article li:visible a").first
    slug = re.search(r"roles/([a-z0-9-]+)/", question.get_attribute("href")).group(1)
    question.click()
    expect(page).to_have_url(re.compile(f"roles/{slug}/"))
    assert page.evaluate("window.__marker") == "same document"
    expect(page.locator(".jd-builder form")).to_be_visible()  # the builder started on the new page
    page.locator("button[data-copy=text]").click()
    expect(page.locator(".jd-builder__copied")).to_have_text("Copied.")
    built = (real_site.site / "roles" / slug / "job-description.txt").read_text(encoding="utf-8")
    assert page.evaluate("navigator.clipboard.readText()") == built


def test_colour_scheme_choice_persists_across_pages_and_reloads(watched: Watched, site_url: str):
    page = watched.page
    page.goto(site_url)
    scheme = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    flipped = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert flipped != scheme
    page.goto(site_url + "roles/")
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == flipped
    page.reload()
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == flipped
