"""Real headless Chromium (Debian's package) driven by Playwright, against the built site on 127.0.0.1."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.conftest import BuildResult

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_path() -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.fail("Debian's chromium is not installed; run scripts/test, which installs it")
    return path


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def site_url(real_site: BuildResult) -> Iterator[str]:
    """The built site served on a free port of 127.0.0.1 for the whole session."""
    handler = functools.partial(_QuietHandler, directory=str(real_site.site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@dataclass
class Watched:
    """A page plus what it did that a test must check: console errors and outside requests."""

    page: Page
    console_errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)


@pytest.fixture
def watched(browser: Browser, site_url: str) -> Iterator[Watched]:
    """A fresh page that records console errors and blocks (and records) requests to other hosts."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    result = Watched(page)
    allowed = urlsplit(site_url).netloc

    def route(route, request) -> None:
        if urlsplit(request.url).netloc == allowed or request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            result.outside_requests.append(request.url)
            route.abort()

    context.route("**/*", route)
    page.on("console", lambda msg: msg.type == "error" and result.console_errors.append(msg.text))
    page.on("pageerror", lambda exc: result.console_errors.append(str(exc)))
    yield result
    context.close()
    assert result.outside_requests == [], "requests to other hosts"
    assert result.console_errors == [], "console errors"


def page_path(site: Path, url_path: str) -> Path:
    return site / url_path / "index.html"
