"""The strict YAML reader: plain data out, every refusal named by line and field."""

from __future__ import annotations

import pytest

from hiring_guide.sources.strict_yaml import MAX_DEPTH, Mark, YamlProblem, decode, parse


def problem(text: str) -> str:
    with pytest.raises(YamlProblem) as caught:
        parse(text)
    return str(caught.value.to_problem("data/roles/x.yml"))


def test_plain_values_follow_yaml_1_2_core():
    doc = parse('a: text\nb: 12\nc: 1.5\nd: true\ne:\nf: "no"\ng: [x, "y"]\n')
    assert doc.data == {"a": "text", "b": 12, "c": 1.5, "d": True, "e": None, "f": "no", "g": ["x", "y"]}


def test_every_value_and_key_has_its_line_and_column():
    doc = parse("title: T\nfaq:\n  - question: Q?\n    answer: A\n")
    assert doc.marks[("faq", 0, "answer")].line == 4
    assert doc.marks[("faq", 0, "answer")].column == 13
    assert doc.key_marks[("faq", 0, "question")].line == 3


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("no", "yes/no"),
        ("Off", "yes/no"),
        ("0123", "octal"),
        ("0x1F", "hexadecimal"),
        ("1:30", "sexagesimal"),
        ("2024-01-31", "date"),
        ("1_000", "underscores"),
        (".inf", "infinity"),
    ],
)
def test_yaml_1_1_coercions_are_refused_with_a_hint_to_quote(value: str, kind: str):
    message = problem(f"title: T\nlevel: {value}\n")
    assert message.startswith("data/roles/x.yml:2:8: level: unquoted value")
    assert kind in message
    assert f'"{value}"' in message


def test_duplicate_keys_at_any_depth_are_refused():
    assert problem("a:\n  b: 1\n  c:\n    d: 1\n    d: 2\n").startswith(
        "data/roles/x.yml:5:5: a.c.d: duplicate key 'd'"
    )


def test_anchors_aliases_and_merge_keys_are_refused():
    assert "anchor &x is not supported" in problem("a: &x text\nb: *x\n")
    assert "alias *x is not supported" in problem("a: [*x]\n")
    assert "merge keys (<<) are not supported" in problem("a:\n  <<: {b: 1}\n")


def test_alias_bomb_is_refused_at_once():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev = chr(ord("a") + i - 1)
        name = chr(ord("a") + i)
        lines.append(
            f"{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]"
        )
    assert "anchor &a is not supported" in problem("\n".join(lines) + "\n")


def test_python_and_custom_tags_are_refused():
    assert "tag !!python/object/apply:os.system is not allowed" in problem(
        "a: !!python/object/apply:os.system [echo hi]\n"
    )
    assert "tag !custom is not allowed" in problem("a: !custom x\n")


def test_empty_file_list_and_several_documents_are_refused():
    assert "file is empty" in problem("")
    assert "file is empty" in problem("# only a comment\n")
    assert "top level must be a mapping" in problem("- a\n- b\n")
    assert "more than one YAML document" in problem("a: 1\n---\nb: 2\n")


def test_tab_indentation_gets_a_hint():
    message = problem("a:\n\tb: 1\n")
    assert message.startswith("data/roles/x.yml:2:1:")
    assert "indent with spaces, never tabs" in message


def test_syntax_errors_name_the_line():
    assert problem('a: "unclosed\nb: 2\n').startswith("data/roles/x.yml:1:4: a: YAML syntax error:")
    assert problem("a:\n  - b\n c: d\n").startswith("data/roles/x.yml:3:2:")


def test_deep_nesting_is_refused():
    text = "a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n"
    assert f"nested more than {MAX_DEPTH} levels" in problem(text)


def test_bom_and_crlf_are_accepted():
    assert parse(decode(b"\xef\xbb\xbftitle: T\r\nsummary: S\r\n")).data == {"title": "T", "summary": "S"}


def test_other_encodings_are_refused_with_the_line():
    with pytest.raises(YamlProblem) as caught:
        decode("title: T\nsummary: caf\xe9\n".encode("latin-1"))
    assert str(caught.value.to_problem("f.yml")).startswith(
        "f.yml:2:13: (file): byte 0xe9 is not valid UTF-8"
    )


def test_control_characters_are_refused_before_parsing():
    with pytest.raises(YamlProblem) as caught:
        decode(b"title: T\nsummary: ab\x07cd\n")
    assert str(caught.value.to_problem("f.yml")).startswith(
        "f.yml:2:12: (file): contains U+0007 control character"
    )


@pytest.mark.parametrize(
    ("char", "name"),
    [
        ("\u202e", "RIGHT-TO-LEFT OVERRIDE"),
        ("\u200b", "ZERO WIDTH SPACE"),
        ("\u2066", "LEFT-TO-RIGHT ISOLATE"),
    ],
)
def test_invisible_characters_are_refused_with_their_field(char: str, name: str):
    with pytest.raises(YamlProblem) as caught:
        parse(decode(f"title: T\nsummary: ab{char}cd\n".encode()))
    assert str(caught.value.to_problem("f.yml")).startswith(
        f"f.yml:2:12: summary: contains U+{ord(char):04X} {name}"
    )


def test_invisible_characters_in_comments_are_refused_too():
    with pytest.raises(YamlProblem) as caught:
        parse(decode("title: T # note \u202e hidden\n".encode()))
    assert str(caught.value.to_problem("f.yml")).startswith("f.yml:1:17: (file): contains U+202E")


def test_invisible_characters_written_as_escapes_are_refused_too():
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in problem('title: "a\\u202eb"\n')
    assert "U+0000" in problem('title: "a\\0b"\n')


def test_emoji_sequences_with_joiners_and_non_latin_text_are_text():
    text = "name: Zoë 👩\u200d💻 José 李小龙 Ελένη\n"
    assert parse(decode(text.encode())).data == {"name": "Zoë 👩\u200d💻 José 李小龙 Ελένη"}


def test_a_quote_left_open_is_reported_where_it_opens_not_where_a_later_quote_closes_it():
    text = 'title: "Data Engineer\ndepartment: Data\nsummary: The "data" team\n'
    assert problem(text) == (
        'data/roles/x.yml:1:8: title: unclosed quote: the value that opens with " here runs on to '
        'line 3 (hint: close it where the value ends; inside the text write " as \\")'
    )


def test_a_single_quote_left_open_names_the_single_quote_escape():
    text = "perks:\n- 'Health cover\n- Dental\n- 'Vision'\n"
    assert problem(text) == (
        "data/roles/x.yml:2:3: perks[0]: unclosed quote: the value that opens with ' here runs on to "
        "line 4 (hint: close it where the value ends; inside the text write ' as '')"
    )


def test_a_field_indented_under_a_list_item_gets_a_hint_about_indentation():
    text = "job:\n  perks:\n  - Health cover\n    nice_to_have: [Go]\n"
    assert problem(text) == (
        "data/roles/x.yml:4:17: job.perks[0]: YAML syntax error: mapping values are not allowed in this "
        "context (hint: 'nice_to_have:' is indented as if it continued the value above; line it up "
        "with the field it belongs beside)"
    )


def test_a_value_over_several_lines_records_where_it_ends_and_the_lines_that_read_like_keys():
    doc = parse("a: >-\n  Some text\n  answer: prose\n  - question: Q?\nb: 1\n")
    span = doc.spans[("a",)]
    assert (span.style, span.end.line) == (">", 4)
    assert [(k.line, k.key, k.text, k.certain) for k in span.key_lines] == [
        (3, "answer", "answer:", False),  # could be prose
        (4, "question", "- question:", True),  # no prose reads so
    ]
    assert ("b",) not in doc.spans, "a one-line value has no span"


def test_find_locates_a_word_on_its_own_line_inside_a_folded_value():
    import re

    doc = parse("a: >-\n  first line\n  the behaviour here\nb: 1\n")
    assert doc.find(("a",), re.compile("behaviour")) == Mark(3, 7)
    assert doc.find(("b",), re.compile("absent")) == Mark(4, 4)
