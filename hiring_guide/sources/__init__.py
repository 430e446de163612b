"""The data in: YAML role files, CSV sources, articles' front matter and git history."""
