"""Open Hiring Guide: data files in, validated roles, Markdown and data files out.

Modules, in the order data flows through them:
- strict_yaml: read a data file as strict YAML, keeping the line of every value
- validate: file names, the JSON Schema and placeholders (`python -m macros.validate`)
- advice: style advice that never blocks (length, must-haves, years, buzzwords, coded wording)
- catalogue: load and cross-check every file into typed roles (model), wages (salary),
  O*NET technologies (onet) and articles; history dates each role from git
- render: Jinja templates in templates/ turn roles into Markdown (chart draws the salary SVG)
- builder, compare, open_data, pay_laws: the JSON files the browser features and reusers read
- repetition: finds paragraphs repeated across roles with the nouns swapped
- schema_reference, scaffold: the contributing page's field table and the new-role command
- mkdocs_site: the one module MkDocs loads (hook and macros plugin)
"""
