"""Open Hiring Guide's domain: data files in, validated roles, Markdown and data files out.

Folders in the order data flows through them (none imports MkDocs; `macros/` is the boundary):
- sources/: read the inputs: strict YAML with the line of every value (strict_yaml), BLS wages
  (oews), O*NET occupations and technology (onet), pay-transparency laws (pay_laws), articles'
  front matter (articles) and last-changed dates from git (git_history)
- checks/: a role file's name (files), placeholders, the JSON Schema (schema), rules across files
  (rules), style advice that never blocks (advice) and repeated paragraphs (repetition)
- model: Role and its parts, immutable; salary: our rule from experience level to wage percentiles
- catalogue: every role and article with the lookups the views need; load: read -> check -> model
- views/: Jinja templates in templates/ turn the catalogue into Markdown (markdown), the salary SVG
  (chart), and the JSON the browser features and reusers read (builder, compare, open_data,
  pay_laws); schema_reference is the contributing page's field table
- cli: `python -m hiring_guide validate` and `python -m hiring_guide scaffold`
"""
