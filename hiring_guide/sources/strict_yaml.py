"""Read a data file as strict, plain YAML and remember the line of every value.

PyYAML's loaders are too forgiving for files written by strangers: they keep the last of two
duplicate keys, read `no` as False and `0123` as 83, expand aliases (an alias bomb exhausts memory)
and build Python objects from tags. Here libyaml (the C parser, when present) only produces
events; this module builds plain dicts, lists and scalars from them and refuses everything else
with a message that names the line and the field. It also keeps where each value written over
several lines ends and which of its lines read like `key:`, so a quote left open or a field indented
into the text above can be reported where the mistake is, not where YAML happened to notice it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from hiring_guide.problems import Problem, field_path

try:  # the libyaml parser is several times faster; fall back to pure Python where absent
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

MAX_FILE_BYTES = 256 * 1024
MAX_DEPTH = 20
MAX_EVENTS = 20_000

Path_ = tuple[str | int, ...]

_STANDARD_TAGS = {
    None,
    "!",
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}

# YAML 1.2 core schema for plain scalars; YAML 1.1 forms that other tools read differently are refused.
_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)\Z")
_FLOAT = re.compile(r"[-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?\Z")
_AMBIGUOUS = [
    (re.compile(r"(?i)(y|n|yes|no|on|off)\Z"), "a yes/no value (true or false)"),
    (re.compile(r"[-+]?0[0-7_]+\Z|[-+]?0o[0-7_]+\Z"), "an octal number"),
    (re.compile(r"[-+]?0x[0-9a-fA-F_]+\Z|[-+]?0b[01_]+\Z"), "a hexadecimal or binary number"),
    (re.compile(r"[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?\Z"), "a sexagesimal (base 60) number"),
    (re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?\Z"), "a date"),
    (re.compile(r"[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?\Z"), "a number with underscores"),
    (re.compile(r"[-+]?\.(inf|Inf|INF)\Z|\.(nan|NaN|NAN)\Z"), "infinity or not-a-number"),
]

# Control characters, and characters that are invisible or reorder text (they hide what a
# reviewer reads in a diff). A zero-width joiner is checked apart: emoji sequences need it.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200b\u200c\u200e\u200f\u2060\ufeff"
    "\u202a-\u202e\u2066-\u2069\ud800-\udfff]|\u200d"
)


@dataclass(frozen=True)
class Mark:
    """A 1-based line and column."""

    line: int
    column: int


# A line inside a multi-line value that reads like a mapping key or a list entry with a key:
# YAML took it as text, which is what a quote left open or a line indented too far does.
_KEY_LINE = re.compile(r"^(\s*)((-\s+)?([A-Za-z_][A-Za-z0-9_]*):)(?=\s|$)(\s*$)?")


@dataclass(frozen=True)
class KeyLine:
    """A line inside a multi-line value that looks like `key:` or `- key:`."""

    line: int
    column: int
    key: str  # the name before the colon
    text: str  # as written, e.g. "- question:"
    certain: bool  # no prose reads so: `- key:`, a bare `key:`, or a line indented past the text


@dataclass(frozen=True)
class Span:
    """A value written over several lines: how it is quoted, where it ends, what it swallowed."""

    style: str  # '"' or "'" (quoted), '|' or '>' (block), '' (plain)
    end: Mark  # the last line that holds part of the value
    key_lines: tuple[KeyLine, ...]

    @property
    def quoted(self) -> bool:
        return self.style in ('"', "'")


@dataclass
class Document:
    """The data of one file, with the position of every value and every mapping key."""

    data: Any
    marks: dict[Path_, Mark] = field(default_factory=dict)
    key_marks: dict[Path_, Mark] = field(default_factory=dict)
    spans: dict[Path_, Span] = field(default_factory=dict)  # values written over several lines
    text: str = ""

    def mark(self, path: Path_) -> Mark:
        """The position of the value at `path`, or of the nearest enclosing value that has one."""
        while path not in self.marks and path:
            path = path[:-1]
        return self.marks.get(path, Mark(1, 1))

    @cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    def find(self, path: Path_, pattern: re.Pattern[str]) -> Mark:
        """Where `pattern` first matches in the source of the value at `path` (the value's own
        mark when the source does not show it, as with an escape sequence)."""
        start = self.mark(path)
        span = self.spans.get(path)
        last = span.end.line if span else start.line
        for number in range(start.line, min(last, len(self.lines)) + 1):
            line = self.lines[number - 1]
            offset = start.column - 1 if number == start.line else 0
            if found := pattern.search(line, offset):
                return Mark(number, found.start() + 1)
        return start


class YamlProblem(Exception):
    """A file that cannot be read as strict YAML; reading stops at the first such problem."""

    def __init__(self, line: int, column: int, where: Path_, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.line, self.column, self.where, self.message, self.hint = line, column, where, message, hint

    def to_problem(self, path: str) -> Problem:
        return Problem(path, self.line, self.column, field_path(self.where), self.message, self.hint)


def read_file(path: Path) -> Document:
    """Read a data file; raise YamlProblem, which names line and field, on bad input."""
    return read_bytes(path.read_bytes())


def read_bytes(raw: bytes) -> Document:
    """Parse a data file's bytes; raise YamlProblem, which names line and field, on bad input."""
    if len(raw) > MAX_FILE_BYTES:
        raise YamlProblem(
            1,
            1,
            (),
            f"file is {len(raw):,} bytes; the limit is {MAX_FILE_BYTES:,}",
            "split long text or remove pasted material",
        )
    return parse(decode(raw))


def decode(raw: bytes) -> str:
    """Decode UTF-8 (a byte-order mark is allowed) and refuse control and invisible characters."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise YamlProblem(
            line,
            column,
            (),
            f"byte 0x{raw[exc.start]:02x} is not valid UTF-8",
            "save the file with UTF-8 encoding",
        ) from None
    check_characters(text, 1, 1, (), _CONTROL)  # libyaml cannot read past these
    return text


def check_characters(
    text: str, line: int, column: int, where: Path_, pattern: re.Pattern[str] | None = None
) -> None:
    """Refuse control characters and invisible formatting characters anywhere in `text`."""
    for found in (pattern or _FORBIDDEN).finditer(text):
        index, char = found.start(), found.group()
        if char == "\u200d" and not _is_stray_joiner(text, index):
            continue
        before = text[:index]
        at_line = line + before.count("\n")
        at_column = index - before.rfind("\n") if "\n" in before else column + index
        name = unicodedata.name(char, "control character")
        raise YamlProblem(
            at_line,
            at_column,
            where,
            f"contains U+{ord(char):04X} {name}, which is invisible or not text",
            "delete it; retype the text around it if unsure",
        )


def _is_stray_joiner(text: str, index: int) -> bool:
    """A zero-width joiner is allowed only inside an emoji sequence (as in a family emoji)."""
    if text[index] != "\u200d":
        return False
    before = text[index - 1] if index else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    return not (_is_emoji_part(before) and _is_emoji_part(after))


def _is_emoji_part(char: str) -> bool:
    return bool(char) and (unicodedata.category(char) == "So" or char in "\ufe0f\u2640\u2642")


def parse(text: str) -> Document:
    """Build plain data from libyaml's events, refusing what this project does not accept."""
    doc = Document(data=None, text=text)
    stack: list[tuple[Any, Path_, list[Any]]] = []  # (container, its path, [pending key, key mark])
    documents = 0
    where: Path_ = ()
    events = 0
    last_quoted: tuple[yaml.ScalarEvent, Path_] | None = None  # the latest quoted value
    last_node: yaml.Event | None = None  # the latest value read (ends of lists and mappings aside)
    try:
        for event in yaml.parse(text, Loader=_Loader):
            events += 1
            if isinstance(event, yaml.NodeEvent):
                last_node = event
            if events > MAX_EVENTS:
                raise YamlProblem(
                    _line(event),
                    _col(event),
                    where,
                    f"file has more than {MAX_EVENTS:,} values",
                    "shorten it",
                )
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise YamlProblem(
                        _line(event),
                        _col(event),
                        (),
                        "file holds more than one YAML document",
                        "remove the '---' line and everything after it",
                    )
                continue
            if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)):
                continue
            if isinstance(event, yaml.AliasEvent):
                raise YamlProblem(
                    _line(event),
                    _col(event),
                    _value_path(stack, where),
                    f"alias *{event.anchor} is not supported",
                    "write the value out in full; anchors and aliases are not allowed",
                )
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                _container, path, _pending = stack.pop()
                where = path
                continue
            # a node: a scalar, or the start of a mapping or a sequence
            if not (stack and isinstance(stack[-1][0], dict) and not stack[-1][2]):
                where = _child_path(stack)
            if event.anchor is not None:
                raise YamlProblem(
                    _line(event),
                    _col(event),
                    where,
                    f"anchor &{event.anchor} is not supported",
                    "write each value out in full; anchors and aliases are not allowed",
                )
            if event.tag not in _STANDARD_TAGS:
                raise YamlProblem(
                    _line(event),
                    _col(event),
                    where,
                    f"tag {event.tag.replace('tag:yaml.org,2002:', '!!')} is not allowed",
                    "remove the tag: values are plain text, lists and mappings",
                )
            mark = Mark(_line(event), _col(event))
            if stack and isinstance(stack[-1][0], dict) and not stack[-1][2]:
                _take_key(event, stack[-1], mark)
                continue
            path = where
            if len(path) > MAX_DEPTH:
                raise YamlProblem(
                    mark.line,
                    mark.column,
                    path,
                    f"values are nested more than {MAX_DEPTH} levels deep",
                    "flatten the structure",
                )
            if isinstance(event, yaml.ScalarEvent):
                value: Any = _scalar(event, mark, path)
                if event.style in ('"', "'"):
                    last_quoted = (event, path)
                if span := _span(event, doc):
                    doc.spans[path] = span
            elif isinstance(event, yaml.MappingStartEvent):
                value = {}
            else:
                value = []
            doc.marks[path] = mark
            _attach(doc, stack, value)
            if isinstance(value, (dict, list)):
                stack.append((value, path, []))
    except yaml.MarkedYAMLError as exc:
        if unclosed := _unclosed_quote(last_quoted, last_node, exc, doc):
            raise unclosed from None
        if stack and isinstance(stack[-1][0], dict) and stack[-1][2]:
            where = (*stack[-1][1], stack[-1][2][0])  # the key whose value could not be read
        opened = str(exc.context or "").startswith(("while parsing a flow", "while scanning a quoted"))
        unfinished = exc.context_mark is not None and (opened or "end of stream" in str(exc.problem))
        mark_ = exc.context_mark if unfinished else (exc.problem_mark or exc.context_mark)
        line = mark_.line + 1 if mark_ else 1
        column = mark_.column + 1 if mark_ else 1
        message = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        source_line = text.splitlines()[line - 1] if line <= len(text.splitlines()) else ""
        key_line = _KEY_LINE.match(source_line)
        if unfinished:
            hint = "a quote or bracket that opens here is never closed"
        elif "\t" in source_line:
            hint = "indent with spaces, never tabs"
        elif key_line and key_line.end() == column:  # stopped at the colon of `key:` on this line
            hint = (
                f"'{key_line.group(2)}' is indented as if it continued the value above; "
                "line it up with the field it belongs beside"
            )
        else:
            hint = "check indentation and quoting on this line and the one before"
        raise YamlProblem(line, column, where, f"YAML syntax error: {message}", hint) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(1, 1, where, f"YAML could not be read: {exc}") from None
    check_characters(text, 1, 1, ())  # what no value holds: comments, keys, indentation
    if documents == 0 or doc.data is None:
        raise YamlProblem(1, 1, (), "file is empty", "start from a copy of an existing role file")
    if not isinstance(doc.data, dict):
        raise YamlProblem(
            1,
            1,
            (),
            "the top level must be a mapping of field names to values",
            "begin with 'title: ...', not with '- ...'",
        )
    return doc


def _span(event: yaml.ScalarEvent, doc: Document) -> Span | None:
    """The extent of a value written over several lines, with the lines inside it that read like
    keys; None for a value on one line (the common case, kept cheap)."""
    start, end = event.start_mark, event.end_mark
    last = end.line - 1 if end.column == 0 else end.line  # a block value ends at the next line's start
    last = min(last, len(doc.lines) - 1)
    if last <= start.line:
        return None
    key_lines = []
    base = None  # the indentation of the value's first continuation line
    for number in range(start.line + 1, last + 1):
        line = doc.lines[number]
        indent = len(line) - len(line.lstrip())
        if base is None and line.strip():
            base = indent
        if found := _KEY_LINE.match(line):
            certain = bool(found.group(3) or found.group(5) is not None or indent > (base or 0))
            key_lines.append(KeyLine(number + 1, indent + 1, found.group(4), found.group(2), certain))
    end_column = end.column if last == end.line else len(doc.lines[last])
    return Span(event.style or "", Mark(last + 1, end_column + 1), tuple(key_lines))


def unclosed_quote(quote: str, end_line: int) -> tuple[str, str]:
    """The message and hint for a quoted value left open, which ran on to `end_line`."""
    inner = '\\"' if quote == '"' else "''"
    return (
        f"unclosed quote: the value that opens with {quote} here runs on to line {end_line}",
        f"close it where the value ends; inside the text write {quote} as {inner}",
    )


def _unclosed_quote(
    last_quoted: tuple[yaml.ScalarEvent, Path_] | None,
    last_node: yaml.Event | None,
    exc: yaml.MarkedYAMLError,
    doc: Document,
) -> YamlProblem | None:
    """A quote left open: a quoted value spanning several lines ran on until a later quote
    happened to close it, and what followed could not be read. That is so when the error is on
    the line where the value closed, or when no value came between it and the error and it
    swallowed lines reading like `key:`. Report it where the quote opens, not where the parser
    gave up."""
    if last_quoted is None or exc.problem_mark is None:
        return None
    event, path = last_quoted
    span = _span(event, doc)
    if span is None:
        return None
    on_closing_line = exc.problem_mark.line == event.end_mark.line
    if not (on_closing_line or (event is last_node and span.key_lines)):
        return None
    message, hint = unclosed_quote(event.style, event.end_mark.line + 1)
    return YamlProblem(event.start_mark.line + 1, event.start_mark.column + 1, path, message, hint)


def _line(event: yaml.Event) -> int:
    return event.start_mark.line + 1


def _col(event: yaml.Event) -> int:
    return event.start_mark.column + 1


def _child_path(stack: list[tuple[Any, Path_, list[Any]]]) -> Path_:
    if not stack:
        return ()
    container, path, pending = stack[-1]
    if isinstance(container, dict):
        return (*path, pending[0])
    return (*path, len(container))


def _value_path(stack: list[tuple[Any, Path_, list[Any]]], where: Path_) -> Path_:
    """The path of the value about to be read, when a key or a list position is waiting for it."""
    if stack and (stack[-1][2] or isinstance(stack[-1][0], list)):
        return _child_path(stack)
    return where


def _take_key(event: yaml.Event, top: tuple[Any, Path_, list[Any]], mark: Mark) -> None:
    container, path, pending = top
    if not isinstance(event, yaml.ScalarEvent):
        raise YamlProblem(
            mark.line, mark.column, path, "a mapping key must be a plain name", "use 'name: value' pairs"
        )
    key = event.value
    check_characters(key, mark.line, mark.column, path)
    if key == "<<" and not event.style:
        raise YamlProblem(
            mark.line, mark.column, path, "merge keys (<<) are not supported", "write the keys out in full"
        )
    if key in container:
        raise YamlProblem(
            mark.line,
            mark.column,
            (*path, key),
            f"duplicate key '{key}'",
            "each field may appear once; merge the two entries",
        )
    pending[:] = [key, mark]


def _attach(doc: Document, stack: list[tuple[Any, Path_, list[Any]]], value: Any) -> None:
    if not stack:
        doc.data = value
        return
    container, path, pending = stack[-1]
    if isinstance(container, dict):
        key, key_mark = pending
        container[key] = value
        doc.key_marks[(*path, key)] = key_mark
        pending.clear()
    else:
        container.append(value)


def _scalar(event: yaml.ScalarEvent, mark: Mark, path: Path_) -> Any:
    """Resolve a scalar: quoted and block text stays text; plain scalars follow YAML 1.2 core."""
    value = event.value
    check_characters(value, mark.line, mark.column, path)
    if event.style or event.tag in ("!", "tag:yaml.org,2002:str"):  # quoted or block: text
        return value
    if value in _NULL:
        return None
    if value in _TRUE or value in _FALSE:
        return value in _TRUE
    if _INT.match(value):
        return int(value)
    if _FLOAT.match(value):
        return float(value)
    for pattern, kind in _AMBIGUOUS:
        if pattern.match(value):
            raise YamlProblem(
                mark.line,
                mark.column,
                path,
                f"unquoted value '{value}' is ambiguous: YAML 1.1 tools read it as {kind}",
                f'write it in quotes if you mean the text: "{value}"',
            )
    return value


def strings(data: Any) -> Iterator[tuple[Path_, str]]:
    """Every text value of a document's data with its field path, for the checks that read prose."""
    stack: list[tuple[Path_, Any]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            stack.extend(((*path, k), v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend(((*path, i), v) for i, v in enumerate(value))
        elif isinstance(value, str):
            yield path, value
