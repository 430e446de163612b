"""The data the job description builder works from, written at build time for each role."""

from __future__ import annotations

import json
from typing import Any

from hiring_guide import salary
from hiring_guide.catalogue import Catalogue
from hiring_guide.model import Role


def builder_entry(role: Role, catalogue: Catalogue) -> dict[str, Any]:
    """The posting's parts, and one entry per level with its title, pay band and additions."""
    estimate = catalogue.estimate(role.salary.soc_code)
    jd = role.job_description
    variants = {variant.level: variant for variant in role.levels}
    keys = [level.key for level in salary.LEVELS if level.key in variants] or [role.salary.posting_level]
    levels = []
    for key in keys:
        band = salary.band_for(estimate, key)
        variant = variants.get(key)
        levels.append(
            {
                "key": key,
                "label": band.level.label,
                "title": variant.title if variant else jd.title,
                "low": band.low.amount,
                "high": band.high.amount,
                "high_or_more": band.high.top_coded,
                "experience": variant.experience if variant else "",
                "adds": list(variant.adds) if variant else [],
            }
        )
    default = role.salary.posting_level if role.salary.posting_level in keys else keys[0]
    return {
        "slug": role.slug,
        "default_level": default,
        "levels": levels,
        "location": jd.location,
        "employment_type": jd.employment_type,
        "about": jd.about,
        "responsibilities": list(jd.responsibilities),
        "must_have": list(jd.must_have),
        "nice_to_have": list(jd.nice_to_have),
        "perks": list(jd.perks),
        "pay_source": f"{estimate.title} (SOC {estimate.soc_code}), BLS OEWS {estimate.release}, US national",
    }


def builder_json(role: Role, catalogue: Catalogue) -> str:
    return json.dumps(builder_entry(role, catalogue), ensure_ascii=False, separators=(",", ":"))
