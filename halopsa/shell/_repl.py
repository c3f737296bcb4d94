"""The interactive loop: ptpython's REPL with one-line API errors, top-level await and filter completion.

Imported only by ``run_shell`` when it opens an interactive session (ptpython and prompt_toolkit are heavy).

Three changes keep it quick, as measured by benchmarks/shell_startup.py and felt at the first lines typed:

- Before its first prompt ptpython builds all ~50 Pygments colour schemes, compiles the Python lexer's regular
  expressions and its completer's grammar: more than a third of its start. Here the schemes load when the F2
  menu first asks for them (CodeStyles), and the lexer and completer are built on first use (LazyPythonLexer,
  BuiltOnFirstUse) or in the background once the prompt shows (warm_up).
- When a prompt ends, prompt_toolkit waits for the completion still being computed for the text typed so far
  (its ThreadedCompleter joins the thread, and closing the prompt's event loop joins its executor): seconds,
  for jedi's first completions on a busy machine, between Enter and the result. Here completions run in
  threads nobody waits for (DetachedThreadedCompleter, SharedExecutor): Enter runs the line at once and a stale
  completion finishes unseen.
- Jedi's first completions load its stubs and parse the SDK's source; warm_up does that in a background thread
  right after the first prompt is drawn, while the user reads the banner.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import contextvars
import os
import sys
import threading
from collections.abc import MutableMapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, AsyncGenerator, Callable, Dict, Generator, Iterable, Iterator, Optional

import ptpython.python_input
import ptpython.style
from prompt_toolkit import print_formatted_text
from prompt_toolkit.completion import Completer
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.lexers import Lexer, SimpleLexer
from ptpython.repl import PythonRepl

from ..exceptions import HaloError
from ._completion import merged_completer, warm_up_jedi
from .._render import HOSTILE
from ._display import error_line, error_name, format_traceback
from ._namespace import ShellSession, compile_code

__all__ = ["HaloRepl", "make_repl", "CodeStyles", "LazyPythonLexer", "SharedExecutor", "DetachedThreadedCompleter",
           "BuiltOnFirstUse"]


class SharedExecutor(ThreadPoolExecutor):
    """The default executor of every prompt's event loop (completion, signatures and history run in it).

    ``asyncio.run()`` shuts its loop's default executor down and waits for the threads when the prompt ends;
    this one ignores that, so pressing Enter never waits for a completion still being computed. ``close()``
    shuts it down when the shell ends (without waiting: a stale completion's result is not needed)."""

    def __init__(self) -> None:
        super().__init__(max_workers=4, thread_name_prefix="halo-shell")

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Called by each prompt's event loop as it closes: the executor serves the next prompt too."""

    def close(self) -> None:
        super().shutdown(wait=False, cancel_futures=True)


class DetachedThreadedCompleter(Completer):
    """prompt_toolkit's ThreadedCompleter (completions computed in a thread, handed over as they come), except
    that a completion given up on (the text changed, or Enter was pressed) is left to finish in its thread
    instead of being waited for."""

    _DONE = object()

    def __init__(self, completer: Completer, executor: ThreadPoolExecutor) -> None:
        self.completer = completer
        self.executor = executor

    def get_completions(self, document: Any, complete_event: Any) -> Iterable[Any]:
        return self.completer.get_completions(document, complete_event)

    async def get_completions_async(self, document: Any, complete_event: Any) -> AsyncGenerator[Any, None]:
        loop = asyncio.get_running_loop()
        queue: "asyncio.Queue[Any]" = asyncio.Queue()
        given_up = threading.Event()

        def hand_over(item: Any) -> None:
            try:
                loop.call_soon_threadsafe(queue.put_nowait, item)
            except RuntimeError:  # the prompt's loop is closed: nobody is waiting any more
                given_up.set()

        def produce() -> None:
            try:
                for completion in self.completer.get_completions(document, complete_event):
                    if given_up.is_set():
                        return
                    hand_over(completion)
            except BaseException as error:  # noqa: BLE001 - raised again in the prompt's loop below
                hand_over(error)
            finally:
                hand_over(self._DONE)

        self.executor.submit(contextvars.copy_context().run, produce)
        try:
            while True:
                item = await queue.get()
                if item is self._DONE:
                    return
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            given_up.set()


class BuiltOnFirstUse(Completer):
    """A completer made by ``build()`` when it is first asked for completions (or built ahead by warm_up)."""

    def __init__(self, build: Callable[[], Completer]) -> None:
        self._build = build
        self._completer: Optional[Completer] = None
        self._lock = threading.Lock()

    def build(self) -> Completer:
        with self._lock:
            if self._completer is None:
                self._completer = self._build()
            return self._completer

    def get_completions(self, document: Any, complete_event: Any) -> Iterable[Any]:
        return self.build().get_completions(document, complete_event)

    async def get_completions_async(self, document: Any, complete_event: Any) -> AsyncGenerator[Any, None]:
        async for completion in self.build().get_completions_async(document, complete_event):
            yield completion


class CodeStyles(MutableMapping[str, Any]):
    """ptpython's code colour schemes by name, the ~50 Pygments ones built when something first asks for one
    that is not built yet (the F2 menu) instead of before the first prompt."""

    # The schemes ptpython starts with, built from its own rules (cheap); the rest come from Pygments.
    _DEFAULTS = {"default-ansi": "default_ansi_code_style", "win32": "win32_code_style"}

    def __init__(self) -> None:
        from prompt_toolkit.styles import Style

        self._styles: Dict[str, Any] = {}
        self._complete = False
        for name, rules in self._DEFAULTS.items():
            if not hasattr(ptpython.style, rules):  # a ptpython that names them differently: load them all
                self._load_all()
                break
            self._styles[name] = Style.from_dict(getattr(ptpython.style, rules))

    def _load_all(self) -> None:
        if not self._complete:
            styles = ptpython.style.get_all_code_styles()
            styles.update(self._styles)  # schemes installed since start win over the built-in ones
            self._styles, self._complete = styles, True

    def __getitem__(self, name: str) -> Any:
        if name not in self._styles:
            self._load_all()
        return self._styles[name]

    def __setitem__(self, name: str, style: Any) -> None:
        self._styles[name] = style

    def __delitem__(self, name: str) -> None:
        self._load_all()
        del self._styles[name]

    def __contains__(self, name: object) -> bool:
        if name not in self._styles:
            self._load_all()
        return name in self._styles

    def __iter__(self) -> Iterator[str]:
        self._load_all()
        return iter(dict(self._styles))

    def __len__(self) -> int:
        self._load_all()
        return len(self._styles)


@contextlib.contextmanager
def _code_styles_on_demand() -> Generator[None, None, None]:
    """While ptpython's REPL is created, its ``get_all_code_styles()`` returns a CodeStyles (it is the one
    place PythonInput builds them, and PythonInput offers no parameter for it)."""
    # the module's own name for it (imported from ptpython.style, so not exported to a type checker), replaced by
    # a class a dict-typed function's caller takes as the mapping it is
    original = ptpython.python_input.get_all_code_styles  # type: ignore[attr-defined]
    ptpython.python_input.get_all_code_styles = CodeStyles  # type: ignore[attr-defined,assignment]
    try:
        yield
    finally:
        ptpython.python_input.get_all_code_styles = original  # type: ignore[attr-defined]


class LazyPythonLexer(Lexer):
    """Pygments' Python lexer as ptpython uses it, built when there is text to colour (or by ``build()``)."""

    def __init__(self) -> None:
        self._lexer: Optional[Lexer] = None
        self._lock = threading.Lock()
        self._plain = SimpleLexer()

    def build(self) -> Lexer:
        with self._lock:
            if self._lexer is None:
                from prompt_toolkit.lexers import PygmentsLexer
                from pygments.lexers import Python3Lexer

                self._lexer = PygmentsLexer(Python3Lexer)
            return self._lexer

    @property
    def built(self) -> bool:
        return self._lexer is not None

    def lex_document(self, document: Any) -> Callable[[int], Any]:
        if self._lexer is None and not document.text:
            return self._plain.lex_document(document)  # the empty prompt has nothing to colour
        return self.build().lex_document(document)


class HaloRepl(PythonRepl):
    """ptpython's REPL, changed in these places: errors (a HaloError prints as one line unless the session is in
    debug mode; see _get_output_printer); evaluation (top-level ``await`` runs on the session's event loop, so
    it works without running the whole REPL inside asyncio and Ctrl-C still interrupts a long listing; a line of
    statements ending in an expression shows its value); and the start-up and completion work described at the
    top of this module. ``wrap_completer`` extends ptpython's completer (make_repl adds filter keywords)."""

    def __init__(self, *args: Any, session: ShellSession,
                 wrap_completer: Optional[Callable[[Completer], Completer]] = None, warm_up: bool = False,
                 **kwargs: Any) -> None:
        self.session = session
        self._showing_line_error = False
        self.executor = SharedExecutor()
        self.lexer = LazyPythonLexer()
        # ptpython's own completer (names, attributes, paths, dictionary keys), which wrap_completer may extend.
        self.python_completer = BuiltOnFirstUse(self._make_python_completer)
        completer = wrap_completer(self.python_completer) if wrap_completer is not None else self.python_completer
        with _code_styles_on_demand():
            super().__init__(*args, _completer=completer, _lexer=self.lexer, **kwargs)
        # ptpython's buffer wraps its completer (self._completer, which asks self.completer) in a
        # ThreadedCompleter; this one does the same without making the end of the prompt wait for it.
        self.default_buffer.completer = DetachedThreadedCompleter(self._completer, self.executor)
        run = self.app.run

        def run_with_shared_executor(*run_args: Any, pre_run: Optional[Callable[[], None]] = None,
                                     **run_kwargs: Any) -> Any:
            def setup() -> None:
                asyncio.get_running_loop().set_default_executor(self.executor)
                if pre_run is not None:
                    pre_run()

            run_kwargs["pre_run"] = setup
            return run(*run_args, **run_kwargs)

        self.app.run = run_with_shared_executor  # type: ignore[method-assign]
        if warm_up:
            self.app.after_render += self._start_warm_up

    def _make_python_completer(self) -> Completer:
        from ptpython.completer import PythonCompleter

        return PythonCompleter(self.get_globals, self.get_locals, lambda: self.enable_dictionary_completion)

    def _start_warm_up(self, app: Any) -> None:
        self.app.after_render -= self._start_warm_up  # once, after the first prompt is drawn
        threading.Thread(target=self.warm_up, name="halo-shell-warm-up", daemon=True).start()

    def warm_up(self) -> None:
        """Build the lexer and run jedi's first completions now, so the first keys typed do not wait for them."""
        try:
            self.lexer.build()
            self.python_completer.build()
            warm_up_jedi(self.get_globals())
        except Exception:  # noqa: BLE001 - only a head start: the same work happens on first use otherwise
            pass

    def close(self) -> None:
        self.executor.close()

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
        if code is None:
            # Statements; when the last one is an expression (``n = tickets.count(); n``), its value is shown,
            # as the standard REPL shows it.
            body, last = self._split_last_expression(line)
            self._run_code(body)
            if last is None:
                return None
            code = last
        result = self._run_code(code)
        namespace = self.get_locals()
        namespace["_"] = namespace[f"_{self.current_statement_index}"] = result
        return result

    def _split_last_expression(self, line: str) -> Any:
        """(code for every statement but a final expression, code for that expression or None)."""
        tree = self._compile(line, "exec", ast.PyCF_ONLY_AST)
        if len(tree.body) < 2 or not isinstance(tree.body[-1], ast.Expr):
            return self._compile(tree, "exec"), None
        last = ast.Expression(tree.body.pop().value)
        return self._compile(tree, "exec"), self._compile(last, "eval")

    def _add_to_namespace(self) -> None:
        super()._add_to_namespace()
        # ptpython's exit() returns from the REPL; site's quit() would close stdin and raise SystemExit.
        namespace = self.get_globals()
        namespace["quit"] = namespace["exit"]

    def _compile(self, source: Any, mode: str, flags: int = 0) -> Any:
        # ptpython's flags (the __future__ imports typed so far) plus top-level await.
        return compile_code(source, "<stdin>", mode, self.get_compiler_flags() | flags)

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
            elif _quotes_controls(error):  # ptpython would print them raw: the shell's own traceback escapes them
                print_to(self, format_traceback(error))
                if self._showing_line_error and getattr(self, "insert_blank_line_after_output", True):
                    print_to(self, "\n")
            else:
                show_traceback(error, highlight=highlight, paginate=paginate)

        # this printer's method replaced (ptpython has no hook for it); mypy compares the function with the
        # method's unbound type, self included
        printer.display_exception = display_exception  # type: ignore[method-assign,assignment]
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


def _quotes_controls(error: BaseException) -> bool:
    """Whether an error's message holds characters a terminal would obey (text it quotes from the server)."""
    try:
        return HOSTILE.search(str(error)) is not None
    except Exception:  # noqa: BLE001 - a __str__ that fails quotes nothing
        return False


def make_repl(namespace: Dict[str, Any], session: ShellSession, vi: bool = False,
              history_path: Optional[Path] = None, input: Any = None, output: Any = None,
              warm_up: bool = False) -> HaloRepl:
    """A configured HaloRepl over ``namespace`` (``input``/``output``: prompt_toolkit ones, for tests;
    ``warm_up``: build the lexer and load jedi in the background once the first prompt is drawn)."""
    repl = HaloRepl(get_globals=lambda: namespace, vi_mode=vi,
                    history_filename=str(history_path) if history_path is not None else None,
                    input=input, output=output, session=session, warm_up=warm_up,
                    wrap_completer=lambda python_completer: merged_completer(lambda: namespace, python_completer))
    # Ctrl-D leaves at once, as in python itself: ptpython would ask "Do you really want to exit?" and take the
    # next key typed as the answer
    repl.confirm_exit = False
    return repl


def print_to(repl: HaloRepl, text: str) -> None:
    """Write plain text through the REPL's output (the terminal, or the test's output)."""
    print_formatted_text(FormattedText([("", text)]), output=repl.app.output, end="")
    repl.app.output.flush()
