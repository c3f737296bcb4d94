"""Requests the way other people's HaloPSA clients send them, over real HTTP.

Two public Python clients were pointed at `halo sandbox serve` (see docs/testing.md, "Pointing other clients at
it"). These tests replay the wire patterns they use, written from the recorded requests, not from their code:
Python-style booleans (`pageinate=True`), `count` sent beside `pageinate`, query parameters the spec does not
list, a single object POSTed instead of an array, routes HaloPSA does not have, and HaloPSA endpoints the fake
does not model. The fake must answer each of them the way the API notes say a real tenant does.
"""

from __future__ import annotations

import requests
from tests._support.plain_http import Halo


def test_capitalised_booleans_and_count_beside_pageinate_page_every_ticket(halo_fake_factory):
    fake = halo_fake_factory(tickets=230)
    halo = Halo(fake)
    seen, page_no = [], 1
    while True:
        # one client sends Python's str(True) and a default count=50 with every search
        body = halo.session.get(halo.url("Tickets"), params={"pageinate": "True", "page_size": "100",
                                                             "page_no": str(page_no), "count": "50"}).json()
        if not body["tickets"]:
            break
        seen += [t["id"] for t in body["tickets"]]
        assert body["record_count"] == 230
        if len(seen) >= body["record_count"]:
            break
        page_no += 1
    assert seen == list(range(1, 231))  # pageinate wins over count: pages of 100, not 50
    assert page_no == 3


def test_paging_until_an_empty_page_ends(halo_fake_factory):
    # the other client asks for pages until one comes back empty, ignoring record_count
    fake = halo_fake_factory(tickets=120, page_cap=50)
    halo = Halo(fake)
    seen = []
    for page_no in range(1, 10):
        rows = halo.rows("Tickets", "tickets", pageinate=True, page_size=100, page_no=page_no, orderdesc=False)
        if not rows:
            break
        assert len(rows) <= 50
        seen += [t["id"] for t in rows]
    assert sorted(seen) == list(range(1, 121)) and len(seen) == len(set(seen))
    assert page_no == 4


def test_parameters_the_spec_does_not_list_are_accepted_and_logged(halo_fake, halo):
    ticket = halo.rows("Actions", "actions", ticket_id=1)[0]
    reply = halo.get(f"Actions/{ticket['id']}", id=ticket["id"], ticket_id=1, includedetails="True")
    assert reply.status_code == 200 and reply.json()["id"] == ticket["id"]
    assert halo_fake.requests[-1].unknown_params == ["id"]
    reply = halo.get("Client/1", includedetails="False", includediagramdetails="False")
    assert reply.status_code == 200
    assert halo_fake.requests[-1].unknown_params == ["includediagramdetails"]
    reply = halo.get("Agent/me", includedetails="False")
    assert reply.status_code == 200 and reply.json()["id"] == 1
    assert halo_fake.requests[-1].unknown_params == ["includedetails"]


def test_a_large_count_returns_everything_unless_a_count_cap_is_set(halo_fake, halo):
    assert len(halo.rows("Client", "clients", pageinate="False", count=100000)) == 11  # 12 less the inactive one
    halo_fake.set(count_cap=5)
    assert len(halo.rows("Client", "clients", pageinate="False", count=100000)) == 5


def test_top_level_envelope_key_is_tree(reader):
    body = reader.get("TopLevel", pageinate="False").json()
    assert sorted(body) == ["record_count", "tree"] and len(body["tree"]) == body["record_count"] == 3


def test_a_single_object_posted_is_refused_with_a_message_that_says_array(halo_fake, halo):
    before = len(halo_fake.records("tickets"))
    reply = halo.post("Tickets", {"summary": "posted as an object", "tickettype_id": 1})
    assert reply.status_code == 400
    assert "JSON array" in reply.json()["Message"]
    assert len(halo_fake.records("tickets")) == before


def test_routes_halo_does_not_have_are_404_and_post_to_an_id_is_405(halo):
    assert halo.get("Tickets/1/actions").status_code == 404
    assert halo.get("Tickets/1/attachments").status_code == 404
    reply = halo.post("Tickets/1", {"id": 1, "summary": "renamed"})
    assert reply.status_code == 405
    assert "POST" in reply.json()["Message"]


def test_halo_endpoints_the_fake_does_not_model_say_so(halo):
    # the families these clients asked for are served now (generically); their other operations are not modelled
    for path in ("Currency", "RecurringInvoice", "UserRoles", "DistributionLists", "AssetChange", "SalesOrder"):
        assert halo.get(path).status_code == 200, path
    for method, path in (("GET", "Team/Tree"), ("POST", "Agent/ClearCache"), ("POST", "Report/createpdf")):
        reply = halo.session.request(method, halo.url(path), json=[], timeout=10)
        assert reply.status_code == 501, path
        assert reply.json()["ClassName"] == "FakeHaloNotModelled"
        assert reply.json()["Message"].startswith(f"FakeHalo does not model {method} /api/{path}"), reply.text
    unknown = halo.get("NoSuchThing")
    assert unknown.status_code == 404
    assert unknown.json()["Message"] == ("No HTTP resource was found that matches the request URI "
                                         "'/api/NoSuchThing'.")


def test_token_errors_carry_error_and_error_description(halo_fake):
    # one client reads both keys of a 401 and would crash on a body without them
    reply = requests.post(f"{halo_fake.url}/auth/token", data={
        "grant_type": "client_credentials", "client_id": halo_fake.client_id, "client_secret": "wrong",
        "scope": "all"})
    assert reply.status_code == 401
    assert reply.json()["error"] == "invalid_client" and reply.json()["error_description"]
    api = requests.get(f"{halo_fake.url}/api/Tickets", headers={"Authorization": "Bearer expired-or-unknown"})
    assert api.status_code == 401
    assert api.json()["error"] == "invalid_token" and api.json()["error_description"]
