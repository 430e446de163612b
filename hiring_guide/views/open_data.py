"""The open-data export: every role's data, the wage figures it uses and the terms of reuse."""

from __future__ import annotations

import json
from typing import Any

from hiring_guide import salary
from hiring_guide.catalogue import Catalogue
from hiring_guide.sources import onet

CONTENT_LICENCE = "CC-BY-4.0"
SCHEMA_FILE = "role.schema.json"


def export(catalogue: Catalogue) -> dict[str, Any]:
    """One JSON document: roles exactly as their files say (valid against the published schema),
    and, apart from them, the BLS estimates the roles refer to."""
    codes = sorted({role.salary.soc_code for role in catalogue.roles})
    return {
        "name": "Open Hiring Guide roles",
        "licence": {
            "content": CONTENT_LICENCE,
            "text": "Role texts by the Open Hiring Guide contributors, licensed under CC BY 4.0.",
        },
        "credits": {
            "wages": "Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, "
            f"{salary.LATEST_RELEASE} national estimates (public domain in the United States).",
            "onet": onet.ATTRIBUTION,
        },
        "schema": SCHEMA_FILE,
        "level_rule": salary.LEVEL_RULE,
        "roles": {role.slug: catalogue.data[role.slug] for role in catalogue.roles},
        "wages": {
            code: {
                release: _estimate(estimate)
                for release in (salary.LATEST_RELEASE, salary.PREVIOUS_RELEASE)
                if (estimate := catalogue.estimates.get((code, release)))
            }
            for code in codes
        },
    }


def _estimate(estimate: salary.OesEstimate) -> dict[str, Any]:
    return {
        "occupation": estimate.title,
        "employment": estimate.employment,
        "mean": estimate.mean,
        "percentiles": {
            name: {"amount": wage.amount, "or_more": wage.top_coded}
            for name, wage in estimate.percentiles.items()
        },
        "source": estimate.source_url,
    }


def export_json(catalogue: Catalogue) -> str:
    return json.dumps(export(catalogue), ensure_ascii=False, separators=(",", ":")) + "\n"
