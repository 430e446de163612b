"""Rules across files that a schema cannot say: references resolve, titles, questions and employers
are unique, every role is related to another, and every code names a wage estimate and an O*NET
occupation in the source data, whose technology list the tools start from."""

from __future__ import annotations

from collections import Counter

from hiring_guide.checks.files import ROLE_SUFFIX
from hiring_guide.model import Article, Role
from hiring_guide.problems import Problem, field_path, plural
from hiring_guide.sources.oews import LATEST_RELEASE, OesEstimate
from hiring_guide.sources.onet import Onet
from hiring_guide.sources.strict_yaml import Document


def cross_file_problems(
    roles: list[Role],
    docs: dict[str, Document],
    estimates: dict[tuple[str, str], OesEstimate],
    onet: Onet,
    articles: list[Article],
    present: set[str] | None = None,
) -> list[Problem]:
    """Rules across files: references resolve, titles and questions are unique, wages exist.

    `present` names every role file there is, valid or not: a reference to a file with problems
    of its own is not reported again as missing.
    """
    problems: list[Problem] = []
    slugs = {role.slug for role in roles}
    present = slugs | (present or set())
    named = {slug for role in roles for slug in role.related_roles}
    technologies = Counter(code for code, _example in onet.technologies)
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
            elif slug not in present:
                at(
                    role,
                    ("related_roles", index),
                    f"no role file data/roles/{slug}{ROLE_SUFFIX}",
                    "use the file name of an existing role, without .yml",
                )
        if len(slugs) > 1 and not role.related_roles and role.slug not in named:
            at(
                role,
                ("related_roles",),
                "no related role: this role names none and no other role names it",
                "list at least one role a candidate for this job might also consider",
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
        elif technologies[role.onet_code] and not any(
            tool.onet_example for group in role.tools for tool in group.items
        ):
            listed = plural(technologies[role.onet_code], "technology", "technologies")
            at(
                role,
                ("tools",),
                f"no tool has an onet_example, though O*NET lists {listed} for {role.onet_code}",
                "start from O*NET: give the tools it lists an onet_example, copied exactly from "
                "data/sources/onet-technology-skills.csv",
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
        employers: dict[str, int] = {}
        for index, example in enumerate(role.examples):
            if example.employer.casefold() in employers:
                at(
                    role,
                    ("examples", index, "employer"),
                    f"employer is already used by examples[{employers[example.employer.casefold()]}]",
                    "each example is for a different kind of employer",
                )
            employers.setdefault(example.employer.casefold(), index)
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
