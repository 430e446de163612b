"""What the compare page needs of a role, small enough to fetch two or three at a time."""

from __future__ import annotations

import json
from typing import Any

from hiring_guide import salary
from hiring_guide.catalogue import Catalogue
from hiring_guide.model import Role


def compare_entry(role: Role, catalogue: Catalogue) -> dict[str, Any]:
    """Salary bands (formatted, with their source), responsibilities, hard skills and tools."""
    estimate = catalogue.estimate(role.salary.soc_code)
    return {
        "slug": role.slug,
        "title": role.title,
        "department": role.department,
        "summary": role.summary,
        "salary": {
            "occupation": f"{estimate.title} (SOC {estimate.soc_code})",
            "source": f"BLS OEWS {estimate.release}, US national, all industries",
            "posting_level": role.salary.posting_level,
            "bands": [
                {
                    "level": band.level.key,
                    "label": band.level.label,
                    "range": f"{salary.format_wage(band.low)} to {salary.format_wage(band.high)}",
                }
                for band in salary.bands(estimate)
            ],
        },
        "responsibilities": [item.name for item in role.responsibilities],
        "hard_skills": list(role.qualifications.hard_skills),
        "tools": [{"category": g.category, "names": [t.name for t in g.items]} for g in role.tools],
    }


def compare_json(role: Role, catalogue: Catalogue) -> str:
    return json.dumps(compare_entry(role, catalogue), ensure_ascii=False, separators=(",", ":"))


def compare_index(catalogue: Catalogue) -> str:
    """Slug, title and department of every role, for the compare page's pickers."""
    entries = [{"slug": r.slug, "title": r.title, "department": r.department} for r in catalogue.roles]
    return json.dumps(entries, ensure_ascii=False, separators=(",", ":"))
