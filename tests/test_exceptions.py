"""Error mapping: each status to its exception class, a readable message from every body shape (notes section 5)."""

from __future__ import annotations

import pytest

from tests._support.mocked_tenant import API_URL
from halopsa import (HaloAPIError, HaloAuthenticationError, HaloError, HaloForbiddenError, HaloNotFoundError,
                     HaloRateLimitError, HaloServerError, HaloValidationError)

pytestmark = pytest.mark.usefixtures("isolated_env")  # a HOME of each test's own (tests/conftest.py)

URL = API_URL + "/Tickets/5"


@pytest.mark.parametrize("status, error_class", [
    (400, HaloValidationError),
    (401, HaloAuthenticationError),
    (403, HaloForbiddenError),
    (404, HaloNotFoundError),
    (409, HaloAPIError),
    (429, HaloRateLimitError),
    (500, HaloServerError),
    (502, HaloServerError),
    (503, HaloServerError),
    (504, HaloServerError),
])
def test_status_maps_to_exception_class(halo_mock, make_transport, status, error_class):
    halo_mock.get(URL, status_code=status, json={"Message": "went wrong"})
    with pytest.raises(error_class) as caught:
        make_transport(max_retries=0).request("GET", "/Tickets/5", params={"includedetails": True})

    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, HaloAPIError) and isinstance(error, HaloError)
    assert error.status_code == status
    assert error.body == {"Message": "went wrong"}
    assert error.method == "GET"
    assert error.path == "/api/Tickets/5"
    assert error.message == "went wrong"
    assert str(error) == f"GET /api/Tickets/5: {status} went wrong"


@pytest.mark.parametrize("body, message", [
    ({"ClassName": "HaloValidationException", "Message": "Summary is required"}, "Summary is required"),
    ({"Message": "You do not have access to this ticket"}, "You do not have access to this ticket"),
    ({"message": "The ticket type is closed"}, "The ticket type is closed"),
    ({"error": "invalid_request", "error_description": "client_id is missing"}, "client_id is missing"),
    ({"error": "invalid_request"}, "invalid_request"),
    ({"[0].summary": "required"}, "[0].summary: required"),
])
def test_message_pulled_from_each_json_body_shape(halo_mock, make_transport, body, message):
    halo_mock.post(API_URL + "/Tickets", status_code=400, json=body)
    with pytest.raises(HaloValidationError) as caught:
        make_transport().request("POST", "/Tickets", json=[{"summary": ""}])
    assert caught.value.message == message
    assert caught.value.body == body
    assert message in str(caught.value)
    assert caught.value.method == "POST" and caught.value.path == "/api/Tickets"


def test_field_keyed_body_lists_every_field(halo_mock, make_transport):
    body = {"[0].summary": "required", "[0].client_id": "must be a number"}
    halo_mock.post(API_URL + "/Tickets", status_code=400, json=body)
    with pytest.raises(HaloValidationError) as caught:
        make_transport().request("POST", "/Tickets", json=[{}])
    assert "[0].summary: required" in caught.value.message
    assert "[0].client_id: must be a number" in caught.value.message


def test_plain_text_body_becomes_the_message(halo_mock, make_transport):
    halo_mock.get(URL, status_code=403, text="Access denied for this API application",
                  headers={"Content-Type": "text/plain"})
    with pytest.raises(HaloForbiddenError) as caught:
        make_transport().request("GET", "/Tickets/5")
    assert caught.value.message == "Access denied for this API application"
    assert caught.value.body == "Access denied for this API application"


def test_multi_line_text_body_is_one_line(halo_mock, make_transport):
    halo_mock.get(URL, status_code=404, text="<html>\n<body>\nNot Found\n</body>\n</html>\n")
    with pytest.raises(HaloNotFoundError) as caught:
        make_transport().request("GET", "/Tickets/5")
    assert "\n" not in str(caught.value)
    assert "Not Found" in caught.value.message


@pytest.mark.parametrize("status, error_class", [(400, HaloValidationError), (404, HaloNotFoundError),
                                                 (403, HaloForbiddenError), (500, HaloServerError)])
def test_empty_body_gives_a_status_message(halo_mock, make_transport, status, error_class):
    halo_mock.get(URL, status_code=status, text="")
    with pytest.raises(error_class) as caught:
        make_transport(max_retries=0).request("GET", "/Tickets/5")
    assert caught.value.message  # never an empty message
    assert caught.value.body is None
    assert str(caught.value).startswith(f"GET /api/Tickets/5: {status} ")


def test_rate_limit_error_carries_retry_after(halo_mock, make_transport):
    halo_mock.get(URL, status_code=429, headers={"Retry-After": "12"}, json={"message": "Too many requests"})
    with pytest.raises(HaloRateLimitError) as caught:
        make_transport(max_retries=0).request("GET", "/Tickets/5")
    assert caught.value.retry_after == 12.0
    assert caught.value.status_code == 429


def test_rate_limit_error_without_retry_after(halo_mock, make_transport):
    halo_mock.get(URL, status_code=429)
    with pytest.raises(HaloRateLimitError) as caught:
        make_transport(max_retries=0).request("GET", "/Tickets/5")
    assert caught.value.retry_after is None


def test_not_found_through_the_client_is_catchable_as_halo_not_found(halo_mock, make_client):
    halo_mock.get(URL, status_code=404, json={"ClassName": "NotFound", "Message": "Ticket 5 not found"})
    client = make_client()
    with pytest.raises(HaloNotFoundError) as caught:
        client.tickets.get(5)
    assert caught.value.status_code == 404
    assert "5" in str(caught.value)
