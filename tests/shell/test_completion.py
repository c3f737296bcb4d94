"""Tab completion: filter keywords inside `.filter(`, and ptpython's completion of names and fields."""

from __future__ import annotations

import pytest
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document

from halopsa.shell import make_namespace
from halopsa.shell._completion import find_open_call, make_filter_completer, resolve_resource


@pytest.fixture(scope="module")
def namespace(fake):
    names = make_namespace(fake.client())
    names["qs"] = names["tickets"].filter(open_only=True)
    names["ticket"] = names["tickets"].get(3)
    names["customer"] = names["clients"].get(1)
    return names


def completions(namespace, text):
    completer = make_filter_completer(lambda: namespace)
    return list(completer.get_completions(Document(text, len(text)), CompleteEvent(completion_requested=True)))


def inserted(namespace, text):
    return [c.text for c in completions(namespace, text)]


def test_filter_keywords_of_a_manager(namespace):
    found = completions(namespace, "tickets.filter(open")
    assert [c.text for c in found] == ["open_only="]
    assert found[0].start_position == -len("open")
    assert "bool" in found[0].display_meta_text


def test_all_filters_right_after_the_parenthesis(namespace):
    import inspect

    names = [name for name in inspect.signature(namespace["tickets"].filter).parameters]
    assert inserted(namespace, "tickets.filter(") == [f"{name}=" for name in names]


def test_chained_filter_and_queryset_variables(namespace):
    assert "priority=" in inserted(namespace, "tickets.filter(open_only=True).filter(pri")
    assert "priority=" in inserted(namespace, "qs.filter(pri")
    assert "priority=" in inserted(namespace, 'tickets.where(summary__icontains="vpn").order_by("-id").filter(pri')


def test_other_resources_and_routes_to_them(namespace):
    assert "ticket_id=" in inserted(namespace, "actions.filter(tick")
    assert "ticket_id=" in inserted(namespace, "client.actions.filter(tick")
    assert "ticket_id=" in inserted(namespace, "aclient.actions.filter(tick")
    assert "toplevel_id=" in inserted(namespace, "clients.filter(topl")
    # A record's reverse relation, resolved without loading anything.
    assert "agent_id=" in inserted(namespace, "customer.tickets.filter(agent_i")
    assert "ticket_id=" in inserted(namespace, "ticket.actions.filter(tick")


def test_relation_names_are_offered(namespace):
    found = {c.text: c.display_meta_text for c in completions(namespace, "tickets.filter(cli")}
    assert "client=" in found and "client_id=" in found
    assert "clients" in found["client="]


def test_keyword_already_given_is_not_offered_again(namespace):
    assert "open_only=" not in inserted(namespace, "tickets.filter(open_only=True, op")


def test_after_a_comma_and_inside_expressions(namespace):
    assert "agent_id=" in inserted(namespace, 'x = [t.id for t in tickets.filter(search="a, b(", agent_')
    assert "agent_id=" in inserted(namespace, "show(tickets.filter(agent_")


@pytest.mark.parametrize("text", [
    "tickets.filter(open_only=",           # a value, not a keyword
    "tickets.filter(open_only=Tr",
    'tickets.filter(search="op',            # inside a string
    "tickets.filter(open_only=True)",       # call closed
    "tickets.filter(open_only=True)[:3].filter(",  # sliced: filter() would be refused
    "tickets.get(",                         # not filter
    "unknown_name.filter(",
    "ticket.client.filter(",                # a forward relation is a record, not a listing
    "len(",
])
def test_no_filter_keywords_elsewhere(namespace, text):
    assert inserted(namespace, text) == []


def test_completing_sends_no_request(fresh_fake):
    names = make_namespace(fresh_fake.client())
    names["t"] = names["tickets"].get(1)
    fresh_fake.clear_requests()
    for text in ("tickets.filter(", "t.actions.filter(", "t.client.filter(", "client.tickets.filter(a"):
        completions(names, text)
    assert fresh_fake.api_requests() == []


def test_find_open_call_parts():
    call = find_open_call("tickets.filter(open_only=True).filter(agent_id=1, pri")
    assert call == ("tickets.filter(open_only=True)", "pri", ("agent_id",), "filter")
    assert find_open_call("qs.order_by(\"-id\", 'su") == ("qs", "su", ("id",), "order_by")


def test_resolve_resource_without_a_namespace_uses_registry_names():
    assert resolve_resource("tickets", {}).name == "tickets"
    assert resolve_resource("client.crm_notes", {}).name == "crm_notes"
    assert resolve_resource("tickets.values('id')", {}) is None


def test_the_repl_merges_filter_keywords_with_ptpython_completion(fake, home):
    from halopsa.shell._namespace import ShellSession
    from halopsa.shell._repl import make_repl
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    names = make_namespace(fake.client())
    names["t"] = names["tickets"].first()

    def texts(text):
        document = Document(text, len(text))
        return [c.text for c in repl._completer.get_completions(document, CompleteEvent(completion_requested=True))]

    with create_pipe_input() as pipe:
        repl = make_repl(names, ShellSession(), input=pipe, output=DummyOutput())
        assert "open_only=" in texts("tickets.filter(open_o")
        # jedi reads the filter signature of a name it can see, but not through chained calls or client.<name>:
        assert "priority=" in texts("tickets.filter(open_only=True).filter(pri")
        assert "open_only=" in texts("client.tickets.filter(open_o")
        assert "tickets" in texts("tick")                   # names
        assert "filter" in texts("tickets.fil")             # manager methods
        assert "summary" in texts("t.summ")                 # declared model fields
        assert "user_email" in texts("t.user_em")           # fields only the data carries (Model.__dir__)
        assert "refresh" in texts("t.refr")                 # model methods


def test_repl_completion_sends_no_request(fresh_fake, home):
    """jedi would evaluate `qs[0]` and `ticket.client` to complete after them: a listing on every keystroke."""
    from halopsa.shell._namespace import ShellSession
    from halopsa.shell._repl import make_repl
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    names = make_namespace(fresh_fake.client())
    names["t"] = names["tickets"].get(3)
    names["qs"] = names["tickets"].filter(open_only=True)
    fresh_fake.clear_requests()
    with create_pipe_input() as pipe:
        repl = make_repl(names, ShellSession(), input=pipe, output=DummyOutput())
        for text in ("qs[0].summ", "t.client.na", "tickets.all()[0].su", "t.actions.filter(tick", "t.summ"):
            list(repl._completer.get_completions(Document(text, len(text)), CompleteEvent(completion_requested=True)))
    assert fresh_fake.api_requests() == []


def test_names_and_attributes_still_complete_when_jedi_finds_nothing(namespace, fresh_fake):
    """jedi fails quietly (ptpython swallows its errors: an unreadable parso cache, an object it cannot
    analyse); the shell's names and their attributes still complete, from the namespace and dir() alone."""
    from prompt_toolkit.completion import Completer

    from halopsa.shell._completion import merged_completer

    class JediFoundNothing(Completer):
        def get_completions(self, document, complete_event):
            return iter(())

    names = dict(namespace, t=make_namespace(fresh_fake.client())["tickets"].get(3))
    fresh_fake.clear_requests()
    completer = merged_completer(lambda: names, JediFoundNothing())

    def texts(text):
        found = list(completer.get_completions(Document(text, len(text)), CompleteEvent(completion_requested=True)))
        assert all(c.start_position <= 0 for c in found)
        return [c.text for c in found]

    assert texts("tick") == ["ticket", "ticket_types", "tickets"]
    assert "filter" in texts("tickets.fil") and "first" in texts("tickets.fi")
    assert "summary" in texts("t.summ") and "refresh" in texts("t.refr")
    assert "user_email" in texts("t.user_em")          # a field only the data carries (Model.__dir__)
    assert "open_only=" in texts("tickets.filter(open_o")
    assert "print" in texts("x = pri") and "import" in texts("imp")
    assert texts('"tick') == [] and texts("# tick") == [] and texts("t.client.na") == []
    assert texts("tickets.filter(open_only=True).fi") == []   # a chained call is jedi's to read, or nobody's
    assert fresh_fake.api_requests() == []


def test_fields_show_their_type_in_the_menu_not_module(fake, home):
    """jedi labels a model's field descriptors "module"; the menu shows what the field holds."""
    from halopsa.shell._namespace import ShellSession
    from halopsa.shell._repl import make_repl
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    names = make_namespace(fake.client())
    names["t"] = names["tickets"].first()

    def menu(text):
        document = Document(text, len(text))
        return {c.text: c.display_meta_text
                for c in repl._completer.get_completions(document, CompleteEvent(completion_requested=True))}

    with create_pipe_input() as pipe:
        repl = make_repl(names, ShellSession(), input=pipe, output=DummyOutput())
        assert menu("t.summ") == {"summary": "str"}
        assert menu("t.dateo") == {"dateoccurred": "datetime"}
        assert menu("t.cli") == {"client": "Client record", "client_id": "int", "client_name": "str"}
        assert menu("t.act") == {"actions": "actions QuerySet"}
        assert menu("t.user_em") == {"user_email": "str"}       # a field only the data carries
        assert menu("Ticket.summ") == {"summary": "str"}
        assert "module" not in menu("t.").values()


@pytest.mark.parametrize("text, expected", [
    ("tickets.where(summ", {"summary=": "str"}),
    ("qs.where(summary__icon", {"summary__icontains=": "lookup on str"}),
    ("tickets.where(summary='x', summ", {}),                     # given already
    ('tickets.order_by("-dateo', {"dateoccurred": "datetime"}),
    ("tickets.order_by('id', 'summ", {"summary": "str"}),
    ('tickets.values("id", "summ', {"summary": "str"}),
    ('client.tickets.filter(open_only=True).values_list("summ', {"summary": "str"}),
    ('ticket.actions.values("id", "i', {}),                      # id is given
    ('tickets.values(summ', {}),                                 # not in a string: a name of the user's
    ('tickets.order_by("id")', {}),                              # call closed
])
def test_field_names_complete_in_where_order_by_and_values(namespace, text, expected):
    assert {c.text: c.display_meta_text for c in completions(namespace, text)} == expected
