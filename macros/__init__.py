"""The MkDocs boundary, and the only code that imports MkDocs.

- hook.py: the MkDocs hook (`hooks:` in mkdocs.yml): validates the data, adds the generated pages
  and data files, and owns the build state
- main.py: the macros plugin's module (`module_name: macros/main`): registers the macros that
  hand-written pages call

The domain (reading, checks, model, views) is the `hiring_guide` package beside this folder.
"""
