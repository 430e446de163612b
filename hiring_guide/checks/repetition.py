"""Find paragraphs that two roles share with only the nouns swapped.

Each long text is reduced to word shingles after masking the words of its own role's title, so
"A data engineer owns the pipeline" and "A data analyst owns the pipeline" look the same. Pairs
from different roles whose shingle sets overlap heavily are reported.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain

from hiring_guide.model import Role
from hiring_guide.problems import field_path

SHINGLE = 4  # words per shingle
THRESHOLD = 0.3  # share of shingles two passages have in common (Jaccard) that counts as repeated
MIN_WORDS = 25  # shorter passages (list items, one-liners) may legitimately coincide
_WORD = re.compile(r"[a-z0-9']+")
_LEVEL_WORDS = {"senior", "junior", "lead", "staff"}


@dataclass(frozen=True)
class Passage:
    role: str
    path: tuple[str | int, ...]  # e.g. ("faq", 2, "answer")
    text: str

    @property
    def field(self) -> str:
        return field_path(self.path)


@dataclass(frozen=True)
class Repeat:
    first: Passage
    second: Passage
    similarity: float


def passages(role: Role) -> Iterator[Passage]:
    """Every long text of a role: FAQ answers, responsibility details, assessments, examples."""
    for i, item in enumerate(role.faq):
        yield Passage(role.slug, ("faq", i, "answer"), item.answer)
    for i, item in enumerate(role.responsibilities):
        yield Passage(role.slug, ("responsibilities", i, "detail"), item.detail)
    for i, item in enumerate(role.qualifications.soft_skills):
        yield Passage(role.slug, ("qualifications", "soft_skills", i, "how_to_assess"), item.how_to_assess)
    for i, item in enumerate(role.examples):
        yield Passage(role.slug, ("examples", i, "about"), item.about)
        yield Passage(role.slug, ("examples", i, "what_differs"), item.what_differs)
    yield Passage(role.slug, ("job_description", "about"), role.job_description.about)
    yield Passage(role.slug, ("salary", "rationale"), role.salary.rationale)


def _shingles(text: str, masked: set[str]) -> set[int]:
    """The passage's runs of SHINGLE words, each kept as its hash: a thousand roles hold three
    million of them, and an int takes a third of the memory of a tuple of four words."""
    words = ["_" if w in masked else w for w in _WORD.findall(text.lower())]
    if len(words) < MIN_WORDS:
        return set()
    return {hash(run) for run in zip(*(words[i:] for i in range(SHINGLE)), strict=False)}


def find_repeats(roles: list[Role]) -> list[Repeat]:
    """Pairs of passages from different roles that share most of their wording.

    Cheap enough to run on every validation: only shingles that occur in two passages or more are
    indexed, and the union of two sets is counted from their sizes, never built.
    """
    shingled: list[tuple[Passage, set[int]]] = []
    for role in roles:
        masked = set(_WORD.findall(role.title.lower())) | _LEVEL_WORDS
        shingled += [(p, s) for p in passages(role) if (s := _shingles(p.text, masked))]
    counts = Counter(chain.from_iterable(shingles for _passage, shingles in shingled))
    shared_shingles = {shingle for shingle, count in counts.items() if count > 1}
    index: dict[int, list[int]] = defaultdict(list)
    for number, (_passage, shingles) in enumerate(shingled):
        for shingle in shingles & shared_shingles:
            index[shingle].append(number)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for numbers in index.values():
        for a_pos, a in enumerate(numbers):
            role = shingled[a][0].role
            for b in numbers[a_pos + 1 :]:
                if shingled[b][0].role != role:
                    shared[(a, b)] += 1
    repeats = []
    for (a, b), count in shared.items():
        union = len(shingled[a][1]) + len(shingled[b][1]) - count
        if count / union >= THRESHOLD:
            repeats.append(Repeat(shingled[a][0], shingled[b][0], count / union))
    return sorted(repeats, key=lambda r: -r.similarity)


class RepeatIndex:
    """`find_repeats` that remembers its index between calls, for `mkdocs serve`.

    After an edit to one role, only that role's passages are compared with the others; pairs
    between unchanged roles are kept from the last call. A role counts as changed when its key
    (the content key of its file) differs. Filling the index costs about twice a one-off
    `find_repeats`, so a process that checks once (a build, the validator) should not use it.
    """

    def __init__(self) -> None:
        self._roles: dict[str, tuple[str, list[int]]] = {}  # slug -> (key, passage numbers)
        self._passages: dict[int, tuple[Passage, set[int]]] = {}
        self._index: dict[int, set[int]] = defaultdict(set)
        self._pairs: dict[tuple[int, int], float] = {}  # (lower, higher) -> similarity, repeats only
        self._next = 0

    def repeats(self, roles: list[Role], keys: dict[str, str]) -> list[Repeat]:
        current = {role.slug for role in roles}
        for slug in [s for s, (key, _) in self._roles.items() if s not in current or keys.get(s) != key]:
            self._remove(slug)
        first = not self._roles
        added: list[int] = []
        for role in roles:
            if role.slug not in self._roles:
                added += self._add(role, keys.get(role.slug, ""))
        if first:
            self._compare_all()  # one pass over shared shingles beats one comparison per passage
        else:
            for number in added:
                self._compare(number)
        found = [
            Repeat(self._passages[a][0], self._passages[b][0], similarity)
            for (a, b), similarity in self._pairs.items()
        ]
        return sorted(found, key=lambda r: (-r.similarity, r.first.role, r.first.field))

    def _add(self, role: Role, key: str) -> list[int]:
        masked = set(_WORD.findall(role.title.lower())) | _LEVEL_WORDS
        numbers = []
        for passage in passages(role):
            shingles = _shingles(passage.text, masked)
            if not shingles:
                continue
            number, self._next = self._next, self._next + 1
            self._passages[number] = (passage, shingles)
            for shingle in shingles:
                self._index[shingle].add(number)
            numbers.append(number)
        self._roles[role.slug] = (key, numbers)
        return numbers

    def _remove(self, slug: str) -> None:
        _key, numbers = self._roles.pop(slug)
        gone = set(numbers)
        for number in numbers:
            for shingle in self._passages.pop(number)[1]:
                holders = self._index[shingle]
                holders.discard(number)
                if not holders:
                    del self._index[shingle]
        self._pairs = {pair: s for pair, s in self._pairs.items() if not (set(pair) & gone)}

    def _compare_all(self) -> None:
        shared: dict[tuple[int, int], int] = defaultdict(int)
        for holders in self._index.values():
            if len(holders) < 2:
                continue
            ordered = sorted(holders)
            for position, a in enumerate(ordered):
                role = self._passages[a][0].role
                for b in ordered[position + 1 :]:
                    if self._passages[b][0].role != role:
                        shared[(a, b)] += 1
        for (a, b), count in shared.items():
            union = len(self._passages[a][1]) + len(self._passages[b][1]) - count
            if count / union >= THRESHOLD:
                self._pairs[(a, b)] = count / union

    def _compare(self, number: int) -> None:
        passage, shingles = self._passages[number]
        shared: Counter[int] = Counter()
        for shingle in shingles:
            shared.update(self._index[shingle])
        for other, count in shared.items():
            if other == number or self._passages[other][0].role == passage.role:
                continue
            union = len(shingles) + len(self._passages[other][1]) - count
            if count / union >= THRESHOLD:
                self._pairs[(min(number, other), max(number, other))] = count / union
