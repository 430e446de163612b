"""The role page in a real browser: the job description copies as clean plain text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import Watched
from tests.conftest import BuildResult

pytestmark = pytest.mark.browser


def test_copy_button_puts_the_plain_text_job_description_on_the_clipboard(
    watched: Watched, site_url: str, real_site: BuildResult
):
    page = watched.page
    page.goto(site_url + "roles/senior-backend-engineer/")
    page.locator(".tabbed-labels label", has_text="Plain text").click()
    block = page.locator(".job-description")
    block.hover()
    block.get_by_role("button", name="Copy to clipboard").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    expected = (real_site.site / "roles/senior-backend-engineer/job-description.txt").read_text()
    assert copied.strip() == expected.strip()
    assert copied.startswith("Senior Backend Engineer\nLocation: Remote")
    assert "\\" not in copied and "**" not in copied


def test_download_link_serves_the_plain_text(watched: Watched, site_url: str, real_site: BuildResult):
    page = watched.page
    page.goto(site_url + "roles/senior-backend-engineer/")
    with page.expect_download() as info:
        page.get_by_role("link", name="Download as .txt").click()
    download = info.value
    assert download.suggested_filename == "senior-backend-engineer-job-description.txt"
    expected = (real_site.site / "roles/senior-backend-engineer/job-description.txt").read_text()
    assert Path(download.path()).read_text(encoding="utf-8") == expected
