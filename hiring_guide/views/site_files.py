"""Every file the site generates from the catalogue: role pages, plain-text postings, and the JSON
files the browser features and open-data users read.

A role's files are rendered again only when something they show has changed: the role's own
data, or the context every role page shares (titles of other roles, articles, source data,
templates). `mkdocs serve` passes the keys of the last build so an edit re-renders one role.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from hiring_guide.catalogue import Catalogue
from hiring_guide.load import digest
from hiring_guide.model import Role
from hiring_guide.views import builder, compare, open_data, pay_laws
from hiring_guide.views.markdown import Renderer

EXPORT = "data/roles.json"  # its key in the `rendered` manifest, beside the roles' slugs


@dataclass(frozen=True)
class GeneratedFile:
    uri: str  # the path in the docs tree, e.g. "roles/data-engineer.md"
    content: str | None  # None: unchanged since the last build, already written
    edit_path: str = ""  # the data file a page's edit button opens


def shared_context_key(catalogue: Catalogue) -> str:
    """What every role page shows beyond its own file: other roles' titles and links, articles,
    source figures and flags, and dates. (The code and templates are in each role's own key.)"""
    parts = [
        repr([(r.slug, r.title, r.department, r.related_roles) for r in catalogue.roles]).encode(),
        repr(catalogue.articles).encode(),
        repr(sorted(catalogue.updated.items())).encode(),
        repr(sorted(catalogue.estimates.items())).encode(),
        repr(sorted(catalogue.onet.technologies.items())).encode(),  # flags show on the tools table
        repr(catalogue.schema.data).encode(),
    ]
    return digest(*parts)


def role_files(role: Role, renderer: Renderer) -> Iterator[GeneratedFile]:
    """The four files of one role."""
    catalogue = renderer.catalogue
    posting = renderer.posting(role)  # made once: the page and the .txt show the same parts
    yield GeneratedFile(role.url, renderer.role_source(role, posting), edit_path=role.source)
    yield GeneratedFile(
        f"roles/{role.slug}/job-description.txt", renderer.job_description_text(role, posting) + "\n"
    )
    yield GeneratedFile(f"data/compare/{role.slug}.json", compare.compare_json(role, catalogue))
    yield GeneratedFile(f"data/builder/{role.slug}.json", builder.builder_json(role, catalogue))


def generated_files(
    catalogue: Catalogue, renderer: Renderer, rendered: dict[str, str]
) -> Iterator[GeneratedFile]:
    """Every generated file, one at a time so a thousand pages never sit in memory together.

    `rendered` maps each role's slug (and the open-data export) to the key of its files as last
    written, and is updated in place; a file whose key is unchanged comes with no content.
    """
    shared = shared_context_key(catalogue)
    keys = []
    for role in catalogue.roles:
        key = digest(shared.encode(), catalogue.keys[role.slug].encode())
        keys.append(key.encode())
        if rendered.get(role.slug) == key:
            yield from _uris(role)
            continue
        yield from role_files(role, renderer)
        rendered[role.slug] = key
    yield GeneratedFile("data/compare/index.json", compare.compare_index(catalogue))
    yield GeneratedFile("data/pay-transparency.json", pay_laws.laws_json(catalogue.paths.pay_laws))
    export_key = digest(shared.encode(), *keys)  # the export holds every role: any change redoes it
    if rendered.get(EXPORT) == export_key:
        yield GeneratedFile("data/roles.json", None)
    else:
        yield GeneratedFile("data/roles.json", open_data.export_json(catalogue))
        rendered[EXPORT] = export_key
    yield GeneratedFile(f"data/{open_data.SCHEMA_FILE}", catalogue.paths.schema.read_text("utf-8"))


def _uris(role: Role) -> list[GeneratedFile]:
    return [
        GeneratedFile(role.url, None, edit_path=role.source),
        GeneratedFile(f"roles/{role.slug}/job-description.txt", None),
        GeneratedFile(f"data/compare/{role.slug}.json", None),
        GeneratedFile(f"data/builder/{role.slug}.json", None),
    ]
