"""What each listing macro shows of the catalogue, as a key per facet.

Under `mkdocs serve --dirty`, a hand-written page that lists roles is rebuilt only when a facet
it shows has changed: editing an FAQ answer leaves the FAQ hub alone, editing a question does not.
"""

from __future__ import annotations

from hiring_guide.catalogue import Catalogue
from hiring_guide.load import digest

# macro name -> the facet of the catalogue its output depends on
MACRO_FACETS = {
    "role_index": "roles",
    "departments": "roles",
    "faq_hub": "questions",
    "sample_questions": "questions",
    "article_list": "articles",
    "article_roles": "article_links",
    "onet_changes": "tools",
    "field_reference": "schema",
    "must_have_count": "must_haves",
    "must_have_list": "must_haves",
}


def facet_keys(catalogue: Catalogue) -> dict[str, str]:
    """One content key per facet; equal keys mean every listing of that facet is unchanged."""
    roles = catalogue.roles
    updated = catalogue.last_updated()
    facets = {
        "roles": [(r.slug, r.title, r.department, r.summary) for r in roles] + [str(updated)],
        "questions": [(r.slug, r.title, r.department, [q.question for q in r.faq]) for r in roles],
        "articles": list(catalogue.articles),
        "article_links": [(r.slug, r.title, r.related_articles) for r in roles],
        "tools": [(r.slug, r.title, r.onet_code, r.tools) for r in roles],
        "schema": [catalogue.schema.data],
        "must_haves": [(r.slug, r.job_description.must_have) for r in roles],
    }
    return {name: digest(repr(value).encode()) for name, value in facets.items()}
