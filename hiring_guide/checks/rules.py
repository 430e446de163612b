"""Rules across files that a schema cannot say: references resolve, titles and questions are
unique, and every code names a wage estimate and an O*NET occupation in the source data."""

from __future__ import annotations

from hiring_guide.checks.files import ROLE_SUFFIX
from hiring_guide.model import Article, Role
from hiring_guide.problems import Problem, field_path
from hiring_guide.sources.oews import LATEST_RELEASE, OesEstimate
from hiring_guide.sources.onet import Onet
from hiring_guide.sources.strict_yaml import Document


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
