"""A page object over built HTML, so tests assert on a page's structure instead of raw substrings.

    page = BuiltPage.load(site, "roles/minimal-role/")
    page.section_ids()             # ["job-description-sample", "builder", "responsibilities", ...]
    page.table("salary")           # [["Level", "Percentile band", "Annual wage"], ["Entry level", ...]]
    page.section("faq").text()     # the visible words under one heading, down to the next one
    page.links("related-roles")    # [Link(href="../data-engineer/", text="Data Engineer", ...)]

Standard library only (html.parser). Queries look inside the page's <article> (what the author
wrote and the templates generated), so the theme's navigation, which lists every page, can never
make an assertion about a page's own content pass.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "label", "mark", "q",
    "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
}  # fmt: skip
NOT_SHOWN = {"script", "style", "template", "head"}


@dataclass(eq=False)
class Text:
    value: str
    start: int = 0  # position in document order

    @property
    def end(self) -> int:
        return self.start


@dataclass(eq=False)
class Element:
    """One element of the parsed page, with its attributes and children in document order."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Element | Text] = field(default_factory=list)
    start: int = 0  # position in document order
    end: int = 0  # position of its last descendant

    def get(self, name: str) -> str | None:
        return self.attrs.get(name)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def iter(self) -> Iterator[Element]:
        """This element and every element inside it, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, tag: str | None = None, *, cls: str | None = None, **attrs: str) -> list[Element]:
        """Elements inside (or equal to) this one with the tag, class and attribute values given."""
        return [
            el
            for el in self.iter()
            if (tag is None or el.tag == tag)
            and (cls is None or cls in el.classes)
            and all(el.attrs.get(name.rstrip("_").replace("_", "-")) == v for name, v in attrs.items())
        ]

    def find(self, tag: str | None = None, *, cls: str | None = None, **attrs: str) -> Element:
        """The first matching element; a test that expects one fails here, by name, if there is none."""
        found = self.find_all(tag, cls=cls, **attrs)
        if not found:
            raise LookupError(f"no <{tag or '*'}> with class={cls!r} {attrs} in <{self.tag}>")
        return found[0]

    def shown(self) -> bool:
        return self.tag not in NOT_SHOWN and "hidden" not in self.attrs and "headerlink" not in self.classes

    def text(self) -> str:
        """The words a reader sees, one space between each (scripts, styles, [hidden] and ¶ left out)."""
        parts: list[str] = []
        self._visible(parts)
        return " ".join("".join(parts).split())

    def _visible(self, parts: list[str]) -> None:
        if not self.shown():
            return
        block = self.tag not in INLINE
        if block:
            parts.append(" ")
        for child in self.children:
            if isinstance(child, Text):
                parts.append(child.value)
            else:
                child._visible(parts)
        if block:
            parts.append(" ")

    def raw_text(self) -> str:
        """Every character of text inside, exactly as written (for <pre> blocks)."""
        return "".join(
            child.value if isinstance(child, Text) else child.raw_text() for child in self.children
        )

    def items(self) -> list[str]:
        """The visible text of each item of the first list in here."""
        found = next((el for el in self.iter() if el.tag in ("ul", "ol")), None)
        if found is None:
            return []
        return [li.text() for li in found.children if isinstance(li, Element) and li.tag == "li"]

    def items_after(self, label: str) -> list[str]:
        """The items of the first list after the element whose text is `label` (a bold 'Perks')."""
        at = next(el for el in self.iter() if el.text() == label and el.tag != "#section")
        found = next(el for el in self.iter() if el.tag in ("ul", "ol") and el.start > at.end)
        return Element("#list", children=[found]).items()

    def table(self) -> list[list[str]]:
        """The first table in here, one list of cell texts per row, the header row first."""
        table = self.find("table")
        return [
            [cell.text() for cell in row.children if isinstance(cell, Element)]
            for row in table.find_all("tr")
        ]

    def links(self) -> list[Link]:
        """Every link in here but the headings' own ¶ permalinks."""
        return [
            Link(a.attrs["href"], a.text(), a.attrs)
            for a in self.find_all("a")
            if "href" in a.attrs and "headerlink" not in a.classes
        ]


@dataclass(frozen=True)
class Heading:
    level: int
    id: str
    text: str


@dataclass(frozen=True)
class Link:
    href: str
    text: str
    attrs: dict[str, str]


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Element(tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(Text(data))


def _number(node: Element | Text, position: int = 0) -> int:
    """Give every node its position in document order; returns the next free position."""
    node.start = position
    position += 1
    if isinstance(node, Element):
        for child in node.children:
            position = _number(child, position)
        node.end = position - 1
    return position


def parse(html: str) -> Element:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    _number(builder.root)
    return builder.root


def text_of(html: str) -> str:
    """The visible words of an HTML page or fragment, one space between each."""
    return parse(html).text()


class BuiltPage:
    """A built page, parsed once; every query below looks inside its <article>."""

    def __init__(self, html: str, url_path: str = "") -> None:
        self.url_path = url_path
        self.document = parse(html)
        articles = self.document.find_all("article")
        self.content = articles[0] if articles else self.document

    @classmethod
    def load(cls, site: Path, url_path: str) -> BuiltPage:
        """The page at a site-relative URL, e.g. BuiltPage.load(site, 'roles/minimal-role/')."""
        return cls((site / url_path / "index.html").read_text(encoding="utf-8"), url_path)

    # The page as a whole: what the browser tab and search engines see.
    def title(self) -> str:
        return self.document.find("title").text()

    def meta(self, name: str) -> str | None:
        """The content of <meta name=...> (or property=...), or None when the page has none."""
        for el in self.document.find_all("meta"):
            if name in (el.get("name"), el.get("property")):
                return el.get("content")
        return None

    # The article.
    def headings(self) -> list[Heading]:
        return [
            Heading(int(el.tag[1]), el.get("id") or "", el.text())
            for el in self.content.iter()
            if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6")
        ]

    def heading(self, heading_id: str) -> Heading:
        return next(h for h in self.headings() if h.id == heading_id)

    def section_ids(self, level: int | None = None) -> list[str]:
        """The ids of the headings below the title (or of one level only), in page order."""
        return [h.id for h in self.headings() if h.level > 1 and (level is None or h.level == level)]

    def text(self) -> str:
        return self.content.text()

    def links(self, section: str | None = None) -> list[Link]:
        """Links in the article, or only in the section under one heading."""
        return (self.section(section) if section else self.content).links()

    def section(self, heading_id: str) -> Element:
        """What follows a heading up to the next heading of the same or a higher level, as one element
        (the heading itself left out), whatever <div>s the template wrapped around parts of it."""
        heading = self.content.find(id=heading_id)
        level = int(heading.tag[1])
        stop = next(
            (
                el.start
                for el in self.content.iter()
                if el.start > heading.end and el.tag in {f"h{n}" for n in range(1, level + 1)}
            ),
            self.content.end + 1,
        )
        return Element("#section", {"id": heading_id}, _within(self.content, heading.end, stop))

    def table(self, after_heading_id: str) -> list[list[str]]:
        """The first table in the section under a heading, header row first."""
        return self.section(after_heading_id).table()

    def items(self, after_heading_id: str) -> list[str]:
        """The items of the first list in the section under a heading."""
        return self.section(after_heading_id).items()


def _within(node: Element, after: int, before: int) -> list[Element | Text]:
    """The largest whole nodes inside `node` that lie strictly between two document positions."""
    found: list[Element | Text] = []
    for child in node.children:
        if child.start > after and child.end < before:
            found.append(child)
        elif isinstance(child, Element) and child.start < before and child.end > after:
            found.extend(_within(child, after, before))
    return found
