"""The only module that knows about MkDocs: it turns the catalogue into pages.

MkDocs loads this file as a hook (`hooks:` in mkdocs.yml: `on_files`, `on_page_context`), once
per process, and the macros plugin loads it again on every build (`module_name`: `define_env`).
Everything else in `macros/` is plain Python, so moving to another engine means rewriting this
file alone.

The functions import the `macros` package when they run, not when this file loads: under
`mkdocs serve` the hook is never reloaded, so names bound at load time would keep serving code
from before an edit.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _import_fresh() -> None:
    """Make `import macros` work from MkDocs, and re-import it after an edit under `mkdocs serve`.

    The macros plugin loads this file on every rebuild, but Python caches the package it imports;
    drop the cached modules when any of their sources changed since they were loaded.
    """
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    newest = max(p.stat().st_mtime_ns for p in (ROOT / "macros").glob("*.py"))
    package = sys.modules.get("macros")
    if package is not None and getattr(package, "loaded_at", 0) < newest:
        for name in [n for n in sys.modules if n == "macros" or n.startswith("macros.")]:
            del sys.modules[name]
    import macros

    macros.loaded_at = newest  # type: ignore[attr-defined]


_import_fresh()

from mkdocs.config.defaults import MkDocsConfig  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.structure.files import File, Files  # noqa: E402


def project_root(config: MkDocsConfig) -> Path:
    """The project folder: the one holding mkdocs.yml."""
    return Path(config.config_file_path).resolve().parent


def _catalogue(config: MkDocsConfig):  # returns a macros.catalogue.Catalogue
    from macros.catalogue import load_catalogue
    from macros.problems import DataError

    try:
        return load_catalogue(project_root(config))
    except DataError as exc:
        # PluginError makes MkDocs print the message and exit non-zero, without a traceback.
        raise PluginError(str(exc)) from None


# ---- MkDocs hook -------------------------------------------------------------------------------


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add a page and a plain-text job description for every role, and the data files the
    browser features and open-data users read."""
    from macros import builder, compare, open_data, pay_laws, render
    from macros.catalogue import Paths

    catalogue = _catalogue(config)
    paths = Paths(project_root(config))
    # Role pages are written to a scratch folder rather than held in memory: at a thousand roles
    # that keeps the build's peak memory close to a plain MkDocs build's.
    scratch = Path(tempfile.mkdtemp(prefix="ohg-pages-"))
    _SCRATCH.append(scratch)

    def add(uri: str, content: str, edit_uri: str | None = None) -> None:
        target = scratch / uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
        file = File.generated(config, uri, abs_src_path=str(target))
        if edit_uri:
            file.edit_uri = edit_uri
        files.append(file)

    for role in catalogue.roles:
        # the edit button opens the role's data file, not the generated page
        posting = render.job_description_text(role, catalogue)  # rendered once: page and .txt share it
        add(role.url, render.role_source(role, catalogue, posting), edit_uri=f"../{role.source}")
        add(f"roles/{role.slug}/job-description.txt", posting + "\n")
        add(f"data/compare/{role.slug}.json", compare.compare_json(role, catalogue))
        add(f"data/builder/{role.slug}.json", builder.builder_json(role, catalogue))
    add("data/compare/index.json", compare.compare_index(catalogue))
    add("data/pay-transparency.json", pay_laws.laws_json(paths.pay_laws))
    add("data/roles.json", open_data.export_json(catalogue))
    add(f"data/{open_data.SCHEMA_FILE}", paths.schema.read_text(encoding="utf-8"))
    return files


_SCRATCH: list[Path] = []


def on_post_build(config: MkDocsConfig) -> None:
    """Remove the scratch folders of generated pages once the site is written."""
    while _SCRATCH:
        shutil.rmtree(_SCRATCH.pop(), ignore_errors=True)


def on_build_error(error: Exception) -> None:
    on_post_build(None)  # type: ignore[arg-type]


ROLE_TOC_COLLAPSED = {"faq", "levels", "examples"}  # sections whose subheadings stay out of the TOC


def on_page_context(context: dict, page, config: MkDocsConfig, nav) -> dict:
    """Keep role pages light: the table of contents lists the FAQ, levels and examples sections
    but not each question and variant (they remain headings with their own anchors)."""
    if page.file.generated_by and page.file.src_uri.startswith("roles/"):
        for item in page.toc:
            for section in item.children:
                if section.id in ROLE_TOC_COLLAPSED:
                    section.children = []
    return context


# ---- macros plugin -------------------------------------------------------------------------------


def define_env(env) -> None:
    """Register the macros that pages call. Validation runs here, before any page renders."""
    from macros import render
    from macros.catalogue import Paths

    catalogue = _catalogue(env.conf)

    def base() -> str:
        """The relative path from the page being rendered back to the docs root."""
        return "../" * env.page.file.src_uri.count("/")

    @env.macro
    def role_index() -> str:
        """Every role, grouped by department."""
        return render.role_index(catalogue, base())

    @env.macro
    def faq_hub() -> str:
        """Every FAQ question of every role, linking to its answer."""
        return render.faq_hub(catalogue, base())

    @env.macro
    def departments() -> str:
        """Role links grouped by department."""
        return render.departments(catalogue, base())

    @env.macro
    def sample_questions() -> str:
        """One FAQ question per department."""
        return render.sample_questions(catalogue, base())

    @env.macro
    def article_list() -> str:
        """Every article with its description."""
        return render.article_list(catalogue, base())

    @env.macro
    def article_roles() -> str:
        """The roles that list the current article among their related articles."""
        return render.article_roles(catalogue, Path(env.page.file.src_uri).stem, base())

    @env.macro
    def onet_changes() -> str:
        """Every change we made to O*NET technology data, role by role."""
        return render.onet_changes(catalogue, base())

    @env.macro
    def field_reference() -> str:
        """Every field of a role file, from the schema."""
        return render.field_reference(Paths(project_root(env.conf)).schema)

    updated = catalogue.last_updated()
    env.variables["last_updated"] = updated.isoformat() if updated else "not yet committed"
    env.variables["role_count"] = len(catalogue.roles)
    env.variables["question_count"] = sum(len(role.faq) for role in catalogue.roles)
