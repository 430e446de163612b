"""Open Hiring Guide's domain: data files in, validated roles, Markdown and data files out.

Folders in the order data flows through them (none imports MkDocs; `macros/` is the boundary):
- sources/: read the inputs: strict YAML with the line of every value (strict_yaml), BLS wages
  (oews), O*NET occupations and technology (onet), pay-transparency laws (pay_laws), articles'
  front matter (articles) and last-changed dates from git (git_history)
- checks/: a role file's name (files), placeholders, fields indented into a value (layout), the
  JSON Schema (schema), rules across files (rules), the editorial rules that block: US spelling,
  filler, formulaic answers (style) and paragraphs copied with the nouns swapped (repetition), and
  advice that never blocks (advice)
- model: Role and its parts, immutable; salary: our rule from experience level to wage percentiles
- catalogue: every role and article with the lookups the views need; load: read -> check -> model,
  with a cache keyed by file content for `mkdocs serve`
- views/: Jinja templates in templates/ turn the catalogue into Markdown (markdown), the salary SVG
  (chart), and the JSON the browser features and reusers read (builder, compare, open_data,
  pay_laws); site_files lists every generated file; listing_keys says what each listing macro
  shows; schema_reference is the contributing page's field table
- cli: `python -m hiring_guide validate` and `python -m hiring_guide scaffold`
"""
