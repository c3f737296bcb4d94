"""``python -m halopsa`` runs the ``halo`` command line."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
