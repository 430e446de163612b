"""Real headless Chromium (Debian's package) driven by Playwright, against the built site on 127.0.0.1."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def serve(folder: Path, port: int = 0) -> Iterator[str]:
    """Serve a built site on 127.0.0.1 (the port it was built for, or a free one); yields its URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


@pytest.fixture(scope="session")
def site_url(real_site: BuildResult) -> Iterator[str]:
    """The real site, served for the whole session."""
    with serve(real_site.site, real_site.port) as url:
        yield url


@pytest.fixture(scope="session")
def hostile_site_url(hostile_site: BuildResult) -> Iterator[str]:
    """The site built from hostile and special-character role files, served for the whole session."""
    with serve(hostile_site.site, hostile_site.port) as url:
        yield url


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
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture
def watched(browser: Browser) -> Iterator[Watched]:
    """A fresh page that records console errors and dialogs, and blocks (and records) requests
    to any host but this machine's loopback address."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    result = Watched(page)

    def route(route, request) -> None:
        if urlsplit(request.url).hostname == "127.0.0.1" or request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            result.outside_requests.append(request.url)
            route.abort()

    context.route("**/*", route)
    page.on("console", lambda msg: msg.type == "error" and result.console_errors.append(msg.text))
    page.on("pageerror", lambda exc: result.console_errors.append(str(exc)))
    page.on("dialog", lambda dialog: (result.dialogs.append(dialog.message), dialog.dismiss()))
    yield result
    context.close()
    assert result.outside_requests == [], "requests to other hosts"
    assert result.console_errors == [], "console errors"
    assert result.dialogs == [], "dialogs opened by scripts"


def search(page: Page, query: str) -> None:
    """Type a query into Material's search once its index is ready, as a reader would."""
    page.locator("input.md-search__input").click()
    page.wait_for_function(
        "document.querySelector('.md-search-result__meta')?.textContent.trim() !== 'Initializing search'"
    )
    page.keyboard.type(query, delay=20)
    page.locator(".md-search-result__item").first.wait_for()
