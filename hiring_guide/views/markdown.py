"""Render catalogue data to Markdown, plain text and SVG through the Jinja templates in templates/.

Every `{{ value }}` in a template is escaped for Markdown by default (the environment's
`finalize`), so data can never become a link, HTML or template code; a template marks its own
Markdown as trusted with the `md` filter.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2
import markupsafe

from hiring_guide import salary, text
from hiring_guide.catalogue import Catalogue
from hiring_guide.model import Role, Tool
from hiring_guide.sources import onet
from hiring_guide.views import builder, chart, schema_reference

TEMPLATES = Path(__file__).resolve().parent / "templates"


def markdown_environment() -> jinja2.Environment:
    """The Markdown environment; a Renderer makes one per build, so templates compile once a build."""
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
    )
    env.globals.update(salary=salary, anchor_for=text.anchor_for)
    return env


class Renderer:
    """Every page fragment and file the site makes from one catalogue.

    One per build: the template environments (Markdown, plain text, HTML) compile each template
    once for the build, and template edits show on the next `mkdocs serve` rebuild.
    """

    def __init__(self, catalogue: Catalogue, environment: jinja2.Environment | None = None) -> None:
        """Pass the environment of an earlier build to reuse its compiled templates (it reloads
        any template whose file changed)."""
        self.catalogue = catalogue
        self.schema = catalogue.schema
        self.markdown = environment or markdown_environment()
        self.plain = self.markdown.overlay(finalize=lambda v: "" if v is None else v)
        self.html = self.markdown.overlay(finalize=lambda v: markupsafe.escape("" if v is None else v))

    def render(self, template: str, **context: object) -> text.Markdown:
        return text.Markdown(self.markdown.get_template(template).render(**context))

    # ---- role pages ------------------------------------------------------------------------------

    def salary_chart(self, role: Role) -> text.Markdown:
        """An inline SVG range chart of the role's salary bands, drawn at build time."""
        estimate = self.catalogue.estimate(role.salary.soc_code)
        figure = chart.salary_chart(salary.bands(estimate), role.salary.posting_level)
        caption = (
            f"{estimate.title} (SOC {estimate.soc_code}), annual wages, BLS OEWS {estimate.release}, "
            "United States, all industries. The posting's level is highlighted."
        )
        template = self.html.get_template("salary_chart.svg.j2")
        return text.Markdown(template.render(chart=figure, caption=caption).strip())

    def posting(self, role: Role) -> builder.Posting:
        """The role's posting as structured parts: the one definition every format is made from."""
        return builder.posting(role, self.catalogue.estimate(role.salary.soc_code))

    def job_description_text(self, role: Role, posting: builder.Posting | None = None) -> str:
        """The posting as clean plain text, for the .txt download; builder.js serialises the same
        parts the same way. Pass `posting` when its parts are already made."""
        parts = posting or self.posting(role)
        return self.plain.get_template("job_description.txt.j2").render(posting=parts).strip()

    def role_page(self, role: Role, posting: builder.Posting | None = None) -> text.Markdown:
        """The body of a role page: it shows the posting formatted and links to the .txt."""
        catalogue = self.catalogue
        estimate = catalogue.estimate(role.salary.soc_code)
        posting = posting or self.posting(role)
        return self.render(
            "role.md.j2",
            base="../",
            role=role,
            posting=posting,
            reading=builder.reading_time(posting),
            reading_speed=builder.WORDS_PER_MINUTE,
            estimate=estimate,
            previous=catalogue.previous_estimate(role.salary.soc_code),
            bands=salary.bands(estimate),
            posting_band=salary.band_for(estimate, role.salary.posting_level),
            tool_rows=tool_rows(role, catalogue),
            salary_chart=self.salary_chart(role),
            onet_title=catalogue.onet.occupations.get(role.onet_code, ""),
            onet_attribution=onet.ATTRIBUTION,
            related_roles=catalogue.related_roles(role),
            updated=catalogue.updated.get(role.slug),
            related_articles=[catalogue.article(slug) for slug in role.related_articles],
        )

    def role_source(self, role: Role, posting: builder.Posting | None = None) -> str:
        """The Markdown source of a role page, front matter included, as if a person had written it.

        Generated whole, rather than as a stub that calls a macro, so the macros plugin has no page
        to compile per role: it stays with the hand-written pages that opt in.
        """
        return str(self.render("role_source.md.j2", role=role, body=self.role_page(role, posting)))

    # ---- listings for hand-written pages ---------------------------------------------------------
    # `base` is the path from the calling page back to the docs root ("" or "../"), so that the same
    # listing links correctly from the home page and from a page one folder down.

    def role_index(self, base: str) -> text.Markdown:
        return self.render("role_index.md.j2", base=base, groups=self.catalogue.by_department())

    def faq_hub(self, base: str) -> text.Markdown:
        return self.render("faq_hub.md.j2", base=base, groups=self.catalogue.by_department())

    def article_list(self, base: str) -> text.Markdown:
        return self.render("article_list.md.j2", base=base, articles=self.catalogue.articles)

    def article_roles(self, article_slug: str, base: str) -> text.Markdown:
        roles = self.catalogue.roles_for_article(article_slug)
        return self.render("article_roles.md.j2", base=base, roles=roles)

    def must_have_list(self, role: Role) -> text.Markdown:
        """A role's must-haves as a Markdown list, for articles that quote them."""
        return self.render("must_have_list.md.j2", items=role.job_description.must_have)

    def field_reference(self) -> text.Markdown:
        """The contributing page's table of every field, generated from the schema."""
        return self.render("field_reference.md.j2", rows=schema_reference.field_rows(self.schema.data))

    def onet_changes(self, base: str) -> text.Markdown:
        """For the O*NET licence: per role, which tools come from O*NET, renamed or added by us."""
        catalogue = self.catalogue
        return self.render(
            "onet_changes.md.j2", base=base, roles=catalogue.roles, onet_titles=catalogue.onet.occupations
        )

    def departments(self, base: str) -> text.Markdown:
        """Role links grouped by department, compact enough for the home page."""
        return self.render("departments.md.j2", base=base, groups=self.catalogue.by_department())

    def sample_questions(self, base: str) -> text.Markdown:
        """The first FAQ question of each department's first role: a taste of the FAQ."""
        picks = [(roles[0], roles[0].faq[0]) for _department, roles in self.catalogue.by_department()]
        return self.render("sample_questions.md.j2", base=base, picks=picks)


@dataclass(frozen=True)
class ToolRow:
    category: str  # empty after a category's first row
    tool: Tool
    onet_flags: tuple[str, ...] | None  # None: an editorial addition, not from O*NET
    onet_name: str = ""  # the broader O*NET entry the flags come from, when not the tool's own name

    @property
    def flags_text(self) -> str:
        """'Hot Technology, In Demand', 'listed' or 'our addition', naming the O*NET entry when the
        flags are borrowed from a broader one: 'Hot Technology (O*NET lists it as Facebook)'."""
        if self.onet_flags is None:
            return "our addition"
        flags = ", ".join(self.onet_flags) or "listed"
        return f"{flags} (O*NET lists it as {self.onet_name})" if self.onet_name else flags


def tool_rows(role: Role, catalogue: Catalogue) -> list[ToolRow]:
    rows = []
    for group in role.tools:
        for index, tool in enumerate(group.items):
            technology = catalogue.technology(role, tool.onet_example)
            flags = tuple(technology.flags) if technology else None
            broader = technology is not None and not text.same_name(tool.onet_example, tool.name)
            onet_name = tool.onet_example if broader else ""
            rows.append(ToolRow(group.category if index == 0 else "", tool, flags, onet_name))
    return rows
