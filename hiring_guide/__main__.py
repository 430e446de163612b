"""`python -m hiring_guide validate|scaffold ...`: see hiring_guide.cli."""

from hiring_guide.cli import main

raise SystemExit(main())
