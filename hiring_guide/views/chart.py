"""Geometry of the salary range chart: numbers in, positions out; the SVG itself is a template."""

from __future__ import annotations

import math
from dataclasses import dataclass

from hiring_guide.salary import Band, format_wage

WIDTH = 640
ROW = 34
TOP = 8
LEFT = 150  # room for the level labels
RIGHT = 24
AXIS = 28  # room for the axis labels under the bars


@dataclass(frozen=True)
class Bar:
    label: str
    x: float
    width: float
    y: float
    text: str  # "$79,850 to $103,050"
    highlighted: bool


@dataclass(frozen=True)
class Tick:
    x: float
    text: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: int
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]
    summary: str  # the text alternative


def nice_step(span: float, count: int = 6) -> int:
    """A round tick step (1, 2, 2.5 or 5 times a power of ten) giving at most `count` intervals."""
    raw = span / count
    power = 10 ** math.floor(math.log10(raw))
    return int(next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw))


def salary_chart(bands: list[Band], highlight: str) -> Chart:
    """Bars from each band's low to high wage on one shared axis; `highlight` is a level key."""
    low = min(b.low.amount for b in bands)
    high = max(b.high.amount for b in bands)
    step = nice_step(high - low)
    start = math.floor(low / step) * step
    end = math.ceil(high / step) * step
    plot = WIDTH - LEFT - RIGHT

    def x(amount: int) -> float:
        return round(LEFT + (amount - start) / (end - start) * plot, 1)

    bars = tuple(
        Bar(
            label=band.level.label,
            x=x(band.low.amount),
            width=round(x(band.high.amount) - x(band.low.amount), 1),
            y=TOP + index * ROW,
            text=f"{format_wage(band.low)} to {format_wage(band.high)}",
            highlighted=band.level.key == highlight,
        )
        for index, band in enumerate(bands)
    )
    ticks = tuple(Tick(x(amount), f"${amount // 1000:,}k") for amount in range(start, end + 1, step))
    summary = "; ".join(f"{bar.label}: {bar.text}" for bar in bars)
    return Chart(WIDTH, TOP + len(bars) * ROW + AXIS, LEFT, bars, ticks, summary)
