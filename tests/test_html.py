"""Collapsing template indentation changes bytes, never what a page shows."""

from __future__ import annotations

from hiring_guide.views.html import collapse_whitespace


def test_indentation_between_lines_becomes_one_line_break():
    html = '<div>\n        <p>One</p>   \n\n      <p>Two <a href="#x">link</a> text</p>\n</div>'
    assert collapse_whitespace(html) == '<div>\n<p>One</p>\n<p>Two <a href="#x">link</a> text</p>\n</div>'


def test_spaces_within_a_line_are_kept():
    assert collapse_whitespace("<p>a  b <em>c</em>  d</p>") == "<p>a  b <em>c</em>  d</p>"


def test_pre_textarea_and_script_keep_their_white_space():
    html = "<div>\n    <pre><code>x\n    indented\n\n</code></pre>\n    <textarea>\n  keep\n</textarea>\n" + (
        "  <SCRIPT>if (a)\n    b()\n</SCRIPT>\n  </div>"
    )
    assert collapse_whitespace(html) == (
        "<div>\n<pre><code>x\n    indented\n\n</code></pre>\n<textarea>\n  keep\n</textarea>\n"
        "<SCRIPT>if (a)\n    b()\n</SCRIPT>\n</div>"
    )
