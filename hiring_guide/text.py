"""Turning data text into safe Markdown, stable anchors and readable figures."""

from __future__ import annotations

import html
import json
import re
import unicodedata

# Every ASCII punctuation character; with pymdownx.escapeall a backslash makes any of them literal,
# so no data value can open a link, an HTML tag, an attribute list or a template expression.
# A translation table, not a regular expression: it runs on every value of every page.
_MARKDOWN_ESCAPES = {
    code: "\\" + chr(code)
    for code in (*range(0x21, 0x30), *range(0x3A, 0x41), *range(0x5B, 0x61), *range(0x7B, 0x7F))
}
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
    return plain(str(value)).translate(_MARKDOWN_ESCAPES)


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


def word_count(text: str) -> int:
    """Words as a reader counts them: runs between spaces that hold a letter or a digit, so a
    list's dashes are not words and "$133,080", "CI/CD" and "401(k)" are one each."""
    return sum(1 for token in text.split() if any(char.isalnum() for char in token))


def same_name(one: str, other: str) -> bool:
    """Whether two names differ only in case, spaces and punctuation ("Objective C", "Objective-C")."""
    return re.sub(r"[\W_]+", "", one.casefold()) == re.sub(r"[\W_]+", "", other.casefold())
