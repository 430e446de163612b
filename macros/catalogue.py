"""Load every data file, validate all of it, and hand out typed, cross-checked roles.

Nothing renders until everything is valid: problems from every file are gathered and raised
together, so a contributor fixes them in one pass.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from macros.advice import advice_for
from macros.history import last_changed
from macros.model import Article, Role
from macros.onet import Onet, Technology, read_onet
from macros.problems import DataError, Problem, field_path
from macros.salary import LATEST_RELEASE, PREVIOUS_RELEASE, OesEstimate, read_estimates
from macros.strict_yaml import Document, YamlProblem, read_file
from macros.validate import ROLE_SUFFIX, placeholder_problems, schema_problems, slug_problems

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Paths:
    """Where a project keeps its inputs; tests point this at fixture projects."""

    root: Path

    @property
    def roles(self) -> Path:
        return self.root / "data" / "roles"

    @property
    def schema(self) -> Path:
        return self.root / "data" / "schema" / "role.schema.json"

    @property
    def wages(self) -> Path:
        return self.root / "data" / "sources" / "bls-oews-national.csv"

    @property
    def onet_occupations(self) -> Path:
        return self.root / "data" / "sources" / "onet-occupations.csv"

    @property
    def onet_technology(self) -> Path:
        return self.root / "data" / "sources" / "onet-technology-skills.csv"

    @property
    def pay_laws(self) -> Path:
        return self.root / "data" / "sources" / "pay-transparency-us.csv"

    @property
    def articles(self) -> Path:
        return self.root / "docs" / "articles"


@dataclass(frozen=True)
class Catalogue:
    """Every role and article of the site, and the wage estimates they refer to."""

    roles: tuple[Role, ...]  # sorted by title
    articles: tuple[Article, ...]  # sorted by title
    estimates: dict[tuple[str, str], OesEstimate]
    onet: Onet
    data: dict[str, dict[str, Any]]  # each role's validated file content, for the open data export
    updated: dict[str, date]  # slug -> date of the last commit that changed its file

    @cached_property
    def _by_slug(self) -> dict[str, Role]:
        return {role.slug: role for role in self.roles}

    @cached_property
    def _named_by(self) -> dict[str, list[str]]:
        """For each role, the roles whose files name it as related: built once, not per page."""
        named: dict[str, list[str]] = defaultdict(list)
        for other in self.roles:
            for slug in other.related_roles:
                named[slug].append(other.slug)
        return named

    def related_roles(self, role: Role) -> list[Role]:
        """Roles this one names, then roles that name it: a relation declared once shows both ways."""
        slugs = list(role.related_roles)
        slugs += [slug for slug in self._named_by.get(role.slug, ()) if slug not in slugs]
        return [self._by_slug[slug] for slug in slugs]

    def last_updated(self) -> date | None:
        return max(self.updated.values(), default=None)

    def technology(self, role: Role, example: str) -> Technology | None:
        return self.onet.technology(role.onet_code, example) if example else None

    def role(self, slug: str) -> Role:
        return self._by_slug[slug]

    def article(self, slug: str) -> Article:
        return next(article for article in self.articles if article.slug == slug)

    def estimate(self, soc_code: str, release: str = LATEST_RELEASE) -> OesEstimate:
        return self.estimates[(soc_code, release)]

    def previous_estimate(self, soc_code: str) -> OesEstimate | None:
        return self.estimates.get((soc_code, PREVIOUS_RELEASE))

    def by_department(self) -> list[tuple[str, list[Role]]]:
        groups: dict[str, list[Role]] = defaultdict(list)
        for role in self.roles:
            groups[role.department].append(role)
        return sorted(groups.items())

    def roles_for_article(self, article_slug: str) -> list[Role]:
        return [role for role in self.roles if article_slug in role.related_articles]


def role_files(paths: Paths) -> list[Path]:
    """Every entry of data/roles/ (hidden files excepted): a wrong one is reported, never skipped."""
    if not paths.roles.is_dir():
        return []
    return sorted(p for p in paths.roles.iterdir() if not p.name.startswith("."))


def read_articles(paths: Paths) -> list[Article]:
    """Articles are our own Markdown; their front matter gives title and description."""
    articles = []
    for path in sorted(paths.articles.glob("*.md")):
        if path.name == "index.md":
            continue
        text = path.read_text(encoding="utf-8")
        meta = yaml.safe_load(text.split("---", 2)[1]) if text.startswith("---") else {}
        articles.append(Article(path.stem, meta.get("title", path.stem), meta.get("description", "")))
    return sorted(articles, key=lambda a: a.title)


def check(root: Path, only: list[Path] | None = None) -> tuple[Catalogue | None, list[Problem]]:
    """Validate the project at `root`; with `only`, report problems of those files alone."""
    paths = Paths(root)
    problems: list[Problem] = []
    docs: dict[str, tuple[str, Document]] = {}
    for path in role_files(paths):
        display = path.relative_to(root).as_posix()
        found = slug_problems(path, display)
        page = root / "docs" / "roles" / f"{path.stem}.md"
        if not found and page.exists():
            found = [
                Problem(
                    display,
                    1,
                    1,
                    "",
                    f"docs/roles/{path.stem}.md already uses this role's address",
                    "rename the role file or the page",
                )
            ]
        if not found:
            try:
                doc = read_file(path)
            except YamlProblem as exc:
                found = [exc.to_problem(display)]
            else:
                placeholders = placeholder_problems(doc, display)
                held = {p.field for p in placeholders}  # a TODO explains itself; skip its schema echo
                found = placeholders + [
                    p for p in schema_problems(doc, display, paths.schema) if p.field not in held
                ]
                if not found:
                    docs[path.stem] = (display, doc)
        problems.extend(found)

    estimates = read_estimates(paths.wages)
    onet = read_onet(paths.onet_occupations, paths.onet_technology)
    articles = read_articles(paths)
    roles = [Role.from_data(slug, display, doc.data) for slug, (display, doc) in docs.items()]
    for role in roles:
        problems.extend(advice_for(role, docs[role.slug][1]))
    problems.extend(
        cross_file_problems(roles, {s: d for s, (_, d) in docs.items()}, estimates, onet, articles)
    )

    if only is not None:
        wanted = {p.relative_to(root).as_posix() if p.is_relative_to(root) else str(p) for p in only}
        problems = [p for p in problems if p.path in wanted]
    if any(p.severity == "error" for p in problems):
        return None, problems
    history = last_changed(root, "data/roles")
    catalogue = Catalogue(
        roles=tuple(sorted(roles, key=lambda r: r.title)),
        articles=tuple(articles),
        estimates=estimates,
        onet=onet,
        data={slug: doc.data for slug, (_display, doc) in docs.items()},
        updated={role.slug: history[role.source] for role in roles if role.source in history},
    )
    return catalogue, problems


def cross_file_problems(
    roles: list[Role],
    docs: dict[str, Document],
    estimates: dict[tuple[str, str], OesEstimate],
    onet: Onet,
    articles: list[Article],
) -> list[Problem]:
    """Rules across files: references resolve, titles and questions are unique, wages exist."""
    problems: list[Problem] = []
    slugs = {role.slug for role in roles}
    article_slugs = {article.slug for article in articles}
    titles: dict[str, str] = {}

    def at(role: Role, path: tuple[str | int, ...], message: str, hint: str = "") -> None:
        mark = docs[role.slug].mark(path)

        problems.append(Problem(role.source, mark.line, mark.column, field_path(path), message, hint))

    for role in roles:
        if role.title.casefold() in titles:
            at(
                role,
                ("title",),
                f"title is already used by {titles[role.title.casefold()]}",
                "each role needs its own title",
            )
        titles.setdefault(role.title.casefold(), role.source)
        for index, slug in enumerate(role.related_roles):
            if slug == role.slug:
                at(role, ("related_roles", index), "a role cannot be related to itself")
            elif slug not in slugs:
                at(
                    role,
                    ("related_roles", index),
                    f"no role file data/roles/{slug}{ROLE_SUFFIX}",
                    "use the file name of an existing role, without .yml",
                )
        for index, slug in enumerate(role.related_articles):
            if slug not in article_slugs:
                at(
                    role,
                    ("related_articles", index),
                    f"no article docs/articles/{slug}.md",
                    f"existing articles: {', '.join(sorted(article_slugs)) or 'none'}",
                )
        if (role.salary.soc_code, LATEST_RELEASE) not in estimates:
            at(
                role,
                ("salary", "soc_code"),
                f"no {LATEST_RELEASE} wage estimate for SOC code {role.salary.soc_code}",
                "use a code listed in data/sources/bls-oews-national.csv",
            )
        if role.onet_code not in onet.occupations:
            at(
                role,
                ("onet_code",),
                f"no O*NET occupation {role.onet_code}",
                "use a code listed in data/sources/onet-occupations.csv",
            )
        else:
            for g, group in enumerate(role.tools):
                for t, tool in enumerate(group.items):
                    if tool.onet_example and not onet.technology(role.onet_code, tool.onet_example):
                        at(
                            role,
                            ("tools", g, "items", t, "onet_example"),
                            f"'{tool.onet_example}' is not in O*NET's technology list for {role.onet_code}",
                            "copy the name exactly from data/sources/onet-technology-skills.csv, "
                            "or leave onet_example out for an editorial addition",
                        )
        anchors: dict[str, int] = {}
        for index, question in enumerate(role.faq):
            if question.anchor in anchors:
                at(
                    role,
                    ("faq", index, "question"),
                    f"question gives the same link anchor as faq[{anchors[question.anchor]}]",
                    "reword one of the two questions",
                )
            anchors.setdefault(question.anchor, index)
    return problems


_cache: dict[tuple[object, ...], Catalogue] = {}


def load_catalogue(root: Path = ROOT) -> Catalogue:
    """The validated catalogue, or DataError with every blocking problem.

    Cached by the names, sizes and times of the input files, so the MkDocs hook and the macros
    module share one load per build while `mkdocs serve` still sees every edit.
    """
    paths = Paths(root)
    sources = [paths.schema, paths.wages, paths.onet_occupations, paths.onet_technology]
    inputs = [*role_files(paths), *sources, *sorted(paths.articles.glob("*.md"))]
    key = (root, *((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in inputs if p.exists()))
    if key not in _cache:
        catalogue, problems = check(root)
        if catalogue is None:
            raise DataError([p for p in problems if p.severity == "error"])
        _cache.clear()
        _cache[key] = catalogue
    return _cache[key]
