"""Meta-tests over the registry of 32 resources, their models and the public API."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

import halopsa
from halopsa.models import MODELS, Model, model_for
from halopsa.resources import COUNTED, EVERYDAY, PAGED, REGISTRY, UNPAGED, get_resource
from halopsa import HaloQueryError

from tests._support.spec import SPEC_PATH  # noqa: E402

pytestmark = pytest.mark.usefixtures("isolated_env")  # a HOME of each test's own (tests/conftest.py)

NOT_IN_SPEC = {"/Expense"}  # missing from this copy of the spec, present in newer Halo builds

# SDK name -> API path, as in the API notes section 3.
EXPECTED = {
    "tickets": "/Tickets", "actions": "/Actions", "clients": "/Client", "users": "/Users", "agents": "/Agent",
    "assets": "/Asset", "sites": "/Site", "invoices": "/Invoice", "contracts": "/ClientContract",
    "opportunities": "/Opportunities", "projects": "/Projects", "appointments": "/Appointment", "items": "/Item",
    "kb_articles": "/KBArticle", "suppliers": "/Supplier", "attachments": "/Attachment", "statuses": "/Status",
    "teams": "/Team", "categories": "/Category", "priorities": "/Priority", "slas": "/SLA",
    "ticket_types": "/TicketType", "top_levels": "/TopLevel", "expenses": "/Expense", "timesheets": "/Timesheet",
    "releases": "/Release", "reports": "/Report", "webhooks": "/Webhook", "workdays": "/Workday",
    "software_licences": "/SoftwareLicence", "crm_notes": "/CRMNote", "quotations": "/Quotation",
}  # fmt: skip

PUBLIC_API = [
    "__version__", "HaloClient", "AsyncHaloClient", "Page", "QuerySet", "Model", "Settings", "WaitEvent",
    "HaloDriftWarning",
    "HaloError", "HaloConfigError", "HaloQueryError", "HaloConnectionError", "HaloTimeoutError", "HaloTokenError",
    "HaloPaginationError", "HaloAPIError", "HaloValidationError", "HaloAuthenticationError", "HaloForbiddenError",
    "HaloNotFoundError", "HaloRateLimitError", "HaloServerError", "MultipleObjectsReturned", "HaloReportError", "models",
]


@pytest.fixture(scope="module")
def spec():
    if not SPEC_PATH.exists():
        pytest.skip(f"{SPEC_PATH} is absent")
    return json.loads(SPEC_PATH.read_text(encoding="utf-8"))


def _declared(model_name):
    return {field.name for field in attrs.fields(MODELS[model_name])}


RESOURCES = [REGISTRY[name] for name in EVERYDAY]  # the hand-tuned rows; tests/test_catalog.py: the rest
IDS = [r.name for r in RESOURCES]


# -- the table -----------------------------------------------------------------------------------------------


def test_the_32_everyday_resources():
    assert len(EVERYDAY) == 32
    assert {name: REGISTRY[name].path for name in EVERYDAY} == EXPECTED
    assert list(REGISTRY)[:32] == list(EVERYDAY)  # first, in the table's order
    assert all(REGISTRY[name].everyday for name in EVERYDAY)
    assert not any(resource.everyday for name, resource in REGISTRY.items() if name not in EVERYDAY)


def test_names_paths_and_models_unique():
    for attribute in ("name", "path", "model_name"):
        values = [getattr(r, attribute).lower() for r in REGISTRY.values()]
        assert len(values) == len(set(values)), attribute
    assert all(name == r.name for name, r in REGISTRY.items())


def test_every_model_has_a_resource():
    by_model = {r.model_name for r in REGISTRY.values()}
    assert set(MODELS) <= by_model  # the hand-declared ones, and those made so far for other families
    assert {r.model_name for r in RESOURCES} <= set(MODELS)
    assert model_for(REGISTRY["recurring_invoices"]) is MODELS["RecurringInvoice"]


@pytest.mark.parametrize("resource", RESOURCES, ids=IDS)
def test_row_complete(resource):
    assert resource.path.startswith("/") and resource.path.strip("/") and "/" not in resource.path[1:]
    assert resource.model_name in MODELS
    model = model_for(resource)
    assert issubclass(model, Model)
    assert model.resource_name == resource.name
    assert resource.columns and "id" in resource.columns
    assert resource.paging in (PAGED, COUNTED, UNPAGED)
    assert resource.envelope is None or (isinstance(resource.envelope, str) and resource.envelope)
    assert "id" in _declared(resource.model_name)


@pytest.mark.parametrize("resource", RESOURCES, ids=lambda r: r.name)
def test_columns_are_declared_fields(resource):
    assert set(resource.columns) <= _declared(resource.model_name)


@pytest.mark.parametrize("resource", RESOURCES, ids=lambda r: r.name)
def test_title_agrees_with_the_model_and_is_a_field(resource):
    assert model_for(resource)._title == resource.title
    assert resource.title in _declared(resource.model_name)


# -- the registry against the spec ---------------------------------------------------------------------------


@pytest.mark.parametrize("resource", RESOURCES, ids=IDS)
def test_every_filter_exists_in_the_spec(spec, resource):
    if resource.path in NOT_IN_SPEC:
        pytest.skip(f"{resource.path} is not in this copy of the spec")
    operation = spec["paths"][resource.path]["get"]
    spec_params = {p["name"] for p in operation.get("parameters", []) if p.get("in") == "query"}
    declared = {extra.name for extra in resource.extra_filters}  # the documented overrides, each marked as such
    assert all("[not in the spec]" in extra.help for extra in resource.extra_filters)
    unknown = set(resource.filters) - spec_params - declared
    assert not unknown, f"{resource.name}: filters not in the spec: {sorted(unknown)}"


@pytest.mark.parametrize("resource", RESOURCES, ids=IDS)
def test_paging_matches_the_spec(spec, resource):
    if resource.path in NOT_IN_SPEC:
        pytest.skip(f"{resource.path} is not in this copy of the spec")
    params = {p["name"] for p in spec["paths"][resource.path]["get"].get("parameters", [])}
    if resource.paging == PAGED:
        assert {"pageinate", "page_size", "page_no"} <= params
    elif resource.paging == COUNTED:
        assert "count" in params


@pytest.mark.parametrize("resource", RESOURCES, ids=IDS)
def test_delete_and_me_match_the_spec(spec, resource):
    if resource.path in NOT_IN_SPEC:
        assert not resource.can_delete
        return
    assert resource.can_delete == ("delete" in spec["paths"].get(resource.path + "/{id}", {}))
    assert resource.has_me == (resource.path + "/me" in spec["paths"])


def test_expense_is_list_and_create_only():
    expenses = REGISTRY["expenses"]
    assert not expenses.can_delete


def test_timesheets_and_expenses_cannot_be_deleted():
    assert {r.name for r in RESOURCES if not r.can_delete} == {"timesheets", "expenses"}


def test_me_only_on_agents_users_clients():
    assert {r.name for r in RESOURCES if r.has_me} == {"agents", "users", "clients"}


# -- relations -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("resource", RESOURCES, ids=IDS)
def test_relations_point_at_registered_resources_and_declared_fields(resource):
    declared = _declared(resource.model_name)
    for relation in resource.relations:
        assert relation.resource in REGISTRY, relation
        assert relation.field in declared, relation
        if relation.filter:
            assert relation.filter in resource.filters, relation
    for reverse in resource.reverse:
        assert reverse.resource in REGISTRY, reverse
        assert reverse.filter in REGISTRY[reverse.resource].filters, reverse
    names = [r.name for r in resource.relations] + [r.name for r in resource.reverse]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("resource", RESOURCES, ids=IDS)
def test_relations_installed_on_models(resource):
    model = model_for(resource)
    for relation in list(resource.relations) + list(resource.reverse):
        assert relation.name in dir(model), (resource.name, relation.name)


# -- lookups -------------------------------------------------------------------------------------------------


def test_get_resource_suggests_the_closest_name():
    assert get_resource("tickets") is REGISTRY["tickets"]
    with pytest.raises(HaloQueryError) as caught:
        get_resource("tikets")
    assert "tickets" in str(caught.value)


def test_client_has_a_manager_per_resource(halo_mock, make_client):
    client = make_client()
    for name, resource in REGISTRY.items():
        assert getattr(client, name).resource is resource
    assert halo_mock.request_history == []


# -- the public API ------------------------------------------------------------------------------------------


def test_public_api_is_pinned():
    assert sorted(halopsa.__all__) == sorted(PUBLIC_API)
    assert len(halopsa.__all__) == len(set(halopsa.__all__))


@pytest.mark.parametrize("name", PUBLIC_API)
def test_every_public_name_resolves(name):
    assert getattr(halopsa, name) is not None


def test_exceptions_form_the_documented_tree():
    from halopsa import exceptions as e

    assert issubclass(e.HaloAPIError, e.HaloError)
    for cls in (e.HaloValidationError, e.HaloAuthenticationError, e.HaloForbiddenError, e.HaloNotFoundError,
                e.HaloRateLimitError, e.HaloServerError):
        assert issubclass(cls, e.HaloAPIError)
    for cls in (e.HaloConfigError, e.HaloQueryError, e.HaloConnectionError, e.HaloTokenError,
                e.HaloPaginationError, e.MultipleObjectsReturned, e.HaloReportError):
        assert issubclass(cls, e.HaloError) and not issubclass(cls, e.HaloAPIError)
    assert issubclass(e.HaloTimeoutError, e.HaloConnectionError)


def test_unknown_attribute_raises_attribute_error():
    with pytest.raises(AttributeError):
        halopsa.NoSuchThing


def test_an_unknown_resource_is_refused_with_its_name_and_the_nearest_as_data():
    with pytest.raises(HaloQueryError) as caught:
        get_resource("tiket")
    assert str(caught.value) == "unknown resource 'tiket'; did you mean 'tickets'?"
    assert (caught.value.kind, caught.value.name, caught.value.suggestions) == ("unknown_resource", "tiket", ["tickets"])
    with pytest.raises(HaloQueryError, match=r"halopsa\.resources\.resource_names\(\) lists them all"):
        get_resource("qqqqqqqq")
