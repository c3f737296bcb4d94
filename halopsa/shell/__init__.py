"""``halo shell``: a ptpython REPL preloaded with a connected client. See docs/shell.md.

    from halopsa.shell import run_shell
    exit_code = run_shell(lambda: HaloClient(), code=None, vi=False, banner=True, debug=False)

The shell's names (``client``, ``tickets``, ``clients``, ..., the models, the exceptions, ``show()``) are available
to scripts and notebooks too: ``globals().update(make_namespace(HaloClient()))``.

Importing this package is cheap: the SDK, ptpython and prompt_toolkit load when a function is called.
"""

from __future__ import annotations

from typing import Any, Dict, Optional, TextIO

from ._run import run_shell

__all__ = ["run_shell", "make_namespace", "show"]


def make_namespace(client: Any, session: Any = None) -> Dict[str, Any]:
    """The shell's names for ``client``: ``client``, ``aclient`` (an AsyncHaloClient sharing its connection),
    every resource manager by name (``tickets`` is ``client.tickets``), the model classes, the exceptions,
    ``show``, ``last_traceback`` and ``asyncio``. Building it sends no request."""
    from ._namespace import make_namespace as build

    return build(client, session)


def show(obj: Any, fields: Any = None, limit: int = 20, file: Optional[TextIO] = None) -> None:
    """Print a record, QuerySet, manager, page or list as a table; a QuerySet shows at most ``limit`` rows,
    read with one request. ``fields`` picks the columns: a list, or one string such as ``"id summary"``."""
    from ._display import show as show_table

    show_table(obj, fields, limit, file)
