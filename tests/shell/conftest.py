"""Fixtures for the shell tests: FakeHalo servers, a private halo home, and a driver for the interactive REPL.

``fake`` is tests/conftest.py's ``module_fake`` (one FakeHalo per module, module-scoped here so module-scoped
fixtures can use it); ``fresh_fake`` and ``home`` are built on the plugin's ``halo_fake_factory`` and
``halo_environment``.
"""

from __future__ import annotations

import io
from typing import Any, Callable, List, Optional

import pytest


@pytest.fixture(scope="module")
def fake(module_fake: Any) -> Any:
    """The module's FakeHalo (seed 0, 200 tickets); tests that write use ``fresh_fake``."""
    return module_fake


@pytest.fixture
def fresh_fake(halo_fake_factory: Callable[..., Any]) -> Any:
    """A FakeHalo of the test's own, for tests that write."""
    return halo_fake_factory(seed=0, tickets=50)


@pytest.fixture(autouse=True)
def home(halo_environment: Any, tmp_path: Any, monkeypatch: Any) -> Any:
    """The plugin's ``halo_environment``, with the halo home (HALO_HOME) a folder of the test's tmp_path that is not
    made yet and HALO_CONFIG unset, so history and startup files never touch the real ~/.halopsa; and the banner
    waits long enough for agents.me() that a busy machine still shows who you are."""
    from halopsa.shell import _namespace

    monkeypatch.setattr(_namespace, "WHOAMI_TIMEOUT", 30.0)
    path = tmp_path / "halo-home"
    monkeypatch.setenv("HALO_HOME", str(path))
    monkeypatch.delenv("HALO_CONFIG", raising=False)
    return path


COMPOUND = {"for", "async", "while", "if", "with", "def", "class", "try"}


class Session:
    """What one interactive session showed: the REPL's screen (prompts, results, errors) and stdout."""

    def __init__(self, exit_code: int, screen: str, stdout: str) -> None:
        self.exit_code = exit_code
        self.screen = screen
        self.stdout = stdout


@pytest.fixture
def drive(capsys: Any) -> Callable[..., Session]:
    """``drive(fake, ["tickets.count()"])`` types each line (plus Enter) into a real HaloRepl reading a
    prompt_toolkit pipe input, then exits; returns what the session showed."""
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output.plain_text import PlainTextOutput

    from halopsa.shell import run_shell

    def run(fake: Any, lines: List[str], make_client: Optional[Callable[[], Any]] = None, **options: Any) -> Session:
        screen = io.StringIO()
        capsys.readouterr()
        with create_pipe_input() as pipe:
            for line in lines:
                # A compound statement needs an empty line to finish it, as in the standard REPL.
                compound = line.split(" ", 1)[0] in COMPOUND or "\n" in line
                pipe.send_text(line + ("\r\r" if compound else "\r"))
            pipe.send_text("exit()\r")
            code = run_shell(make_client or fake.client, input=pipe, output=PlainTextOutput(screen), **options)
        return Session(code, screen.getvalue().replace("\r", ""), capsys.readouterr().out)

    return run
