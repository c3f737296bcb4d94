"""The environment's faults in its own words: an unusable config file, output that cannot be written, a port that
cannot be served on, a token URL that is not an authorisation server, a proxy or TLS failure. Each is one line on
stderr saying what is wrong and what to do, with its exit code; never "this is a bug", never a traceback.

One local server plays every wrong thing on the network side (routes by path prefix, CONNECT for a proxy, TLS on
the same port when the client starts a handshake); the shared FakeHalo of tests/cli is the real tenant.
"""

from __future__ import annotations

import http.server
import os
import shutil
import socket
import ssl
import subprocess
import threading
from pathlib import Path
from typing import Iterator, Optional

import pytest

from tests._support.cli import halo_executable
from .test_errors import closed_port

CAPTIVE_PORTAL = (b"<!DOCTYPE html>\n<html><head><title>Hotel WiFi - Sign in</title></head>"
                  b"<body><form>Accept the terms to continue</form></body></html>")
LONG_SECRET = "pa55-Long-Enough-Secret"


class WrongThings(http.server.BaseHTTPRequestHandler):
    """/html/...: a captive portal's page; /text/...: text that is not JSON; /echo/...: a 400 repeating the form
    it was sent, secret and all; /portal/...: a token, then the portal's page for the API; CONNECT: a proxy that
    wants a password (407)."""

    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        sent = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        prefix = self.path.split("/")[1]
        if prefix == "portal":
            prefix = "token" if "/auth/token" in self.path else "html"
        status, kind, body = {
            "token": (200, "application/json", b'{"access_token": "t", "token_type": "Bearer", "expires_in": 60}'),
            "html": (200, "text/html; charset=utf-8", CAPTIVE_PORTAL),
            "text": (200, "text/plain", b"Service temporarily unavailable"),
            "echo": (400, "text/plain", b"could not read the form " + sent + b" (the secret was wrong)"),
        }.get(prefix, (404, "text/plain", b"no such route"))
        self.reply(status, kind, body)

    do_GET = do_POST

    def do_CONNECT(self) -> None:
        self.send_response(407, "Proxy Authentication Required")
        self.send_header("Proxy-Authenticate", 'Basic realm="office"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    def reply(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class EitherServer(http.server.ThreadingHTTPServer):
    """Plain HTTP, or TLS with a self-signed certificate when the client's first byte starts a handshake."""

    daemon_threads = True
    tls: Optional[ssl.SSLContext] = None

    def get_request(self):  # type: ignore[no-untyped-def]
        sock, address = super().get_request()
        sock.settimeout(5)
        if self.tls is not None and sock.recv(1, socket.MSG_PEEK) == b"\x16":
            sock = self.tls.wrap_socket(sock, server_side=True)  # a refused certificate ends the connection here
        return sock, address


def self_signed(folder: Path) -> Optional[ssl.SSLContext]:
    if shutil.which("openssl") is None:
        return None
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "2", "-subj", "/CN=127.0.0.1"], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


@pytest.fixture(scope="module")
def wrong_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    server = EitherServer(("127.0.0.1", 0), WrongThings)
    server.tls = self_signed(tmp_path_factory.mktemp("tls"))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def one_line(result, code: int) -> str:  # type: ignore[no-untyped-def]
    """The one line ``halo`` printed, after checking the exit code and that it is neither a bug report nor a
    traceback."""
    err = result.err if hasattr(result, "err") else result.stderr
    status = result.code if hasattr(result, "code") else result.returncode
    lines = err.splitlines()
    assert status == code and len(lines) == 1, (status, err)
    assert lines[0].startswith("halo: error: ") and "a bug in halo" not in err and "Traceback" not in err
    return lines[0][len("halo: error: "):]


def credentials(monkeypatch: pytest.MonkeyPatch, tenant_url: str, secret: str = "b") -> None:
    monkeypatch.setenv("HALO_TENANT_URL", tenant_url)
    monkeypatch.setenv("HALO_CLIENT_ID", "a")
    monkeypatch.setenv("HALO_CLIENT_SECRET", secret)
    monkeypatch.setenv("HALO_MAX_RETRIES", "0")


# -- the config file ------------------------------------------------------------------------------------------


def config_file(home: Path, content: bytes) -> Path:
    home.mkdir(parents=True, exist_ok=True)
    path = home / "config.yaml"
    path.write_bytes(content)
    path.chmod(0o600)
    return path


def test_a_config_file_that_is_not_utf8(halo_bare, home):
    path = config_file(home, b"tenant_url: https://acme.halopsa.com\nclient_id: caf\xe9\n")
    assert one_line(halo_bare("tickets", "list"), 2) == (
        f"the config file {path} is not UTF-8 text (byte 0xe9 on line 2); save it as UTF-8, or move it away and "
        "run 'halo configure' to write a new one")


def test_a_config_file_that_is_a_folder(halo_bare, home):
    (home / "config.yaml").mkdir(parents=True)
    assert one_line(halo_bare("tickets", "list"), 2) == (
        f"cannot read the config file {home / 'config.yaml'}: it is a folder, not a file; move it away and run "
        "'halo configure', or set HALO_CONFIG to the file to use")


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_config_file_without_read_permission(halo_bare, home, monkeypatch):
    path = config_file(home, b"tenant_url: https://acme.halopsa.com\n")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads any file: the refusal a user meets is played by the file system's call
        def refuse(self: Path) -> bytes:
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "read_bytes", refuse)
    assert one_line(halo_bare("tickets", "list"), 2) == (
        f"cannot read the config file {path}: permission denied; run 'chmod 600 {path}' as its owner, or set "
        "HALO_CONFIG to another file")


@pytest.mark.parametrize("content, problem", [
    (b"tenant_url: [https://acme.halopsa.com\n", "is not valid YAML (line 2); fix it"),
    (b"- tenant_url\n- client_id\n", "must hold a mapping of keys (tenant_url: ..., client_id: ...); fix it"),
])
def test_a_config_file_that_is_not_a_mapping_of_keys(halo_bare, home, content, problem):
    path = config_file(home, content)
    assert one_line(halo_bare("tickets", "list"), 2) == (
        f"the config file {path} {problem}, or move it away and run 'halo configure' to write a new one")


def test_configure_cannot_write_into_a_file_where_its_folder_should_be(halo_bare, home, monkeypatch):
    home.parent.mkdir(parents=True, exist_ok=True)
    home.write_text("not a folder")
    message = one_line(halo_bare("configure", "--tenant-url", "https://acme.halopsa.com", "--client-id", "a",
                                 "--client-secret", "b", "--no-verify"), 2)
    assert message.startswith(f"cannot write the config file {home / 'config.yaml'}: ")
    assert message.endswith("; free some space or fix the folder's permissions, or set HALO_CONFIG to a file you "
                            "can write")


def test_another_tenant_in_halo_tenant_url_says_the_files_credentials_were_withheld(halo_bare, home, monkeypatch):
    path = config_file(home, b"tenant_url: https://acme.halopsa.com\nclient_id: a\nclient_secret: s3cret-s3cret\n")
    monkeypatch.setenv("HALO_TENANT_URL", "https://other.halopsa.com")
    message = one_line(halo_bare("tickets", "list"), 2)
    assert message.startswith(
        f"missing client_id, client_secret: the credentials in the config file {path} are for "
        "https://acme.halopsa.com, not for https://other.halopsa.com (set by HALO_TENANT_URL), and one tenant's "
        "secret is never sent to another tenant's authorisation server, so they were not used; to use them, leave "
        "out HALO_TENANT_URL; else pass --client-id --client-secret, set HALO_CLIENT_ID HALO_CLIENT_SECRET")
    assert "s3cret" not in message


def test_the_same_tenant_in_halo_tenant_url_uses_the_files_credentials(halo_bare, home, monkeypatch, shared_fake):
    config_file(home, f"tenant_url: {shared_fake.url}\nclient_id: {shared_fake.client_id}\n"
                      f"client_secret: {shared_fake.client_secret}\n".encode())
    monkeypatch.setenv("HALO_TENANT_URL", shared_fake.url + "/api/")
    assert halo_bare("statuses", "count").code == 0


# -- output that cannot be written ----------------------------------------------------------------------------


def shell(command: str, **env: str) -> subprocess.CompletedProcess:
    """``command`` in bash, with ``halo`` standing for the installed command."""
    halo = " ".join(f"'{part}'" for part in halo_executable())
    return subprocess.run(["bash", "-c", command.replace("halo ", halo + " ", 1)], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, env={**os.environ, **env}, timeout=60)


@pytest.fixture
def connected(halo_use_fake, shared_fake) -> None:  # type: ignore[no-untyped-def]
    halo_use_fake(shared_fake)  # os.environ is what the subprocess inherits


needs_dev_full = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")


@needs_dev_full
@pytest.mark.parametrize("argv", ["tickets list --all", "tickets list --all -o yaml", "statuses list --json",
                                  "--version"])
def test_a_full_disk(connected, argv):
    assert one_line(shell(f"halo {argv} > /dev/full"), 5) == (
        "cannot write the output: No space left on device; free some space on the disk it goes to, or send the "
        "output elsewhere")


def test_a_pipe_closed_by_head_is_quiet_success(connected):
    result = shell("halo tickets list --all --json | head -1; exit ${PIPESTATUS[0]}")
    assert (result.returncode, result.stdout, result.stderr) == (0, "[\n", "")


def test_a_closed_standard_output(connected):
    assert one_line(shell("halo tickets list >&-"), 5) == (
        "standard output is closed (started with >&-), so nothing can be shown; send it to a file, or to /dev/null "
        "to discard it")


@needs_dev_full
def test_with_debug_the_traceback_comes_too(connected):
    result = shell("halo --debug statuses list > /dev/full")
    assert result.returncode == 5 and "Traceback" in result.stderr and "a bug in halo" not in result.stderr
    assert result.stderr.splitlines()[-1].startswith("halo: error: cannot write the output: No space left")


# -- ports ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("port", ["99999", "-1"])
def test_a_port_out_of_range(halo_bare, port):
    assert one_line(halo_bare("sandbox", "serve", "--port", port), 2) == (
        f"argument --port: {port} is not a port number: give one from 1024 to 65535 (the lower ones need "
        "administrator rights), or 0 for a free one; see 'halo sandbox serve --help'")


def test_a_port_in_use(halo_bare):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        message = one_line(halo_bare("sandbox", "serve", "--port", str(port)), 5)
    assert message.startswith(f"cannot serve on port {port}: ")
    assert message.endswith("; another program is using it: stop it, or pick another --port, or leave --port out "
                            "for a free one")


# -- the sandbox's database -----------------------------------------------------------------------------------


@pytest.mark.parametrize("argv, advice", [
    (["--sandbox", "statuses", "count"], "run 'halo sandbox reset' to start afresh, or set HALO_SANDBOX_DB to a "
                                         "file in a folder you can write"),
    (["sandbox", "serve", "--db", "{db}"], "move it away, or give --db another file in a folder you can write"),
])
def test_a_sandbox_database_that_is_not_one(halo_bare, monkeypatch, tmp_path, argv, advice):
    damaged = tmp_path / "sandbox.db"
    damaged.write_bytes(b"not a database, " * 16)
    monkeypatch.setenv("HALO_SANDBOX_DB", str(damaged))
    result = halo_bare(*[word.format(db=damaged) for word in argv])
    assert one_line(result, 5) == f"cannot use the sandbox database {damaged}: file is not a database; {advice}"


# -- the token URL, a proxy, TLS ------------------------------------------------------------------------------


NETWORK_FAULTS = {
    "a captive portal at the token URL": (
        "http://{server}/html", {}, 1,
        "the token URL http://{server}/html/auth/token answered 200 with an HTML page (\"Hotel WiFi - Sign in\"), "
        "not a token; a captive portal, a proxy's sign-in page or another web site answers in its place: sign in "
        "to the network in a browser, or check the tenant URL (and auth_url) and HTTPS_PROXY"),
    "text that is not JSON at the token URL": (
        "http://{server}/text", {}, 1,
        "the token URL http://{server}/text/auth/token answered 200 with text that is not JSON (\"Service "
        "temporarily unavailable\"), not a token; it is not a HaloPSA authorisation server: check the tenant URL "
        "(and auth_url)"),
    "a proxy that wants a password": (
        "https://acme.halopsa.invalid", {"HTTPS_PROXY": "http://{server}"}, 1,
        "cannot reach the authorisation server https://acme.halopsa.invalid/auth/token through the proxy (407 Proxy "
        "Authentication Required: it wants a user name and password, given as http://user:password@proxy:port); "
        "check HTTPS_PROXY, HTTP_PROXY and NO_PROXY"),
    "a proxy that is not there": (
        "https://acme.halopsa.invalid", {"HTTPS_PROXY": "http://{closed}"}, 1,
        "cannot reach the authorisation server https://acme.halopsa.invalid/auth/token through the proxy "
        "(connection refused); check HTTPS_PROXY, HTTP_PROXY and NO_PROXY"),
    "a certificate that is not trusted": (
        "https://{server}", {}, 1,
        "cannot reach https://{server}/auth/token: its TLS certificate is not trusted (self-signed certificate); if "
        "your network inspects TLS, set REQUESTS_CA_BUNDLE to your organisation's CA bundle (a .pem file)"),
    "a CA bundle that is not there": (
        "https://acme.halopsa.invalid", {"REQUESTS_CA_BUNDLE": "{missing}"}, 2,
        "REQUESTS_CA_BUNDLE names {missing}, which does not exist; point it at your CA bundle (a file of PEM "
        "certificates), or unset it"),
}


@pytest.mark.parametrize("case", list(NETWORK_FAULTS))
def test_the_network_side_in_its_own_words(halo_bare, monkeypatch, wrong_server, tmp_path, case):
    if "certificate" in case and not shutil.which("openssl"):
        pytest.skip("no openssl to make a certificate")
    tenant_url, env, code, expected = NETWORK_FAULTS[case]
    names = {"server": wrong_server, "closed": f"127.0.0.1:{closed_port()}", "missing": str(tmp_path / "ca.pem")}
    credentials(monkeypatch, tenant_url.format(**names))
    for name, value in env.items():
        monkeypatch.setenv(name, value.format(**names))
    assert one_line(halo_bare("tickets", "list"), code) == expected.format(**names)


def test_a_captive_portal_in_front_of_the_api(halo_bare, monkeypatch, wrong_server):
    credentials(monkeypatch, f"http://{wrong_server}/portal")
    for argv in (["tickets", "list"], ["tickets", "create", "--summary", "Printer jammed"]):
        method = "POST" if "create" in argv else "GET"
        assert one_line(halo_bare(*argv), 1) == (
            f"{method} /api/Tickets answered 200 with an HTML page (\"Hotel WiFi - Sign in\"), not JSON: "
            f"http://{wrong_server}/portal does not lead to the HaloPSA API, or a captive portal or proxy answers "
            "in its place; check the tenant URL, sign in to the network in a browser, or check HTTPS_PROXY")


# -- redaction: the secret is hidden, the server's words are not rewritten ------------------------------------


def test_a_short_wrong_secret_leaves_the_servers_words_alone(halo, monkeypatch):
    monkeypatch.setenv("HALO_CLIENT_SECRET", "wrong")
    assert one_line(halo("tickets", "list"), 4) == (
        "the authorisation server refused a token (401 Unknown client_id or wrong client_secret.); check the client "
        "id and secret (run 'halo configure' or set HALO_CLIENT_ID/HALO_CLIENT_SECRET)")


@pytest.mark.parametrize("secret", ["wrong", LONG_SECRET])
def test_an_echoed_form_never_shows_the_secret(halo_bare, monkeypatch, wrong_server, secret):
    credentials(monkeypatch, f"http://{wrong_server}/echo", secret=secret)
    message = one_line(halo_bare("tickets", "list"), 4)
    assert "client_secret=***&scope=all" in message
    assert secret not in message.replace("the secret was wrong", "")  # the server's own "wrong" stays


def test_a_long_secret_is_hidden_wherever_it_appears():
    from halopsa.auth import scrub

    assert scrub({"Message": f"no client has the secret {LONG_SECRET}."}, LONG_SECRET) == {
        "Message": "no client has the secret ***."}
    assert scrub({"Message": "a wrong secret", "client_secret": "wrong"}, "wrong") == {
        "Message": "a wrong secret", "client_secret": "***"}
