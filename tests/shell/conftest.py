"""Fixtures for the shell tests: a FakeHalo, a private HALO_HOME, and a driver for the interactive REPL."""

from __future__ import annotations

import io
from typing import Any, Callable, Iterator, List, Optional

import pytest


@pytest.fixture(scope="module")
def fake() -> Iterator[Any]:
    """One FakeHalo for a test module (tests that write use ``fresh_fake``)."""
    from halopsa.testing import FakeHalo

    with FakeHalo(seed=0, tickets=200) as server:
        yield server


@pytest.fixture
def fresh_fake() -> Iterator[Any]:
    from halopsa.testing import FakeHalo

    with FakeHalo(seed=0, tickets=50) as server:
        yield server


@pytest.fixture(autouse=True)
def home(tmp_path: Any, monkeypatch: Any) -> Any:
    """HALO_HOME in a temporary folder, so history and startup files never touch the real ~/.halopsa; and the
    banner waits long enough for agents.me() that a busy machine still shows who you are."""
    from halopsa.shell import _namespace

    monkeypatch.setattr(_namespace, "WHOAMI_TIMEOUT", 30.0)
    path = tmp_path / "halo-home"
    monkeypatch.setenv("HALO_HOME", str(path))
    return path


def not_found_line(fake: Any, record_id: int) -> str:
    """The one line the shell prints for ``tickets.get(record_id)`` of a missing ticket: the class, the request
    and the message, whatever words the SDK and the server choose for the message."""
    from halopsa.exceptions import HaloNotFoundError
    from halopsa.shell._display import error_line

    client = fake.client()
    try:
        client.tickets.get(record_id)
    except HaloNotFoundError as error:
        line = error_line(error)
    else:
        raise AssertionError(f"ticket {record_id} exists")
    finally:
        client.close()
    assert line.startswith(f"Ticket.DoesNotExist: GET /api/Tickets/{record_id}: 404 ") and "\n" not in line
    return line


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
