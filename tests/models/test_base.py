"""Models: typed fields, lossless round trips, dirty tracking, custom fields, save/delete/refresh, partial records."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
from typing import Any, Dict, List, Optional

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests._support.mocked_tenant import API_URL, api_requests
from halopsa.models import Ticket
from halopsa.models.base import _unwrap_optional, structure_value

pytestmark = pytest.mark.usefixtures("isolated_env")  # a HOME of each test's own (tests/conftest.py)

TICKET = {
    "id": 1234,
    "summary": "Server down",
    "details": "The file server does not answer",
    "client_id": 12,
    "client_name": "Acme",
    "status_id": 1,
    "agent_id": 3,
    "dateoccurred": "2024-05-01T09:30:00Z",
    "deadlinedate": "2024-05-03T17:00:00.1234567",
    "onhold": False,
    "tags": ["vip"],
    "x_unknown_nested": {"a": [1, 2, {"b": None}], "c": "text"},
    "x_flag_as_int": 1,
    "customfields": [
        {"id": 101, "name": "CFSerial", "value": "A-1"},
        {"id": 102, "name": "CFRack", "value": "R7"},
    ],
}


@pytest.fixture
def ticket_data():
    return copy.deepcopy(TICKET)


@pytest.fixture
def client(halo_mock, make_client):
    return make_client()


@pytest.fixture
def ticket(halo_mock, client, ticket_data):
    halo_mock.get(API_URL + "/Tickets/1234", json=ticket_data)
    record = client.tickets.get(1234)
    halo_mock.reset_mock()
    return record


def _posts(halo_mock):
    return [r.json() for r in api_requests(halo_mock, "POST")]


# -- typed fields --------------------------------------------------------------------------------------------


def test_declared_fields_are_typed(ticket):
    assert ticket.id == 1234 and type(ticket.id) is int
    assert ticket.dateoccurred == dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.timezone.utc)
    assert ticket.deadlinedate == dt.datetime(2024, 5, 3, 17, 0, 0, 123456)  # 7 fraction digits
    assert ticket.onhold is False


@pytest.mark.parametrize("raw, expected", [
    ("2024-05-01T09:30:00Z", dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.timezone.utc)),
    ("2024-05-01T09:30:00.1234567Z", dt.datetime(2024, 5, 1, 9, 30, 0, 123456, tzinfo=dt.timezone.utc)),
    ("2024-05-01T09:30:00.12", dt.datetime(2024, 5, 1, 9, 30, 0, 120000)),
    ("2024-05-01T09:30:00", dt.datetime(2024, 5, 1, 9, 30)),
    ("2024-05-01T09:30:00+02:00", dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))),
])
def test_dates_parse_every_halo_form(raw, expected):
    assert Ticket._from_api(None, {"id": 1, "dateoccurred": raw}).dateoccurred == expected


@pytest.mark.parametrize("raw, expected", [(True, True), (False, False), (1, True), (0, False),
                                           ("true", True), ("false", False)])
def test_flags_are_bool(raw, expected):
    assert Ticket._from_api(None, {"id": 1, "onhold": raw}).onhold is expected


def test_numeric_string_id_becomes_int():
    assert Ticket._from_api(None, {"id": "1234"}).id == 1234


def test_declared_fields_listed_by_attrs():
    names = {field.name for field in attrs.fields(Ticket)}
    assert {"id", "summary", "status_id", "dateoccurred", "customfields"} <= names


# -- unknown fields and round trips -------------------------------------------------------------------------


def test_unknown_fields_readable_as_attributes(ticket):
    assert ticket.x_unknown_nested == {"a": [1, 2, {"b": None}], "c": "text"}
    assert ticket.x_flag_as_int == 1
    assert ticket.tags == ["vip"]


def test_to_dict_equals_what_the_server_sent(ticket):
    assert ticket.to_dict() == TICKET


def test_reading_fields_does_not_change_to_dict(ticket):
    for field in attrs.fields(Ticket):
        getattr(ticket, field.name)
    ticket.x_unknown_nested
    assert ticket.to_dict() == TICKET


def test_reading_fields_sends_nothing_on_save(ticket, halo_mock):
    for field in attrs.fields(Ticket):
        getattr(ticket, field.name)
    ticket.x_unknown_nested["c"]
    assert ticket.changes() == {}
    ticket.save()
    assert api_requests(halo_mock) == []


def test_update_of_unknown_field_round_trips_the_rest(ticket, halo_mock):
    halo_mock.post(API_URL + "/Tickets", json={"id": 1234})
    ticket.x_unknown_nested["c"] = "changed"
    ticket.save()
    assert _posts(halo_mock) == [[{"id": 1234, "x_unknown_nested": {"a": [1, 2, {"b": None}], "c": "changed"}}]]


def test_reading_keeps_raw_datetime_text(ticket):
    assert ticket.deadlinedate.microsecond == 123456
    assert ticket.to_dict()["deadlinedate"] == "2024-05-03T17:00:00.1234567"
    assert ticket["deadlinedate"] == "2024-05-03T17:00:00.1234567"


def test_reading_custom_fields_changes_nothing(ticket):
    dict(ticket.custom_fields)
    ticket.customfields[0]["value"]
    assert ticket.to_dict() == TICKET
    assert ticket.changes() == {}


def test_reading_custom_fields_of_a_record_without_them_changes_nothing():
    record = Ticket._from_api(None, {"id": 5, "summary": "s"})
    assert dict(record.custom_fields) == {}
    assert record.to_dict() == {"id": 5, "summary": "s"}
    assert record.changes() == {}


def test_assigning_the_same_datetime_keeps_the_raw_text(ticket):
    ticket.deadlinedate = ticket.deadlinedate
    assert ticket.changes() == {}
    assert ticket.to_dict()["deadlinedate"] == "2024-05-03T17:00:00.1234567"


def test_assigning_the_raw_wire_text_is_no_change(ticket):
    ticket.dateoccurred = "2024-05-01T09:30:00Z"
    assert ticket.changes() == {}


def test_to_dict_replaces_only_changed_fields(ticket):
    for field in attrs.fields(Ticket):
        getattr(ticket, field.name)
    ticket.status_id = 5
    ticket.tags.append("urgent")
    assert ticket.to_dict() == {**TICKET, "status_id": 5, "tags": ["vip", "urgent"]}


def test_pickle_after_reading_keeps_the_raw_record(ticket):
    for field in attrs.fields(Ticket):
        getattr(ticket, field.name)
    assert pickle.loads(pickle.dumps(ticket)).to_dict() == TICKET


def test_model_wraps_the_decoded_dict_without_copying(ticket_data):
    record = Ticket._from_api(None, ticket_data)
    assert record.raw is ticket_data
    record.customfields[0]["value"] = "changed"
    record.tags.append("x")
    record.x_unknown_nested["a"][2]["b"] = 1
    assert ticket_data == TICKET


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                     lambda children: st.lists(children, max_size=3)
                     | st.dictionaries(st.text(max_size=5), children, max_size=3), max_leaves=8)
_WIRE_DATES = st.sampled_from(["2024-05-01T09:30:00Z", "2024-05-01T09:30:00.1234567", "2024-05-01T09:30:00.12",
                               "2024-05-01T09:30:00+02:00", "not a date", "", "2024-05-01"])


@settings(max_examples=60, deadline=None)
@given(record=st.fixed_dictionaries(
    {"id": st.integers(1, 10**6) | st.text(max_size=4)},
    optional={"summary": _JSON, "status_id": _JSON, "onhold": _JSON, "dateoccurred": _WIRE_DATES | _JSON,
              "deadlinedate": _WIRE_DATES, "customfields": _JSON, "x_other": _JSON}))
def test_any_record_survives_reading_every_field(record):
    sent = json.loads(json.dumps(record))
    model = Ticket._from_api(None, record)
    for field in attrs.fields(Ticket):
        getattr(model, field.name)
    if "x_other" in record:
        model.x_other
    assert model.to_dict() == sent
    assert model.changes() == {}
    assert record == sent


# -- dirty tracking ------------------------------------------------------------------------------------------


def test_assignment_is_a_change(ticket):
    ticket.status_id = 5
    assert ticket.changes() == {"status_id": 5}
    assert ticket.is_dirty()


def test_assigning_the_same_value_is_no_change(ticket, halo_mock):
    ticket.status_id = 1
    ticket.summary = "Server down"
    ticket.dateoccurred = dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.timezone.utc)
    ticket.onhold = False
    assert ticket.changes() == {}
    ticket.save()
    assert api_requests(halo_mock) == []


def test_assigning_a_date_sends_iso_8601(ticket):
    ticket.dateoccurred = dt.datetime(2024, 6, 2, 8, 0, tzinfo=dt.timezone.utc)
    assert ticket.changes() == {"dateoccurred": "2024-06-02T08:00:00Z"}


def test_assigning_none_is_a_change(ticket):
    ticket.agent_id = None
    assert ticket.changes() == {"agent_id": None}


def test_in_place_list_mutation_is_detected(ticket):
    ticket.tags.append("urgent")
    assert ticket.changes() == {"tags": ["vip", "urgent"]}


def test_in_place_dict_mutation_is_detected(ticket):
    ticket.x_unknown_nested["a"].append(3)
    assert ticket.changes() == {"x_unknown_nested": {"a": [1, 2, {"b": None}, 3], "c": "text"}}


def test_in_place_mutation_does_not_touch_the_raw_record(ticket):
    ticket.tags.append("urgent")
    assert ticket.raw["tags"] == ["vip"]


def test_new_field_assignment_is_a_change(ticket):
    ticket.x_brand_new = "hello"
    assert ticket.changes() == {"x_brand_new": "hello"}


# -- custom fields -------------------------------------------------------------------------------------------


def test_custom_fields_read_by_name_and_id(ticket):
    assert ticket.custom_fields["CFSerial"] == "A-1"
    assert ticket.custom_fields[102] == "R7"
    assert dict(ticket.custom_fields) == {"CFSerial": "A-1", "CFRack": "R7"}


def test_unknown_custom_field_raises_key_error_naming_the_known_ones(ticket):
    with pytest.raises(KeyError) as caught:
        ticket.custom_fields["CFNope"]
    assert "CFSerial" in str(caught.value)


def test_custom_field_write_saves_only_the_changed_entry(ticket, halo_mock):
    halo_mock.post(API_URL + "/Tickets", json={"id": 1234})
    ticket.custom_fields["CFSerial"] = "B-2"
    assert ticket.custom_fields["CFSerial"] == "B-2"
    ticket.save()

    [[sent]] = _posts(halo_mock)
    assert set(sent) == {"id", "customfields"}
    assert sent["id"] == 1234
    [entry] = sent["customfields"]
    assert entry["id"] == 101 and entry["value"] == "B-2"
    assert set(entry) <= {"id", "name", "value"}


def test_in_place_edit_of_a_declared_list_element_is_detected(ticket):
    ticket.customfields[1]["value"] = "R8"
    assert ticket.changes() == {"customfields": [{"id": 102, "name": "CFRack", "value": "R8"}]}
    assert ticket.raw["customfields"][1]["value"] == "R7"


def test_custom_field_write_leaves_the_raw_record_alone(ticket):
    ticket.custom_fields["CFSerial"] = "B-2"
    assert ticket.raw["customfields"][0]["value"] == "A-1"
    assert ticket.changes() == {"customfields": [{"id": 101, "name": "CFSerial", "value": "B-2"}]}
    assert ticket.to_dict()["customfields"] == [{"id": 101, "name": "CFSerial", "value": "B-2"},
                                                {"id": 102, "name": "CFRack", "value": "R7"}]


@pytest.mark.parametrize("reply", [{"text": ""}, {"json": {"id": 1234}},
                                   {"json": [{"id": 1234, "customfields": [{"id": 101, "value": "B-2"}]}]}])
def test_custom_field_write_is_kept_after_save_whatever_the_reply(ticket, halo_mock, reply):
    halo_mock.post(API_URL + "/Tickets", **reply)
    ticket.custom_fields["CFSerial"] = "B-2"
    ticket.save()
    assert ticket.custom_fields["CFSerial"] == "B-2"
    assert ticket.custom_fields["CFRack"] == "R7"
    assert [entry["id"] for entry in ticket.raw["customfields"]] == [101, 102]
    assert ticket.changes() == {}


def test_save_does_not_edit_the_dict_the_record_was_built_from(ticket, halo_mock):
    halo_mock.post(API_URL + "/Tickets", json={"id": 1234, "status_id": 5, "status_name": "Closed"})
    before = ticket.raw
    ticket.status_id = 5
    ticket.save()
    assert before == TICKET
    assert ticket.raw["status_name"] == "Closed" and ticket.raw["status_id"] == 5


def test_custom_field_write_on_a_record_without_custom_fields():
    record = Ticket._from_api(None, {"id": 5, "summary": "s"})
    record.custom_fields["CFSerial"] = "Z-9"
    assert record.changes() == {"customfields": [{"name": "CFSerial", "value": "Z-9"}]}


@pytest.mark.parametrize("declared, expected", [
    (Optional[List[Any]], Any), (Optional[Dict[str, Any]], Any), (List[Any], Any), (Optional[list], Any),
    (Optional[Any], Any), (Optional[int], int), (Optional[dt.datetime], dt.datetime), (Optional[List[int]], List[int]),
])
def test_declared_types_structure_to(declared, expected):
    assert _unwrap_optional(declared) == expected


@pytest.mark.parametrize("kind", [Any, List[Dict[str, Any]], List[Any], int, dt.datetime, Dict[str, Any]])
def test_structured_values_never_share_containers_with_the_raw_record(kind):
    raw = [{"id": 1, "value": ["a"]}]
    value = structure_value(raw, kind)
    assert value == raw
    value[0]["value"].append("b")
    assert raw == [{"id": 1, "value": ["a"]}]


def test_custom_field_write_same_value_sends_nothing(ticket, halo_mock):
    ticket.custom_fields["CFSerial"] = "A-1"
    assert ticket.changes() == {}
    ticket.save()
    assert api_requests(halo_mock) == []


def test_new_custom_field_on_new_record(client, halo_mock):
    halo_mock.post(API_URL + "/Tickets", json={"id": 77, "summary": "x"})
    record = client.tickets.new(summary="x")
    record.custom_fields["CFSerial"] = "Z-9"
    record.save()
    [[sent]] = _posts(halo_mock)
    assert sent["summary"] == "x"
    assert sent["customfields"] == [{"name": "CFSerial", "value": "Z-9"}]


# -- save ----------------------------------------------------------------------------------------------------


def test_save_posts_only_id_and_changed_fields(ticket, halo_mock):
    halo_mock.post(API_URL + "/Tickets", json={"id": 1234, "status_id": 5})
    ticket.status_id = 5
    ticket.save()
    assert _posts(halo_mock) == [[{"id": 1234, "status_id": 5}]]
    assert api_requests(halo_mock, "POST")[0].url == API_URL + "/Tickets"


@pytest.mark.parametrize("shape", ["object", "array", "array of several", "empty"])
def test_save_merges_every_reply_shape_without_dropping_fields(ticket, halo_mock, shape):
    saved = {"id": 1234, "status_id": 5, "status_name": "Closed", "dateclosed": "2024-05-04T10:00:00Z"}
    other = {"id": 999, "status_id": 1, "status_name": "New"}
    reply = {"object": {"json": saved}, "array": {"json": [saved]},
             "array of several": {"json": [other, saved]}, "empty": {"text": ""}}[shape]
    halo_mock.post(API_URL + "/Tickets", **reply)
    ticket.status_id = 5
    assert ticket.save() is ticket

    assert ticket.id == 1234
    assert ticket.status_id == 5
    assert ticket.summary == "Server down"
    assert ticket.x_unknown_nested == TICKET["x_unknown_nested"]
    assert ticket.custom_fields["CFSerial"] == "A-1"
    assert ticket.changes() == {}
    if shape != "empty":
        assert ticket.status_name == "Closed"
        assert ticket.dateclosed == dt.datetime(2024, 5, 4, 10, tzinfo=dt.timezone.utc)


def test_second_save_after_success_sends_nothing(ticket, halo_mock):
    halo_mock.post(API_URL + "/Tickets", json={"id": 1234, "status_id": 5})
    ticket.status_id = 5
    ticket.save()
    ticket.save()
    assert len(api_requests(halo_mock, "POST")) == 1


@pytest.mark.parametrize("reply", [{"json": {"id": 555, "summary": "Printer jammed", "status_id": 1}},
                                   {"json": [{"id": 555, "summary": "Printer jammed", "status_id": 1}]}])
def test_save_on_new_record_creates_it_and_sets_id(client, halo_mock, reply):
    halo_mock.post(API_URL + "/Tickets", **reply)
    record = client.tickets.new(summary="Printer jammed", client_id=12)
    assert record.id is None
    record.save()

    assert _posts(halo_mock) == [[{"summary": "Printer jammed", "client_id": 12}]]
    assert record.id == 555
    assert record.status_id == 1  # filled in from the reply
    assert record.changes() == {}
    assert repr(record) == "<Ticket #555 'Printer jammed'>"


def test_create_from_keywords(client, halo_mock):
    halo_mock.post(API_URL + "/Tickets", json=[{"id": 556, "summary": "Mouse"}])
    created = client.tickets.create(summary="Mouse", client_id=12)
    assert isinstance(created, Ticket) and created.id == 556
    assert _posts(halo_mock) == [[{"summary": "Mouse", "client_id": 12}]]


def test_update_sends_the_given_fields(client, halo_mock):
    halo_mock.post(API_URL + "/Tickets", json={"id": 1234, "status_id": 9})
    updated = client.tickets.update({"id": 1234, "status_id": 9})
    assert updated.status_id == 9
    assert _posts(halo_mock) == [[{"id": 1234, "status_id": 9}]]


# -- delete and refresh --------------------------------------------------------------------------------------


def test_delete_sends_delete_to_the_record(ticket, halo_mock):
    halo_mock.delete(API_URL + "/Tickets/1234", text="")
    ticket.delete()
    [call] = api_requests(halo_mock)
    assert call.method == "DELETE" and call.url == API_URL + "/Tickets/1234"


def test_delete_with_reason(ticket, halo_mock):
    halo_mock.delete(API_URL + "/Tickets/1234", text="")
    ticket.delete(reason="duplicate")
    assert api_requests(halo_mock)[0].qs == {"reason": ["duplicate"]}


def test_refresh_rereads_with_includedetails(client, halo_mock):
    halo_mock.get(API_URL + "/Tickets", json={"record_count": 1, "tickets": [{"id": 1234, "summary": "Server down"}]})
    halo_mock.get(API_URL + "/Tickets/1234", json={**TICKET, "summary": "Server down (updated)"})
    record = client.tickets.list().items[0]
    assert record.is_partial
    record.status_id = 99  # an unsaved change is discarded
    assert record.refresh() is record

    call = api_requests(halo_mock)[-1]
    assert call.url.startswith(API_URL + "/Tickets/1234")
    assert call.qs == {"includedetails": ["true"]}
    assert not record.is_partial
    assert record.summary == "Server down (updated)"
    assert record.status_id == 1
    assert record.custom_fields["CFRack"] == "R7"


# -- partial records -----------------------------------------------------------------------------------------


def test_partial_record_missing_declared_field_reads_none(client, halo_mock):
    halo_mock.get(API_URL + "/Tickets", json={"record_count": 1, "tickets": [{"id": 1, "summary": "s"}]})
    record = client.tickets.list().items[0]
    assert record.is_partial
    assert record.details is None


def test_partial_record_missing_undeclared_field_names_refresh(client, halo_mock):
    halo_mock.get(API_URL + "/Tickets", json={"record_count": 1, "tickets": [{"id": 1, "summary": "s"}]})
    record = client.tickets.list().items[0]
    with pytest.raises(AttributeError) as caught:
        record.x_only_in_details
    assert "refresh()" in str(caught.value)


def test_full_record_missing_field_is_plain_attribute_error(ticket):
    with pytest.raises(AttributeError) as caught:
        ticket.x_not_there
    assert "x_not_there" in str(caught.value)


def test_record_from_get_is_not_partial(ticket):
    assert not ticket.is_partial


# -- repr ----------------------------------------------------------------------------------------------------


def test_repr_shows_class_id_and_title(ticket):
    assert repr(ticket) == "<Ticket #1234 'Server down'>"


def test_repr_of_unsaved_record():
    assert repr(Ticket(summary="Printer jammed")) == "<Ticket (unsaved) 'Printer jammed'>"


def test_repr_of_long_title_is_shortened():
    text = repr(Ticket._from_api(None, {"id": 1, "summary": "x" * 200}))
    assert len(text) < 90 and text.startswith("<Ticket #1 'xxx")


# -- over real HTTP ------------------------------------------------------------------------------------------


def test_custom_field_and_status_save_over_http(halo_fake_factory):
    fake = halo_fake_factory(tickets=5)
    client = fake.client(rate_limit=None)
    try:
        ticket = client.tickets.get(3)
        raw_before = copy.deepcopy(ticket.raw)
        serial = next(entry for entry in ticket.raw["customfields"] if entry["name"] == "CFSerial")
        for field in attrs.fields(Ticket):
            getattr(ticket, field.name)  # reading sends nothing and changes nothing
        assert ticket.to_dict() == raw_before
        new_status = next(status.id for status in client.statuses.all() if status.id != ticket.status_id)
        fake.clear_requests()

        ticket.custom_fields["CFSerial"] = "SN-CHANGED"
        ticket.status_id = new_status
        ticket.save()

        [post] = fake.api_requests("POST")
        assert post.path.lower() == "/api/tickets"
        [body] = post.json
        assert set(body) == {"id", "customfields", "status_id"}
        assert body["id"] == 3 and body["status_id"] == new_status
        [entry] = body["customfields"]
        assert entry["id"] == serial["id"] and entry["value"] == "SN-CHANGED"
        assert set(entry) <= {"id", "name", "value"}

        again = client.tickets.get(3)
        assert again.status_id == new_status
        assert again.custom_fields["CFSerial"] == "SN-CHANGED"
        assert again.custom_fields["CFBillable"] == ticket.custom_fields["CFBillable"]
        assert ticket.changes() == {}
        ticket.save()
        assert len(fake.api_requests("POST")) == 1  # nothing left to send
    finally:
        client.close()
