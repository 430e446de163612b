"""From the project's files to a validated catalogue: read, check, model, in that order.

Every problem in every file is gathered before anything renders, so a contributor fixes them in
one pass. A long-lived process (`mkdocs serve`) passes a `LoadCache`: its entries are keyed by
file content, so an unchanged file is not read twice and an edited one always is.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from dataclasses import astuple, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from hiring_guide.catalogue import Catalogue
from hiring_guide.checks.advice import advice_for
from hiring_guide.checks.files import ROLE_SUFFIX, schema_comment_problems, slug_problems
from hiring_guide.checks.layout import layout_problems, swallowed_fields
from hiring_guide.checks.onet_claims import Titles, onet_claim_problems
from hiring_guide.checks.placeholders import placeholder_problems
from hiring_guide.checks.repetition import RepeatIndex
from hiring_guide.checks.rules import cross_file_problems
from hiring_guide.checks.schema import REQUIRED, RoleSchema, schema_problems
from hiring_guide.checks.style import catalogue_style_problems, style_problems
from hiring_guide.model import Role
from hiring_guide.paths import Paths
from hiring_guide.problems import DataError, Problem
from hiring_guide.sources.articles import read_articles
from hiring_guide.sources.git_history import last_changed
from hiring_guide.sources.oews import read_estimates
from hiring_guide.sources.onet import read_onet
from hiring_guide.sources.onet_titles import read_titles
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
    """Parsed inputs kept between builds, each keyed by the content it was made from.

    Entries live in memory for one process (`mkdocs serve`). With a `folder`, the result of
    checking each role file is also written there as JSON, so the next build, validation or
    serve skips files it has already checked; the key covers the file, the schema and the code.
    """

    folder: Path | None = None
    long_lived: bool = False  # `mkdocs serve`: worth keeping indexes that make the next check cheaper
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

    def checked_file(self, key: str, path: Path, make: Callable[[], CheckedFile]) -> CheckedFile:
        """A role file's check result: from memory, else from the folder, else made and saved."""
        stored = self.folder / f"role-{key}.json" if self.folder else None

        def load() -> CheckedFile:
            if stored is not None and stored.is_file():
                try:
                    return CheckedFile.from_json(stored.read_text(encoding="utf-8"), path)
                except (ValueError, KeyError, TypeError):
                    pass  # a damaged entry is made again
            result = make()
            if stored is not None:
                stored.parent.mkdir(parents=True, exist_ok=True)
                temporary = stored.with_suffix(".tmp")
                temporary.write_text(result.to_json(), encoding="utf-8")
                temporary.replace(stored)  # readers never see half a file
            # keep the data, not the marks: a file's marks are read again if a message needs one
            light = None if result.doc is None else LazyDocument(result.doc.data, path)
            return CheckedFile(light, result.problems)

        return self.get("role", key, load)

    def problems(self, kind: str, key: str, make: Callable[[], list[Problem]]) -> list[Problem]:
        """A list of problems kept like a checked file: in memory, and in the folder if there is one."""
        stored = self.folder / f"{kind}-{key}.json" if self.folder else None

        def load() -> list[Problem]:
            if stored is not None and stored.is_file():
                try:
                    return [Problem(*fields) for fields in json.loads(stored.read_text(encoding="utf-8"))]
                except (ValueError, TypeError):
                    pass  # a damaged entry is made again
            result = make()
            if stored is not None:
                stored.parent.mkdir(parents=True, exist_ok=True)
                temporary = stored.with_suffix(".tmp")
                temporary.write_text(json.dumps([astuple(p) for p in result], ensure_ascii=False), "utf-8")
                temporary.replace(stored)
            return result

        return self.get(kind, key, load)

    def keep_only(self, live: set[tuple[str, str]]) -> None:
        """Forget entries no longer reachable from the current files (an edited file's old version)."""
        for slot in [slot for slot in self.entries if slot not in live]:
            del self.entries[slot]
        if self.folder is not None and self.folder.is_dir():
            keep = {f"{kind}-{key}.json" for kind, key in live}
            for stale in self.folder.glob("*.json"):
                if stale.name not in keep:
                    stale.unlink(missing_ok=True)


class LazyDocument:
    """A checked file's data, with its line marks read again from the file only if a message needs
    one: at a thousand roles, every file's marks and text held at once would double the memory."""

    def __init__(self, data: Any, path: Path) -> None:
        self.data = data
        self._path = path
        self._parsed: Document | None = None

    def __getattr__(self, name: str) -> Any:  # marks, key_marks, spans, text, mark()
        if self._parsed is None:
            self._parsed = read_bytes(self._path.read_bytes())
        return getattr(self._parsed, name)


@dataclass(frozen=True)
class CheckedFile:
    """What checking one role file on its own found: its document (when the structure is sound)
    and every problem, advice included."""

    doc: Document | LazyDocument | None
    problems: list[Problem]

    def to_json(self) -> str:
        data = None if self.doc is None else self.doc.data
        return json.dumps({"data": data, "problems": [astuple(p) for p in self.problems]}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str, path: Path) -> CheckedFile:
        stored = json.loads(text)
        doc = None if stored["data"] is None else LazyDocument(stored["data"], path)
        return cls(doc, [Problem(*fields) for fields in stored["problems"]])


def code_version() -> bytes:
    """The domain package's code and templates: a cached result is only as good as the code that
    made it."""
    package = Path(__file__).resolve().parent
    files = sorted([*package.rglob("*.py"), *package.rglob("*.j2")])
    return digest(*(f.read_bytes() for f in files)).encode()


def role_files(paths: Paths) -> list[Path]:
    """Every entry of data/roles/ (hidden files excepted): a wrong one is reported, never skipped."""
    if not paths.roles.is_dir():
        return []
    return sorted(p for p in paths.roles.iterdir() if not p.name.startswith("."))


def check_role_file(
    raw: bytes, display: str, schema: RoleSchema, titles: Titles
) -> tuple[Document | None, list[Problem]]:
    """One role file on its own: strict YAML, placeholders and layout, the schema, then style.

    The document comes back when its structure is sound (style problems do not stop it), so the
    rules across files still see the role and report on it.
    """
    try:
        doc = read_bytes(raw)
    except YamlProblem as exc:
        return None, [exc.to_problem(display)]
    placeholders = placeholder_problems(doc, display)
    layout = layout_problems(doc, display, schema)
    held = {p.field for p in placeholders + layout}  # a TODO or a swallowed line explains itself
    swallowed = swallowed_fields(doc, schema)  # missing because a value above took them
    structure = placeholders + layout
    for problem in schema_problems(doc, display, schema):
        echo = problem.message == REQUIRED and problem.field.rsplit(".", 1)[-1] in swallowed
        if problem.field not in held and not echo:
            structure.append(problem)
    found = schema_comment_problems(raw, display) + structure + style_problems(doc, display)
    if structure:
        return None, found
    role = Role.from_data(Path(display).stem, display, doc.data)
    return doc, [*found, *onet_claim_problems(doc, display, titles), *advice_for(role, doc)]


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
    titles_raw = paths.onet_alternate_titles.read_bytes() + paths.onet_reported_titles.read_bytes()

    @functools.cache
    def titles() -> dict[str, set[str]]:  # parsed only if a file states what O*NET lists
        alternate, reported = paths.onet_alternate_titles, paths.onet_reported_titles
        return cached("onet-titles", titles_raw, lambda: read_titles(alternate, reported))

    version = code_version()
    # what every file's check also depends on, hashed once (not once per file: the titles are 2.7 MB)
    inputs_key = digest(schema_raw, titles_raw, version).encode()
    schema = cached("schema", schema_raw, lambda: RoleSchema.from_text(schema_raw.decode("utf-8")))
    problems: list[Problem] = []
    docs: dict[str, tuple[str, Document | LazyDocument]] = {}
    role_keys: dict[str, str] = {}  # slug -> content key of its file
    files = role_files(paths)
    for path in files:
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
            key = digest(raw, display.encode(), inputs_key)
            live.add(("role", key))
            role_keys[path.stem] = key
            checked = cache.checked_file(
                key, path, lambda r=raw, d=display: CheckedFile(*check_role_file(r, d, schema, titles))
            )
            doc, found = checked.doc, checked.problems
            if doc is not None:
                docs[path.stem] = (display, doc)
        problems.extend(found)

    estimates = cached("wages", paths.wages.read_bytes(), lambda: read_estimates(paths.wages))
    onet_raw = paths.onet_occupations.read_bytes() + paths.onet_technology.read_bytes()
    onet = cached("onet", onet_raw, lambda: read_onet(paths.onet_occupations, paths.onet_technology))
    articles = read_articles(paths.articles)
    roles = [Role.from_data(slug, display, doc.data) for slug, (display, doc) in docs.items()]
    by_slug = {slug: doc for slug, (_display, doc) in docs.items()}
    present = {p.name.removesuffix(ROLE_SUFFIX) for p in files if p.name.endswith(ROLE_SUFFIX)}
    problems.extend(cross_file_problems(roles, by_slug, estimates, onet, articles, present))
    # comparing every role with every other is the slowest check at a thousand roles: its result
    # is kept under a key of every role file's key, so it runs again only when a role changed
    roles_key = digest(*(key.encode() for kind, key in sorted(live) if kind == "role"), version)
    live.add(("across", roles_key))
    if cache.long_lived:  # keep an index of every passage, so an edit compares one role
        live.add(("repeat-index", version.decode()))
        index = cache.get("repeat-index", version.decode(), RepeatIndex)

    def across() -> list[Problem]:
        repeats = index.repeats(roles, role_keys) if cache.long_lived else None
        return catalogue_style_problems(roles, by_slug, repeats)

    if cache.long_lived:
        # served: the index must be filled on the first build, so the first edit is quick;
        # a result saved by an earlier build would leave it empty
        problems.extend(cache.get("across", roles_key, across))
    else:
        problems.extend(cache.problems("across", roles_key, across))
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
        keys={slug: role_keys[slug] for slug in docs},
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
