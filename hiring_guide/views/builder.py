"""The job description posting as structured parts, and the data the builder works from.

The posting is defined once, here: `posting()` gives its parts (title, meta lines, sections of
paragraphs or items). The role page's static sample and the .txt download are rendered from those
parts (templates/job_description.txt.j2), and data/builder/<slug>.json carries the same parts to
the browser, where builder.js only applies the reader's edits (company, team, location, type,
level, pay, dropped items) and serialises them the same way. A browser test holds the two
serialisations to the same bytes.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from typing import Any

from hiring_guide import salary, text
from hiring_guide.catalogue import Catalogue
from hiring_guide.model import Role
from hiring_guide.sources.oews import OesEstimate

# The pay line carries this note while its range is our reference band rather than the employer's
# own: the static sample always, the builder until the reader types a range of their own.
PAY_NOTE = "[replace with your own good-faith range; many US states and cities require one in the posting]"
WORDS_PER_MINUTE = 238  # typical adult silent reading of non-fiction in English (Brysbaert 2019)
CHOICES = ("must_have", "nice_to_have", "perks")  # the sections whose items a reader may drop


@dataclass(frozen=True)
class MetaLine:
    key: str  # "location", "type" or "pay": what the builder may replace
    label: str
    value: str
    note: str = ""

    @property
    def text(self) -> str:
        return f"{self.label}: {self.value}" + (f" {self.note}" if self.note else "")


@dataclass(frozen=True)
class Section:
    key: str  # the job_description field it comes from
    title: str
    paragraphs: tuple[str, ...] = ()
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Posting:
    title: str
    meta: tuple[MetaLine, ...]
    sections: tuple[Section, ...]

    def reading_text(self) -> str:
        """What a candidate reads: the posting's words without our note to the hiring manager."""
        lines = [self.title, *(f"{m.label}: {m.value}" for m in self.meta)]
        for section in self.sections:
            lines += [section.title, *section.paragraphs, *section.items]
        return "\n".join(lines)


@dataclass(frozen=True)
class ReadingTime:
    words: int
    minutes: float  # rounded up to the half minute

    @property
    def phrase(self) -> str:
        """'About 350 words, a 1.5-minute read'."""
        rounded = max(10, round(self.words, -1))
        return f"About {rounded:,} words, a {self.minutes:g}-minute read"


def pay_value(band: salary.Band) -> str:
    """'$133,080 to $169,000 a year', or '... to $239,200 or more a year' for a top-coded band."""
    return f"{salary.format_wage(band.low)} to {salary.format_wage(band.high)} a year"


def posting(role: Role, estimate: OesEstimate) -> Posting:
    """The role's posting as written, at its posting level, with that level's pay band.

    Every value is one line of plain text (white space collapsed), so no format can break on a
    line break inside a data value.
    """
    jd = role.job_description
    plain = text.plain
    sections = (
        Section("about", "About the role", paragraphs=tuple(text.paragraphs(jd.about))),
        Section("responsibilities", "Key responsibilities", items=tuple(map(plain, jd.responsibilities))),
        Section("must_have", "What we look for", items=tuple(map(plain, jd.must_have))),
        Section("nice_to_have", "Nice to have", items=tuple(map(plain, jd.nice_to_have))),
        Section("perks", "Perks", items=tuple(map(plain, jd.perks))),
    )
    band = salary.band_for(estimate, role.salary.posting_level)
    return Posting(
        title=plain(jd.title),
        meta=(
            MetaLine("location", "Location", plain(jd.location)),
            MetaLine("type", "Type", jd.employment_type),
            MetaLine("pay", "Pay range", pay_value(band), PAY_NOTE),
        ),
        sections=tuple(s for s in sections if s.paragraphs or s.items),
    )


def reading_time(posting: Posting, words_per_minute: int = WORDS_PER_MINUTE) -> ReadingTime:
    """Word count, and minutes at `words_per_minute` rounded up to the next half minute."""
    words = text.word_count(posting.reading_text())
    return ReadingTime(words, math.ceil(words / words_per_minute * 2) / 2)


def builder_entry(role: Role, catalogue: Catalogue) -> dict[str, Any]:
    """The posting's parts, and per level what choosing it changes.

    The posting level is the posting as written. Another level swaps in that level's title and
    band, adds its responsibilities and its experience line; the reader's own edits are the
    browser's to apply.
    """
    estimate = catalogue.estimate(role.salary.soc_code)
    jd = role.job_description
    variants = {variant.level: variant for variant in role.levels}
    posting_level = role.salary.posting_level
    levels = []
    for level in salary.LEVELS:
        if level.key not in variants and level.key != posting_level:
            continue
        band = salary.band_for(estimate, level.key)
        variant = variants.get(level.key)
        as_written = variant is None or level.key == posting_level
        levels.append(
            {
                "key": level.key,
                "label": level.label,
                "title": text.plain(jd.title if as_written else variant.title),
                "low": band.low.amount,
                "high": band.high.amount,
                "high_or_more": band.high.top_coded,
                "pay": pay_value(band),
                "append": {}
                if as_written
                else {
                    "responsibilities": [text.plain(item) for item in variant.adds],
                    "must_have": [text.plain(variant.experience)],
                },
            }
        )
    return {
        "slug": role.slug,
        "posting": asdict(posting(role, estimate)),
        "default_level": posting_level,
        "levels": levels,
        "choices": list(CHOICES),
        "employment_types": list(catalogue.schema.enum("job_description", "employment_type")),
        "pay_source": f"{estimate.title} (SOC {estimate.soc_code}), BLS OEWS {estimate.release}, US national",
    }


def builder_json(role: Role, catalogue: Catalogue) -> str:
    return json.dumps(builder_entry(role, catalogue), ensure_ascii=False, separators=(",", ":"))
