"""Where a project keeps its inputs. Tests and the benchmark point this at other project folders."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # this repository


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
    def onet_alternate_titles(self) -> Path:
        return self.root / "data" / "sources" / "onet-alternate-titles.csv"

    @property
    def onet_reported_titles(self) -> Path:
        return self.root / "data" / "sources" / "onet-reported-titles.csv"

    @property
    def pay_laws(self) -> Path:
        return self.root / "data" / "sources" / "pay-transparency-us.csv"

    @property
    def articles(self) -> Path:
        return self.root / "docs" / "articles"

    @property
    def cache(self) -> Path:
        """Checked role files, kept between runs (ignored by git; safe to delete)."""
        return self.root / ".cache" / "hiring-guide"
