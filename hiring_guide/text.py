"""Turning data text into safe Markdown, stable anchors and readable figures."""

from __future__ import annotations

import html
import json
import re
import unicodedata

# Every ASCII punctuation character; with pymdownx.escapeall a backslash makes any of them literal,
# so no data value can open a link, an HTML tag, an attribute list or a template expression.
_MARKDOWN_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")
_BLANK_LINE = re.compile(r"\n\s*\n")


class Markdown(str):
    """Markdown produced by our own templates: trusted, so it is not escaped a second time."""

    __slots__ = ()


def plain(text: str) -> str:
    """Collapse all white space (newlines, indentation) to single spaces."""
    return " ".join(text.split())


def escape_markdown(value: object) -> str:
    """Make a data value appear literally in Markdown; trusted Markdown passes through."""
    if isinstance(value, Markdown):
        return value
    if value is None:
        return ""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", plain(str(value)))


def paragraphs(text: str) -> list[str]:
    """Split text on blank lines into paragraphs of plain text."""
    return [plain(part) for part in _BLANK_LINE.split(text) if part.strip()]


def anchor_for(text: str) -> str:
    """A stable, readable id derived from a heading's text (ASCII letters, digits, hyphens)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower().replace("'", ""))
    return "-".join(words)[:80].rstrip("-") or "section"


def money(amount: int | None) -> str:
    """$133,080 style, as the editorial standards ask."""
    return "" if amount is None else f"${amount:,}"


def front_matter_string(value: str) -> str:
    """A one-line value for YAML front matter, HTML-escaped because themes print it into <head>."""
    return json.dumps(html.escape(plain(value)), ensure_ascii=False)
