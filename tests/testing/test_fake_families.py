"""Every family and every operation of Halo's OpenAPI document, over real HTTP to one fake.

The tables that drive the parametrised tests are the generated copy of the spec (``_known_params.SPEC_PATHS``:
every path with its methods; ``FAMILIES``: which POST takes an array of records), which test_fake_state checks
against the spec itself. What the tests expect is worked out here from those paths, not read from the fake's
routing: a collection family is a first segment with ``GET /X`` or ``GET /X/{id}``; every other operation is 501
unless it is one of the few the fake models.
"""

from __future__ import annotations

import re
from typing import Dict, Tuple

import pytest
from tests._support.plain_http import Halo

from halopsa.testing import FakeHalo
from halopsa.testing._known_params import FAMILIES, KNOWN_FIELDS, KNOWN_PARAMS, SPEC_PATHS
from halopsa.testing._resources import BY_PATH

_ONE_PARAMETER = re.compile(r"^\{[^{}]+\}$")
MODELLED = {("GET", "/Asset/NextTag"), ("GET", "/Timesheet/mine"), ("GET", "/TimesheetEvent/mine"),
            ("POST", "/Invoice/{id}/void")}
DEMO_FAMILIES = {"RecurringInvoice": 11, "TimesheetEvent": 30, "AssetType": 6, "FieldInfo": 5, "Outcome": 7,
                 "SalesOrder": 8, "PurchaseOrder": 8, "Lookup": 12}


def _operations() -> Dict[str, Dict[str, Tuple[str, ...]]]:
    """first segment -> {"": methods of /X, "{id}": methods of /X/{id}}, for paths of one or two segments."""
    out: Dict[str, Dict[str, Tuple[str, ...]]] = {}
    for path, methods in SPEC_PATHS.items():
        segments = path.strip("/").split("/")
        if len(segments) == 1:
            out.setdefault(segments[0], {})[""] = tuple(methods.split())
        elif len(segments) == 2 and _ONE_PARAMETER.match(segments[1]):
            found = out.setdefault(segments[0], {})
            found["{id}"] = found.get("{id}", ()) + tuple(methods.split())
    return out


OPERATIONS = _operations()
COLLECTIONS = sorted(root for root, ops in OPERATIONS.items() if "GET" in ops.get("", ()) + ops.get("{id}", ()))
GENERIC = [root for root in COLLECTIONS if root.lower() not in BY_PATH]
# /api/authinfo is the token discovery the fake answers before any resource (notes, section 1)
LISTED = [root for root in GENERIC if "GET" in OPERATIONS[root].get("", ()) and root != "AuthInfo"]


def _posts_records(root: str) -> bool:
    return "p" in FAMILIES[root.lower()].split()[1]


ROUND_TRIP = [root for root in GENERIC if _posts_records(root) and "GET" in OPERATIONS[root].get("{id}", ())]
WRITABLE = [root for root in GENERIC if _posts_records(root)]


def _served(method: str, path: str) -> bool:
    """Whether a spec operation is a family's list/get/create/delete (or one of the 32's routes)."""
    segments = path.strip("/").split("/")
    root = segments[0]
    if root.lower() in BY_PATH:
        return len(segments) == 1 or (len(segments) == 2 and bool(_ONE_PARAMETER.match(segments[1]))) \
            or segments[1].lower() in ("me", "document", "gets3presignedurl", "presignedurluploadcomplete")
    if root not in COLLECTIONS:
        return False
    if len(segments) == 1:
        return (method, _posts_records(root)) in (("GET", True), ("GET", False), ("POST", True))
    return len(segments) == 2 and bool(_ONE_PARAMETER.match(segments[1])) and method in ("GET", "DELETE")


OTHER = sorted((method, path) for path, methods in SPEC_PATHS.items() for method in methods.split()
               if not _served(method, path))


def _concrete(path: str) -> str:
    """A request path for a spec path: every path parameter is 1 ("/TicketApproval/{id}&{seq}" -> "1&1")."""
    return re.sub(r"\{[^{}]*\}", "1", path)


def _fields(root: str) -> Tuple[str, str]:
    """Two text-like fields of the family's POST schema: what a create sets and an update changes."""
    fields = KNOWN_FIELDS[FAMILIES[root.lower()].split()[2]].split()
    preferred = [name for name in ("name", "title", "subject", "summary", "description", "note", "outcome",
                                   "label", "reference", "details") if name in fields]
    others = [name for name in fields if name != "id" and not name.endswith("_id") and not name.startswith("_")]
    candidates = list(dict.fromkeys(preferred + others + ["name", "note"]))
    return candidates[0], candidates[1]


@pytest.fixture(scope="module")
def halo(fake_halo: Halo) -> Halo:
    return fake_halo  # the module's own fake (conftest's `fake`), shared by its tests


# ------------------------------------------------------------------------------------------ over the whole spec

def test_the_tables_cover_the_spec():
    assert len(SPEC_PATHS) == 886
    assert sum(len(methods.split()) for methods in SPEC_PATHS.values()) == 1331
    assert len(COLLECTIONS) == 307 and len(GENERIC) == 276  # /Expense, the 32nd, is not in this spec
    assert sorted(FAMILIES) == sorted(root.lower() for root in COLLECTIONS)


@pytest.mark.parametrize("root", LISTED)
def test_every_family_lists(halo, root):
    reply = halo.get(root)
    assert reply.status_code == 200, reply.text
    body = reply.json()
    if "pageinate" in KNOWN_PARAMS[f"/{root.lower()}"].split():
        key = root.lower() if root.lower().endswith("s") else root.lower() + "s"
        assert set(body) == {"record_count", key}, body
        assert body["record_count"] == len(body[key])
    else:
        assert isinstance(body, list)


@pytest.mark.parametrize("root", ROUND_TRIP)
def test_create_get_update_delete(fake, halo, root):
    first, second = _fields(root)
    created = halo.post(root, [{first: f"made by a test of {root}", second: "kept"}])
    assert created.status_code == 201, created.text
    record_id = created.json()[0]["id"]
    assert fake.api_requests("POST", root)[-1].json == [{first: f"made by a test of {root}", second: "kept"}]
    got = halo.get(f"{root}/{record_id}")
    assert got.status_code == 200 and got.json()[first] == f"made by a test of {root}"
    updated = halo.post(root, [{"id": record_id, first: "changed"}])
    assert updated.status_code == 200, updated.text
    assert halo.get(f"{root}/{record_id}").json() == {**got.json(), first: "changed"}  # only what it carried
    if "DELETE" in OPERATIONS[root]["{id}"]:
        assert halo.delete(f"{root}/{record_id}").status_code == 200
        assert halo.get(f"{root}/{record_id}").status_code == 404
    else:
        assert halo.delete(f"{root}/{record_id}").status_code == 405
        assert fake.record(root, record_id) is not None


@pytest.mark.parametrize("root", WRITABLE)
def test_an_update_of_a_missing_id_does_not_create(fake, halo, root):
    first, _second = _fields(root)
    before = len(fake.records(root))
    reply = halo.post(root, [{"id": 987654, first: "ghost"}])
    assert reply.status_code == 404, reply.text
    assert reply.json()["ClassName"] == "HaloNotFoundException"
    assert len(fake.records(root)) == before and fake.record(root, 987654) is None


@pytest.mark.parametrize("method, path", OTHER, ids=[f"{m} {p}" for m, p in OTHER])
def test_every_other_operation_is_not_modelled_and_logged(fake, halo, method, path):
    if (method, path) == ("POST", "/Invoice/{id}/void"):
        path_used = "/Invoice/2/void"  # the shared fake's invoice 1 stays as the demo made it
    else:
        path_used = _concrete(path)
    reply = halo.session.request(method, halo.url(path_used), json=[] if method == "POST" else None, timeout=10)
    if (method, path) in MODELLED:
        assert reply.status_code == 200, reply.text
    else:
        assert reply.status_code == 501, reply.text
        assert reply.json()["ClassName"] == "FakeHaloNotModelled"
        assert reply.json()["Message"].startswith(f"FakeHalo does not model {method} /api{path_used}")
    logged = fake.api_requests(method, path_used)
    assert logged and logged[-1].status == reply.status_code


# ------------------------------------------------------------------------------------------ by hand

def test_paging_and_record_count_on_a_family_with_demo_data(fake, halo):
    pages = [halo.get("RecurringInvoice", pageinate=True, page_size=4, page_no=n).json() for n in (1, 2, 3, 4)]
    assert [page["record_count"] for page in pages] == [11] * 4
    assert [len(page["recurringinvoices"]) for page in pages] == [4, 4, 3, 0]
    ids = [row["id"] for page in pages for row in page["recurringinvoices"]]
    assert ids == list(range(1, 12))
    assert pages[1]["page_no"] == 2 and pages[1]["page_size"] == 4
    assert len(halo.get("RecurringInvoice", count=5).json()["recurringinvoices"]) == 5
    fake.set(page_cap=3, ignore_page_no=True)
    try:
        body = halo.get("SalesOrder", pageinate=True, page_size=50, page_no=2).json()
        assert body["page_size"] == 3 and [row["id"] for row in body["salesorders"]] == [1, 2, 3]
    finally:
        fake.set(page_cap=100, ignore_page_no=False)


def test_an_unpaged_family_is_a_bare_array_and_count_still_limits(halo):
    assert len(halo.rows("Outcome")) == 7
    assert len(halo.rows("Address")) == 0 and "count" in KNOWN_PARAMS["/address"].split()


def test_demo_families_hold_a_handful_of_rows_named_as_their_schema(fake):
    for root, count in DEMO_FAMILIES.items():
        rows = fake.records(root)
        assert len(rows) == count, root
        fields = set(KNOWN_FIELDS[FAMILIES[root.lower()].split()[2]].split())
        assert all(set(row) <= fields for row in rows), (root, {k for row in rows for k in row} - fields)


def test_demo_families_point_at_the_demo_records(fake):
    clients = {c["id"]: c for c in fake.records("clients")}
    contracts = {c["id"]: c for c in fake.records("contracts")}
    for row in fake.records("RecurringInvoice"):
        contract = contracts[row["contract_id"]]
        assert row["client_id"] == contract["client_id"] and row["client_name"] == clients[row["client_id"]]["name"]
        assert row["disabled"] == contract["expired"]
    outcomes = {o["id"]: o["outcome"] for o in fake.records("Outcome")}
    assert all(outcomes[a["outcome_id"]] == a["outcome"] for a in fake.records("actions"))
    types = {t["id"]: t for t in fake.records("AssetType")}
    assert all(types[a["assettype_id"]]["name"] == a["assettype_name"] for a in fake.records("assets"))
    defined = {f["id"]: f["name"] for f in fake.records("FieldInfo")}
    used = {(cf["id"], cf["name"]) for kind in ("tickets", "clients") for r in fake.records(kind)
            for cf in r["customfields"]}
    assert used and all(defined[cf_id] == name for cf_id, name in used)
    quotes = {q["id"]: q for q in fake.records("quotations")}
    orders = {o["id"]: o for o in fake.records("SalesOrder")}
    assert all(quotes[o["quotation_id"]]["client_id"] == o["client_id"] for o in orders.values())
    suppliers = {s["id"] for s in fake.records("suppliers")}
    for po in fake.records("PurchaseOrder"):
        assert orders[po["salesorder_id"]]["client_id"] == po["client_id"] and po["supplier_id"] in suppliers
    days = {(t["agent_id"], t["date"][:10]) for t in fake.records("timesheets")}
    for event in fake.records("TimesheetEvent"):
        assert (event["agent_id"], event["start_date"][:10]) in days
        assert event["ticket_id"] == 0 or fake.record("tickets", event["ticket_id"]) is not None
    assert {row["value2"] for row in fake.records("Lookup")} == {"Impact", "Urgency", "Ticket Source", "Charge Rate"}


def test_filters_follow_the_spec_list_parameters_and_the_record_fields(fake, halo):
    rows = halo.rows("RecurringInvoice", "recurringinvoices", client_id=3)
    assert rows and {r["client_id"] for r in rows} == {3}
    both = halo.rows("RecurringInvoice", "recurringinvoices", client_ids="3,4")
    assert {r["client_id"] for r in both} == {3, 4}
    top = {c["id"] for c in fake.records("clients") if c["toplevel_id"] == 2}
    assert {r["client_id"] for r in halo.rows("RecurringInvoice", "recurringinvoices", toplevel_id=2)} <= top
    assert [r["name"] for r in halo.rows("Lookup", lookupid=3)] == ["Email", "Phone", "Portal"]
    assert {r["title"] for r in halo.rows("SalesOrder", "salesorders", search="FIREWALL")} \
        == {o["title"] for o in fake.records("SalesOrder") if "firewall" in o["title"].lower()}
    events = halo.rows("TimesheetEvent", "timesheetevents", agent_id=2, start_date="2025-06-23T00:00:00Z",
                       end_date="2025-06-23T23:59:59Z")
    assert len(events) == 2 and {e["start_date"][:10] for e in events} == {"2025-06-23"}
    assert halo.get("RecurringInvoice", client_id="two").status_code == 400
    halo.get("Lookup", lookupid=1, nosuchparam="x")
    assert fake.requests[-1].unknown_params == ["nosuchparam"]


def test_generic_not_found_and_methods_the_spec_lacks(halo):
    missing = halo.get("SalesOrder/4242")
    assert missing.status_code == 404 and "4242" in missing.json()["Message"]
    assert halo.get("SalesOrder/abc").status_code == 404
    put = halo.session.put(halo.url("SalesOrder"), json=[], timeout=10)
    assert put.status_code == 405 and put.headers["Allow"] == "GET, POST"
    assert halo.delete("TicketApproval/1").status_code == 405  # /TicketApproval/{id} has GET only
    assert halo.get("ReportData").status_code == 404          # only /ReportData/{publishedid} exists
    assert halo.post("Automation", [1, 2]).status_code == 501  # a POST of ids, not of records
    assert halo.get("salesorder").status_code == 200          # paths are case-insensitive
    assert halo.get("NoSuchFamily").status_code == 404


def test_next_tag_follows_the_asset_table(fake, halo):
    tags = [a["inventory_number"] for a in fake.records("assets")]
    last = max(tags, key=lambda tag: int(tag.rsplit("-", 1)[1]))
    body = halo.get("Asset/NextTag").json()
    assert body["last_tag"] == last
    assert body["next_tag"] == f"{last.rsplit('-', 1)[0]}-{int(last.rsplit('-', 1)[1]) + 1:04d}"
    fake.add("assets", inventory_number="ZZ-LT-0900", client_id=2)
    assert halo.get("asset/nexttag").json() == {"last_tag": "ZZ-LT-0900", "next_tag": "ZZ-LT-0901"}


def test_void_marks_the_invoice_voided(fake, halo):
    reply = halo.post("Invoice/5/void", None)
    assert reply.status_code == 200 and reply.json()["id"] == 5 and reply.json()["voided"] is True
    assert fake.record("invoices", 5)["voided"] is True
    assert halo.post("Invoice/5/void", None).status_code == 200  # again: nothing more to do
    assert halo.post("Invoice/99999/void", None).status_code == 404
    assert halo.get("Invoice/5/void").status_code == 405


def test_mine_is_the_api_agents_rows(fake, halo):
    sheets = halo.rows("Timesheet/mine")
    assert sheets and {s["agent_id"] for s in sheets} == {1}
    assert len(sheets) == len([t for t in fake.records("timesheets") if t["agent_id"] == 1])
    events = halo.rows("TimesheetEvent/mine")
    assert events and {e["agent_id"] for e in events} == {1}


def test_the_python_side_reaches_generic_families(fake):
    saved = fake.add("SalesOrder", title="Added from Python", client_id=2)
    assert saved["client_name"] == "Acme Manufacturing"  # <thing>_name follows its id, as for the 32
    assert fake.record("salesorder", saved["id"])["title"] == "Added from Python"
    fake.set(envelopes={"SalesOrder": "array"})
    try:
        client = Halo(fake)
        assert isinstance(client.get("SalesOrder").json(), list)
        client.close()
    finally:
        fake.set(envelopes={})


def test_generic_families_persist_and_are_shared_through_the_sandbox_file(tmp_path):
    db = tmp_path / "sandbox.db"
    with FakeHalo(tickets=20, db_path=db) as first, FakeHalo(db_path=db) as second:
        one, two = Halo(first), Halo(second)
        assert len(two.rows("Outcome")) == 7  # the demo rows were saved with the rest
        made = one.post("Currency", [{"code": "EUR"}]).json()[0]
        assert two.get(f"Currency/{made['id']}").json()["code"] == "EUR"
        again = two.post("Currency", [{"code": "USD"}]).json()[0]
        assert again["id"] == made["id"] + 1  # ids come from the file, not from each process's memory
        assert one.delete("Outcome/7").status_code == 200
        assert two.get("Outcome/7").status_code == 404
        one.close()
        two.close()
    with FakeHalo(db_path=db) as restarted:
        halo = Halo(restarted)
        assert [row["code"] for row in halo.rows("Currency")] == ["EUR", "USD"]
        assert len(halo.rows("Outcome")) == 6
        halo.close()

