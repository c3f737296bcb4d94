"""The interactive loop: ptpython's REPL with one-line API errors, top-level await and filter completion.

Imported only by ``run_shell`` when it opens an interactive session (ptpython and prompt_toolkit are heavy).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Dict, Optional

from prompt_toolkit import print_formatted_text
from prompt_toolkit.formatted_text import FormattedText
from ptpython.repl import PythonRepl

from ..exceptions import HaloError
from ._completion import merged_completer
from ._display import error_line, error_name
from ._namespace import ShellSession, compile_code

__all__ = ["HaloRepl", "make_repl"]


class HaloRepl(PythonRepl):
    """ptpython's REPL, changed in two places: errors (a HaloError prints as one line unless the session is in
    debug mode; see _get_output_printer) and evaluation (top-level ``await`` runs on the session's event loop,
    so it works without running the whole REPL inside asyncio, and Ctrl-C still interrupts a long listing)."""

    def __init__(self, *args: Any, session: ShellSession, **kwargs: Any) -> None:
        self.session = session
        self._showing_line_error = False
        super().__init__(*args, **kwargs)

    def eval(self, line: str) -> object:
        if "" not in sys.path:  # as in the standard REPL, the current folder is importable
            sys.path.insert(0, "")
        if line.lstrip().startswith("!"):  # ptpython's shell escape: !ls
            os.system(line.lstrip()[1:])
            return None
        try:
            code = self._compile(line, "eval")
        except SyntaxError:
            code = None  # a statement, not an expression: compiled below, outside this handler
        if code is not None:
            result = self._run_code(code)
            namespace = self.get_locals()
            namespace["_"] = namespace[f"_{self.current_statement_index}"] = result
            return result
        self._run_code(self._compile(line, "exec"))
        return None

    def _add_to_namespace(self) -> None:
        super()._add_to_namespace()
        # ptpython's exit() returns from the REPL; site's quit() would close stdin and raise SystemExit.
        namespace = self.get_globals()
        namespace["quit"] = namespace["exit"]

    def _compile(self, source: str, mode: str) -> Any:
        # ptpython's flags (the __future__ imports typed so far) plus top-level await.
        return compile_code(source, "<stdin>", mode, self.get_compiler_flags())

    def _run_code(self, code: Any) -> Any:
        return self.session.execute(code, self.get_globals(), self.get_locals())

    def _get_output_printer(self) -> Any:
        # Every error the REPL shows goes through the printer's display_exception: errors raised by the line
        # (via _handle_exception) and errors raised while printing its result (a QuerySet's repr reads rows).
        printer = super()._get_output_printer()
        show_traceback = printer.display_exception

        def display_exception(error: BaseException, *, highlight: bool, paginate: bool) -> None:
            self.session.remember(error)
            if isinstance(error, HaloError) and not self.session.debug:
                self._show_error_line(error)
            else:
                show_traceback(error, highlight=highlight, paginate=paginate)

        printer.display_exception = display_exception
        return printer

    def _handle_exception(self, e: BaseException) -> None:
        # After a result, ptpython adds the blank line itself; after an error in the line, the error's own
        # display must (as its tracebacks do).
        self._showing_line_error = True
        try:
            super()._handle_exception(e)
        finally:
            self._showing_line_error = False

    def _show_error_line(self, error: HaloError) -> None:
        name = error_name(error)
        message = error_line(error)[len(name):]
        output = self.app.output
        print_formatted_text(FormattedText([("ansired bold", name), ("", message)]), output=output)
        if self._showing_line_error and getattr(self, "insert_blank_line_after_output", True):
            output.write("\n")
        output.flush()


def make_repl(namespace: Dict[str, Any], session: ShellSession, vi: bool = False,
              history_path: Optional[Path] = None, input: Any = None, output: Any = None) -> HaloRepl:
    """A configured HaloRepl over ``namespace`` (``input``/``output``: prompt_toolkit ones, for tests)."""
    repl = HaloRepl(get_globals=lambda: namespace, vi_mode=vi,
                    history_filename=str(history_path) if history_path is not None else None,
                    input=input, output=output, session=session)
    repl.completer = merged_completer(lambda: namespace, repl.completer)
    return repl


def print_to(repl: HaloRepl, text: str) -> None:
    """Write plain text through the REPL's output (the terminal, or the test's output)."""
    print_formatted_text(FormattedText([("", text)]), output=repl.app.output, end="")
    repl.app.output.flush()
