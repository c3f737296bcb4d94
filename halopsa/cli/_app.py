"""``main()``: parse the global options, run one command, turn any failure into one line and an exit code."""

from __future__ import annotations

import sys
import warnings

from ._errors import INTERRUPTED, TERMINATED, Cancelled, UsageError, error_message, exit_code_for
from ._names import COMMANDS, COMPLETE_COMMAND, resource_of
from ._parser import build_global_parser, split_argv, unknown_command, value_options

# Nothing else at import time: `halo --help` needs only argparse. The rest is imported by what needs it.
TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    import logging
    from typing import Any, List, Optional, Sequence

    from ._context import Context

__all__ = ["run", "dispatch", "fail"]


class _Terminated(BaseException):
    """SIGTERM, raised where the command is, so that it ends as Ctrl-C does: what was written stays whole (an
    export's last line included) instead of the process vanishing with half a buffer on disk."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Terminated()


def run(argv: Optional[Sequence[str]] = None) -> int:
    import signal
    import threading

    args: List[str] = list(sys.argv[1:] if argv is None else argv)
    strict_streams = _escape_what_streams_cannot_encode()
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if in_main else None
    try:
        if args and args[0] == COMPLETE_COMMAND:
            from ._completion import complete_command

            return complete_command(args[1:])
        return _run(args)
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, previous)
        _restore_errors(strict_streams)


def _run(args: List[str]) -> int:
    debug = no_color = False
    context: Optional[Context] = None
    log_handler: Optional[logging.Handler] = None
    try:
        with warnings.catch_warnings():
            warnings.showwarning = _one_line_warning
            parser = build_global_parser()
            head, command, rest = split_argv(args, value_options(parser))
            debug, no_color = "--debug" in head, "--no-color" in head
            options = parser.parse_args(head)
            if debug:
                log_handler = _log_requests()
            if command is None:
                parser.print_help()
                return 0
            from ._context import Context

            context = Context(options)
            code = dispatch(context, command, rest)
            sys.stdout.flush()  # what is still buffered fails here, not after the exit code is chosen
            return code
    except SystemExit as exit_:  # --help and --version
        return exit_.code if isinstance(exit_.code, int) else 0
    except KeyboardInterrupt:
        _clear_progress()
        sys.stderr.write("\nhalo: interrupted\n")
        return INTERRUPTED
    except _Terminated:
        _clear_progress()
        sys.stderr.write("\nhalo: terminated\n")
        return TERMINATED
    except Cancelled as cancelled:  # stopped at a question: the answer's line has ended, so no newline first
        sys.stderr.write(f"halo: {cancelled.message}\n")
        return INTERRUPTED
    except Exception as error:  # noqa: BLE001 - every failure ends as one line and an exit code
        return fail(error, debug, no_color)
    finally:
        _clear_progress()
        if context is not None:
            context.close()
        if log_handler is not None:
            _stop_logging(log_handler)


def dispatch(context: Context, command: str, rest: Sequence[str]) -> int:
    if command in COMMANDS:
        from ._commands import run_command

        return run_command(context, command, rest)
    name = resource_of(command)
    if name is not None:
        from ._actions import run_resource

        return run_resource(context, name, rest)
    raise unknown_command(command)


def fail(error: Exception, debug: bool = False, no_color: bool = False) -> int:
    """Report ``error`` as one line (the traceback too with --debug) and return its exit code."""
    if isinstance(error, OSError) and error.filename is None:  # standard output failed
        _discard_stdout()  # what is still buffered must not fail again at exit
        if isinstance(error, BrokenPipeError):  # `halo tickets list --all | head`: the reader has what it wanted
            return 0
    _report(error, debug, no_color)
    return exit_code_for(error)


def _report(error: BaseException, debug: bool, no_color: bool) -> None:
    from ._output import clear_progress, color_wanted

    clear_progress()
    if debug and not isinstance(error, UsageError):
        import traceback

        traceback.print_exception(type(error), error, error.__traceback__, file=sys.stderr)
    line = error_message(error)
    if isinstance(error, UsageError) and error.prog:
        line += f"; see '{error.prog} --help'"
    prefix = "halo: error:"
    if color_wanted(sys.stderr, no_color):
        prefix = f"\033[31m{prefix}\033[0m"
    sys.stderr.write(f"{prefix} {line}\n")
    sys.stderr.flush()


def _one_line_warning(message: Any, category: Any, filename: str, lineno: int, file: Any = None,
                      line: Optional[str] = None) -> None:
    from .._render import one_line

    text = one_line(str(message))
    _clear_progress()
    sys.stderr.write(f"halo: warning: {text}\n")


def _escape_what_streams_cannot_encode() -> List[Any]:
    """On a stream that cannot write every character (PYTHONIOENCODING=ascii, a latin-1 terminal), write what
    it lacks as a backslash escape (``Caf\\xe9``) instead of failing with UnicodeEncodeError; UTF-8 too, which
    cannot write a lone surrogate (a server's ``\\ud800`` escape decodes to one): it is written ``\\ud800``.
    Returns the streams changed, for ``_restore_errors`` (``main()`` may run inside a program that keeps its
    streams)."""
    changed: List[Any] = []
    stream: Any  # a replaced sys.stdout may be any file object: reconfigure() is looked for
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="backslashreplace")
            except (OSError, ValueError):  # closed, or a pipe already gone
                continue
            changed.append(stream)
    return changed


def _restore_errors(streams: Sequence[Any]) -> None:
    for stream in streams:
        try:
            stream.reconfigure(errors="strict")
        except (OSError, ValueError):
            pass


def _clear_progress() -> None:
    """Erase the --all progress bar, if one is drawn (before any other line on stderr, and on exit)."""
    output = sys.modules.get(f"{__package__}._output")  # not imported: no bar was drawn
    if output is not None:
        output.clear_progress()


def _log_requests() -> logging.Handler:
    """--debug: the SDK's log (one line a request, secrets redacted) on stderr."""
    import logging

    from .._render import visible

    class ProgressClearingHandler(logging.StreamHandler):  # type: ignore[type-arg]
        """The progress bar is erased before each line; what a line quotes from the server is escaped."""

        def emit(self, record: logging.LogRecord) -> None:
            _clear_progress()
            super().emit(record)

        def format(self, record: logging.LogRecord) -> str:
            return visible(super().format(record))

    handler = ProgressClearingHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("halo: debug: %(message)s"))
    logger = logging.getLogger("halopsa")
    handler.previous_level = logger.level  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    return handler


def _stop_logging(handler: logging.Handler) -> None:
    import logging

    logger = logging.getLogger("halopsa")
    logger.removeHandler(handler)
    logger.setLevel(getattr(handler, "previous_level", logging.NOTSET))


def _discard_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
