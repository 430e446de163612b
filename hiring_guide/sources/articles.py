"""Hand-written articles: their slug, and the title and description from their front matter."""

from __future__ import annotations

from pathlib import Path

import yaml

from hiring_guide.model import Article


def read_articles(folder: Path) -> list[Article]:
    """Articles are our own Markdown; their front matter gives title and description."""
    articles = []
    for path in sorted(folder.glob("*.md")):
        if path.name == "index.md":
            continue
        text = path.read_text(encoding="utf-8")
        meta = yaml.safe_load(text.split("---", 2)[1]) if text.startswith("---") else {}
        articles.append(Article(path.stem, meta.get("title", path.stem), meta.get("description", "")))
    return sorted(articles, key=lambda a: a.title)
