"""Built HTML made lighter without changing what it shows: indentation between lines goes.

Material's templates indent deeply, and a role page carries about 4 KB of it. A run of white
space that contains a line break renders as one space in HTML flow, so it becomes a single line
break; inside <pre>, <textarea> and <script>, where white space means something, nothing changes.
"""

from __future__ import annotations

import re

_VERBATIM = re.compile(r"(<(pre|textarea|script)\b.*?</\2\s*>)", re.S | re.I)
_BREAK_RUN = re.compile(r"[ \t]*\n\s*")


def collapse_whitespace(html: str) -> str:
    """The same page with every white-space run that holds a line break cut to one line break."""
    parts = _VERBATIM.split(html)
    # split() with two groups yields: text, verbatim block, its tag name, text, ...
    out = []
    for index, part in enumerate(parts):
        kind = index % 3
        if kind == 0:
            out.append(_BREAK_RUN.sub("\n", part))
        elif kind == 1:
            out.append(part)
    return "".join(out)
