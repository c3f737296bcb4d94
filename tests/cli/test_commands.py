"""`halo request`, `configure`, `completion`, `sandbox` and `shell`."""

from __future__ import annotations

import json
import os
import stat
import sys

import pytest
import yaml

from halopsa.cli import _configure
from halopsa.cli._completion import candidates, completion_script

# -- request -------------------------------------------------------------------------------------------------


def test_request_get_with_params(halo, shared_fake):
    result = halo("request", "GET", "/Tickets", "--param", "page_size=5", "--param", "pageinate=true")
    assert result.code == 0, result
    body = json.loads(result.out)
    assert len(body["tickets"]) == 5 and body["record_count"] == len(shared_fake.records("tickets"))
    (request,) = shared_fake.api_requests("GET", "/Tickets")
    assert request.params == {"page_size": "5", "pageinate": "true"}


def test_request_with_api_prefix_and_yaml(halo, shared_fake):
    result = halo("request", "get", "/api/Status", "-o", "yaml")
    assert result.code == 0
    assert [s["id"] for s in yaml.safe_load(result.out)] == [s["id"] for s in shared_fake.records("statuses")]


def test_request_post(halo_rw, fake):
    result = halo_rw("request", "POST", "Client", "--data", '[{"name": "Posted Ltd"}]')
    assert result.code == 0, result
    (post,) = fake.api_requests("POST", "/Client")
    assert post.json == [{"name": "Posted Ltd"}]
    assert "Posted Ltd" in result.out


def test_request_takes_a_full_url_only_of_the_tenant(halo, shared_fake):
    from halopsa.testing import FakeHalo

    with FakeHalo(seed=3, tickets=5) as elsewhere:
        refused = halo("request", "GET", f"{elsewhere.url}/api/Tickets")
        assert refused.code == 2 and len(refused.err_lines) == 1
        assert "is not on the tenant" in refused.err and "access token" in refused.err
        assert elsewhere.requests == [] and shared_fake.requests == []  # the token went nowhere
    on_tenant = halo("request", "GET", f"{shared_fake.url}/api/Status", "--json")
    assert on_tenant.code == 0, on_tenant
    assert [request.path for request in shared_fake.api_requests()] == ["/api/Status"]


def test_request_not_found(halo):
    result = halo("request", "GET", "/Tickets/99999")
    assert result.code == 3 and len(result.err_lines) == 1


# -- configure -----------------------------------------------------------------------------------------------


def config_file(home):
    return home / "config.yaml"


def test_configure_non_interactive_checks_the_token_and_writes_0600(halo_bare, fake, home):
    result = halo_bare("configure", "--tenant-url", fake.url, "--client-id", fake.client_id,
                       "--client-secret", fake.client_secret)
    assert result.code == 0, result
    path = config_file(home)
    assert yaml.safe_load(path.read_text()) == {"tenant_url": fake.url, "client_id": fake.client_id,
                                                "client_secret": fake.client_secret}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert fake.token_requests == 1 and fake.api_requests() == []
    assert fake.client_secret not in result.out + result.err
    assert result.out == f"saved {path} (mode 0600); try: halo tickets list --limit 5\n"
    # and the next command uses it
    listed = halo_bare("tickets", "list", "--limit", "1", "--json")
    assert listed.code == 0 and json.loads(listed.out)[0]["id"]


def test_configure_a_profile_keeps_the_rest(halo_bare, fake, home):
    config_file(home).parent.mkdir(mode=0o700)
    config_file(home).write_text("tenant_url: https://main.halopsa.com\nclient_id: a\nclient_secret: b\n")
    os.chmod(config_file(home), 0o600)
    result = halo_bare("configure", "--profile", "local", "--tenant-url", fake.url, "--client-id",
                       fake.client_id, "--client-secret", fake.client_secret)
    assert result.code == 0, result
    data = yaml.safe_load(config_file(home).read_text())
    assert data["tenant_url"] == "https://main.halopsa.com"
    assert data["profiles"]["local"]["tenant_url"] == fake.url
    assert "halo --profile local tickets list" in result.out
    assert halo_bare("--profile", "local", "statuses", "count").code == 0


def test_configure_refuses_bad_credentials_and_writes_nothing(halo_bare, fake, home):
    result = halo_bare("configure", "--tenant-url", fake.url, "--client-id", fake.client_id,
                       "--client-secret", "not-it")
    assert result.code == 4
    assert len(result.err_lines) == 1 and "nothing was saved" in result.err
    assert not config_file(home).exists()


def test_configure_no_verify(halo_bare, fake, home):
    result = halo_bare("configure", "--tenant-url", "acme.halopsa.com", "--client-id", "x", "--client-secret", "y",
                       "--no-verify")
    assert result.code == 0
    assert yaml.safe_load(config_file(home).read_text())["tenant_url"] == "https://acme.halopsa.com"
    assert fake.requests == []


def test_configure_takes_plain_http_with_halo_allow_http(halo_bare, home, monkeypatch):
    argv = ("configure", "--tenant-url", "http://halo.internal", "--auth-url", "http://halo.internal/auth",
            "--client-id", "x", "--client-secret", "y", "--no-verify")
    refused = halo_bare(*argv)
    assert refused.code == 2 and len(refused.err_lines) == 1 and "set HALO_ALLOW_HTTP=1" in refused.err
    assert not config_file(home).exists()
    monkeypatch.setenv("HALO_ALLOW_HTTP", "1")
    accepted = halo_bare(*argv)
    assert accepted.code == 0, accepted
    saved = yaml.safe_load(config_file(home).read_text())
    assert saved["tenant_url"] == "http://halo.internal" and saved["auth_url"] == "http://halo.internal/auth"


def test_configure_without_a_terminal_does_not_ask(halo_bare, home):
    result = halo_bare("configure", "--tenant-url", "https://acme.halopsa.com")
    assert result.code == 2
    assert result.err_lines == ["halo: error: halo configure needs --client-id --client-secret: standard input is "
                                "not a terminal, so it cannot ask"]
    assert not config_file(home).exists()


def test_configure_asks_on_a_terminal_with_the_secret_hidden(halo_bare, fake, home, monkeypatch):
    asked = []
    answers = {"Tenant URL": fake.url, "Client ID": fake.client_id, "Client secret": fake.client_secret}

    def prompt(message, secret=False, default=""):
        asked.append((message, secret))
        return next(value for key, value in answers.items() if message.startswith(key))

    monkeypatch.setattr(_configure, "_prompt", prompt)
    monkeypatch.setattr(_configure, "_interactive", lambda: True)
    result = halo_bare("configure")
    assert result.code == 0, result
    assert asked == [("Tenant URL (e.g. https://acme.halopsa.com): ", False), ("Client ID: ", False),
                     ("Client secret: ", True)]
    assert yaml.safe_load(config_file(home).read_text())["client_secret"] == fake.client_secret


# -- completion ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("words, expected", [
    (["tic"], ["tickets", "ticket-types", "ticket-approvals", "ticket-areas", "ticket-rules",
               "ticket-type-fields", "ticket-type-groups"]),
    (["recurring-i"], ["recurring-invoices", "recurring-items"]),
    (["recurring-invoices", "u"], ["update", "updatelines"]),
    (["invoices", "v"], ["void"]),
    (["conf"], ["config-commits", "confirm-closures", "confluence-details", "configure"]),
    (["--js"], ["--json"]),
    (["-o", ""], ["table", "json", "yaml", "csv", "jsonl"]),
    (["tickets", "up"], ["update"]),
    (["attachments", "d"], ["delete", "download", "delete-document", "delete-image-by-id"]),
    (["tickets", "list", "--open"], ["--open-only"]),
    (["tickets", "list", "--filter", "search_summ"], ["search_summary="]),
    (["tickets", "list", "--fields", "id,summ"], ["id,summary"]),
    (["tickets", "list", "--order-by", "-dateocc"], ["-dateoccurred"]),
    (["--sandbox", "agents", ""], ["list", "get", "create", "update", "delete", "count", "me", "clear-cache"]),
    (["sandbox", ""], ["serve", "reset"]),
    (["request", "p"], ["POST", "PUT", "PATCH"]),
    (["completion", "z"], ["zsh"]),
    (["nonsense", ""], []),
])
def test_completion_candidates(words, expected):
    assert candidates(words) == expected


def test_complete_command_prints_one_candidate_a_line(halo_bare):
    result = halo_bare("__complete", "tickets", "list", "--closed")
    assert result.code == 0 and result.out == "--closed-only\n"


def test_completion_scripts(halo_bare):
    for shell, marker in (("bash", "complete -F _halo_complete halo"), ("zsh", "compdef _halo halo"),
                          ("fish", "complete -c halo")):
        result = halo_bare("completion", shell)
        assert result.code == 0 and marker in result.out and "halo __complete" in result.out
        assert result.out == completion_script(shell)


@pytest.mark.skipif(not os.path.exists("/bin/bash"), reason="needs bash")
def test_bash_completion_end_to_end(tmp_path):
    import subprocess

    from tests._support.cli import halo_executable

    folder = os.path.dirname(halo_executable()[0])
    script = ('source <(halo completion bash)\nCOMP_WORDS=(halo tickets list --op)\nCOMP_CWORD=3\n'
              'COMP_LINE="halo tickets list --op"\nCOMP_POINT=${#COMP_LINE}\n'
              '_halo_complete\necho "${COMPREPLY[@]}"\n')
    env = dict(os.environ, PATH=folder + os.pathsep + os.environ.get("PATH", ""))
    if not os.path.exists(os.path.join(folder, "halo")):
        pytest.skip("the halo script is not installed next to this interpreter")
    result = subprocess.run(["/bin/bash", "-c", script], capture_output=True, text=True, env=env, timeout=30)
    assert result.stdout.strip() == "--open-only"


# -- sandbox -------------------------------------------------------------------------------------------------


def test_sandbox_keeps_changes_between_commands_and_resets(halo_bare, home):
    created = halo_bare("--sandbox", "tickets", "create", "--summary", "Made in the sandbox", "--client-id", "1",
                        "--json")
    assert created.code == 0, created
    ticket_id = json.loads(created.out)["id"]
    database = home / "sandbox.db"
    assert database.exists() and stat.S_IMODE(home.stat().st_mode) == 0o700
    again = halo_bare("--sandbox", "tickets", "get", str(ticket_id), "--json")
    assert json.loads(again.out)["summary"] == "Made in the sandbox"

    reset = halo_bare("sandbox", "reset")
    assert reset.code == 0 and not database.exists() and str(database) in reset.out
    gone = halo_bare("--sandbox", "tickets", "get", str(ticket_id))
    assert gone.code == 3


def test_sandbox_database_from_the_environment(halo_bare, tmp_path, monkeypatch):
    monkeypatch.setenv("HALO_SANDBOX_DB", str(tmp_path / "elsewhere" / "demo.db"))
    assert halo_bare("--sandbox", "statuses", "count").code == 0
    assert (tmp_path / "elsewhere" / "demo.db").exists()


def test_sandbox_serve_prints_credentials_and_stops_on_ctrl_c(tmp_path):
    import signal
    import subprocess

    from halopsa import HaloClient

    from tests._support.cli import halo_executable, interruptible

    process = subprocess.Popen(halo_executable() + ["sandbox", "serve", "--tickets", "30", "--page-cap", "10"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=interruptible)
    try:
        first = process.stdout.readline()
        assert first.startswith("FakeHalo is serving a demo HaloPSA tenant at http://127.0.0.1:")
        url = first.rsplit(" ", 1)[1].strip()
        with HaloClient(tenant_url=url, client_id="halo-demo-client", client_secret="halo-demo-secret") as client:
            assert client.tickets.count() == 30
            page = client.request("GET", "/Tickets", params={"pageinate": True, "page_size": 50, "page_no": 1})
            assert len(page["tickets"]) == 10  # --page-cap
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert "FakeHalo stopped." in out


def test_sandbox_serve_rejects_a_bad_rate_limit(halo_bare):
    result = halo_bare("sandbox", "serve", "--rate-limit", "lots")
    assert result.code == 2 and len(result.err_lines) == 1 and "REQUESTS/SECONDS" in result.err
    assert result.err.startswith("halo: error: --rate-limit 'lots'")


@pytest.mark.parametrize("flags, words", [
    (["--drop-rate", "1.5"], "--drop-rate is a share of requests between 0 and 1"),
    (["--token-lifetime", "0"], "--token-lifetime is a number of seconds above 0"),
    (["--post-echo", "some"], "--post-echo"),
])
def test_sandbox_serve_rejects_bad_switches(halo_bare, flags, words):
    result = halo_bare("sandbox", "serve", *flags)
    assert result.code == 2 and len(result.err_lines) == 1 and words in result.err


def test_sandbox_serve_passes_every_switch_to_the_fake(tmp_path):
    """--ignore-page-no, --post-echo, --token-lifetime, --no-retry-after and --quiet reach the server: seen from
    a client, and in the banner."""
    import signal
    import subprocess

    import requests

    from tests._support.cli import halo_executable, interruptible

    process = subprocess.Popen(halo_executable() + [
        "sandbox", "serve", "--tickets", "30", "--ignore-page-no", "--post-echo", "first", "--token-lifetime", "120",
        "--rate-limit", "1000/60", "--no-retry-after", "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, preexec_fn=interruptible)
    try:
        banner = [process.stdout.readline() for _ in range(7)]
        url = banner[0].rsplit(" ", 1)[1].strip()
        switches = banner[6]
        assert "page_no ignored" in switches and "tokens last 120 s" in switches
        assert "first saved object" in switches and "without Retry-After" in switches
        token = requests.post(url + "/auth/token", data={"grant_type": "client_credentials", "scope": "all",
                                                         "client_id": "halo-demo-client",
                                                         "client_secret": "halo-demo-secret"}).json()
        assert token["expires_in"] == 120
        auth = {"Authorization": f"Bearer {token['access_token']}"}
        page = {"pageinate": "true", "page_size": "10"}
        first = requests.get(url + "/api/Tickets", params={**page, "page_no": "1"}, headers=auth).json()
        second = requests.get(url + "/api/Tickets", params={**page, "page_no": "2"}, headers=auth).json()
        assert [t["id"] for t in first["tickets"]] == [t["id"] for t in second["tickets"]]
        saved = requests.post(url + "/api/Status", json=[{"name": "A"}, {"name": "B"}], headers=auth).json()
        assert isinstance(saved, dict) and saved["name"] == "A"
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert "/api/Tickets" not in err  # --quiet: no request log


# -- shell ---------------------------------------------------------------------------------------------------


def test_shell_runs_code_with_a_connected_client(halo, shared_fake):
    result = halo("shell", "-c", "print(tickets.count())")
    assert result.code == 0, result
    assert result.out.strip() == str(len(shared_fake.records("tickets")))


def test_shell_against_the_sandbox(halo_bare):
    result = halo_bare("--sandbox", "shell", "-c", "print(client.tenant_url.startswith('http://127.0.0.1'))")
    assert result.code == 0, result
    assert result.out.strip() == "True"


def test_shell_missing_is_one_line(halo, monkeypatch):
    monkeypatch.setitem(sys.modules, "halopsa.shell", None)
    result = halo("shell", "-c", "1")
    assert result.code == 1 and len(result.err_lines) == 1
    assert result.err_lines[0].startswith("halo: error: the shell is not available in this installation")


def _scripted_prompt(monkeypatch, answers):
    """Answer the configure questions in order; an exception instance is raised instead (Ctrl-C, Ctrl-D)."""
    asked = []

    def prompt(message, secret=False, default=""):
        asked.append(message)
        answer = answers.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        return answer

    monkeypatch.setattr(_configure, "_prompt", prompt)
    monkeypatch.setattr(_configure, "_interactive", lambda: True)
    return asked


@pytest.mark.parametrize("key", [EOFError(), KeyboardInterrupt()], ids=["ctrl-d", "ctrl-c"])
@pytest.mark.parametrize("at", [0, 1, 2])
def test_configure_cancelled_at_a_question_saves_nothing(halo_bare, home, monkeypatch, key, at):
    answers = ["acme.halopsa.com", "id", "secret"][:at] + [key]
    _scripted_prompt(monkeypatch, answers)
    result = halo_bare("configure", "--no-verify")
    assert (result.code, result.err) == (130, "halo: cancelled; nothing was saved\n")
    assert not config_file(home).exists()


def test_configure_asks_again_for_an_empty_or_unusable_answer(halo_bare, home, monkeypatch):
    asked = _scripted_prompt(monkeypatch, ["not a url", "https://", "acme.halopsa.com", "", "  ", "id", "s"])
    result = halo_bare("configure", "--no-verify")
    assert result.code == 0, result
    assert [message.split(" (")[0].rstrip(": ") for message in asked] == \
        ["Tenant URL"] * 3 + ["Client ID"] * 3 + ["Client secret"]
    assert len(result.err_lines) == 4
    assert "'not a url' is not a web address" in result.err_lines[0]
    assert "'https://' is not a web address" in result.err_lines[1]
    assert result.err_lines[2:] == ["halo: the client id is required (Ctrl-C cancels)"] * 2
    saved = yaml.safe_load(config_file(home).read_text())
    assert (saved["tenant_url"], saved["client_id"]) == ("https://acme.halopsa.com", "id")


def test_configure_refuses_a_bad_tenant_url_before_asking(halo_bare, home, monkeypatch):
    asked = _scripted_prompt(monkeypatch, [])
    result = halo_bare("configure", "--tenant-url", "not a url")
    assert result.code == 2 and asked == []
    assert result.err_lines[0].startswith("halo: error: the tenant URL 'not a url' is not a web address")


@pytest.mark.parametrize("url", ["not a url", "https://exa mple.com/api", "https://"])
def test_configure_no_verify_still_refuses_a_bad_tenant_url(halo_bare, home, url):
    result = halo_bare("configure", "--tenant-url", url, "--client-id", "x", "--client-secret", "y", "--no-verify")
    assert result.code == 2, result
    assert len(result.err_lines) == 1 and "is not a web address" in result.err
    assert not config_file(home).exists()
