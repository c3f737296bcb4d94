"""Every failure is one line on stderr with its exit code; input rejected locally sends nothing."""

from __future__ import annotations

import socket

import pytest

# (arguments, exit code, a piece of the one line printed)
REJECTED_LOCALLY = [
    (["tickts", "list"], 2, "unknown command 'tickts'; did you mean 'tickets'?"),
    (["tickets", "lst"], 2, "unknown action 'lst' for tickets; did you mean 'list'?"),
    (["tickets"], 2, "tickets needs an action: list, get, create, update, delete, count"),
    (["timesheets", "delete", "3", "--yes"], 2, "timesheets has no delete action"),
    (["tickets", "list", "--filter", "priorty=2"], 2,
     "unknown filter 'priorty' for tickets; did you mean 'priority'? (for a field the server cannot filter on, "
     "use --where FIELD=VALUE)"),
    (["tickets", "list", "--priorty", "2"], 2, "unknown option '--priorty'; did you mean '--priority'?"),
    (["tickets", "list", "--filter", "priority"], 2, "argument --filter: expected NAME=VALUE, not 'priority'"),
    (["tickets", "list", "--client-id", "1.5"], 2, "filter 'client_id' of tickets takes an integer id, not '1.5'"),
    # a number that is not an id: say so, with what the numbers mean (Halo's description, from the catalog)
    (["tickets", "list", "--filter", "includeclosed=true"], 2,
     "filter 'includeclosed' of tickets takes a whole number (or several, separated by commas), not 'true'; "
     "HaloPSA: Filter on closed in the array - 1 = Closed - 0 = Not Closed"),
    (["tickets", "list", "--filter", "includechildren=1,x"], 2,
     "filter 'includechildren' of tickets takes a whole number (or several, separated by commas), not 'x'; "
     "HaloPSA: Filter on child tickets in the array. 0 = No children and not a child - 1 = Has children - 2 = "
     "is a child"),
    (["tickets", "count", "--filter", "billingcontractid=x"], 2,
     "filter 'billingcontractid' of tickets takes a whole number, not 'x'"),
    (["tickets", "list", "--where", "status_id=open"], 2, "--where status_id= takes a whole number, not 'open'"),
    (["tickets", "list", "--where", "status_id__near=1"], 2, "unknown lookup 'status_id__near' in --where"),
    (["tickets", "list", "--order-by", "a,b,c,d,e,f"], 2, "HaloPSA orders by at most 5 fields"),
    (["agents", "list", "--order-by", "id"], 2, "agents cannot be ordered"),
    (["tickets", "list", "--limit", "0"], 2, "argument --limit: expected 1 or more, not 0"),
    (["tickets", "list", "-o", "xml"], 2, "argument -o/--output: invalid choice: 'xml'"),
    (["tickets", "list", "--debug"], 2, "--debug is a global option: put it before the command"),
    (["tickets", "create", "--data", "{bad"], 2, "--data is not valid JSON (Expecting property name"),
    (["tickets", "create", "--data", "@missing.json"], 2, "cannot read missing.json"),
    (["tickets", "create", "--data", "[1, 2]"], 2, "--data as a list must hold JSON objects"),
    (["tickets", "create"], 2, "nothing to create"),
    (["tickets", "update", "12"], 2, "nothing to update"),
    (["tickets", "get", "abc"], 2, "argument ID: 'abc' is not a Ticket id (a whole number from 1 to 2,147,483,647)"),
    (["tickets", "update", "abc", "--status-id", "2"], 2, "'abc' is not a Ticket id (a whole number from 1 to 2,147,483,647)"),
    (["tickets", "update", "12", "--status-id", "2.5"], 2, "argument --status-id/--status: expected a whole number"),
    (["tickets", "delete", "abc", "--yes"], 2, "'abc' is not a Ticket id (a whole number from 1 to 2,147,483,647)"),
    # id 0 means "no id" to Halo: an update of ticket 0 would create a ticket
    (["tickets", "update", "0", "--status-id", "5"], 2, "argument ID: '0' is not a Ticket id (a whole number from 1 to 2,147,483,647)"),
    (["tickets", "get", "0"], 2, "'0' is not a Ticket id (a whole number from 1 to 2,147,483,647)"),
    (["clients", "delete", "00", "--yes"], 2, "'00' is not a Client id (a whole number from 1 to 2,147,483,647)"),
    (["attachments", "upload", "conftest.py", "--ticket-id", "0"], 2, "argument --ticket-id: expected 1 or more"),
    # output options go between the resource and the action too, but download's -o is a file
    (["attachments", "--json", "download", "5"], 2, "download saves a file and prints no records"),
    (["tickets", "--json"], 2, "tickets needs an action: list, get"),
    (["tickets", "get"], 2, "the following arguments are required: ID"),
    (["tickets", "get", "1", "2"], 2, "unexpected argument '2'"),
    (["tickets", "list", "--limit", "1", "--", "--x"], 2, "unexpected argument '--x'"),
    (["clients", "delete", "1", "--yes", "--reason", "x"], 2, "deleting clients takes no --reason"),
    (["--bogus", "tickets", "list"], 2, "unknown option '--bogus'"),
    (["--timeout", "0", "tickets", "list"], 2, "argument --timeout: expected a number above 0"),
    (["--sandbox", "--tenant-url", "https://x.halopsa.com", "tickets", "list"], 2,
     "--sandbox connects to the local sandbox; leave out --tenant-url"),
    (["request", "FETCH", "/Tickets"], 2, "argument METHOD: invalid choice: 'FETCH'"),
    (["request", "GET", "/Tickets", "--param", "count"], 2, "argument --param: expected NAME=VALUE"),
    (["completion", "tcsh"], 2, "argument SHELL: invalid choice: 'tcsh'"),
]


@pytest.mark.parametrize("argv, code, text", REJECTED_LOCALLY, ids=[" ".join(a) for a, _, _ in REJECTED_LOCALLY])
def test_rejected_locally_one_line_and_no_request(argv, code, text, halo, shared_fake):
    result = halo(*argv)
    assert result.code == code
    assert len(result.err_lines) == 1, result.err
    assert result.err_lines[0].startswith("halo: error: ") and text in result.err_lines[0], result.err
    assert result.out == ""
    assert shared_fake.requests == []  # not even a token request


def test_argparse_errors_point_to_the_help_of_the_command(halo):
    result = halo("tickets", "list", "-o", "xml")
    assert result.err_lines[0].endswith("; see 'halo tickets list --help'")


def test_missing_credentials(halo_bare):
    result = halo_bare("tickets", "list")
    assert result.code == 2
    assert len(result.err_lines) == 1
    assert result.err_lines[0].startswith("halo: error: missing tenant_url, client_id, client_secret: pass "
                                          "--tenant-url --client-id --client-secret, set HALO_TENANT_URL")
    assert "halo configure" in result.err
    assert result.err_lines[0].endswith("; or try the sandbox, which needs none: halo --sandbox <command>")


def test_bad_max_retries_variable(halo, monkeypatch):
    monkeypatch.setenv("HALO_MAX_RETRIES", "many")
    result = halo("tickets", "list")
    assert result.code == 2 and result.err_lines == [
        "halo: error: HALO_MAX_RETRIES must be a whole number of 0 or more, not 'many'"]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_tenant(halo_bare, monkeypatch):
    monkeypatch.setenv("HALO_MAX_RETRIES", "0")
    result = halo_bare("--tenant-url", f"http://127.0.0.1:{closed_port()}", "--client-id", "a",
                       "--client-secret", "b", "tickets", "list")
    assert result.code == 1
    assert len(result.err_lines) == 1
    assert "cannot reach" in result.err and "connection refused" in result.err


def test_plain_http_to_another_host_is_refused_in_command_line_terms(halo_bare):
    result = halo_bare("--tenant-url", "http://10.1.2.3", "--client-id", "a", "--client-secret", "b", "tickets",
                       "list")
    assert result.code == 2
    assert result.err_lines == ["halo: error: the tenant URL 'http://10.1.2.3' uses plain http, which would send "
                                "your credentials unencrypted; use https://, or set HALO_ALLOW_HTTP=1 if this "
                                "tenant really is served over plain http"]  # no allow_http=True: not a flag


def test_not_found_is_exit_code_3(halo):
    result = halo("tickets", "get", "987654")
    assert result.code == 3
    assert result.err_lines == ["halo: error: GET /api/Tickets/987654: 404 No Faults record with id 987654 was found "
                                "(Tickets/987654)."]  # the server's own words


def test_wrong_secret_is_exit_code_4(halo, monkeypatch):
    monkeypatch.setenv("HALO_CLIENT_SECRET", "Xq9-not-the-secret")
    result = halo("tickets", "list")
    assert result.code == 4
    assert len(result.err_lines) == 1 and "refused a token (401" in result.err
    assert "Xq9" not in result.err  # the secret never appears


@pytest.mark.parametrize("status, code", [(403, 4), (401, 4), (500, 1), (400, 1), (429, 1)])
def test_api_errors(status, code, halo_rw, fake, monkeypatch):
    monkeypatch.setenv("HALO_MAX_RETRIES", "0")
    fake.fail_next(3, status=status, path="/api/Tickets")
    result = halo_rw("tickets", "list")
    assert result.code == code, result
    assert len(result.err_lines) == 1 and result.err_lines[0].startswith("halo: error: GET /api/Tickets: ")
    assert str(status) in result.err


def test_debug_shows_the_traceback_and_the_requests(halo_rw, fake, monkeypatch):
    monkeypatch.setenv("HALO_MAX_RETRIES", "0")
    fake.fail_next(1, status=500, path="/api/Tickets")
    result = halo_rw("--debug", "tickets", "list")
    assert result.code == 1
    assert "Traceback (most recent call last)" in result.err
    assert "halo: debug: GET /api/Tickets" in result.err
    assert result.err_lines[-1].startswith("halo: error: GET /api/Tickets: 500")
    assert fake.client_secret not in result.err


def test_interrupted_is_130(halo, monkeypatch):
    from halopsa.cli import _actions

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setitem(_actions._HANDLERS, "list", interrupted)
    result = halo("tickets", "list")
    assert result.code == 130 and result.err_lines[-1] == "halo: interrupted"


def test_an_unexpected_failure_is_one_line_asking_for_a_report(halo, monkeypatch):
    from halopsa.cli import _actions

    def broken(*args):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setitem(_actions._HANDLERS, "count", broken)
    result = halo("tickets", "count")
    assert result.code == 1
    assert result.err_lines == ["halo: error: ZeroDivisionError: division by zero; this is a bug in halo: rerun "
                                "with --debug and report it"]


def test_warnings_are_one_line(halo, monkeypatch):
    import warnings

    from halopsa.cli import _actions

    def warns(*args):
        warnings.warn("tickets changed while listing", UserWarning)
        return 0

    monkeypatch.setitem(_actions._HANDLERS, "list", warns)
    result = halo("tickets", "list")
    assert result.code == 0 and result.err_lines == ["halo: warning: tickets changed while listing"]


PERMISSION_HINT = ("; check the API application's permissions and scope in HaloPSA (Configuration > "
                   "Integrations > HaloPSA API), or run 'halo configure'")


@pytest.mark.parametrize("status", [403, 401])
def test_permission_errors_say_what_to_do(status, halo_rw, fake, monkeypatch):
    monkeypatch.setenv("HALO_MAX_RETRIES", "0")
    # 401 twice: the first makes the SDK renew its token and replay once, the second survives that
    fake.fail_next(2, status=status, body={"message": "not allowed"}, path="/api/Tickets")
    result = halo_rw("tickets", "list")
    assert result.code == 4, result
    assert result.err_lines == [f"halo: error: GET /api/Tickets: {status} not allowed{PERMISSION_HINT}"]


def test_other_api_errors_get_no_permission_hint(halo_rw, fake, monkeypatch):
    monkeypatch.setenv("HALO_MAX_RETRIES", "0")
    fake.fail_next(1, status=400, body={"message": "summary is required"}, path="/api/Tickets")
    result = halo_rw("tickets", "list")
    assert result.err_lines == ["halo: error: GET /api/Tickets: 400 summary is required"]
