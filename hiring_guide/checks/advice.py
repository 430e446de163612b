"""Style advice on role files: what makes a posting worse without making the file wrong.

Advice never blocks a build (errors do). Each rule follows the editorial standards in CONTENT.md:
short postings, few must-haves, years only where they matter, plain titles, neutral wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hiring_guide.model import Role
from hiring_guide.problems import Problem, field_path
from hiring_guide.sources.strict_yaml import Document

MAX_SAMPLE_WORDS = 350  # CONTENT.md: 250-350 words, about a minute and a half at 238 words a minute
MAX_MUST_HAVES = 8
TITLE_BUZZWORDS = ("ninja", "rockstar", "rock star", "guru", "wizard", "unicorn", "jedi", "superstar", "hero")
_YEARS = re.compile(r"\b\d+\s*\+?\s*(?:-\s*\d+\s*)?years?\b", re.IGNORECASE)

# Word stems from Gaucher, Friesen and Kay (2011), "Evidence that gendered wording in job
# advertisements exists and sustains gender inequality", Journal of Personality and Social
# Psychology 101(1), appendix lists. A trailing * matches any ending.
MASCULINE_CODED = """active adventurous aggress* ambitio* analy* assert* athlet* autonom* boast* challeng*
compet* confident courag* decide decisive decision* determin* dominant domina* force* greedy headstrong
hierarch* hostil* impulsive independen* individual* intellect* lead* logic masculine objective opinion
outspoken persist principle* reckless stubborn superior self-confiden* self-relian* self-sufficien*""".split()
FEMININE_CODED = """affectionate child* cheer* commit* communal compassion* connect* considerate cooperat*
depend* emotiona* empath* feminine flatterable gentle honest interpersonal interdependen* interpersona*
kind kinship loyal* modesty nag nurtur* pleasant* polite quiet* respon* sensitiv* submissive support*
sympath* tender* together* trust* understand* warm* whin* yield*""".split()
# Advise only when masculine-coded words clearly outnumber feminine-coded ones.
GENDER_MARGIN = 3


def _pattern(stems: list[str]) -> re.Pattern[str]:
    parts = [re.escape(s[:-1]) + r"[\w-]*" if s.endswith("*") else re.escape(s) for s in stems]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)


_MASCULINE = _pattern(MASCULINE_CODED)
_FEMININE = _pattern(FEMININE_CODED)


def sample_text(role: Role) -> list[str]:
    """Every piece of text in the job description sample, in order."""
    jd = role.job_description
    return [jd.about, *jd.responsibilities, *jd.must_have, *jd.nice_to_have, *jd.perks]


def advice_for(role: Role, doc: Document) -> Iterator[Problem]:
    def at(path: tuple[str | int, ...], message: str, hint: str) -> Problem:

        mark = doc.mark(path)
        return Problem(role.source, mark.line, mark.column, field_path(path), message, hint, "advice")

    words = sum(len(text.split()) for text in sample_text(role))
    if words > MAX_SAMPLE_WORDS:
        yield at(
            ("job_description",),
            f"the sample is {words} words, over the 250 to 350 that a candidate reads in about "
            "a minute and a half (238 words a minute)",
            "move detail to the responsibilities and FAQ sections of the page",
        )
    must = role.job_description.must_have
    if len(must) > MAX_MUST_HAVES:
        yield at(
            ("job_description", "must_have"),
            f"{len(must)} must-haves; keep five to eight",
            "move the rest to nice_to_have: long lists deter qualified applicants",
        )

    entry_texts: list[tuple[tuple[str | int, ...], str]] = []
    if role.salary.posting_level == "entry":
        entry_texts += [(("job_description", "must_have", i), t) for i, t in enumerate(must)]
        entry_texts += [
            (("qualifications", "prerequisites", i), t)
            for i, t in enumerate(role.qualifications.prerequisites)
        ]
    entry_texts += [
        (("levels", i, "experience"), v.experience) for i, v in enumerate(role.levels) if v.level == "entry"
    ]
    for path, text in entry_texts:
        if found := _YEARS.search(text):
            yield at(
                path,
                f"'{found.group()}' asked of an entry-level hire",
                "entry-level roles should not require years of experience; describe what they can do",
            )

    titles = [(("title",), role.title), (("job_description", "title"), role.job_description.title)]
    titles += [(("examples", i, "title"), e.title) for i, e in enumerate(role.examples)]
    titles += [(("levels", i, "title"), v.title) for i, v in enumerate(role.levels)]
    for path, title in titles:
        lowered = title.lower()
        for word in TITLE_BUZZWORDS:
            if re.search(rf"\b{word}\b", lowered):
                yield at(
                    path,
                    f"title uses the buzzword '{word}'",
                    "use the conventional title candidates search for",
                )

    text = " ".join(sample_text(role))
    masculine = sorted({m.lower() for m in _MASCULINE.findall(text)})
    feminine = _FEMININE.findall(text)
    if len(_MASCULINE.findall(text)) - len(feminine) >= GENDER_MARGIN:
        yield at(
            ("job_description",),
            f"masculine-coded words outnumber feminine-coded ones: {', '.join(masculine)}",
            "describe the work instead, or balance the wording (Gaucher, Friesen and Kay, 2011)",
        )
