"""Render catalogue data to Markdown through the Jinja templates in macros/templates/.

Every `{{ value }}` in a template is escaped for Markdown by default (the environment's
`finalize`), so data can never become a link, HTML or template code; a template marks its own
Markdown as trusted with the `md` filter.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jinja2
import markupsafe

from macros import chart, onet, salary, schema_reference, text
from macros.catalogue import Catalogue
from macros.model import Role, Tool

TEMPLATES = Path(__file__).resolve().parent / "templates"
SCHEMA = Path(__file__).resolve().parent.parent / "data" / "schema" / "role.schema.json"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """One environment per process: templates compile once, not once per page."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        finalize=text.escape_markdown,
        autoescape=False,  # output is Markdown, escaped by `finalize`
        comment_start_string="{##",  # `{#id}` is Markdown's heading-anchor syntax, not a comment
        comment_end_string="##}",
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=True,  # `mkdocs serve` picks up template edits
    )
    env.filters.update(
        md=text.Markdown,
        paragraphs=text.paragraphs,
        wage=lambda w: text.Markdown(text.escape_markdown(salary.format_wage(w))),
        wage_amount=lambda n: text.Markdown(text.escape_markdown(text.money(n))),
        front_matter=lambda v: text.Markdown(text.front_matter_string(v)),
        fence=_fence,
    )
    env.globals.update(salary=salary, anchor_for=text.anchor_for)
    return env


@lru_cache(maxsize=1)
def plain_environment() -> jinja2.Environment:
    """The same templates for plain text, which is not Markdown: no escaping in `finalize`."""
    return environment().overlay(finalize=lambda v: "" if v is None else v)


@lru_cache(maxsize=1)
def html_environment() -> jinja2.Environment:
    """The same templates for raw HTML blocks (Markdown leaves them alone): HTML escaping."""
    return environment().overlay(finalize=lambda v: markupsafe.escape("" if v is None else v))


def salary_chart(role: Role, catalogue: Catalogue) -> text.Markdown:
    """An inline SVG range chart of the role's salary bands, drawn at build time."""
    estimate = catalogue.estimate(role.salary.soc_code)
    figure = chart.salary_chart(salary.bands(estimate), role.salary.posting_level)
    caption = (
        f"{estimate.title} (SOC {estimate.soc_code}), annual wages, BLS OEWS {estimate.release}, "
        "United States, all industries. The posting's level is highlighted."
    )
    template = html_environment().get_template("salary_chart.svg.j2")
    return text.Markdown(template.render(chart=figure, caption=caption).strip())


@lru_cache(maxsize=1)
def employment_types() -> tuple[str, ...]:
    """The employment types the schema allows, read once per build rather than once per page."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return tuple(schema["properties"]["job_description"]["properties"]["employment_type"]["enum"])


def builder_form(role: Role) -> text.Markdown:
    """The job description builder's form; builder.js fills and wires it in the browser."""
    template = html_environment().get_template("builder.html.j2")
    return text.Markdown(template.render(role=role, employment_types=employment_types()).strip())


def _fence(body: str) -> text.Markdown:
    """A fenced plain-text block whose fence is longer than any backtick run inside it."""
    longest = max((len(run) for run in body.split("\n") for run in _backtick_runs(run)), default=0)
    fence = "`" * max(3, longest + 1)
    return text.Markdown(f"{fence} {{ .text .job-description }}\n{body}\n{fence}")


def _backtick_runs(line: str) -> list[str]:
    runs, current = [], ""
    for char in line:
        if char == "`":
            current += char
        elif current:
            runs.append(current)
            current = ""
    return [*runs, current] if current else runs


def render(template: str, **context: object) -> text.Markdown:
    return text.Markdown(environment().get_template(template).render(**context))


def job_description_text(role: Role, catalogue: Catalogue) -> str:
    """The sample as clean plain text, for the copy button and the .txt download."""
    estimate = catalogue.estimate(role.salary.soc_code)
    band = salary.band_for(estimate, role.salary.posting_level)
    return (
        plain_environment()
        .get_template("job_description.txt.j2")
        .render(
            role=role, jd=role.job_description, band=band, estimate=estimate, format_wage=salary.format_wage
        )
        .strip()
    )


@dataclass(frozen=True)
class ToolRow:
    category: str  # empty after a category's first row
    tool: Tool
    onet_flags: tuple[str, ...] | None  # None: an editorial addition, not from O*NET


def tool_rows(role: Role, catalogue: Catalogue) -> list[ToolRow]:
    rows = []
    for group in role.tools:
        for index, tool in enumerate(group.items):
            technology = catalogue.technology(role, tool.onet_example)
            flags = tuple(technology.flags) if technology else None
            rows.append(ToolRow(group.category if index == 0 else "", tool, flags))
    return rows


def role_page(role: Role, catalogue: Catalogue, jd_text: str | None = None) -> text.Markdown:
    """The body of a role page; pass `jd_text` when the plain-text posting is already rendered."""
    estimate = catalogue.estimate(role.salary.soc_code)
    return render(
        "role.md.j2",
        base="../",
        role=role,
        jd=role.job_description,
        estimate=estimate,
        previous=catalogue.previous_estimate(role.salary.soc_code),
        bands=salary.bands(estimate),
        posting_band=salary.band_for(estimate, role.salary.posting_level),
        jd_text=jd_text if jd_text is not None else job_description_text(role, catalogue),
        tool_rows=tool_rows(role, catalogue),
        salary_chart=salary_chart(role, catalogue),
        builder_form=builder_form(role),
        onet_title=catalogue.onet.occupations.get(role.onet_code, ""),
        onet_attribution=onet.ATTRIBUTION,
        related_roles=catalogue.related_roles(role),
        updated=catalogue.updated.get(role.slug),
        related_articles=[catalogue.article(slug) for slug in role.related_articles],
    )


def role_source(role: Role, catalogue: Catalogue, jd_text: str | None = None) -> str:
    """The Markdown source of a role page, front matter included, as if a person had written it.

    Generated whole, rather than as a stub that calls a macro, so the macros plugin has no page
    to compile per role: it stays with the hand-written pages that opt in.
    """
    return str(render("role_source.md.j2", role=role, body=role_page(role, catalogue, jd_text)))


# `base` is the path from the calling page back to the docs root ("" or "../"), so that the same
# listing links correctly from the home page and from a page one folder down.


def role_index(catalogue: Catalogue, base: str) -> text.Markdown:
    return render("role_index.md.j2", base=base, groups=catalogue.by_department())


def faq_hub(catalogue: Catalogue, base: str) -> text.Markdown:
    return render("faq_hub.md.j2", base=base, groups=catalogue.by_department())


def article_list(catalogue: Catalogue, base: str) -> text.Markdown:
    return render("article_list.md.j2", base=base, articles=catalogue.articles)


def article_roles(catalogue: Catalogue, article_slug: str, base: str) -> text.Markdown:
    return render("article_roles.md.j2", base=base, roles=catalogue.roles_for_article(article_slug))


def field_reference(schema_path: Path) -> text.Markdown:
    """The contributing page's table of every field, generated from the schema."""
    return render("field_reference.md.j2", rows=schema_reference.field_rows(schema_path))


def onet_changes(catalogue: Catalogue, base: str) -> text.Markdown:
    """For the O*NET licence: per role, which tools come from O*NET, renamed or added by us."""
    return render(
        "onet_changes.md.j2", base=base, roles=catalogue.roles, onet_titles=catalogue.onet.occupations
    )


def departments(catalogue: Catalogue, base: str) -> text.Markdown:
    """Role links grouped by department, compact enough for the home page."""
    return render("departments.md.j2", base=base, groups=catalogue.by_department())


def sample_questions(catalogue: Catalogue, base: str) -> text.Markdown:
    """The first FAQ question of each department's first role: a taste of the FAQ."""
    picks = [(roles[0], roles[0].faq[0]) for _department, roles in catalogue.by_department()]
    return render("sample_questions.md.j2", base=base, picks=picks)
