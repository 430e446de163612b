"""The domain: a Role is validated data with a few derived values, never a dict passed around."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hiring_guide.text import anchor_for


@dataclass(frozen=True)
class JobDescription:
    title: str
    location: str
    employment_type: str
    about: str
    responsibilities: tuple[str, ...]
    must_have: tuple[str, ...]
    nice_to_have: tuple[str, ...]
    perks: tuple[str, ...]


@dataclass(frozen=True)
class Responsibility:
    name: str
    detail: str


@dataclass(frozen=True)
class SoftSkill:
    skill: str
    how_to_assess: str


@dataclass(frozen=True)
class Qualifications:
    prerequisites: tuple[str, ...]
    hard_skills: tuple[str, ...]
    soft_skills: tuple[SoftSkill, ...]


@dataclass(frozen=True)
class LevelVariant:
    """How the role changes at one experience level."""

    level: str
    title: str
    scope: str
    autonomy: str
    experience: str
    adds: tuple[str, ...]


@dataclass(frozen=True)
class Question:
    """One FAQ entry; its anchor is derived from the question so links survive reordering."""

    question: str
    answer: str
    anchor: str


@dataclass(frozen=True)
class Tool:
    name: str
    use: str
    note: str
    onet_example: str  # empty for an editorial addition


@dataclass(frozen=True)
class ToolCategory:
    category: str
    items: tuple[Tool, ...]


@dataclass(frozen=True)
class Example:
    employer: str
    title: str
    about: str
    responsibilities: tuple[str, ...]
    requirements: tuple[str, ...]
    what_differs: str


@dataclass(frozen=True)
class SalaryChoice:
    soc_code: str
    posting_level: str
    rationale: str


@dataclass(frozen=True)
class Role:
    slug: str
    source: str  # the data file, relative to the repository root
    title: str
    department: str
    summary: str
    salary: SalaryChoice
    onet_code: str
    job_description: JobDescription
    responsibilities: tuple[Responsibility, ...]
    qualifications: Qualifications
    levels: tuple[LevelVariant, ...]
    faq: tuple[Question, ...]
    tools: tuple[ToolCategory, ...]
    examples: tuple[Example, ...]
    related_roles: tuple[str, ...]
    related_articles: tuple[str, ...]

    @property
    def url(self) -> str:
        """The role page's path in the docs tree, for links between pages."""
        return f"roles/{self.slug}.md"

    @classmethod
    def from_data(cls, slug: str, source: str, data: dict[str, Any]) -> Role:
        """Build a Role from data that has already passed the schema."""
        jd = data["job_description"]
        quals = data["qualifications"]
        return cls(
            slug=slug,
            source=source,
            title=data["title"],
            department=data["department"],
            summary=data["summary"],
            salary=SalaryChoice(
                soc_code=data["salary"]["soc_code"],
                posting_level=data["salary"]["posting_level"],
                rationale=data["salary"].get("rationale", ""),
            ),
            onet_code=data["onet_code"],
            job_description=JobDescription(
                title=jd["title"],
                location=jd["location"],
                employment_type=jd["employment_type"],
                about=jd["about"],
                responsibilities=tuple(jd["responsibilities"]),
                must_have=tuple(jd["must_have"]),
                nice_to_have=tuple(jd.get("nice_to_have", ())),
                perks=tuple(jd["perks"]),
            ),
            responsibilities=tuple(Responsibility(**item) for item in data["responsibilities"]),
            qualifications=Qualifications(
                prerequisites=tuple(quals["prerequisites"]),
                hard_skills=tuple(quals["hard_skills"]),
                soft_skills=tuple(SoftSkill(**item) for item in quals["soft_skills"]),
            ),
            levels=tuple(
                LevelVariant(**{**item, "adds": tuple(item["adds"])}) for item in data.get("levels", ())
            ),
            faq=tuple(
                Question(item["question"], item["answer"], item.get("anchor") or anchor_for(item["question"]))
                for item in data["faq"]
            ),
            tools=tuple(
                ToolCategory(
                    group["category"],
                    tuple(
                        Tool(t["name"], t["use"], t.get("note", ""), t.get("onet_example", ""))
                        for t in group["items"]
                    ),
                )
                for group in data["tools"]
            ),
            examples=tuple(
                Example(
                    employer=ex["employer"],
                    title=ex["title"],
                    about=ex["about"],
                    responsibilities=tuple(ex["responsibilities"]),
                    requirements=tuple(ex["requirements"]),
                    what_differs=ex["what_differs"],
                )
                for ex in data["examples"]
            ),
            related_roles=tuple(data["related_roles"]),
            related_articles=tuple(data["related_articles"]),
        )


@dataclass(frozen=True)
class Article:
    """A hand-written guide under docs/articles/, known by its slug and front-matter title."""

    slug: str
    title: str
    description: str

    @property
    def url(self) -> str:
        return f"articles/{self.slug}.md"
