"""Every kind of bad input: one fixture file each, refused with the exact file, line, field and message.

The fixtures in tests/fixtures/bad/ are the minimal fixture role with one thing wrong. Each is
checked as data/roles/minimal-role.yml, so every message below starts with that path. Their names
say what kind of mistake they hold: encoding-, yaml- (reading), value- and layout- (what was
meant), ref- (references), size-, contract- (what every role needs) and style- (the editorial guide).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hiring_guide.load import check
from hiring_guide.sources.strict_yaml import MAX_FILE_BYTES
from tests.conftest import FIXTURES, fixture_role, make_project

BAD = FIXTURES / "bad"
PATH = "data/roles/minimal-role.yml:"

EXPECTED = {
    "contract-no-levels": [
        "2:1: levels: required field is missing (hint: How expectations change by experience level, from the most junior level the role is hired at upwards. The job description builder and the role page show the level chosen.)"
    ],
    "contract-no-onet-example": [
        "83:1: tools: no tool has an onet_example, though O*NET lists 425 technologies for 15-1252.00 (hint: start from O*NET: give the tools it lists an onet_example, copied exactly from data/sources/onet-technology-skills.csv)"
    ],
    "contract-no-related-article": [
        "116:19: related_articles: has 0 items; at least 1 needed (hint: name at least one article under docs/articles/ (its file name without .md) that helps hire for this role)"
    ],
    "contract-no-schema-comment": [
        "1:1: (file): the first line does not point editors at the schema (hint: make the first line: # yaml-language-server: $schema=../schema/role.schema.json)"
    ],
    "contract-same-employer-twice": [
        "103:13: examples[1].employer: employer is already used by examples[0] (hint: each example is for a different kind of employer)"
    ],
    "contract-too-few-questions": [
        "66:1: faq: has 5 items; at least 8 needed (hint: answer at least 8 questions a hiring manager asks about this role: scope, level, pay, interviews, tools, when to hire)"
    ],
    "encoding-bidi-override": [
        "4:19: summary: contains U+202E RIGHT-TO-LEFT OVERRIDE, which is invisible or not text (hint: delete it; retype the text around it if unsure)"
    ],
    "encoding-bom-crlf-ok": [],
    "encoding-control-character": [
        "4:15: (file): contains U+0007 control character, which is invisible or not text (hint: delete it; retype the text around it if unsure)"
    ],
    "encoding-escaped-control": [
        "4:14: summary: contains U+0000 control character, which is invisible or not text (hint: delete it; retype the text around it if unsure)"
    ],
    "encoding-latin1": [
        "4:13: (file): byte 0xe9 is not valid UTF-8 (hint: save the file with UTF-8 encoding)"
    ],
    "encoding-lone-surrogate": [
        "4:17: summary: YAML syntax error: while parsing a quoted scalar found invalid Unicode character escape code (hint: check indentation and quoting on this line and the one before)"
    ],
    "encoding-zero-width": [
        "2:15: title: contains U+200B ZERO WIDTH SPACE, which is invisible or not text (hint: delete it; retype the text around it if unsure)"
    ],
    "layout-field-indented-into-text": [
        "113:5: examples[2].about: 'responsibilities:' on line 113 is indented into this value and read as its text (hint: line it up with the fields it belongs beside (or, in a list, with the '-' of the items))"
    ],
    "layout-quote-left-open-in-list": [
        '23:5: job_description.perks[0]: unclosed quote: the value that opens with " here runs on to line 26 (hint: close it where the value ends; inside the text write " as \\")'
    ],
    "ref-absolute-path": [
        "117:3: related_articles[0]: '/etc/passwd' must use lowercase letters, digits and single hyphens (hint: name an existing role (data/roles/NAME.yml) or article (docs/articles/NAME.md) as NAME)"
    ],
    "ref-missing-article": [
        "117:3: related_articles[0]: no article docs/articles/no-such-article.md (hint: existing articles: reading-salary-data)"
    ],
    "ref-missing-role": [
        "116:3: related_roles[0]: no role file data/roles/no-such-role.yml (hint: use the file name of an existing role, without .yml)"
    ],
    "ref-path-traversal": [
        "116:3: related_roles[0]: '../../etc/passwd' must use lowercase letters, digits and single hyphens (hint: name an existing role (data/roles/NAME.yml) or article (docs/articles/NAME.md) as NAME)"
    ],
    "ref-url-metacharacters": [
        "116:3: related_roles[0]: 'x?y=1#z' must use lowercase letters, digits and single hyphens (hint: name an existing role (data/roles/NAME.yml) or article (docs/articles/NAME.md) as NAME)"
    ],
    "size-long-list": [
        "23:3: job_description.perks: has 40 items; at most 10 allowed (hint: Perks and benefits, one per item.)"
    ],
    "size-long-string": [
        "4:10: summary: is 5,000 characters; at most 400 allowed (hint: One or two sentences on what the role exists to do. Shown at the top of the page, in the role index and as the page's description for search engines.)"
    ],
    "style-british-spelling": [
        "4:70: summary: 'behaviour' is British spelling (hint: write 'behavior': the guide uses US English)"
    ],
    "style-filler-phrase": [
        "23:5: job_description.perks[0]: 'Competitive salary' is filler the editorial guide rules out (hint: give the pay range: the salary section shows it, and pay-transparency laws require it)"
    ],
    "style-shared-answer-opening": [
        "67:11: faq[0].answer: 2 of 8 FAQ answers (25.0%) open with 'interviewers should evaluate' (hint: open with this answer's own decision, in its own words; no two answers should share a formula)",
        "69:11: faq[1].answer: 2 of 8 FAQ answers (25.0%) open with 'interviewers should evaluate' (hint: open with this answer's own decision, in its own words; no two answers should share a formula)",
    ],
    "value-empty-title": [
        "2:7: title: expected text, found nothing (hint: write the value after 'title:' on the same line)"
    ],
    "value-invisible-character": [
        "3:13: department: 'Engineering\\u00a0' is not one of: Engineering, Data, Product, Design, Sales, Marketing, Customer Success, People, Finance, Operations, IT (hint: The department the role belongs to; the role index and the home page group roles by it.)"
    ],
    "yaml-alias-bomb": [
        "1:4: a: anchor &a is not supported (hint: write each value out in full; anchors and aliases are not allowed)"
    ],
    "yaml-alias": [
        "22:10: job_description.perks: alias *perks is not supported (hint: write the value out in full; anchors and aliases are not allowed)"
    ],
    "yaml-anchor": [
        "4:10: summary: anchor &s is not supported (hint: write each value out in full; anchors and aliases are not allowed)"
    ],
    "yaml-boolean-word": [
        "11:13: job_description.location: unquoted value 'no' is ambiguous: YAML 1.1 tools read it as a yes/no value (true or false) (hint: write it in quotes if you mean the text: \"no\")"
    ],
    "yaml-custom-tag": [
        "4:10: summary: tag !include is not allowed (hint: remove the tag: values are plain text, lists and mappings)"
    ],
    "yaml-date": [
        "4:10: summary: unquoted value '2024-05-01' is ambiguous: YAML 1.1 tools read it as a date (hint: write it in quotes if you mean the text: \"2024-05-01\")"
    ],
    "yaml-deep-nesting": [
        "1:28: title[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: values are nested more than 20 levels deep (hint: flatten the structure)"
    ],
    "yaml-duplicate-key-nested": [
        "9:3: salary.posting_level: duplicate key 'posting_level' (hint: each field may appear once; merge the two entries)"
    ],
    "yaml-empty": ["1:1: (file): file is empty (hint: start from a copy of an existing role file)"],
    "yaml-field-indented-under-item": [
        "24:17: job_description.perks[0]: YAML syntax error: mapping values are not allowed in this context (hint: 'nice_to_have:' is indented as if it continued the value above; line it up with the field it belongs beside)"
    ],
    "yaml-merge-key": ["7:3: salary: merge keys (<<) are not supported (hint: write the keys out in full)"],
    "yaml-octal": [
        "7:13: salary.soc_code: unquoted value '0755' is ambiguous: YAML 1.1 tools read it as an octal number (hint: write it in quotes if you mean the text: \"0755\")"
    ],
    "yaml-python-tag": [
        "4:10: summary: tag !!python/object/apply:os.system is not allowed (hint: remove the tag: values are plain text, lists and mappings)"
    ],
    "yaml-sexagesimal": [
        "7:13: salary.soc_code: unquoted value '15:12' is ambiguous: YAML 1.1 tools read it as a sexagesimal (base 60) number (hint: write it in quotes if you mean the text: \"15:12\")"
    ],
    "yaml-syntax-error": [
        "4:10: summary: YAML syntax error: while scanning a quoted scalar found unexpected end of stream (hint: a quote or bracket that opens here is never closed)"
    ],
    "yaml-tab-indent": [
        "7:1: salary: YAML syntax error: while scanning for the next token found character that cannot start any token (hint: indent with spaces, never tabs)"
    ],
    "yaml-top-level-list": [
        "1:1: (file): the top level must be a mapping of field names to values (hint: begin with 'title: ...', not with '- ...')"
    ],
    "yaml-two-documents": [
        "117:1: (file): file holds more than one YAML document (hint: remove the '---' line and everything after it)"
    ],
    "yaml-unclosed-quote-title": [
        '2:8: title: unclosed quote: the value that opens with " here runs on to line 4 (hint: close it where the value ends; inside the text write " as \\")'
    ],
}


def errors(tmp_path: Path, content: bytes, name: str = "minimal-role.yml") -> list[str]:
    _catalogue, found = check(make_project(tmp_path, {name: content}))
    return [str(p) for p in found if p.severity == "error"]


def test_every_fixture_has_an_expectation():
    assert sorted(p.stem for p in BAD.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_input_is_refused_with_file_line_and_field(tmp_path: Path, name: str):
    found = errors(tmp_path, (BAD / f"{name}.yml").read_bytes())
    assert found == [PATH + message for message in EXPECTED[name]]


def test_file_name_with_an_invisible_character_is_printed_with_it_escaped(tmp_path: Path):
    found = errors(tmp_path, fixture_role("minimal-role").encode(), name="minimal\u200b-role.yml")
    assert found == [
        "data/roles/minimal\\u200b-role.yml:1:1: (file): file name 'minimal\\u200b-role.yml' is not a valid slug (hint: use lowercase ASCII letters, digits and single hyphens, e.g. senior-backend-engineer.yml)"
    ]


def test_oversized_file_is_refused_before_parsing(tmp_path: Path):
    content = fixture_role("minimal-role") + "#" + "x" * MAX_FILE_BYTES + "\n"
    [message] = errors(tmp_path, content.encode())
    assert message.startswith(PATH + "1:1: (file): file is ")
    assert message.endswith(
        f"bytes; the limit is {MAX_FILE_BYTES:,} (hint: split long text or remove pasted material)"
    )
