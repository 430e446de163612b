"""The MkDocs hook: turns the catalogue into pages. With macros/main.py, the only code that imports MkDocs.

MkDocs loads this file once per process (`hooks:` in mkdocs.yml). All build state lives on one
`GuideSite` object: created on startup, refreshed by each build's `on_config`, and removed on
shutdown or on a failed build. The domain package is imported when a build runs, never when this
file loads, so that a code edit under `mkdocs serve` is picked up (see `GuideSite.fresh_code`).
"""

from __future__ import annotations

import importlib
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

PACKAGE = "hiring_guide"
STATE = "hiring_guide_site"  # the attribute of the MkDocs config that carries the GuideSite
ROLE_TOC_COLLAPSED = {"faq", "levels", "examples"}  # sections whose subheadings stay out of the TOC


@dataclass
class GuideSite:
    """Everything the hook keeps: the generated-files folder, the caches, and this build's catalogue.

    Generated files keep stable paths and are rewritten only when their content changes, so a
    `mkdocs serve --dirty` rebuild skips every page whose role did not change.
    """

    dirty: bool = False  # `mkdocs serve --dirty`: MkDocs rebuilds only pages whose source is newer
    root: Path = Path()
    generated: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="ohg-generated-")))
    code_version: tuple[tuple[str, int], ...] = ()
    cache: Any = None  # hiring_guide.load.LoadCache, made once the package is imported
    rendered: dict[str, str] = field(default_factory=dict)  # slug -> key of its rendered files
    catalogue: Any = None  # hiring_guide.catalogue.Catalogue for the current build
    renderer: Any = None  # hiring_guide.views.markdown.Renderer for the current build
    catalogue_key: str = ""
    listings_stale: bool = True  # the catalogue changed since the listing pages were last built

    def fresh_code(self) -> ModuleType:
        """The domain package, re-imported if any of its files changed since it was imported.

        `mkdocs serve` rebuilds in the same process, and Python keeps imported modules: without
        this step an edit to the code would show only after a restart.
        """
        version = tuple((str(p), p.stat().st_mtime_ns) for p in sorted((self.root / PACKAGE).rglob("*.py")))
        if version != self.code_version:
            for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
                del sys.modules[name]
            self.code_version = version
            self.cache = None
            self.rendered.clear()
        package = importlib.import_module(PACKAGE)
        if self.cache is None:
            self.cache = importlib.import_module(f"{PACKAGE}.load").LoadCache()
        return package

    def load(self, root: Path) -> None:
        """Validate every data file and build this build's catalogue and renderer."""
        if root != self.root:  # another project in the same process (tests): start afresh
            self.root, self.code_version, self.catalogue_key = root, (), ""
            self.rendered.clear()
        self.fresh_code()
        load = importlib.import_module(f"{PACKAGE}.load")
        problems = importlib.import_module(f"{PACKAGE}.problems")
        markdown = importlib.import_module(f"{PACKAGE}.views.markdown")
        try:
            self.catalogue = load.load_catalogue(self.root, cache=self.cache)
        except problems.DataError as exc:
            # PluginError makes MkDocs print the message and exit non-zero, without a traceback.
            raise PluginError(str(exc)) from None
        self.renderer = markdown.Renderer(self.catalogue)
        key = load.digest(*(repr(self.catalogue.data[r.slug]).encode() for r in self.catalogue.roles))
        self.listings_stale = key != self.catalogue_key
        self.catalogue_key = key

    def write(self, uri: str, content: str) -> Path:
        """Write a generated file at its stable path, leaving it untouched if unchanged."""
        target = self.generated / uri
        data = content.encode("utf-8")
        if not target.is_file() or target.read_bytes() != data:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        return target

    def remove(self) -> None:
        shutil.rmtree(self.generated, ignore_errors=True)
        self.rendered.clear()


_site: GuideSite | None = None  # the hook's one piece of state: MkDocs gives hooks no instance


def _project_root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def on_startup(command: str, dirty: bool) -> None:
    global _site
    _site = GuideSite(dirty=dirty)


@event_priority(100)  # before the macros plugin's on_config, which reads the catalogue
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _site
    if _site is None or not _site.generated.is_dir():  # a failed build removed the last one
        _site = GuideSite(dirty=_site.dirty if _site else False, cache=_site.cache if _site else None)
    _site.load(_project_root(config))
    setattr(config, STATE, _site)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add a page and a plain-text job description for every role, and the data files the
    browser features and open-data users read."""
    site: GuideSite = getattr(config, STATE)
    site_files = importlib.import_module(f"{PACKAGE}.views.site_files")
    generated = site_files.generated_files(site.catalogue, site.renderer, site.rendered)
    for item in generated:
        path = site.write(item.uri, item.content) if item.content is not None else site.generated / item.uri
        file = File.generated(config, item.uri, abs_src_path=str(path))
        if item.edit_path:
            file.edit_uri = f"../{item.edit_path}"  # the edit button opens the data file, not the page
        files.append(file)
    if site.dirty and site.listings_stale:
        _expire_listing_pages(files)
    return files


def _expire_listing_pages(files: Files) -> None:
    """In a dirty rebuild, make MkDocs rebuild the hand-written pages that list roles.

    A dirty build skips a page whose output is newer than its source, and a listing page's source
    does not change when a role does. Dating its output back to 1970 marks it out of date.
    """
    for file in files.documentation_pages():
        if file.generated_by or not file.abs_src_path or not Path(file.abs_dest_path).is_file():
            continue
        if "render_macros: true" in Path(file.abs_src_path).read_text(encoding="utf-8"):
            os.utime(file.abs_dest_path, (0, 0))


def on_page_context(context: dict, page, config: MkDocsConfig, nav) -> dict:
    """Keep role pages light: the table of contents lists the FAQ, levels and examples sections
    but not each question and variant (they remain headings with their own anchors)."""
    if page.file.generated_by and page.file.src_uri.startswith("roles/"):
        for item in page.toc:
            for section in item.children:
                if section.id in ROLE_TOC_COLLAPSED:
                    section.children = []
    return context


def on_build_error(error: Exception) -> None:
    """A failed build leaves no generated files behind for the next build to trust."""
    if _site is not None:
        _site.remove()  # the next on_config starts a fresh folder, keeping the serve mode


def on_shutdown() -> None:
    global _site
    if _site is not None:
        _site.remove()
        _site = None
