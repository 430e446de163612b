"""Pay-transparency rows as the builder reads them, and the one definition of the posting: its
parts, the plain text made from them, the builder's data, and the reading time."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import asdict
from pathlib import Path

import pytest

from hiring_guide import salary
from hiring_guide.load import check, load_catalogue
from hiring_guide.paths import Paths
from hiring_guide.sources.oews import TOP_CODE
from hiring_guide.sources.pay_laws import posting_date, read_laws
from hiring_guide.text import word_count
from hiring_guide.views import builder
from hiring_guide.views.builder import PAY_NOTE, builder_entry, builder_json
from hiring_guide.views.markdown import Renderer
from hiring_guide.views.pay_laws import laws_json
from tests.conftest import ROOT, fixture_role, make_project

LAWS = {law.jurisdiction: law for law in read_laws(Paths(ROOT).pay_laws)}
CATALOGUE = load_catalogue(ROOT)
RENDERER = Renderer(CATALOGUE)


def test_posting_dates_come_from_the_cell_and_honour_later_enforcement():
    assert posting_date("2021-01-01 (SB23-105 amendments 2024-01-01)") == "2021-01-01"
    assert (
        posting_date("2025-12-03 (ordinance in effect); posting rule enforced from 2027-01-01")
        == "2027-01-01"
    )
    assert LAWS["Columbus, OH"].posting_from == "2027-01-01"
    assert LAWS["Delaware"].posting_from == "2027-09-26"


def test_range_in_posting_and_remote_reach_are_read_from_the_row():
    assert LAWS["California"].range_in_posting and LAWS["California"].remote == "yes"
    assert not LAWS["Nevada"].range_in_posting
    assert LAWS["Colorado"].source.startswith("https://")
    published = json.loads(laws_json(Paths(ROOT).pay_laws))
    assert len(published) == len(LAWS) == 26
    assert {row["jurisdiction"] for row in published} == set(LAWS)


# ---- the posting's parts and its plain text ------------------------------------------------------


def parse_plain_text(text: str) -> dict:
    """Read a .txt posting back into parts: title, meta lines, then titled blocks of lines."""
    head, *blocks = text.rstrip("\n").split("\n\n")
    title, *meta = head.split("\n")
    sections = []
    for block in blocks:
        section_title, *lines = block.split("\n")
        sections.append(
            {
                "title": section_title,
                "paragraphs": [line for line in lines if not line.startswith("- ")],
                "items": [line[2:] for line in lines if line.startswith("- ")],
            }
        )
    return {"title": title, "meta": meta, "sections": sections}


@pytest.mark.parametrize("slug", ["senior-backend-engineer", "financial-analyst", "engineering-manager"])
def test_plain_text_is_the_posting_parts_line_by_line(slug: str):
    role = CATALOGUE.role(slug)
    parts = RENDERER.posting(role)
    parsed = parse_plain_text(RENDERER.job_description_text(role))
    assert parsed == {
        "title": parts.title,
        "meta": [line.text for line in parts.meta],
        "sections": [
            {"title": s.title, "paragraphs": list(s.paragraphs), "items": list(s.items)}
            for s in parts.sections
        ],
    }


def test_the_posting_is_the_role_file_as_written_with_the_posting_level_band():
    role = CATALOGUE.role("senior-backend-engineer")
    jd = role.job_description
    parts = RENDERER.posting(role)
    band = salary.band_for(CATALOGUE.estimate(role.salary.soc_code), role.salary.posting_level)
    assert parts.title == jd.title
    assert [(m.key, m.value, m.note) for m in parts.meta] == [
        ("location", jd.location, ""),
        ("type", jd.employment_type, ""),
        ("pay", f"${band.low.amount:,} to ${band.high.amount:,} a year", PAY_NOTE),
    ]
    sections = {s.key: s for s in parts.sections}
    assert [s.key for s in parts.sections] == [
        "about",
        "responsibilities",
        "must_have",
        "nice_to_have",
        "perks",
    ]
    assert sections["must_have"].items == jd.must_have
    assert sections["perks"].items == jd.perks
    assert sections["about"].items == () and len(sections["about"].paragraphs) >= 1


def test_a_posting_without_nice_to_haves_has_no_empty_section(tmp_path: Path):
    catalogue, problems = check(make_project(tmp_path, {"minimal-role.yml": fixture_role("minimal-role")}))
    assert problems == []
    parts = Renderer(catalogue).posting(catalogue.roles[0])
    assert [s.key for s in parts.sections] == ["about", "responsibilities", "must_have", "perks"]
    assert "\n\nNice to have\n" not in Renderer(catalogue).job_description_text(catalogue.roles[0])


# ---- the builder's data ----------------------------------------------------------------------------


def test_builder_data_carries_the_same_parts_as_the_plain_text():
    role = CATALOGUE.role("senior-backend-engineer")
    entry = json.loads(builder_json(role, CATALOGUE))
    assert entry["posting"] == json.loads(json.dumps(asdict(RENDERER.posting(role))))
    assert entry["choices"] == ["must_have", "nice_to_have", "perks"]
    assert entry["employment_types"][0] == "Full-time" and "Contract" in entry["employment_types"]


def test_the_posting_level_changes_nothing_and_other_levels_bring_title_band_and_additions():
    role = CATALOGUE.role("senior-backend-engineer")
    entry = builder_entry(role, CATALOGUE)
    estimate = CATALOGUE.estimate(role.salary.soc_code)
    assert entry["default_level"] == role.salary.posting_level == "senior"
    assert [level["key"] for level in entry["levels"]] == [v.level for v in role.levels]
    for level, variant in zip(entry["levels"], role.levels, strict=True):
        band = salary.band_for(estimate, variant.level)
        assert (level["low"], level["high"]) == (band.low.amount, band.high.amount)
        assert level["pay"] == builder.pay_value(band)
        if variant.level == role.salary.posting_level:
            assert level["title"] == role.job_description.title
            assert level["append"] == {}
        else:
            assert level["title"] == variant.title
            assert level["append"] == {
                "responsibilities": list(variant.adds),
                "must_have": [" ".join(variant.experience.split())],
            }


def test_the_posting_level_keeps_the_postings_own_title_when_the_level_names_it_differently():
    role = CATALOGUE.role("financial-analyst")
    variant = next(v for v in role.levels if v.level == role.salary.posting_level)
    assert variant.title != role.job_description.title, "the case this test is about"
    default = next(
        lv for lv in builder_entry(role, CATALOGUE)["levels"] if lv["key"] == role.salary.posting_level
    )
    assert default["title"] == role.job_description.title


def test_a_posting_level_without_a_level_entry_is_offered_as_written():
    role = CATALOGUE.role("senior-backend-engineer")
    others = tuple(v for v in role.levels if v.level != role.salary.posting_level)
    levels = builder_entry(dataclasses.replace(role, levels=others), CATALOGUE)["levels"]
    assert [lv["key"] for lv in levels] == ["mid", "senior", "lead"]
    senior = levels[1]
    assert (senior["title"], senior["append"]) == (role.job_description.title, {})


def test_builder_marks_a_top_coded_band_and_keeps_or_more_in_its_pay_line():
    role = CATALOGUE.role("engineering-manager")
    lead = next(level for level in builder_entry(role, CATALOGUE)["levels"] if level["key"] == "lead")
    assert lead["high_or_more"] and lead["high"] == TOP_CODE
    assert lead["pay"].endswith(f"${TOP_CODE:,} or more a year")


# ---- word count and reading time -------------------------------------------------------------------


def test_word_count_skips_list_dashes_and_counts_figures_and_compounds_once():
    assert word_count("Perks\n- 401(k) matching\n- CI/CD and $133,080 - a year") == 8


def posting_of(words: int) -> builder.Posting:
    """A posting whose only words are `words` words of one paragraph."""
    return builder.Posting("", (), (builder.Section("about", "", paragraphs=(" ".join(["word"] * words),)),))


@pytest.mark.parametrize(
    ("words", "minutes"), [(1, 0.5), (119, 0.5), (120, 1.0), (238, 1.0), (239, 1.5), (357, 1.5), (358, 2.0)]
)
def test_reading_time_is_rounded_up_to_the_half_minute_at_238_words_a_minute(words: int, minutes: float):
    assert builder.reading_time(posting_of(words)) == builder.ReadingTime(words, minutes)


def test_reading_time_phrase_rounds_words_to_tens_and_prints_half_minutes():
    assert builder.ReadingTime(347, 1.5).phrase == "About 350 words, a 1.5-minute read"
    assert builder.ReadingTime(238, 1.0).phrase == "About 240 words, a 1-minute read"


def test_reading_time_counts_what_the_candidate_reads_not_our_note():
    role = CATALOGUE.role("senior-backend-engineer")
    parts = RENDERER.posting(role)
    text = RENDERER.job_description_text(role)
    assert builder.reading_time(parts).words == word_count(text) - word_count(PAY_NOTE)
