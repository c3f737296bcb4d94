"""What the shell starts with: the names, the banner."""

from __future__ import annotations

import halopsa
from halopsa import AsyncHaloClient, exceptions
from halopsa.models import MODELS
from halopsa.resources import EVERYDAY, REGISTRY
from halopsa.shell import make_namespace
from halopsa.testing._demo import CLOSED_TYPE
from halopsa.shell._namespace import EXAMPLES, ShellSession, Whoami, banner_text, whoami


def test_every_everyday_resource_is_a_top_level_name_bound_to_the_client(fake):
    client = fake.client()
    namespace = make_namespace(client)
    assert namespace["client"] is client
    for name in EVERYDAY:
        assert namespace[name] is getattr(client, name), name
    assert [name for name in REGISTRY if name in namespace] == list(EVERYDAY)


def test_every_other_resource_is_on_the_client_and_listed_by_resources(fake, capsys):
    client = fake.client()
    namespace = make_namespace(client)
    assert client.recurring_invoices.resource is REGISTRY["recurring_invoices"]
    assert "recurring_invoices" in dir(client) and "notify" in dir(client)
    namespace["resources"]()
    printed = capsys.readouterr().out
    assert printed.startswith(f"{len(REGISTRY)} resource(s); each is client.<name>")
    assert all(f"  {name} " in printed for name in REGISTRY)
    namespace["resources"]("void")
    assert capsys.readouterr().out.splitlines()[1].split() == ["invoices", "/Invoice", "void"]  # what matched
    namespace["resources"]("nothing-matches-this")
    assert "no resource matches 'nothing-matches-this'" in capsys.readouterr().out
    assert fake.api_requests() == [] or all(r.path.lower().endswith("/agent/me") for r in fake.api_requests())


def test_models_exceptions_and_helpers_are_loaded(fake):
    namespace = make_namespace(fake.client())
    for name, cls in MODELS.items():
        assert namespace[name] is cls
    for name in ("HaloError", "HaloNotFoundError", "HaloQueryError", "HaloValidationError", "MultipleObjectsReturned"):
        assert namespace[name] is getattr(exceptions, name)
    assert namespace["HaloDriftWarning"] is halopsa.HaloDriftWarning
    assert callable(namespace["show"]) and callable(namespace["last_traceback"])
    assert namespace["asyncio"].__name__ == "asyncio"


def test_aclient_is_an_async_client_sharing_the_connection(fake):
    client = fake.client()
    namespace = make_namespace(client)
    aclient = namespace["aclient"]
    assert isinstance(aclient, AsyncHaloClient)
    assert aclient.sync is client
    session = ShellSession()
    assert session.run_coroutine(aclient.tickets.acount()) == len(fake.records("tickets"))
    session.close()


def test_banner_names_tenant_identity_names_and_examples(fake):
    client = fake.client()
    namespace = make_namespace(client)
    text = banner_text(client, namespace, whoami(client))
    assert fake.url in text
    assert "You are Alex Morgan <alex.morgan@halodemo.example> (agent #1)." in text
    for name in ("tickets", "clients", "agents", "quotations", "show()", "last_traceback()", "aclient"):
        assert name in text
    for example in EXAMPLES:
        assert f">>> {example}" in text


def test_banner_examples_run(fake, capsys):
    namespace = make_namespace(fake.client())
    first = eval(EXAMPLES[0], namespace)
    assert [t.id for t in first] == sorted((t["id"] for t in fake.records("tickets") if _open(fake, t)),
                                           reverse=True)[:5]
    eval(EXAMPLES[1], namespace)
    assert "Halo Demo MSP" in capsys.readouterr().out


def test_identity_is_skipped_quietly_when_agents_me_is_refused(fresh_fake):
    client = fresh_fake.client(max_retries=0)
    fresh_fake.fail_next(1, 403, path="/Agent/me")
    assert whoami(client) is None
    text = banner_text(client, make_namespace(client), None)
    assert "You are" not in text and fresh_fake.url in text


def test_identity_is_asked_in_the_background_and_given_up_on_when_slow():
    # The shell starts agents.me() before loading ptpython and waits for it at most WHOAMI_TIMEOUT seconds.
    from halopsa.testing import FakeHalo

    with FakeHalo(tickets=5, latency=1.0) as slow:
        who = Whoami(slow.client())  # returns at once: the requests (each at least 1 s) run in a thread
        assert who.result(timeout=0) is None
        assert who.result(timeout=60) == "Alex Morgan <alex.morgan@halodemo.example> (agent #1)"


def test_make_namespace_sends_no_request(fresh_fake):
    make_namespace(fresh_fake.client())
    assert fresh_fake.api_requests() == []


def test_importing_the_shell_package_loads_neither_ptpython_nor_the_sdk():
    import subprocess
    import sys

    code = ("import sys, halopsa.shell; "
            "print(sorted(m for m in ('ptpython', 'prompt_toolkit', 'halopsa.client', 'jedi') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _open(fake, ticket):
    closed = {s["id"] for s in fake.records("statuses") if s.get("type") == CLOSED_TYPE}
    return ticket["status_id"] not in closed

