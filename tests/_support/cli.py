"""Running `halo` in the CLI's tests: in this process (``in_process``, what each run showed as a ``Result``) or as
the installed command (``halo_executable``); tests/cli/conftest.py builds its fixtures on these."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Callable, List, Optional

import pytest


class Result:
    """What one `halo` run showed."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code = code
        self.out = out
        self.err = err

    @property
    def err_lines(self) -> List[str]:
        return self.err.splitlines()

    def __repr__(self) -> str:
        return f"<Result code={self.code} out={self.out[:200]!r} err={self.err!r}>"


class TerminalInput(io.StringIO):
    """Standard input that claims to be a terminal (for delete's question)."""

    def isatty(self) -> bool:
        return True


Runner = Callable[..., Result]


def in_process(capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> Runner:
    """`halo ...` run by ``main([...])`` in this process, stdout and stderr captured, standard input not a terminal
    unless ``stdin`` says so."""
    from halopsa.cli import main

    def run(*args: str, stdin: Optional[io.StringIO] = None) -> Result:
        monkeypatch.setattr(sys, "stdin", stdin if stdin is not None else io.StringIO(""))
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def halo_executable() -> List[str]:
    """The installed `halo` script of this interpreter, else `python -m halopsa`."""
    script = Path(sys.executable).with_name("halo")
    return [str(script)] if script.exists() else [sys.executable, "-m", "halopsa"]


def interruptible() -> None:
    """A ``preexec_fn`` for a child the test interrupts with SIGINT: a runner started in the background (``&``
    in a script) ignores SIGINT, and a child inherits that, so Ctrl-C would never reach it."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)
