"""Checks on role files, in the order they run: name and first line (files), placeholders, values
that swallowed the lines below them (layout), the JSON Schema (schema), the editorial guide's rules
(style, with repetition), rules across files (rules), and advice that never blocks (advice)."""
