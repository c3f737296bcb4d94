"""Models: typed fields, lossless round trips, dirty tracking, custom fields, save/delete/refresh, partial records."""

from __future__ import annotations

import copy
import datetime as dt

import attrs
import pytest

from core_support import API_URL, api_requests
from halopsa.models import Ticket

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


@pytest.mark.xfail(strict=True, reason="halopsa/models/base.py Model.to_dict() re-serialises every declared field "
                   "that has been read: 'deadlinedate' '2024-05-03T17:00:00.1234567' comes back as "
                   "'2024-05-03T17:00:00.123' after reading ticket.deadlinedate")
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


@pytest.mark.xfail(strict=True, reason="halopsa/models/base.py: _unwrap_optional(Optional[List[Any]]) returns "
                   "List[Any] (not Any), so structure_value() copies the customfields list through cattrs but "
                   "shares its dict entries with the raw record; CustomFields.__setitem__ then edits the raw record, "
                   "changes() is {} and save() sends nothing")
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


@pytest.mark.xfail(strict=True, reason="same cause as test_custom_field_write_saves_only_the_changed_entry: "
                   "an element of a declared list field shares its dict with the raw record")
def test_in_place_edit_of_a_declared_list_element_is_detected(ticket):
    ticket.customfields[1]["value"] = "R8"
    assert ticket.changes() == {"customfields": [{"id": 102, "name": "CFRack", "value": "R8"}]}
    assert ticket.raw["customfields"][1]["value"] == "R7"


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
