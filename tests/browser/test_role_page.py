"""The role page in a real browser: the static sample downloads as the plain text the build wrote.

(The builder's copy and download buttons, which need JavaScript, are tested in test_builder.py.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import Watched
from tests.conftest import BuildResult

pytestmark = pytest.mark.browser
SLUG = "senior-backend-engineer"


def test_download_link_saves_the_built_plain_text_under_the_roles_name(
    watched: Watched, site_url: str, real_site: BuildResult
):
    page = watched.page
    page.goto(f"{site_url}roles/{SLUG}/")
    with page.expect_download() as info:
        page.get_by_role("link", name="Download as .txt").click()
    download = info.value
    assert download.suggested_filename == f"{SLUG}-job-description.txt"
    expected = (real_site.site / "roles" / SLUG / "job-description.txt").read_bytes()
    assert Path(download.path()).read_bytes() == expected
