"""From the project's files to a validated catalogue: read, check, model, in that order.

Every problem in every file is gathered before anything renders, so a contributor fixes them in
one pass. A long-lived process (`mkdocs serve`) passes a `LoadCache`: its entries are keyed by
file content, so an unchanged file is not read twice and an edited one always is.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from hiring_guide.catalogue import Catalogue
from hiring_guide.checks.advice import advice_for
from hiring_guide.checks.files import slug_problems
from hiring_guide.checks.placeholders import placeholder_problems
from hiring_guide.checks.rules import cross_file_problems
from hiring_guide.checks.schema import RoleSchema, schema_problems
from hiring_guide.model import Role
from hiring_guide.paths import Paths
from hiring_guide.problems import DataError, Problem
from hiring_guide.sources.articles import read_articles
from hiring_guide.sources.git_history import last_changed
from hiring_guide.sources.oews import read_estimates
from hiring_guide.sources.onet import read_onet
from hiring_guide.sources.strict_yaml import Document, YamlProblem, read_bytes

T = TypeVar("T")


def digest(*parts: bytes) -> str:
    """A content key: equal bytes give equal keys, whatever the file's name or time."""
    hasher = hashlib.blake2b(digest_size=16)
    for part in parts:
        hasher.update(len(part).to_bytes(8, "little"))
        hasher.update(part)
    return hasher.hexdigest()


@dataclass
class LoadCache:
    """Parsed inputs kept between builds, each keyed by the content it was made from."""

    entries: dict[tuple[str, str], object] = field(default_factory=dict)
    hits: int = 0
    misses: int = 0

    def get(self, kind: str, key: str, make: Callable[[], T]) -> T:
        """The cached value for (kind, key), made once; stale keys of the same kind are dropped
        when the live set is pruned (`keep_only`)."""
        slot = (kind, key)
        if slot in self.entries:
            self.hits += 1
        else:
            self.misses += 1
            self.entries[slot] = make()
        return self.entries[slot]  # type: ignore[return-value]

    def keep_only(self, live: set[tuple[str, str]]) -> None:
        """Forget entries no longer reachable from the current files (an edited file's old version)."""
        for slot in [slot for slot in self.entries if slot not in live]:
            del self.entries[slot]


def role_files(paths: Paths) -> list[Path]:
    """Every entry of data/roles/ (hidden files excepted): a wrong one is reported, never skipped."""
    if not paths.roles.is_dir():
        return []
    return sorted(p for p in paths.roles.iterdir() if not p.name.startswith("."))


def check_role_file(raw: bytes, display: str, schema: RoleSchema) -> tuple[Document | None, list[Problem]]:
    """One role file on its own: strict YAML, placeholders, then the schema."""
    try:
        doc = read_bytes(raw)
    except YamlProblem as exc:
        return None, [exc.to_problem(display)]
    placeholders = placeholder_problems(doc, display)
    held = {p.field for p in placeholders}  # a TODO explains itself; skip its schema echo
    found = placeholders + [p for p in schema_problems(doc, display, schema) if p.field not in held]
    return (None if found else doc), found


def check(
    root: Path, only: list[Path] | None = None, cache: LoadCache | None = None
) -> tuple[Catalogue | None, list[Problem]]:
    """Validate the project at `root`; with `only`, report problems of those files alone."""
    paths = Paths(root)
    cache = cache if cache is not None else LoadCache()
    live: set[tuple[str, str]] = set()

    def cached(kind: str, raw: bytes, make: Callable[[], T], *more: bytes) -> T:
        key = digest(raw, *more)
        live.add((kind, key))
        return cache.get(kind, key, make)

    schema_raw = paths.schema.read_bytes()
    schema = cached("schema", schema_raw, lambda: RoleSchema.from_text(schema_raw.decode("utf-8")))
    problems: list[Problem] = []
    docs: dict[str, tuple[str, Document]] = {}
    for path in role_files(paths):
        display = path.relative_to(root).as_posix()
        found = slug_problems(path, display)
        page = root / "docs" / "roles" / f"{path.stem}.md"
        if not found and page.exists():
            found = [
                Problem(
                    display,
                    1,
                    1,
                    "",
                    f"docs/roles/{path.stem}.md already uses this role's address",
                    "rename the role file or the page",
                )
            ]
        if not found:
            raw = path.read_bytes()
            doc, found = cached(
                "role",
                raw,
                lambda raw=raw, display=display: check_role_file(raw, display, schema),
                display.encode(),
                schema_raw,
            )
            if doc is not None:
                docs[path.stem] = (display, doc)
        problems.extend(found)

    estimates = cached("wages", paths.wages.read_bytes(), lambda: read_estimates(paths.wages))
    onet_raw = paths.onet_occupations.read_bytes() + paths.onet_technology.read_bytes()
    onet = cached("onet", onet_raw, lambda: read_onet(paths.onet_occupations, paths.onet_technology))
    articles = read_articles(paths.articles)
    roles = [Role.from_data(slug, display, doc.data) for slug, (display, doc) in docs.items()]
    for role in roles:
        problems.extend(advice_for(role, docs[role.slug][1]))
    problems.extend(
        cross_file_problems(roles, {s: d for s, (_, d) in docs.items()}, estimates, onet, articles)
    )
    cache.keep_only(live)

    if only is not None:
        wanted = {p.relative_to(root).as_posix() if p.is_relative_to(root) else str(p) for p in only}
        problems = [p for p in problems if p.path in wanted]
    if any(p.severity == "error" for p in problems):
        return None, problems
    history = last_changed(root, "data/roles")
    catalogue = Catalogue(
        roles=tuple(sorted(roles, key=lambda r: r.title)),
        articles=tuple(articles),
        estimates=estimates,
        onet=onet,
        data={slug: doc.data for slug, (_display, doc) in docs.items()},
        updated={role.slug: history[role.source] for role in roles if role.source in history},
        paths=paths,
        schema=schema,
    )
    return catalogue, problems


def load_catalogue(root: Path, cache: LoadCache | None = None) -> Catalogue:
    """The validated catalogue, or DataError with every blocking problem."""
    catalogue, problems = check(root, cache=cache)
    if catalogue is None:
        raise DataError([p for p in problems if p.severity == "error"])
    return catalogue
