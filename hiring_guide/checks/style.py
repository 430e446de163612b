"""Content rules from the editorial guide (CONTENT.md) that block a build: US spelling, no filler
phrases, FAQ answers that do not all open or close alike, and no paragraph copied from another role.

The first two read one file and run with its other checks (and are cached with them); the last two
compare every role, so they run once the roles are read. Tool names (`tools[].items[].name` and
`onet_example`) are product names and FAQ `anchor`s identifiers: never checked. A TODO value is the
placeholder check's. Advice that never blocks (long samples, coded wording, buzzwords in titles)
stays in `advice`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from hiring_guide.checks.repetition import Repeat, find_repeats
from hiring_guide.model import Role
from hiring_guide.problems import Problem, field_path
from hiring_guide.sources.strict_yaml import Document, strings

Path_ = tuple[str | int, ...]

# British spellings and their US forms (CONTENT.md, Voice: "US English"). Each entry lists the
# British stem, the US stem and the endings both take. "analyses" is left out: it is also the US
# plural of "analysis".
_ISE_STEMS = "personal organ priorit optim recogn minim summar util emphas standard".split()
_ISE_ENDINGS = ("ise", "ised", "ises", "ising", "iser", "isers", "isation", "isations", "isational")
_OUR_WORDS = {
    "behaviour": ("", "s", "al", "ally"),
    "colour": ("", "s", "ed", "ing", "ful"),
    "favour": ("", "s", "ed", "ing", "able", "ably", "ite", "ites"),
    "labour": ("", "s", "ed", "ing", "er", "ers"),
}
_WORDS = {
    "practise": "practice",
    "practised": "practiced",
    "practises": "practices",
    "practising": "practicing",
    "centre": "center",
    "centres": "centers",
    "centred": "centered",
    "judgement": "judgment",
    "judgements": "judgments",
    "analyse": "analyze",
    "analysed": "analyzed",
    "analysing": "analyzing",
    "licence": "license",
    "licences": "licenses",
    "catalogue": "catalog",
    "catalogues": "catalogs",
    "catalogued": "cataloged",
    "cataloguing": "cataloging",
    "modelling": "modeling",
    "modelled": "modeled",
    "modeller": "modeler",
    "modellers": "modelers",
    "programme": "program",
    "programmes": "programs",
}


def _british_to_us() -> dict[str, str]:
    words = dict(_WORDS)
    for stem in _ISE_STEMS:
        for ending in _ISE_ENDINGS:
            words[stem + ending] = stem + "iz" + ending[2:]
    for word, endings in _OUR_WORDS.items():
        for ending in endings:
            words[word + ending] = word[:-2] + "r" + ending
    return words


BRITISH = _british_to_us()
_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Phrase:
    """A phrase the editorial guide rules out, with what to write instead."""

    pattern: str  # a regular expression, matched case-insensitively at word boundaries
    hint: str
    in_titles: bool = True  # False: a title using it gets advice instead (see advice.TITLE_BUZZWORDS)


PHRASES = (
    Phrase(
        r"competitive (?:salary|pay|compensation)",
        "give the pay range: the salary section shows it, and pay-transparency laws require it",
    ),
    Phrase(r"fast[- ]paced", "say what sets the pace: release cadence, deadlines, on-call, growth"),
    Phrase(r"dynamic environment", "say what changes and how often"),
    Phrase(r"synerg(?:y|ies|istic)", "say who works with whom, on what"),
    Phrase(r"rock ?stars?", "say what the person does and how well", in_titles=False),
    Phrase(r"ninjas?", "say what the person does and how well", in_titles=False),
    Phrase(r"gurus?", "say what the person does and how well", in_titles=False),
    Phrase(r"work hard,? play hard", "state the hours and the on-call expectation plainly"),
)
_PHRASES = [(p, re.compile(rf"\b{p.pattern}\b", re.IGNORECASE)) for p in PHRASES]
_ANY_PHRASE = re.compile("|".join(rf"\b{p.pattern}\b" for p in PHRASES), re.IGNORECASE)
_QUOTES = {'"': '"', "'": "'", "\u201c": "\u201d", "\u2018": "\u2019"}

TITLE_FIELDS = {
    ("title",),
    ("job_description", "title"),
    ("examples", "*", "title"),
    ("levels", "*", "title"),
}
# product names, and identifiers kept for old links: not prose, so never spell-checked
_PRODUCT_NAMES = {
    ("tools", "*", "items", "*", "name"),
    ("tools", "*", "items", "*", "onet_example"),
    ("faq", "*", "anchor"),
}

ANSWER_SHARE = 0.10  # more than this share of all FAQ answers opening (or closing) alike is a formula
PATTERN_WORDS = 3
_ANSWER_WORD = re.compile(r"[a-z0-9]+(?:[-'\u2019][a-z0-9]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[$]?[A-Z0-9])")


def _shape(path: Path_) -> Path_:
    return tuple("*" if isinstance(part, int) else part for part in path)


def texts(doc: Document) -> Iterator[tuple[Path_, str]]:
    """Every text value of a file that is written prose: not product names, not placeholders."""
    for path, value in strings(doc.data):
        if "TODO" not in value and _shape(path) not in _PRODUCT_NAMES:
            yield path, value


def _quoted(text: str, start: int, end: int) -> bool:
    """The phrase is mentioned in quotation marks ("avoid 'rockstar'"), not used."""
    before, after = text[start - 1 : start], text[end : end + 1]
    return bool(before) and _QUOTES.get(before) == after


def style_problems(doc: Document, display: str) -> list[Problem]:
    """British spellings and ruled-out phrases in one file, each where it is written."""
    found = []

    def at(path: Path_, pattern: re.Pattern[str], message: str, hint: str) -> None:
        mark = doc.find(path, pattern)
        found.append(Problem(display, mark.line, mark.column, field_path(path), message, hint))

    for path, text in sorted(texts(doc)):
        for word in dict.fromkeys(w for w in _WORD.findall(text) if w.lower() in BRITISH):
            us = BRITISH[word.lower()]
            us = us.capitalize() if word[0].isupper() else us
            at(
                path,
                re.compile(rf"\b{word}\b"),
                f"'{word}' is British spelling",
                f"write '{us}': the guide uses US English",
            )
        if not _ANY_PHRASE.search(text):
            continue
        is_title = _shape(path) in TITLE_FIELDS
        for phrase, pattern in _PHRASES:
            if is_title and not phrase.in_titles:
                continue
            for match in pattern.finditer(text):
                if not _quoted(text, match.start(), match.end()):
                    at(
                        path,
                        re.compile(re.escape(match.group()).replace(r"\ ", r"\s+"), re.IGNORECASE),
                        f"'{match.group()}' is filler the editorial guide rules out",
                        phrase.hint,
                    )
                    break
    return found


def _words(text: str) -> list[str]:
    return _ANSWER_WORD.findall(text.lower())


def answer_patterns(answer: str) -> tuple[str, str]:
    """An answer's opening (its first three words) and closing (the first three of its last sentence)."""
    last = _SENTENCE_END.split(answer.strip())[-1]
    return " ".join(_words(answer)[:PATTERN_WORDS]), " ".join(_words(last)[:PATTERN_WORDS])


def answer_shape_problems(roles: list[Role], docs: dict[str, Document]) -> list[Problem]:
    """FAQ answers across every role that open or close with the same words, once that formula
    covers more than ANSWER_SHARE of all answers: reported on each answer that uses it."""
    answers = [(role, i, *answer_patterns(q.answer)) for role in roles for i, q in enumerate(role.faq)]
    total = len(answers)
    openings = Counter(opening for _role, _i, opening, _closing in answers)
    closings = Counter(closing for _role, _i, _opening, closing in answers)

    def overused(counts: Counter[str], pattern: str) -> bool:
        count = counts[pattern]
        return len(pattern.split()) == PATTERN_WORDS and count > 1 and count > total * ANSWER_SHARE

    found = []
    for role, i, opening, closing in answers:
        path = ("faq", i, "answer")
        for counts, pattern, verb, hint in (
            (openings, opening, "open with", "open with this answer's own decision, in its own words"),
            (closings, closing, "end on a sentence starting", "end with what this choice costs"),
        ):
            if overused(counts, pattern):
                mark = docs[role.slug].mark(path)  # only now: a file's marks may need parsing
                found.append(
                    Problem(
                        role.source,
                        mark.line,
                        mark.column,
                        field_path(path),
                        f"{counts[pattern]} of {total} FAQ answers ({counts[pattern] / total:.1%}) "
                        f"{verb} '{pattern}'",
                        f"{hint}; no two answers should share a formula",
                    )
                )
    return found


def repetition_problems(
    roles: list[Role], docs: dict[str, Document], repeats: list[Repeat] | None = None
) -> list[Problem]:
    """Passages of two roles that share most of their wording with the nouns swapped: reported on
    both, each naming the other. Pass `repeats` when a RepeatIndex has already found them."""
    by_slug = {role.slug: role for role in roles}
    found = []
    for repeat in find_repeats(roles) if repeats is None else repeats:
        for this, other in ((repeat.first, repeat.second), (repeat.second, repeat.first)):
            mark = docs[this.role].mark(this.path)
            found.append(
                Problem(
                    by_slug[this.role].source,
                    mark.line,
                    mark.column,
                    this.field,
                    f"reads like {other.field} of {by_slug[other.role].source} with the nouns swapped "
                    f"({repeat.similarity:.0%} of the wording shared)",
                    "rewrite it for this role: name its own systems, metrics, artifacts and people",
                )
            )
    return found


def catalogue_style_problems(
    roles: list[Role], docs: dict[str, Document], repeats: list[Repeat] | None = None
) -> list[Problem]:
    """The content rules that compare every role with every other."""
    return answer_shape_problems(roles, docs) + repetition_problems(roles, docs, repeats)
