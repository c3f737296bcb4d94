"""The client's calls: list envelopes, list_all, get/create/update/delete/me/batch_create, request()."""

from __future__ import annotations

import pytest

from tests._support.mocked_tenant import API_URL, TENANT_URL, api_requests
from halopsa import HaloError, HaloQueryError, Page
from halopsa.models import Agent, Status, Ticket

pytestmark = pytest.mark.usefixtures("isolated_env")  # a HOME of each test's own (tests/conftest.py)

ROWS = [{"id": 1, "summary": "one"}, {"id": 2, "summary": "two"}]


@pytest.fixture
def client(halo_mock, make_client):
    return make_client()


# -- list() and the envelopes --------------------------------------------------------------------------------


@pytest.mark.parametrize("reply, record_count", [
    ({"record_count": 2, "tickets": ROWS, "page_no": 1, "page_size": 50}, 2),  # documented envelope
    (ROWS, None),                                                             # bare array
    ({"record_count": 2, "results": ROWS}, 2),                                # unexpected key
])
def test_list_reads_every_envelope(client, halo_mock, reply, record_count):
    halo_mock.get(API_URL + "/Tickets", json=reply)
    page = client.tickets.list(page_size=25, page_no=1, open_only=True)  # (the same reply for page 2 would be
    # a server ignoring page_no: see tests/query/test_page_no_ignored.py)

    assert isinstance(page, Page)
    assert [t.id for t in page.items] == [1, 2]
    assert all(isinstance(t, Ticket) for t in page.items)
    assert (page.record_count, page.page_no, page.page_size) == (record_count, 1, 25)
    [call] = api_requests(halo_mock)
    assert call.qs == {"pageinate": ["true"], "page_size": ["25"], "page_no": ["1"], "open_only": ["true"]}


@pytest.mark.parametrize("reply", [[{"id": 1, "name": "New"}, {"id": 2, "name": "Closed"}],
                                   {"statuses": [{"id": 1, "name": "New"}, {"id": 2, "name": "Closed"}]}])
def test_list_of_lookup_table_reads_array_or_object(client, halo_mock, reply):
    halo_mock.get(API_URL + "/Status", json=reply)
    page = client.statuses.list()
    assert [s.name for s in page] == ["New", "Closed"]
    assert all(isinstance(s, Status) for s in page)


def test_list_empty_reply(client, halo_mock):
    halo_mock.get(API_URL + "/Tickets", json={"record_count": 0, "tickets": []})
    page = client.tickets.list()
    assert page.items == [] and page.record_count == 0


def test_list_rejects_page_zero_without_a_request(client, halo_mock):
    with pytest.raises(HaloQueryError):
        client.tickets.list(page_no=0)
    assert halo_mock.request_history == []


def test_list_rejects_unknown_filter_without_a_request(client, halo_mock):
    with pytest.raises(HaloQueryError) as caught:
        client.tickets.list(priorty=1)
    assert "priority" in str(caught.value)
    assert halo_mock.request_history == []


# -- list_all() ----------------------------------------------------------------------------------------------


def _paged(rows, key):
    """A callback serving ``rows`` in pages, wrapped under ``key`` (None: a bare array)."""

    def reply(request, context):
        size = int(request.qs.get("page_size", ["100"])[0])
        number = int(request.qs.get("page_no", ["1"])[0])
        chunk = rows[(number - 1) * size: number * size]
        return chunk if key is None else {"record_count": len(rows), key: chunk}

    return reply


@pytest.mark.parametrize("key", ["tickets", "results", None])
def test_list_all_yields_every_record_once(client, halo_mock, key):
    rows = [{"id": n, "summary": f"t{n}"} for n in range(1, 251)]
    halo_mock.get(API_URL + "/Tickets", json=_paged(rows, key))
    seen = [t.id for t in client.tickets.list_all(open_only=True)]
    assert seen == list(range(1, 251))
    assert all(r.qs.get("open_only") == ["true"] for r in api_requests(halo_mock))


@pytest.mark.parametrize("reply", [[{"id": n} for n in range(1, 6)], {"agents": [{"id": n} for n in range(1, 6)]}])
def test_list_all_of_unpaged_resource(client, halo_mock, reply):
    halo_mock.get(API_URL + "/Agent", json=reply)
    agents = list(client.agents.list_all())
    assert [a.id for a in agents] == [1, 2, 3, 4, 5]
    assert all(isinstance(a, Agent) for a in agents)
    assert len(api_requests(halo_mock)) == 1


def test_list_all_is_lazy(client, halo_mock):
    halo_mock.get(API_URL + "/Tickets", json={"record_count": 0, "tickets": []})
    client.tickets.list_all()
    assert api_requests(halo_mock) == []


# -- one record ----------------------------------------------------------------------------------------------


def test_get_with_params(client, halo_mock):
    halo_mock.get(API_URL + "/Tickets/5", json={"id": 5, "summary": "x"})
    ticket = client.tickets.get(5, includedetails=True)
    assert ticket.id == 5 and not ticket.is_partial
    assert api_requests(halo_mock)[0].qs == {"includedetails": ["true"]}


def test_get_rejects_a_non_numeric_id_without_a_request(client, halo_mock):
    with pytest.raises(HaloQueryError):
        client.tickets.get("abc")
    assert halo_mock.request_history == []


@pytest.mark.parametrize("name, path", [("agents", "/Agent/me"), ("users", "/Users/me"), ("clients", "/Client/me")])
def test_me(client, halo_mock, name, path):
    halo_mock.get(API_URL + path, json={"id": 42, "name": "Me"})
    record = getattr(client, name).me()
    assert record.id == 42 and record.name == "Me"


def test_me_on_resource_without_me(client, halo_mock):
    assert not hasattr(client.tickets, "me")
    with pytest.raises(AttributeError, match=r"tickets has no me\(\): only agents, users and clients"):
        client.tickets.me()
    assert halo_mock.request_history == []


def test_create_refuses_an_id(client, halo_mock):
    with pytest.raises(HaloQueryError):
        client.tickets.create({"id": 5, "summary": "x"})
    assert halo_mock.request_history == []


def test_update_needs_an_id(client, halo_mock):
    with pytest.raises(HaloQueryError):
        client.tickets.update({"summary": "x"})
    assert halo_mock.request_history == []


def test_delete_by_id(client, halo_mock):
    halo_mock.delete(API_URL + "/Tickets/5", text="")
    assert client.tickets.delete(5, reason="spam") is None
    [call] = api_requests(halo_mock)
    assert call.method == "DELETE" and call.qs == {"reason": ["spam"]}


@pytest.mark.parametrize("name", ["timesheets", "expenses"])
def test_delete_on_resource_without_delete_sends_nothing(client, halo_mock, name):
    with pytest.raises((HaloQueryError, AttributeError)):
        getattr(client, name).delete(1)
    assert halo_mock.request_history == []


@pytest.mark.parametrize("name", ["timesheets", "expenses"])
def test_resources_without_delete_have_no_delete_method(client, name):
    assert not hasattr(getattr(client, name), "delete")
    assert not hasattr(getattr(client, name), "adelete")


def test_resources_with_delete_have_delete(client):
    assert callable(client.tickets.delete) and callable(client.tickets.adelete)


def test_batch_create_one_post_per_chunk(client, halo_mock):
    halo_mock.post(API_URL + "/Tickets", json=lambda request, context: [
        {**row, "id": 100 + n} for n, row in enumerate(request.json())])
    created = client.tickets.batch_create([{"summary": f"t{n}"} for n in range(5)], chunk_size=2)
    posts = api_requests(halo_mock, "POST")
    assert [len(p.json()) for p in posts] == [2, 2, 1]
    assert [t.summary for t in created] == [f"t{n}" for n in range(5)]


# -- request() -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/Tickets", "Tickets", "/api/Tickets", "api/Tickets", API_URL + "/Tickets"])
def test_request_with_and_without_api_prefix(client, halo_mock, path):
    halo_mock.get(API_URL + "/Tickets", json={"tickets": []})
    assert client.request("GET", path, params={"count": 5}) == {"tickets": []}
    [call] = api_requests(halo_mock)
    assert call.url == API_URL + "/Tickets?count=5"


def test_request_post_json_and_text_reply(client, halo_mock):
    halo_mock.post(API_URL + "/Whatever", text="done")
    assert client.request("POST", "/Whatever", json=[{"a": 1}]) == "done"
    assert api_requests(halo_mock)[0].json() == [{"a": 1}]


def test_request_empty_reply_is_none(client, halo_mock):
    halo_mock.delete(API_URL + "/Tickets/1", text="")
    assert client.request("DELETE", "/Tickets/1") is None


def test_client_repr_and_context_manager(halo_mock, make_client):
    with make_client() as client:
        assert repr(client) == f"<HaloClient {TENANT_URL}>"


# -- transport basics ----------------------------------------------------------------------------------------


def test_default_timeouts_are_connect_10_read_60(client, halo_mock):
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    client.request("GET", "/Tickets/1")
    assert {r.timeout for r in halo_mock.request_history} == {(10.0, 60.0)}  # token request included


def test_timeout_is_configurable(halo_mock, make_client):
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    make_client(timeout=(3, 20)).request("GET", "/Tickets/1")
    assert api_requests(halo_mock)[0].timeout == (3.0, 20.0)


def test_read_timeout_on_get_raises_halo_timeout_error_after_retries(halo_mock, make_client):
    import requests

    from halopsa import HaloTimeoutError

    halo_mock.get(API_URL + "/Tickets/1", exc=requests.exceptions.ReadTimeout)
    with pytest.raises(HaloTimeoutError) as caught:
        make_client(max_retries=2, timeout=(10, 30)).request("GET", "/Tickets/1")
    assert len(api_requests(halo_mock)) == 3
    assert "30" in str(caught.value)


def test_given_session_is_used(halo_mock, make_client):
    import requests

    session = requests.Session()
    session.headers["X-Trace"] = "abc"
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    client = make_client(session=session)
    client.request("GET", "/Tickets/1")
    assert client.transport.session is session
    assert api_requests(halo_mock)[0].headers["X-Trace"] == "abc"


def test_requests_carry_user_agent_and_accept_json(client, halo_mock):
    from halopsa import __version__

    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    client.request("GET", "/Tickets/1")
    headers = api_requests(halo_mock)[0].headers
    assert headers["User-Agent"] == f"halopsa-python/{__version__}"
    assert headers["Accept"] == "application/json"


def test_each_request_logged_at_debug(client, halo_mock, caplog):
    import logging

    caplog.set_level(logging.DEBUG, logger="halopsa")
    halo_mock.get(API_URL + "/Tickets", json={"record_count": 0, "tickets": []})
    client.tickets.list(search="printer")
    lines = [r.getMessage() for r in caplog.records if r.name == "halopsa" and r.levelno == logging.DEBUG
             and "/api/Tickets" in r.getMessage()]
    assert len(lines) == 1
    assert lines[0].startswith("GET /api/Tickets")
    assert "'search': 'printer'" in lines[0] and "200" in lines[0] and " ms" in lines[0]


def test_requests_sent_counter(client, halo_mock):
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    client.request("GET", "/Tickets/1")
    client.request("GET", "/Tickets/1")
    assert client.requests_sent == 2


def test_netrc_does_not_replace_the_credentials(halo_mock, make_client, isolated_env):
    """A ~/.netrc entry for the tenant's host is ignored: requests would otherwise put its login into the
    Authorization header of every call (and of the token request), so every call would fail with 401."""
    from tests._support.mocked_tenant import ACCESS_TOKEN, TENANT_URL

    netrc = isolated_env / ".netrc"
    netrc.write_text(f"machine {TENANT_URL.split('://')[1]} login someone password elsewhere\n")
    netrc.chmod(0o600)
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    make_client().request("GET", "/Tickets/1")
    [call] = api_requests(halo_mock)
    assert call.headers["Authorization"] == f"Bearer {ACCESS_TOKEN}"
    token_call = halo_mock.request_history[0]
    assert "Authorization" not in token_call.headers


def test_proxy_variables_are_honoured(halo_mock, make_client, monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    make_client().request("GET", "/Tickets/1")
    [call] = api_requests(halo_mock)
    assert call.proxies.get("https") == "http://proxy.example:3128"


def test_no_proxy_exempts_the_tenant(halo_mock, make_client, monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", "acme.halopsa.com")
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    make_client().request("GET", "/Tickets/1")
    [call] = api_requests(halo_mock)
    assert not call.proxies


def test_sync_use_never_imports_asyncio():
    """asyncio costs about 25 ms to import: a sync script (and every `halo` command) must not pay for it."""
    import subprocess
    import sys

    code = ("import sys\nfrom halopsa import HaloClient\n"
            "c = HaloClient(tenant_url='https://acme.halopsa.com', client_id='i', client_secret='s')\n"
            "c.tickets.filter(open_only=True).explain()\nc.close()\nprint('asyncio' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={"PATH": "", "HOME": "/nonexistent"})
    assert done.stdout.strip() == "False", done.stderr


def test_request_accepts_a_full_url_on_the_tenant(halo_mock, make_client):
    halo_mock.get(API_URL + "/Tickets/1", json={"id": 1})
    assert make_client().request("GET", TENANT_URL + "/api/Tickets/1") == {"id": 1}


@pytest.mark.parametrize("url", ["https://evil.example/api/Tickets", "http://acme.halopsa.com/api/Tickets",
                                 "https://acme.halopsa.com.evil.example/api/Tickets"])
def test_request_refuses_a_url_of_another_host_before_sending(halo_mock, make_client, url):
    with pytest.raises(HaloQueryError, match="not on the tenant"):
        make_client().request("GET", url)
    assert halo_mock.request_history == []  # not even a token was requested


def test_list_takes_an_ordering(halo_mock, make_client):
    halo_mock.get(API_URL + "/Tickets", json={"record_count": 3, "tickets": [{"id": 3}, {"id": 2}]})
    page = make_client().tickets.list(page_size=2, order_by=["-id", "summary"])
    assert [t.id for t in page] == [3, 2] and page.record_count == 3
    [call] = api_requests(halo_mock)
    assert {k: v[0] for k, v in call.qs.items()} == {"order": "id", "orderdesc": "true", "order2": "summary",
                                                     "pageinate": "true", "page_size": "2", "page_no": "1"}


def test_a_bulk_update_stopped_part_way_says_exactly_which_ids_were_written(client, halo_mock):
    halo_mock.post(API_URL + "/Tickets", [{"json": [], "status_code": 200},
                                          {"json": {"Message": "no such status"}, "status_code": 400}])
    ids = list(range(1, 121))
    with pytest.raises(HaloError) as caught:
        client.tickets.bulk_update(ids, chunk_size=50, status_id=9)
    assert caught.value.done == ids[:50] and caught.value.not_done == ids[50:]
    assert "50 of 120 tickets were updated before this failure" in str(caught.value)
    posts = [r for r in halo_mock.request_history if r.method == "POST" and "/api/" in r.url]
    assert [len(r.json()) for r in posts] == [50, 50]  # nothing after the failure


def test_a_bulk_update_refuses_bad_ids_and_fields_before_sending(client, halo_mock):
    with pytest.raises(HaloQueryError, match="'0' is not a Ticket id"):
        client.tickets.bulk_update([1, "0"], status_id=2)
    with pytest.raises(HaloQueryError, match="did you mean 'status_id'"):
        client.tickets.bulk_update([1, 2], statsu_id=2)
    assert [r for r in halo_mock.request_history if "/api/" in r.url] == []


def test_a_dry_run_plans_writes_and_sends_reads(client, halo_mock):
    halo_mock.get(API_URL + "/Tickets/5", json={"id": 5, "summary": "x"})
    with client.dry_run() as planned:
        ticket = client.tickets.get(5)
        ticket.summary = "y"
        ticket.save()
        client.tickets.delete(5, reason="test")
    assert [(p.method, p.path, p.params, p.json) for p in planned] == [
        ("POST", "/api/Tickets", {}, [{"id": 5, "summary": "y"}]),
        ("DELETE", "/api/Tickets/5", {"reason": "test"}, None)]
    assert [r.method for r in halo_mock.request_history if "/api/" in r.url] == ["GET"]
    with pytest.raises(HaloError, match="already in a dry run"):
        with client.dry_run():
            with client.dry_run():
                pass


def test_an_unreachable_tenant_says_as_data_which_url_failed_and_why():
    import socket

    from halopsa import HaloClient, HaloConnectionError

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed once the block ends: nothing listens there
    with HaloClient(f"http://127.0.0.1:{port}", "id", "secret", allow_http=True, max_retries=0,
                    token_cache=False) as client:
        with pytest.raises(HaloConnectionError) as caught:
            client.tickets.first()
    assert caught.value.url == f"http://127.0.0.1:{port}/auth/token"
    assert caught.value.reason == "connection refused"
