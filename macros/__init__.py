"""Open Hiring Guide: data files in, validated roles, Markdown out.

Modules, in the order data flows through them:
- strict_yaml: read a data file as strict YAML, keeping the line of every value
- validate: the JSON Schema, file-name and field checks (`python -m macros.validate`)
- catalogue: load and cross-check every file into typed roles (model) and wages (salary)
- render: Jinja templates in templates/ turn roles into Markdown
- mkdocs_site: the one module MkDocs loads (hook and macros plugin)
"""
