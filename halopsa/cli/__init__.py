"""The ``halo`` command line: ``halo [global options] <resource> <action> [arguments] [options]``.

    from halopsa.cli import main
    exit_code = main(["--sandbox", "tickets", "list", "--open-only", "--limit", "5"])

Importing this package is nearly free: ``halo --version`` and ``halo --help`` load neither the SDK nor
requests, attrs, cattrs, yaml or prompt_toolkit. Everything else is imported by the command that needs it.
See docs/cli.md.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time: `halo --version` must start fast
if TYPE_CHECKING:  # pragma: no cover
    from typing import Optional, Sequence

__all__ = ["main"]


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run one ``halo`` command and return its exit code (0 ok, 1 API error, 2 usage, 3 not found,
    4 authentication or permission, 5 this computer failed (output not written, port in use), 130 interrupted).
    ``argv`` defaults to ``sys.argv[1:]``."""
    import sys

    from ._errors import LOCAL, STDOUT_CLOSED

    if sys.stderr is None:  # started with 2>&-: errors have nowhere to go, but must not crash
        import os

        sys.stderr = open(os.devnull, "w")
    if sys.stdout is None:  # started with >&-
        sys.stderr.write(f"halo: error: {STDOUT_CLOSED}\n")
        return LOCAL
    args = sys.argv[1:] if argv is None else list(argv)
    if args in (["--version"], ["-v"]):  # answered before argparse is even imported
        from .._version import __version__

        try:
            sys.stdout.write(f"halo {__version__}\n")
            sys.stdout.flush()
            return 0
        except OSError as error:  # a full disk, a closed pipe: reported as any command's failure is
            from ._app import fail

            return fail(error)
    from ._app import run

    return run(args)
