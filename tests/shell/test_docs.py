"""docs/shell.md: its ```python blocks run, in order, in the shell's namespace as `halo shell` would run them."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

from halopsa.shell._namespace import ShellSession, make_namespace
from halopsa.shell._run import run_source

DOC = Path(__file__).resolve().parents[2] / "docs" / "shell.md"
FENCE = re.compile(r"^```python[ \t]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


def test_python_examples_run_in_the_shell_namespace(fresh_fake, monkeypatch, capsys):
    # The first block rebuilds the names from HaloClient(), which reads HALO_* variables.
    monkeypatch.setenv("HALO_TENANT_URL", fresh_fake.url)
    monkeypatch.setenv("HALO_CLIENT_ID", fresh_fake.client_id)
    monkeypatch.setenv("HALO_CLIENT_SECRET", fresh_fake.client_secret)
    text = DOC.read_text(encoding="utf-8")
    blocks = [(text.count("\n", 0, m.start()) + 2, m.group(1)) for m in FENCE.finditer(text)]
    assert len(blocks) >= 4
    session = ShellSession()
    namespace = make_namespace(fresh_fake.client(), session)
    for line, code in blocks:
        errors = io.StringIO()
        exit_code = run_source(code, f"shell.md:{line}", namespace, session, errors)
        assert exit_code == 0, f"docs/shell.md block at line {line}: {errors.getvalue()}"
    out = capsys.readouterr().out
    assert "True HaloClient" in out
    assert "DoesNotExist 404" in out
    assert fresh_fake.api_requests("POST", "/api/Tickets")  # the save() example reached the server
    session.close()


# -- the transcripts: what the doc shows the shell printing is what it prints ----------------------------------

SESSION = re.compile(r"^```text\n((?:\$ halo --sandbox shell\n|>>> ).*?)^```", re.MULTILINE | re.DOTALL)
COMMAND = re.compile(r"^\$ halo --sandbox shell -c '(?P<code>[^']*)'(?P<echo>; echo \"exit code \$\?\")?\n"
                     r"(?P<output>(?:(?!\$ ).*\n)*)", re.MULTILINE)
ANY_PORT = re.compile(r"http://127\.0\.0\.1:\d+")


def words(text):
    """The text with every run of whitespace as one space: the doc wraps long lines where a terminal would."""
    return " ".join(ANY_PORT.sub("http://127.0.0.1:PORT", text).split())


def sandbox():
    """A FakeHalo with the sandbox's data as it is when first seeded (what the doc's sessions start from)."""
    from halopsa.testing import FakeHalo
    from halopsa.testing._sandbox import SANDBOX_TICKETS

    return FakeHalo(tickets=SANDBOX_TICKETS)


def replay(fake, transcript):
    """Type the ``>>> `` lines of a transcript into the shell's REPL, one by one; what the shell shows for them
    (the banner first when the transcript starts with the command), as the doc lays it out."""
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output.plain_text import PlainTextOutput

    from halopsa.shell._namespace import banner_text, whoami
    from halopsa.shell._repl import make_repl

    screen = io.StringIO()
    session = ShellSession()
    client = fake.client()
    namespace = make_namespace(client, session)
    with create_pipe_input() as pipe, contextlib.redirect_stdout(screen):
        repl = make_repl(namespace, session, input=pipe, output=PlainTextOutput(screen))
        if transcript.startswith("$ "):
            screen.write(f"{transcript.splitlines()[0]}\n{banner_text(client, namespace, whoami(client))}\n")
        for line in transcript.splitlines():
            if line.startswith(">>> "):
                screen.write(line + "\n")
                if line != ">>> exit()":
                    repl.run_and_show_expression(line[4:])
        repl.close()
    session.close()
    client.close()
    return screen.getvalue()


def test_the_session_transcripts_are_what_the_shell_prints():
    text = DOC.read_text(encoding="utf-8")
    transcripts = SESSION.findall(text)
    assert len(transcripts) >= 2 and transcripts[0].startswith("$ halo --sandbox shell\n")
    for transcript in transcripts:
        with sandbox() as fake:
            shown = replay(fake, transcript)
        assert words(shown) == words(transcript), (
            f"docs/shell.md shows a session the shell does not print; the shell printed:\n{shown}")


def test_the_command_examples_print_what_the_doc_shows(capsys):
    from halopsa.shell import run_shell

    examples = list(COMMAND.finditer(DOC.read_text(encoding="utf-8")))
    assert len(examples) >= 2
    for example in examples:
        errors = io.StringIO()
        with sandbox() as fake:
            capsys.readouterr()
            exit_code = run_shell(fake.client, code=example["code"], stdin=io.StringIO(""), stderr=errors)
        shown = capsys.readouterr().out + errors.getvalue()
        if example["echo"]:
            shown += f"exit code {exit_code}\n"
        else:
            assert exit_code == 0
        assert shown == example["output"], f"docs/shell.md: halo --sandbox shell -c '{example['code']}'"
