"""The catalogue: every validated role and article, with the source data they refer to and the
lookups the views need (related roles both ways, roles by department, wage estimates)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

from hiring_guide.checks.schema import RoleSchema
from hiring_guide.model import Article, Role
from hiring_guide.paths import Paths
from hiring_guide.sources.oews import LATEST_RELEASE, PREVIOUS_RELEASE, OesEstimate
from hiring_guide.sources.onet import Onet, Technology


@dataclass(frozen=True)
class Catalogue:
    """Every role and article of the site, and the wage estimates they refer to."""

    roles: tuple[Role, ...]  # sorted by title
    articles: tuple[Article, ...]  # sorted by title
    estimates: dict[tuple[str, str], OesEstimate]
    onet: Onet
    data: dict[str, dict[str, Any]]  # each role's validated file content, for the open data export
    keys: dict[str, str]  # slug -> content key of its file (file, schema, O*NET titles and code)
    updated: dict[str, date]  # slug -> date of the last commit that changed its file
    paths: Paths  # where the project's inputs are
    schema: RoleSchema  # the contract the roles were checked against; the views read its enums

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
