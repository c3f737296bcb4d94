"""``run_shell``: what ``halo shell`` runs. An interactive REPL, ``-c CODE``, or a script piped on stdin."""

from __future__ import annotations

import contextlib
import linecache
import os
import shutil
import sys
import warnings
from pathlib import Path
from typing import Any, Callable, Dict, Generator, Optional, TextIO

__all__ = ["run_shell", "run_source", "history_file", "startup_file", "startup_failure_line", "HISTORY_NAME",
           "STARTUP_NAME"]

HISTORY_NAME = "shell_history"
STARTUP_NAME = "shell.py"


def run_shell(make_client: Callable[[], Any], code: Optional[str] = None, vi: bool = False, banner: bool = True,
              debug: bool = False, *, stdin: Optional[TextIO] = None, stderr: Optional[TextIO] = None,
              input: Any = None, output: Any = None) -> int:
    """Run ``halo shell`` and return its exit code.

    ``make_client()`` returns a connected HaloClient; the shell closes it on the way out. With ``code`` the
    shell runs it and exits; with stdin not a terminal it runs the script read from stdin; otherwise it opens
    the REPL (``vi`` for vi keys, ``banner`` for the greeting, ``debug`` for full tracebacks of API errors).
    ``stdin``/``stderr`` and the prompt_toolkit ``input``/``output`` replace the terminal in tests.
    """
    from ._namespace import ShellSession, make_namespace

    source: TextIO = stdin if stdin is not None else sys.stdin
    errors: TextIO = stderr if stderr is not None else sys.stderr
    session = ShellSession(debug=debug)
    client = make_client()
    try:
        namespace = make_namespace(client, session)
        with _one_line_warnings(errors):
            if code is not None:
                return run_source(code, "<string>", namespace, session, errors)
            if input is None and not is_terminal(source):
                return run_source(source.read(), "<stdin>", namespace, session, errors)
            return _run_interactive(client, namespace, session, vi, banner, errors, input, output)
    finally:
        session.close()
        client.close()


def run_source(source: str, filename: str, namespace: Dict[str, Any], session: Any, stderr: TextIO) -> int:
    """Run a script in the namespace (top-level ``await`` allowed). Exit code 0, or 1 after printing the error
    (one line for a HaloError), or the code of a ``SystemExit``."""
    from ._display import print_error
    from ._namespace import compile_code

    # Keep the source where tracebacks look for it, so they can quote the failing line.
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    try:
        try:
            session.execute(compile_code(source, filename, "exec"), namespace)
        finally:
            sys.stdout.flush()  # what the code printed comes before any error
    except SystemExit as exit_:
        return _exit_code(exit_, stderr)
    except KeyboardInterrupt:
        stderr.write("KeyboardInterrupt\n")
        return 130
    except BaseException as error:  # noqa: BLE001 - every failure of user code is reported the same way
        session.remember(error)
        print_error(error, session.debug, stderr)
        return 1
    return 0


def _exit_code(exit_: SystemExit, stderr: TextIO) -> int:
    if exit_.code is None:
        return 0
    if isinstance(exit_.code, int):
        return exit_.code
    stderr.write(f"{exit_.code}\n")
    return 1


def is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _run_interactive(client: Any, namespace: Dict[str, Any], session: Any, vi: bool, banner: bool,
                     stderr: TextIO, input: Any, output: Any) -> int:
    from ._namespace import Whoami, banner_text

    who = Whoami(client) if banner else None  # the tenant answers while ptpython loads

    from ._repl import make_repl, print_to

    history = history_file(stderr)
    # A real terminal gets a head start on jedi and the lexer (tests driving a pipe do not need one).
    repl = make_repl(namespace, session, vi=vi, history_path=history, input=input, output=output,
                     warm_up=input is None)
    try:
        if who is not None:
            width = min(100, shutil.get_terminal_size((100, 24)).columns - 1)
            text = banner_text(client, namespace, who.result(), width=width, problem=who.problem)
            print_to(repl, text + "\n")
        startup = startup_file()
        if startup is not None:
            _run_startup_file(startup, namespace, session, repl)
        repl.run()
    finally:
        repl.close()
    return 0


def _run_startup_file(path: Path, namespace: Dict[str, Any], session: Any, repl: Any) -> None:
    """Run ~/.halopsa/shell.py in the namespace; an error in it is reported and the shell starts anyway."""
    import io

    from ._repl import print_to

    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        print_to(repl, f"could not read {path} ({error}); starting without it\n")
        return
    errors = io.StringIO()
    session.last_error = None
    if run_source(source, str(path), namespace, session, errors) != 0:
        print_to(repl, startup_failure_line(path, session.last_error, errors.getvalue()) + "\n")


def startup_failure_line(path: Path, error: Optional[BaseException], printed: str) -> str:
    """The one line a failing startup file is reported with: where it failed and the error (``printed``: what
    the failure wrote, for an ``exit()`` with a message, which raises nothing the session keeps)."""
    from .._render import one_line
    from ._display import error_line

    if error is None:
        return f"{path} exited: {one_line(printed) or 'exit()'}; the shell starts without the rest of it"
    line = _failing_line(error, str(path))
    where = f" at line {line}" if line else ""
    return (f"{path} failed{where}: {error_line(error)}; the shell starts without the rest of it "
            "(last_traceback() shows the traceback)")


def _failing_line(error: BaseException, filename: str) -> Optional[int]:
    """The line of ``filename`` the error was raised from (the last one of its traceback in that file)."""
    if isinstance(error, SyntaxError) and error.filename == filename:
        return error.lineno
    line = None
    traceback = error.__traceback__
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename == filename:
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    return line


def _home() -> Path:
    from ..config import halo_home

    return halo_home()


def history_file(stderr: Optional[TextIO] = None) -> Optional[Path]:
    """~/.halopsa/shell_history, created with mode 0600 (commands can hold ids and notes). None, after a
    warning, when it cannot be written: the shell then keeps history in memory only."""
    path = _home() / HISTORY_NAME
    try:
        if not path.parent.exists():
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.close(descriptor)
        os.chmod(path, 0o600)
    except OSError as error:
        if stderr is not None:
            stderr.write(f"cannot keep shell history in {path} ({error.strerror}); history lasts this session "
                         f"only\n")
        return None
    return path


def startup_file() -> Optional[Path]:
    """~/.halopsa/shell.py when it exists: run into the namespace before the first prompt."""
    path = _home() / STARTUP_NAME
    return path if path.is_file() else None


@contextlib.contextmanager
def _one_line_warnings(stderr: TextIO) -> Generator[None, None, None]:
    """halopsa's warnings (HaloDriftWarning...) print as one line, like its errors, while the shell runs."""
    original = warnings.showwarning

    def show(message: Any, category: type, filename: str, lineno: int, file: Any = None, line: Any = None) -> None:
        if category.__module__.startswith("halopsa"):
            from .._render import one_line

            (file or stderr).write(f"{category.__name__}: {one_line(str(message))}\n")
        else:
            original(message, category, filename, lineno, file, line)

    warnings.showwarning = show
    try:
        yield
    finally:
        warnings.showwarning = original
