"""Checks on role files: name, placeholders, schema, rules across files, and advice."""
