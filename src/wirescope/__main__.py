"""`python -m wirescope …`: the same as the `wirescope` command."""

import sys

from .cli import main

sys.exit(main())
