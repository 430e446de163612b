"""The macros plugin's module (`module_name: macros/main`): registers the macros pages call.

It only registers: the catalogue and the renderer come from the build state that the hook
(macros/hook.py) made in its `on_config`, which runs first. Each macro renders at call time.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

STATE = "hiring_guide_site"  # set on the MkDocs config by macros/hook.py


def define_env(env: Any) -> None:
    site = getattr(env.conf, STATE)
    renderer, catalogue = site.renderer, site.catalogue
    register = env.macro

    def macro(function: Callable[..., Any]) -> Callable[..., Any]:
        """Register a macro that records which page called it (see GuideSite.record_macro)."""

        @functools.wraps(function)
        def recorded(*args: Any) -> Any:
            site.record_macro(env.page.file.src_uri, function.__name__)
            return function(*args)

        return register(recorded)

    def base() -> str:
        """The relative path from the page being rendered back to the docs root."""
        return "../" * env.page.file.src_uri.count("/")

    @macro
    def role_index() -> str:
        """Every role, grouped by department."""
        return renderer.role_index(base())

    @macro
    def faq_hub() -> str:
        """Every FAQ question of every role, linking to its answer."""
        return renderer.faq_hub(base())

    @macro
    def departments() -> str:
        """Role links grouped by department."""
        return renderer.departments(base())

    @macro
    def sample_questions() -> str:
        """One FAQ question per department."""
        return renderer.sample_questions(base())

    @macro
    def article_list() -> str:
        """Every article with its description."""
        return renderer.article_list(base())

    @macro
    def article_roles() -> str:
        """The roles that list the current article among their related articles."""
        return renderer.article_roles(Path(env.page.file.src_uri).stem, base())

    @macro
    def onet_changes() -> str:
        """Every change we made to O*NET technology data, role by role."""
        return renderer.onet_changes(base())

    @macro
    def field_reference() -> str:
        """Every field of a role file, from the schema."""
        return renderer.field_reference()

    @macro
    def must_have_count(slug: str) -> int:
        """How many must-haves a role's posting lists, for articles that cite it."""
        return len(catalogue.role(slug).job_description.must_have)

    @macro
    def must_have_list(slug: str) -> str:
        """A role's must-haves as a Markdown list, quoted from its data file."""
        return renderer.must_have_list(catalogue.role(slug))

    updated = catalogue.last_updated()
    env.variables["last_updated"] = updated.isoformat() if updated else "not yet committed"
    env.variables["role_count"] = len(catalogue.roles)
    env.variables["question_count"] = sum(len(role.faq) for role in catalogue.roles)
