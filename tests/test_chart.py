"""The salary chart's geometry: bars on one shared axis, in order, proportional to the wages."""

from __future__ import annotations

import pytest

from hiring_guide import salary
from hiring_guide.paths import Paths
from hiring_guide.sources.oews import read_estimates
from hiring_guide.views import chart
from tests.conftest import ROOT

ESTIMATES = read_estimates(Paths(ROOT).wages)


def chart_for(soc: str, level: str = "senior", release: str = salary.LATEST_RELEASE) -> chart.Chart:
    return chart.salary_chart(salary.bands(ESTIMATES[(soc, release)]), level)


@pytest.mark.parametrize("soc", sorted(soc for soc, release in ESTIMATES if release == salary.LATEST_RELEASE))
def test_bars_stay_inside_the_plot_and_follow_the_levels(soc: str):
    figure = chart_for(soc)
    right = figure.width - chart.RIGHT
    assert [bar.label for bar in figure.bars] == [level.label for level in salary.LEVELS]
    for bar in figure.bars:
        assert figure.left <= bar.x and bar.x + bar.width <= right + 0.1
        assert bar.width > 0
    for before, after in zip(figure.bars, figure.bars[1:], strict=False):
        assert abs(before.x + before.width - after.x) < 0.2, "adjacent bands share their boundary"
        assert after.y > before.y
    assert (
        figure.ticks[0].x <= figure.bars[0].x
        and figure.bars[-1].x + figure.bars[-1].width <= figure.ticks[-1].x
    )


def test_widths_are_proportional_to_the_wage_ranges():
    figure = chart_for("15-1252")
    bands = salary.bands(ESTIMATES[("15-1252", salary.LATEST_RELEASE)])
    per_dollar = [
        bar.width / (band.high.amount - band.low.amount) for bar, band in zip(figure.bars, bands, strict=True)
    ]
    assert max(per_dollar) - min(per_dollar) < 0.0005


def test_the_posting_level_is_highlighted_and_the_text_alternative_lists_every_band():
    figure = chart_for("15-1252", "mid")
    assert [bar.highlighted for bar in figure.bars] == [False, True, False, False]
    for bar in figure.bars:
        assert f"{bar.label}: {bar.text}" in figure.summary


def test_a_top_coded_wage_is_drawn_to_the_cap_and_labelled_or_more():
    figure = chart_for("11-3021", "lead", release="May 2024")  # the last release that top-codes
    lead = figure.bars[-1]
    assert lead.text.endswith("$239,200 or more")
    assert figure.ticks[-1].x >= lead.x + lead.width


@pytest.mark.parametrize(
    ("span", "step"), [(131_600, 25_000), (40_000, 10_000), (9_000, 2_000), (600_000, 100_000)]
)
def test_tick_steps_are_round(span: int, step: int):
    assert chart.nice_step(span) == step
