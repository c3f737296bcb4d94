"""`halo shell -c CODE` and a script piped on stdin: run in the shell's namespace, then exit."""

from __future__ import annotations

import io

from halopsa.shell import run_shell

from tests._support.shell import not_found_line


def run(fake, code=None, stdin="", **options):
    err = io.StringIO()
    exit_code = run_shell(fake.client, code=code, stdin=io.StringIO(stdin), stderr=err, **options)
    return exit_code, err.getvalue()


def test_code_runs_in_the_namespace(fake, capsys):
    exit_code, err = run(fake, code="print(tickets.count(), Ticket.__name__, client.tenant_url)")
    assert (exit_code, err) == (0, "")
    assert capsys.readouterr().out == f"{len(fake.records('tickets'))} Ticket {fake.url}\n"


def test_api_error_is_one_line_and_exit_code_1(fake):
    exit_code, err = run(fake, code="tickets.get(99999)")
    assert exit_code == 1
    assert err == not_found_line(fake, 99999) + "\n"


def test_mistyped_filter_is_one_line_and_sends_nothing(fresh_fake):
    exit_code, err = run(fresh_fake, code="tickets.filter(priorty=1).count()")
    assert exit_code == 1
    assert err.startswith("HaloQueryError: unknown filter 'priorty' for tickets; did you mean 'priority'?")
    assert err.count("\n") == 1
    assert fresh_fake.api_requests() == []


def test_debug_shows_the_full_traceback(fake):
    exit_code, err = run(fake, code="tickets.get(99999)", debug=True)
    assert exit_code == 1
    lines = err.splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    assert lines[1] == '  File "<string>", line 1, in <module>'
    assert lines[2].strip() == "tickets.get(99999)"
    assert "halopsa/_managers.py" in err
    assert lines[-1].endswith(not_found_line(fake, 99999))


def test_other_errors_show_a_traceback_starting_at_the_users_code(fake):
    exit_code, err = run(fake, code="def boom():\n    raise ValueError('bad')\nboom()\n")
    assert exit_code == 1
    lines = err.splitlines()
    assert lines[:3] == ["Traceback (most recent call last):", '  File "<string>", line 3, in <module>', "    boom()"]
    assert lines[-1] == "ValueError: bad"
    assert "halopsa/shell" not in err


def test_a_line_that_does_not_compile_shows_the_line_not_the_shell(fake):
    exit_code, err = run(fake, stdin="x = (\n")
    assert exit_code == 1
    lines = err.splitlines()
    assert lines[:2] == ['  File "<stdin>", line 1', "    x = ("]
    assert lines[-1].startswith("SyntaxError: ") and "halopsa" not in err and "Traceback" not in err


def test_exit_codes_from_exit(fake):
    assert run(fake, code="raise SystemExit(3)")[0] == 3
    assert run(fake, code="raise SystemExit()")[0] == 0
    assert run(fake, code="raise SystemExit('stopped: no tickets')") == (1, "stopped: no tickets\n")


def test_top_level_await(fake, capsys):
    exit_code, err = run(fake, code="print(await aclient.tickets.acount())\n"
                                        "print([t.id async for t in tickets.filter(open_only=True)[:2]])")
    assert (exit_code, err) == (0, "")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == str(len(fake.records("tickets")))
    assert lines[1] == str([t.id for t in fake.client().tickets.filter(open_only=True)[:2]])


def test_script_from_stdin_when_it_is_not_a_terminal(fake, capsys):
    script = "open_ids = [t.id for t in tickets.filter(open_only=True)[:3]]\nfor i in open_ids:\n    print(i)\n"
    exit_code, err = run(fake, stdin=script)
    assert (exit_code, err) == (0, "")
    printed = [int(line) for line in capsys.readouterr().out.split()]
    assert printed == [t.id for t in fake.client().tickets.filter(open_only=True)[:3]]
    assert len(printed) == 3


def test_script_error_names_the_stdin_line(fake):
    exit_code, err = run(fake, stdin="x = 1\nundefined_name\n")
    assert exit_code == 1
    assert '  File "<stdin>", line 2, in <module>' in err
    assert err.splitlines()[-1] == "NameError: name 'undefined_name' is not defined"


def test_empty_stdin_does_nothing(fresh_fake):
    assert run(fresh_fake, stdin="") == (0, "")
    assert fresh_fake.api_requests() == []


def test_code_wins_over_stdin(fake, capsys):
    exit_code, _ = run(fake, code="print('from -c')", stdin="print('from stdin')")
    assert exit_code == 0 and capsys.readouterr().out == "from -c\n"


def test_halopsa_warnings_print_as_one_line(fake):
    exit_code, err = run(fake, code="import warnings\nwarnings.warn(HaloDriftWarning('records moved'))")
    assert (exit_code, err) == (0, "HaloDriftWarning: records moved\n")


def test_the_client_is_closed_on_exit_even_after_an_error(fake):
    closed = []

    def make_client():
        client = fake.client()
        close = client.close
        client.close = lambda: (closed.append(True), close())
        return client

    assert run_shell(make_client, code="1/0", stderr=io.StringIO()) == 1
    assert closed == [True]
