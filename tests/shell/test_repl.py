"""The interactive REPL, driven through prompt_toolkit's pipe input (see conftest.drive)."""

from __future__ import annotations

import pytest

import os
import stat

from halopsa.testing._demo import CLOSED_TYPE

from tests._support.shell import not_found_line


def open_ids(fake, count):
    closed = {s["id"] for s in fake.records("statuses") if s.get("type") == CLOSED_TYPE}
    return [t["id"] for t in fake.records("tickets") if t["status_id"] not in closed][:count]


def test_banner_then_results(fake, drive):
    session = drive(fake, ["tickets.count()"])
    assert session.exit_code == 0
    screen = session.screen
    assert screen.index(fake.url) < screen.index("You are Alex Morgan") < screen.index(">>> tickets.count()")
    assert f"\n{len(fake.records('tickets'))}\n" in screen


def test_no_banner(fake, drive):
    session = drive(fake, ["1 + 1"], banner=False)
    assert fake.url not in session.screen and "You are" not in session.screen
    assert "\n2\n" in session.screen


def test_loop_over_open_tickets_prints_their_ids(fake, drive):
    session = drive(fake, ["for t in tickets.filter(open_only=True)[:3]: print(t.id)"])
    assert [int(line) for line in session.stdout.split()] == open_ids(fake, 3)


def test_queryset_and_record_print_short(fake, drive):
    session = drive(fake, ["tickets.get(3)", "tickets.filter(open_only=True)"])
    stored = fake.record("tickets", 3)
    assert f"<Ticket #3 {stored['summary']!r}>" in session.screen
    first = open_ids(fake, 1)[0]
    assert f"<QuerySet [<Ticket #{first} " in session.screen
    assert "...(remaining elements truncated)...]>" in session.screen


def test_api_error_is_one_line(fake, drive):
    session = drive(fake, ["tickets.get(99999)", "print('still here')"])
    assert not_found_line(fake, 99999) + "\n" in session.screen
    assert "Traceback" not in session.screen
    assert session.stdout == "still here\n"


def test_last_traceback_shows_the_full_one(fake, drive):
    session = drive(fake, ["tickets.get(99999)", "last_traceback()"])
    lines = session.stdout.splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    assert lines[1] == '  File "<stdin>", line 1, in <module>'
    assert any("halopsa/_managers.py" in line for line in lines)
    assert lines[-1].endswith(not_found_line(fake, 99999))


def test_last_traceback_before_any_error(fake, drive):
    assert drive(fake, ["last_traceback()"], banner=False).stdout == "no error so far\n"


def test_debug_shows_tracebacks_for_api_errors(fake, drive):
    session = drive(fake, ["tickets.get(99999)"], debug=True)
    assert "Traceback (most recent call last):" in session.screen
    assert "halopsa/_managers.py" in session.screen


def test_other_errors_keep_their_traceback(fake, drive):
    session = drive(fake, ["1/0"], banner=False)
    assert "Traceback (most recent call last):" in session.screen
    assert "ZeroDivisionError: division by zero" in session.screen


def test_mistyped_filter_is_one_line_and_sends_nothing(fresh_fake, drive):
    session = drive(fresh_fake, ["tickets.filter(priorty=1)"], banner=False)
    assert "HaloQueryError: unknown filter 'priorty' for tickets; did you mean 'priority'?" in session.screen
    assert "Traceback" not in session.screen
    assert fresh_fake.api_requests() == []


def test_top_level_await(fake, drive):
    session = drive(fake, ["n = await aclient.tickets.acount()", "print(n)",
                           "async for t in tickets.filter(open_only=True)[:2]: print(t.id)"], banner=False)
    assert [int(line) for line in session.stdout.split()] == [len(fake.records("tickets")), *open_ids(fake, 2)]


def test_save_from_the_shell_reaches_the_server(fresh_fake, drive):
    drive(fresh_fake, ["t = tickets.get(5)", "t.summary = 'Renamed in the shell'", "t.save()"], banner=False)
    posts = fresh_fake.api_requests("POST", "/api/Tickets")
    assert [p.json for p in posts] == [[{"id": 5, "summary": "Renamed in the shell"}]]
    assert fresh_fake.record("tickets", 5)["summary"] == "Renamed in the shell"


def test_history_file_is_private_and_keeps_commands(fake, drive, home):
    drive(fake, ["tickets.count()", "print('history')"], banner=False)
    history = home / "shell_history"
    assert stat.S_IMODE(os.stat(history).st_mode) == 0o600
    text = history.read_text()
    assert "+tickets.count()" in text and "+print('history')" in text


def test_existing_history_file_is_made_private(fake, drive, home):
    home.mkdir()
    history = home / "shell_history"
    history.write_text("")
    os.chmod(history, 0o644)
    drive(fake, ["1"], banner=False)
    assert stat.S_IMODE(os.stat(history).st_mode) == 0o600


def test_startup_file_runs_into_the_namespace(fake, drive, home):
    home.mkdir()
    (home / "shell.py").write_text("open_tickets = tickets.filter(open_only=True)\ngreeting = 'hello from shell.py'\n")
    session = drive(fake, ["print(greeting, [t.id for t in open_tickets[:2]])"], banner=False)
    assert session.stdout == f"hello from shell.py {open_ids(fake, 2)}\n"


def test_failing_startup_file_is_reported_and_the_shell_starts(fake, drive, home):
    home.mkdir()
    (home / "shell.py").write_text("before = 1\ntickets.get(99999)\nafter = 2\n")
    session = drive(fake, ["print(before, 'after' in globals())"], banner=False)
    assert f"{home / 'shell.py'} failed at line 2: {not_found_line(fake, 99999)}; the shell starts without the " \
           "rest of it (last_traceback() shows the traceback)\n>>>" in session.screen
    assert session.stdout == "1 False\n"


@pytest.mark.parametrize("source, error", [
    ("x = 1\nundefined_name\n", "NameError: name 'undefined_name' is not defined"),
    ("def f():\n    return 1 / 0\n\nf()\n", "ZeroDivisionError: division by zero"),
    ("x = (\n", "SyntaxError: "),
])
def test_a_startup_file_failing_with_any_error_is_one_line(fake, drive, home, source, error):
    home.mkdir()
    (home / "shell.py").write_text(source)
    session = drive(fake, ["print('started')"], banner=False)
    first = session.screen.split(">>>")[0]
    assert first.startswith(f"{home / 'shell.py'} failed at line ") and error in first
    assert first.count("\n") == 1 and "Traceback" not in session.screen
    assert session.stdout == "started\n"


def test_vi_mode(fake, drive):
    assert drive(fake, ["print(get_ptpython().vi_mode)"], vi=True, banner=False).stdout == "True\n"
    assert drive(fake, ["print(get_ptpython().vi_mode)"], banner=False).stdout == "False\n"


def test_banner_without_identity_when_me_is_refused(fresh_fake, drive):
    fresh_fake.fail_next(1, 403, path="/Agent/me")
    session = drive(fresh_fake, ["1"], make_client=lambda: fresh_fake.client(max_retries=0))
    assert fresh_fake.url in session.screen
    assert "You are" not in session.screen
    shown = session.screen.replace(fresh_fake.url, "<tenant>")  # the port may hold the digits 403
    assert "Forbidden" not in shown and "403" not in shown


def test_error_while_printing_a_queryset_is_one_line(fresh_fake, drive):
    # The QuerySet's repr is what reads the rows, so the error comes from printing the result, not from the line.
    fresh_fake.fail_next(1, 500, path="/Tickets")
    session = drive(fresh_fake, ["tickets.all()", "last_traceback()"],
                    make_client=lambda: fresh_fake.client(max_retries=0), banner=False)
    assert "HaloServerError: GET /api/Tickets: 500 " in session.screen
    assert "Traceback" not in session.screen
    assert session.stdout.startswith("Traceback (most recent call last):")


def test_quit_leaves_like_exit(fake):
    import io

    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output.plain_text import PlainTextOutput

    from halopsa.shell import run_shell

    with create_pipe_input() as pipe:
        pipe.send_text("quit()\r")
        assert run_shell(fake.client, input=pipe, output=PlainTextOutput(io.StringIO()), banner=False) == 0


def test_ctrl_d_leaves_at_once(fake):
    import io

    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output.plain_text import PlainTextOutput

    from halopsa.shell import run_shell

    out = io.StringIO()
    with create_pipe_input() as pipe:
        # Ctrl-D, then a line that must not run (and, were a question asked, a second Ctrl-D and "y" to leave)
        pipe.send_text("\x04print('still here')\r\x04y")
        assert run_shell(fake.client, input=pipe, output=PlainTextOutput(out), banner=False) == 0
    assert "still here" not in out.getvalue() and "really want to exit" not in out.getvalue()


def test_enter_does_not_wait_for_a_completion_still_being_computed(fake, monkeypatch):
    # The first completions (jedi loading its stubs and parsing the SDK's source) take seconds on a busy machine;
    # Enter must not wait for them. The completer below is still "computing" when Enter arrives.
    import io
    import threading

    from prompt_toolkit.completion import Completer
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output.plain_text import PlainTextOutput

    from halopsa.shell import _repl, run_shell

    started, release, finished = threading.Event(), threading.Event(), threading.Event()
    screen = io.StringIO()
    with create_pipe_input() as pipe:

        class StillComputing(Completer):
            def get_completions(self, document, complete_event):
                if not started.is_set():
                    started.set()
                    pipe.send_text("\rexit()\r")
                    release.wait(15)
                    finished.set()
                return iter(())

        monkeypatch.setattr(_repl, "merged_completer", lambda get_namespace, python_completer: StillComputing())
        pipe.send_text("6 * 7")
        try:
            code = run_shell(fake.client, input=pipe, output=PlainTextOutput(screen), banner=False)
            waited = finished.is_set()
        finally:
            release.set()
    assert started.is_set()
    assert not waited, "the prompt waited for the completion to finish before running the line"
    assert code == 0
    assert "\n42\n" in screen.getvalue().replace("\r", "")


def test_statements_ending_in_an_expression_show_its_value(fake, drive):
    session = drive(fake, ["n = 6 * 7; n", "m = n + 1", "m; None", "await asyncio.sleep(0); n * 2"], banner=False)
    screen = session.screen
    assert "\n42\n" in screen and "\n84\n" in screen
    assert "\n43\n" not in screen  # an assignment alone shows nothing, nor does a final None
    assert session.stdout == ""


def test_printing_a_queryset_reads_one_short_page(fresh_fake, drive):
    session = drive(fresh_fake, ["tickets.all()"], banner=False)
    assert "...(remaining elements truncated)...]>" in session.screen
    listings = fresh_fake.api_requests("GET", "/api/Tickets")
    assert len(listings) == 1
    assert int(listings[0].params["page_size"]) <= 21  # the first 20 rows and one to tell whether there are more


def test_colour_schemes_lexer_and_completer_are_built_when_first_needed():
    # In a new process: other tests may have loaded the Pygments styles already.
    import subprocess
    import sys

    code = """if True:
        import sys
        from prompt_toolkit.document import Document
        from prompt_toolkit.input import create_pipe_input
        from prompt_toolkit.output import DummyOutput
        from halopsa.shell._namespace import ShellSession
        from halopsa.shell._repl import make_repl
        with create_pipe_input() as pipe:
            repl = make_repl({}, ShellSession(), input=pipe, output=DummyOutput())
            print(repl.code_styles is not None, "pygments.styles.monokai" in sys.modules, repl.lexer.built,
                  repl.python_completer._completer is not None)
            repl.lexer.lex_document(Document(""))
            print(repl.lexer.built)
            repl.use_code_colorscheme("monokai")  # what the F2 menu does
            print("monokai" in repl.code_styles, "pygments.styles.monokai" in sys.modules, len(repl.code_styles) > 20)
            line = repl.lexer.lex_document(Document("x = 1"))(0)
            print(repl.lexer.built, any("pygments" in style for style, _ in line))
            repl.close()
    """
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["True False False False", "False", "True True True", "True True"]


def test_warm_up_builds_the_lexer_and_loads_jedi(fake):
    import jedi.settings
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from halopsa.shell import make_namespace
    from halopsa.shell._namespace import ShellSession
    from halopsa.shell._repl import make_repl

    with create_pipe_input() as pipe:
        repl = make_repl(make_namespace(fake.client()), ShellSession(), input=pipe, output=DummyOutput())
        jedi.settings.allow_unsafe_interpreter_executions = True
        fake.clear_requests()
        repl.warm_up()
        repl.close()
    assert repl.lexer.built and repl.python_completer._completer is not None
    assert jedi.settings.allow_unsafe_interpreter_executions is False
    assert fake.api_requests() == []


def test_banner_says_when_the_shell_cannot_sign_in(fresh_fake, drive):
    def wrong_secret():
        from halopsa import HaloClient

        return HaloClient(tenant_url=fresh_fake.url, client_id=fresh_fake.client_id, client_secret="not-the-secret",
                          max_retries=0, token_cache=False)

    session = drive(fresh_fake, ["print('still ' + 'starts')"], make_client=wrong_secret)
    banner = session.screen[:session.screen.index("Try:")]
    assert "You are" not in banner
    [line] = [line for line in banner.splitlines() if line.startswith("Not connected")]
    assert line.startswith("Not connected, so requests will fail until this is fixed: HaloTokenError: ")
    assert session.stdout == "still starts\n"


def test_banner_says_when_the_tenant_never_answers_and_does_not_wait_for_it(fake, drive, monkeypatch):
    """A tenant that accepts the connection and never replies (a hung server, a proxy holding it): the banner
    waits WHOAMI_TIMEOUT for agents.me(), then says so, and the prompt opens."""
    import socket
    import time

    from halopsa import HaloClient
    from halopsa.shell import _namespace

    monkeypatch.setattr(_namespace, "WHOAMI_TIMEOUT", 0.5)
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # connections are queued by the kernel and never accepted, so never answered
    url = f"http://127.0.0.1:{silent.getsockname()[1]}"
    try:
        started = time.monotonic()
        session = drive(fake, ["print('still ' + 'starts')"], make_client=lambda: HaloClient(
            tenant_url=url, client_id="id", client_secret="secret", max_retries=0, token_cache=False))
        took = time.monotonic() - started
    finally:
        silent.close()
    banner = session.screen[:session.screen.index("Try:")]
    [line] = [line for line in banner.splitlines() if line.startswith("Not connected")]
    assert line == (f"Not connected, so requests will fail until this is fixed: {url} did not answer within 0.5 s "
                    "(a tenant that is down or slow, or a firewall that drops the connection)")
    assert session.stdout == "still starts\n"
    assert took < 10
