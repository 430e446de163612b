"""Sentences that say which titles O*NET lists under which codes are checked against O*NET's own
title lists; claims that O*NET has no such title are refused, since no data file can back them.

An editor found "O*NET has no Cloud Architect title" on a page while O*NET 29.2 lists it under
three codes. A claim is checked when its sentence names titles (in quotes, or as capitalized
words) before "as a title of", "under" or "among", and SOC codes after them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from hiring_guide.problems import Problem
from hiring_guide.sources.strict_yaml import Document, strings

_SENTENCE = re.compile(r"[^.!?]*?O\*NET\b.*?(?:[.!?](?=\s|$)|$)")
_CLAIM = re.compile(
    r"O\*NET (?:also )?(?:lists|places|files) (?P<titles>.+?) (?:only )?"
    r"(?:as (?:an? )?(?:alternate )?titles? (?:of|under)|as titles of|under|among)\b(?P<rest>.*)"
)
_CODE = re.compile(r"\b\d{2}-\d{4}(?:\.\d{2})?\b")
_QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]")
_ABSENCE = re.compile(
    r"O\*NET (?:also )?(?:has|lists) no\b[^.]*\btitles?\b"
    r"|\bno O\*NET (?:title|occupation)\b|\bis not an O\*NET title\b"
)
_NAME_WORD = re.compile(r"[A-Z0-9][\w/&+-]*|[a-z]+[A-Z][\w-]*")  # "Engineer", "QA", "iOS"


def claimed(sentence: str) -> list[tuple[str, list[str]]]:
    """(title, codes) pairs a sentence states, when it states titles and codes."""
    match = _CLAIM.search(sentence)
    if not match:
        return []
    codes = _CODE.findall(match.group("rest"))
    if not codes:
        return []
    quoted = _QUOTED.findall(match.group("titles"))
    if quoted:
        names = quoted
    else:
        names = [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group("titles"))]
        names = [n for n in names if n and all(_NAME_WORD.fullmatch(w) for w in n.split())]
    return [(name, codes) for name in names]


def is_listed(title: str, codes: list[str], titles: dict[str, set[str]]) -> bool:
    """Whether O*NET gives `title` to one of the codes (a 6-digit code covers its .xx children)."""
    wanted = title.casefold()
    return any(
        any(name == wanted or name.startswith(wanted + " (") for name in names)
        for code, names in titles.items()
        if any(code == c or (len(c) == 7 and code.startswith(c + ".")) for c in codes)
    )


Titles = Callable[[], dict[str, set[str]]]  # O*NET's titles, read only when a claim needs them


def claim_problems(text: str, titles: Titles) -> Iterator[str]:
    """A message for each false or uncheckable O*NET title claim in a text."""
    if "O*NET" not in text:
        return
    prose = " ".join(text.split())
    if found := _ABSENCE.search(prose):
        yield f"says '{found.group(0)}', which no data file can back"
    for sentence in _SENTENCE.findall(prose):
        for title, codes in claimed(sentence):
            if not is_listed(title, codes, titles()):
                yield f"says O*NET lists '{title}' under {', '.join(codes)}, but O*NET 29.2 does not"


def onet_claim_problems(doc: Document, display: str, titles: Titles) -> list[Problem]:
    """Every text value of a role file with a false or uncheckable O*NET title claim."""
    hint = (
        "state only what data/sources/onet-alternate-titles.csv or onet-reported-titles.csv "
        "shows, with the codes"
    )
    return [
        Problem.at(doc, display, path, message, hint)
        for path, value in strings(doc.data)
        for message in claim_problems(value, titles)
    ]
