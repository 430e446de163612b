"""Views: the catalogue rendered to Markdown, text, SVG and JSON through the templates here."""
