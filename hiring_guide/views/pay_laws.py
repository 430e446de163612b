"""The pay-transparency laws as JSON, for the job description builder in the browser."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from hiring_guide.sources.pay_laws import read_laws


def laws_json(path: Path) -> str:
    laws = sorted(read_laws(path), key=lambda law: law.jurisdiction)
    return json.dumps([asdict(law) for law in laws], ensure_ascii=False, separators=(",", ":"))
