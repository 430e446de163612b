"""The MkDocs hook: turns the catalogue into pages. With macros/main.py, the only code that imports MkDocs.

MkDocs loads this file once per process (`hooks:` in mkdocs.yml). All build state lives on one
`GuideSite` object: created on startup, refreshed by each build's `on_config`, dropped on
shutdown; a failed build also deletes the generated files it may have left half-made. The domain
package is imported when a build runs, never when this file loads, so that a code edit under
`mkdocs serve` is picked up (see `GuideSite.fresh_code`).
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import sys
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
    """Everything the hook keeps: the generated files, the caches, and this build's catalogue.

    Generated files live in the project's `.cache/hiring-guide/generated/` at stable paths, with
    a manifest of the content key each role's files were made from. A file is rewritten only
    when its content changes, so a later build renders only changed roles and a
    `mkdocs serve --dirty` rebuild skips every page whose role did not change. A failed build
    removes them all; `.cache/` is safe to delete at any time.
    """

    dirty: bool = False  # `mkdocs serve --dirty`: MkDocs rebuilds only pages whose source is newer
    serving: bool = False  # `mkdocs serve`: one process, many builds
    root: Path = Path()
    generated: Path = Path()  # .cache/hiring-guide/generated of the project, set by load()
    code_version: tuple[tuple[str, int], ...] = ()
    code_unchanged: bool = False  # the last fresh_code() found the package as it was
    cache: Any = None  # hiring_guide.load.LoadCache, made once the package is imported
    rendered: dict[str, str] = field(default_factory=dict)  # slug -> key of its rendered files
    catalogue: Any = None  # hiring_guide.catalogue.Catalogue for the current build
    renderer: Any = None  # hiring_guide.views.markdown.Renderer for the current build
    facet_keys: dict[str, str] = field(default_factory=dict)  # what the listings showed last build
    page_facets: dict[str, set[str]] = field(default_factory=dict)  # page -> facets its macros show

    def fresh_code(self) -> ModuleType:
        """The domain package, re-imported if any of its files changed since it was imported.

        `mkdocs serve` rebuilds in the same process, and Python keeps imported modules: without
        this step an edit to the code would show only after a restart.
        """
        version = tuple((str(p), p.stat().st_mtime_ns) for p in sorted((self.root / PACKAGE).rglob("*.py")))
        self.code_unchanged = version == self.code_version
        if not self.code_unchanged:
            for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
                del sys.modules[name]
            self.code_version = version
            self.cache = None
        package = importlib.import_module(PACKAGE)
        if self.cache is None:
            load = importlib.import_module(f"{PACKAGE}.load")
            paths = importlib.import_module(f"{PACKAGE}.paths")
            self.cache = load.LoadCache(
                folder=paths.Paths(self.root).cache / "checked", long_lived=self.serving
            )
        return package

    def load(self, root: Path) -> None:
        """Validate every data file and build this build's catalogue and renderer."""
        if root != self.root:  # the first build, or another project in the same process
            self.root, self.code_version = root, ()
            self.facet_keys.clear()
            self.generated = importlib.import_module(f"{PACKAGE}.paths").Paths(root).cache / "generated"
            self.rendered = self._read_manifest()
        self.fresh_code()
        load = importlib.import_module(f"{PACKAGE}.load")
        problems = importlib.import_module(f"{PACKAGE}.problems")
        markdown = importlib.import_module(f"{PACKAGE}.views.markdown")
        try:
            self.catalogue = load.load_catalogue(self.root, cache=self.cache)
        except problems.DataError as exc:
            # PluginError makes MkDocs print the message and exit non-zero, without a traceback.
            raise PluginError(str(exc)) from None
        previous = self.renderer.markdown if self.renderer and self.code_unchanged else None
        self.renderer = markdown.Renderer(self.catalogue, previous)

    def changed_facets(self) -> set[str]:
        """The facets of the catalogue whose listings differ from the last build's."""
        listing_keys = importlib.import_module(f"{PACKAGE}.views.listing_keys")
        keys = listing_keys.facet_keys(self.catalogue)
        changed = {name for name, key in keys.items() if self.facet_keys.get(name) != key}
        self.facet_keys = keys
        return changed

    def record_macro(self, page: str, macro: str) -> None:
        """Remember that a page called a macro, so a dirty rebuild knows what the page shows."""
        facets = importlib.import_module(f"{PACKAGE}.views.listing_keys").MACRO_FACETS
        self.page_facets.setdefault(page, set()).add(facets[macro])

    def write(self, uri: str, content: str) -> Path:
        """Write a generated file at its stable path, leaving it untouched if unchanged."""
        target = self.generated / uri
        data = content.encode("utf-8")
        if not target.is_file() or target.read_bytes() != data:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        return target

    @property
    def manifest(self) -> Path:
        return self.generated.with_name("generated.json")

    def _read_manifest(self) -> dict[str, str]:
        try:
            rendered = json.loads(self.manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return rendered if isinstance(rendered, dict) and self.generated.is_dir() else {}

    def finish_generating(self, written: set[str]) -> None:
        """Save the manifest, and delete generated files that this build no longer makes."""
        for path in [p for p in self.generated.rglob("*") if p.is_file()]:
            if path.relative_to(self.generated).as_posix() not in written:
                path.unlink()
        self.manifest.write_text(json.dumps(self.rendered, sort_keys=True), encoding="utf-8")

    def remove(self) -> None:
        """Drop every generated file: after a failed build none of them can be trusted."""
        shutil.rmtree(self.generated, ignore_errors=True)
        self.manifest.unlink(missing_ok=True)
        self.rendered.clear()


_site: GuideSite | None = None  # the hook's one piece of state: MkDocs gives hooks no instance


def _project_root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def on_startup(command: str, dirty: bool) -> None:
    global _site
    _site = GuideSite(dirty=dirty, serving=command == "serve")


@event_priority(100)  # before the macros plugin's on_config, which reads the catalogue
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _site
    if _site is None:
        _site = GuideSite()
    _site.load(_project_root(config))
    setattr(config, STATE, _site)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add a page and a plain-text job description for every role, and the data files the
    browser features and open-data users read."""
    site: GuideSite = getattr(config, STATE)
    site_files = importlib.import_module(f"{PACKAGE}.views.site_files")
    if not site.generated.is_dir():
        site.rendered.clear()  # the files a manifest names are gone: render everything again
    written: set[str] = set()
    for item in site_files.generated_files(site.catalogue, site.renderer, site.rendered):
        path = site.write(item.uri, item.content) if item.content is not None else site.generated / item.uri
        file = File.generated(config, item.uri, abs_src_path=str(path))
        if item.edit_path:
            file.edit_uri = f"../{item.edit_path}"  # the edit button opens the data file, not the page
        files.append(file)
        written.add(item.uri)
    site.finish_generating(written)
    if site.dirty:  # only a dirty build skips pages; a full build renders every listing anyway
        changed = site.changed_facets()
        if changed:
            _expire_listing_pages(files, site, changed)
    return files


def _expire_listing_pages(files: Files, site: GuideSite, changed: set[str]) -> None:
    """In a dirty rebuild, make MkDocs rebuild the hand-written pages whose listings changed.

    A dirty build skips a page whose output is newer than its source, and a listing page's source
    does not change when a role does. Dating its output back to 1970 marks it out of date. A page
    whose macros are not known yet is rebuilt to be safe.
    """
    for file in files.documentation_pages():
        if file.generated_by or not file.abs_src_path or not Path(file.abs_dest_path).is_file():
            continue
        shown = site.page_facets.get(file.src_uri)
        if shown is None:
            if "render_macros: true" not in Path(file.abs_src_path).read_text(encoding="utf-8"):
                continue
        elif not shown & changed:
            continue
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


def on_post_page(output: str, page, config: MkDocsConfig) -> str:
    """Every page without its template indentation (see hiring_guide.views.html)."""
    return importlib.import_module(f"{PACKAGE}.views.html").collapse_whitespace(output)


def on_build_error(error: Exception) -> None:
    """A failed build leaves no generated files behind for the next build to trust."""
    if _site is not None:
        _site.remove()


def on_shutdown() -> None:
    """The process ends: drop the in-memory state (the files in .cache/ stay for the next build)."""
    global _site
    _site = None
