"""QuerySets against FakeHalo over real HTTP: completeness, request economy, writes, relations, async."""

from __future__ import annotations

import asyncio
import io
import json
import warnings

import pytest
import requests

from halopsa import (HaloConnectionError, HaloPaginationError, HaloQueryError, HaloValidationError,
                     MultipleObjectsReturned)
from halopsa.query.pagination import HaloDriftWarning

from tests._support.fakes import api_calls, fast_client


def server_open_ticket_ids(fake):
    """The open tickets according to the server itself (one unpaged request, outside the SDK)."""
    token = requests.post(f"{fake.url}/auth/token", data={
        "grant_type": "client_credentials", "client_id": fake.client_id, "client_secret": fake.client_secret,
        "scope": "all"}).json()["access_token"]
    reply = requests.get(f"{fake.url}/api/Tickets", params={"open_only": "true", "count": "1000000"},
                         headers={"Authorization": f"Bearer {token}"}).json()
    return sorted(row["id"] for row in reply["tickets"])


@pytest.mark.parametrize("page_cap", [50, 100, 37])
def test_open_tickets_are_listed_completely_once_each(halo_fake_factory, page_cap):
    fake = halo_fake_factory(tickets=1234, page_cap=page_cap)
    client = fast_client(fake)
    ids = [t.id for t in client.tickets.filter(open_only=True)]
    assert len(ids) == len(set(ids))
    assert sorted(ids) == server_open_ticket_ids(fake)
    assert len(ids) > page_cap * 2


def test_listing_is_complete_when_the_server_ignores_page_no(halo_fake_factory):
    fake = halo_fake_factory(tickets=260, ignore_page_no=True)
    client = fast_client(fake)
    with pytest.warns(HaloDriftWarning, match="ignores page_no"):
        ids = [t.id for t in client.tickets.all()]
    assert sorted(ids) == sorted(r["id"] for r in fake.records("tickets"))
    assert len(ids) == len(set(ids))


def test_ignored_page_no_with_a_capped_unpaged_reply_raises_instead_of_truncating(halo_fake_factory):
    fake = halo_fake_factory(tickets=260, ignore_page_no=True)
    client = fast_client(fake)
    # every unpaged reply is cut to 100 rows: the SDK must say so, not return 100 of 260
    original = client.tickets._list_raw

    def capped(params):
        rows, count = original(params)
        return (rows[:100], count) if "pageinate" not in params else (rows, count)

    client.tickets._list_raw = capped
    with pytest.warns(HaloDriftWarning), pytest.raises(HaloPaginationError, match="100 of 260"):
        list(client.tickets.all().iterator())
    delivered = []
    with pytest.raises(HaloPaginationError):
        for ticket in client.tickets.all():
            delivered.append(ticket.id)
    # the client remembers the server ignores page_no: straight to the unpaged reply, which is incomplete, so
    # nothing is handed over (the first listing had yielded page 1 before it could know)
    assert delivered == []


def test_drift_during_iteration_is_reported(halo_fake_factory):
    fake = halo_fake_factory(tickets=300, page_cap=50)
    client = fast_client(fake, concurrency=1)
    seen = []
    with pytest.warns(HaloDriftWarning, match="appeared"):
        for number, ticket in enumerate(client.tickets.all()):
            if number == 10:
                for _ in range(7):
                    fake.add("tickets", summary="Appeared mid-listing", client_id=1)
            seen.append(ticket.id)
    assert len(seen) == len(set(seen))


def test_request_economy(halo_fake_factory):
    fake = halo_fake_factory(tickets=500)
    client = fast_client(fake)
    qs = client.tickets.filter(open_only=True)
    some_id = fake.records("tickets")[3]["id"]
    cases = {
        "count": lambda: qs.count(),
        "exists": lambda: qs.exists(),
        "first": lambda: qs.first(),
        "last": lambda: qs.last(),
        "slice": lambda: list(qs[:10]),
        "far slice": lambda: list(qs[250:260]),
        "index": lambda: qs[7],
        "get": lambda: client.tickets.get(some_id),
    }
    for name, call in cases.items():
        fake.clear_requests()
        call()
        assert len(api_calls(fake)) == 1, name
    fake.clear_requests()
    rows = list(qs[:10])
    params = api_calls(fake)[0].params
    assert params["page_size"] == "10" and params["page_no"] == "1" and len(rows) == 10
    fake.clear_requests()
    assert [t.id for t in qs[250:260]] == [t.id for t in list(qs)[250:260]]
    far = api_calls(fake)[0].params
    assert (far["page_size"], far["page_no"]) == ("10", "26")


def test_count_matches_the_listing(halo_fake_factory):
    fake = halo_fake_factory(tickets=321, page_cap=50)
    client = fast_client(fake)
    qs = client.tickets.filter(open_only=True)
    assert qs.count() == len(list(qs.iterator())) == len(server_open_ticket_ids(fake))


def test_unknown_filter_sends_nothing(halo_fake_factory):
    fake = halo_fake_factory(tickets=20)
    client = fast_client(fake)
    fake.clear_requests()
    with pytest.raises(HaloQueryError, match="did you mean 'priority'"):
        client.tickets.filter(priorty=1)
    assert fake.requests == []


def test_order_by_sends_halo_ordering(halo_fake_factory):
    fake = halo_fake_factory(tickets=30)
    client = fast_client(fake)
    fake.clear_requests()
    rows = list(client.tickets.order_by("-id", "summary")[:5])
    params = api_calls(fake)[0].params
    assert params["order"] == "id" and params["orderdesc"] == "true" and params["order2"] == "summary"
    assert "orderdesc2" not in params
    assert [t.id for t in rows] == sorted((r["id"] for r in fake.records("tickets")), reverse=True)[:5]


def test_only_real_query_parameters_are_sent(halo_fake_factory):
    fake = halo_fake_factory(tickets=120, page_cap=50)
    client = fast_client(fake)
    list(client.tickets.filter(open_only=True, client_id=1).order_by("-id"))
    client.tickets.count()
    list(client.actions.filter(ticket_id=fake.records("tickets")[0]["id"]))
    assert all(not r.unknown_params for r in fake.requests), [r.unknown_params for r in fake.requests]


def test_bulk_update_of_120_tickets_sends_three_posts(halo_fake_factory):
    fake = halo_fake_factory(tickets=400)
    client = fast_client(fake)
    target = fake.records("tickets")[0]["client_id"]
    qs = client.tickets.filter(client_id=target)
    ids = [t.id for t in qs]
    for _ in range(120 - len(ids)):
        fake.add("tickets", summary="bulk", client_id=target)
    ids = sorted(t.id for t in qs)
    assert len(ids) == 120
    fake.clear_requests()
    assert qs.update(status_id=2) == 120
    posts = api_calls(fake, "POST")
    assert len(posts) == 3
    assert sorted(item["id"] for post in posts for item in post.json) == ids
    assert all(set(item) == {"id", "status_id"} for post in posts for item in post.json)
    assert {r["status_id"] for r in fake.records("tickets") if r["client_id"] == target} == {2}


def test_queryset_delete_removes_every_match(halo_fake_factory):
    fake = halo_fake_factory(tickets=150, page_cap=50)
    client = fast_client(fake)
    for _ in range(60):
        fake.add("tickets", summary="delete me", client_id=1)
    qs = client.tickets.filter(search="delete me")
    assert qs.delete() == 60
    assert not [r for r in fake.records("tickets") if r["summary"] == "delete me"]


def test_save_sends_only_the_change(halo_fake_factory):
    fake = halo_fake_factory(tickets=10)
    client = fast_client(fake)
    ticket = client.tickets.get(fake.records("tickets")[0]["id"])
    fake.clear_requests()
    ticket.status_id = 2
    ticket.save()
    (post,) = api_calls(fake, "POST")
    assert post.json == [{"id": ticket.id, "status_id": 2}]
    assert ticket.summary  # merged reply kept the other fields


def test_where_filters_in_python_and_combines_with_server_filters(halo_fake_factory):
    fake = halo_fake_factory(tickets=200)
    client = fast_client(fake)
    expected = [r["id"] for r in sorted(fake.records("tickets"), key=lambda r: r["id"])
                if "password" in r["summary"].lower() and r["id"] in set(server_open_ticket_ids(fake))]
    got = [t.id for t in client.tickets.filter(open_only=True).where(summary__icontains="password")]
    assert got == expected
    assert [t.id for t in client.tickets.filter(open_only=True).where(summary__icontains="password")[:2]] == expected[:2]


def test_values_get_and_errors(halo_fake_factory):
    fake = halo_fake_factory(tickets=50)
    client = fast_client(fake)
    ids = list(client.tickets.values_list("id", flat=True))
    assert ids == sorted(r["id"] for r in fake.records("tickets"))
    one = client.tickets.values("id", "summary")[0]
    assert set(one) == {"id", "summary"}
    with pytest.raises(client.tickets.model.DoesNotExist):
        client.tickets.where(summary="no such ticket").get()
    with pytest.raises(MultipleObjectsReturned, match="more than one Ticket"):
        client.tickets.all().get(open_only=True)
    assert set(client.tickets.in_bulk(ids[:3] + [999999])) == set(ids[:3])
    with pytest.raises(HaloQueryError, match="negative"):
        client.tickets.all()[-1]


def test_repr_fetches_at_most_21_rows(halo_fake_factory):
    fake = halo_fake_factory(tickets=300)
    client = fast_client(fake)
    fake.clear_requests()
    text = repr(client.tickets.all())
    assert "remaining elements truncated" in text
    assert text.count("<Ticket #") == 20
    (call,) = api_calls(fake)
    assert call.params["page_size"] == "21"


def test_relations_and_notes(halo_fake_factory):
    fake = halo_fake_factory(tickets=20)
    client = fast_client(fake)
    ticket = client.tickets.get(fake.records("tickets")[0]["id"])
    assert ticket.client.id == ticket.client_id
    assert ticket.client is ticket.client  # cached
    before = ticket.actions.count() if client.actions.resource.paging == "paged" else len(list(ticket.actions))
    note = ticket.add_note("Called back", private=True)
    assert note.ticket_id == ticket.id
    assert len(list(ticket.actions)) == before + 1
    acme = client.clients.get(ticket.client_id)
    assert ticket.id in [t.id for t in acme.tickets]
    assert all(s.client_id == acme.id for s in acme.sites)


def test_attachment_upload_and_download_round_trip(halo_fake_factory, tmp_path):
    fake = halo_fake_factory(tickets=5)
    client = fast_client(fake)
    ticket = client.tickets.first()
    payload = bytes(range(256)) * 5000
    source = tmp_path / "dump.bin"
    source.write_bytes(payload)
    attachment = ticket.attach(source)
    assert attachment.id and attachment.filename == "dump.bin"
    target = tmp_path / "copy.bin"
    client.attachments.download(attachment.id, target)
    assert target.read_bytes() == payload
    assert client.attachments.download(client.attachments.upload(io.BytesIO(b"hi"), ticket_id=ticket.id,
                                                                 filename="hi.txt").id) == b"hi"


def test_upload_sends_its_length_not_a_chunked_body(halo_fake_factory, tmp_path):
    """Servers and proxies that do not take chunked request bodies must get the upload whole."""
    fake = halo_fake_factory(tickets=5)
    client = fast_client(fake)
    source = tmp_path / "note.txt"
    source.write_bytes(b"x" * 100_001)
    fake.clear_requests()
    client.attachments.upload(source, ticket_id=client.tickets.first().id)
    (post,) = api_calls(fake, "POST", "/api/Attachment")
    assert "transfer-encoding" not in post.headers
    expected = len(json.dumps([{**{k: v for k, v in post.json[0].items() if k != "data_base64"},
                                "data_base64": post.json[0]["data_base64"]}], separators=(",", ":")))
    assert int(post.headers["content-length"]) == expected


def test_listing_survives_injected_faults_with_the_exact_records(halo_fake_factory):
    fake = halo_fake_factory(tickets=700, page_cap=50, fault_rate=0.2, fault_seed=7)
    client = fast_client(fake, max_retries=8)
    ids = [t.id for t in client.tickets.all()]
    assert sorted(ids) == sorted(r["id"] for r in fake.records("tickets"))
    assert len(ids) == len(set(ids))
    assert any(r.status >= 500 for r in fake.requests)


def test_a_create_answered_by_500_after_the_write_is_not_sent_twice(halo_fake_factory):
    from halopsa import HaloServerError

    fake = halo_fake_factory(tickets=5)
    client = fast_client(fake)
    fake.clear_requests()
    fake.fail_next(1, status=500, after_write=True)
    with pytest.raises(HaloServerError):
        client.tickets.create(summary="Only once", client_id=1)
    assert len(api_calls(fake, "POST")) == 1
    assert len([r for r in fake.records("tickets") if r["summary"] == "Only once"]) == 1


def test_rate_limited_server_and_matching_client_limiter(halo_fake_factory):
    fake = halo_fake_factory(tickets=400, page_cap=50, rate_limit=(10, 1.0))
    client = fake.client(rate_limit=(10, 1.0), backoff_factor=0.01)
    ids = [t.id for t in client.tickets.all()]
    assert len(ids) == 400
    assert not [r for r in fake.requests if r.status == 429]


def test_async_queryset(halo_fake_factory):
    fake = halo_fake_factory(tickets=120, page_cap=50)

    async def main():
        from halopsa import AsyncHaloClient

        async with AsyncHaloClient(tenant_url=fake.url, client_id=fake.client_id,
                                   client_secret=fake.client_secret) as client:
            ids = [t.id async for t in client.tickets.all()]
            count = await client.tickets.all().acount()
            first = await client.tickets.all().afirst()
            first.status_id = 2
            await first.asave()
            return ids, count

    ids, count = asyncio.run(main())
    assert len(ids) == count == 120


def test_get_or_create(halo_fake_factory):
    fake = halo_fake_factory(tickets=5)
    client = fast_client(fake)
    first, created = client.clients.get_or_create(name="Brand New Ltd")
    assert created and first.id
    again, created = client.clients.get_or_create(name="Brand New Ltd")
    assert not created and again.id == first.id


def test_presigned_upload_flow(halo_fake_factory, tmp_path):
    fake = halo_fake_factory(tickets=5)
    client = fast_client(fake)
    ticket = client.tickets.first()
    source = tmp_path / "big.bin"
    source.write_bytes(b"x" * 300_000)
    fake.clear_requests()
    attachment = client.attachments.upload(source, ticket_id=ticket.id, presigned=True)
    paths = [r.path for r in fake.requests]
    assert paths[0] == "/api/Attachment/GetS3PresignedURL" and paths[-1] == "/api/Attachment/PresignedURLUploadComplete"
    put = [r for r in fake.requests if r.method == "PUT"]
    assert put and "authorization" not in {k.lower() for k in (put[0].headers or {})}
    assert client.attachments.download(attachment.id) == b"x" * 300_000


# -- paging: request economy, streaming, completeness and drift ---------------------------------------------------

def api_gets(fake):
    return api_calls(fake, "GET", "/api/Tickets")


def all_ticket_ids(fake):
    return sorted(r["id"] for r in fake.records("tickets"))


@pytest.mark.parametrize("tickets, pages", [(1000, 10), (1050, 11), (100, 1), (99, 1), (0, 1)])
def test_a_listing_sends_one_get_a_page_and_none_past_record_count(halo_fake_factory, tickets, pages):
    fake = halo_fake_factory(tickets=tickets)
    client = fast_client(fake)
    fake.clear_requests()
    with warnings.catch_warnings():
        warnings.simplefilter("error", HaloDriftWarning)
        ids = [t.id for t in client.tickets.all()]
    assert ids == all_ticket_ids(fake)
    gets = api_gets(fake)
    assert len(gets) == pages
    assert sorted(int(r.params["page_no"]) for r in gets) == list(range(1, pages + 1))


@pytest.mark.parametrize("workers", [1, 4])
def test_a_bulk_update_of_1000_tickets_sends_10_gets_and_20_posts(halo_fake_factory, workers):
    fake = halo_fake_factory(tickets=1000)
    client = fast_client(fake)
    fake.clear_requests()
    assert client.tickets.all().concurrency(workers).update(status_id=2) == 1000
    assert len(api_calls(fake, "GET")) == 10
    assert len(api_calls(fake, "POST")) == 20
    assert {r["status_id"] for r in fake.records("tickets")} == {2}


@pytest.mark.parametrize("window, gets", [
    ((None, 5000), 10),        # the plan is 50 pages; record_count says 10 exist
    ((250, 260), 2),           # page 26 of size 10, and (once a client) one row of page 1: is page_no honoured?
    ((150, 450), 4),           # pages 2 to 5 of size 100
    ((950, 5000), 2),          # page 10: the last one there is (and the one-time check)
    ((5000, 5010), 1),         # past the end: one page, empty
    ((0, 0), 0),               # an empty slice sends nothing
])
def test_a_slice_sends_the_fewest_pages_and_none_past_the_end(halo_fake_factory, window, gets):
    fake = halo_fake_factory(tickets=1000)
    client = fast_client(fake)
    start, stop = window
    fake.clear_requests()
    ids = [t.id for t in client.tickets.all()[start:stop]]
    assert ids == all_ticket_ids(fake)[start:stop]
    assert len(api_gets(fake)) == gets
    # no page starting at or past record_count is asked for, except a first one that had to find out
    assert all((int(r.params["page_no"]) - 1) * int(r.params["page_size"]) < 1000 for r in api_gets(fake)[1:])


def test_a_slice_streams_its_first_rows_before_reading_the_rest(halo_fake_factory):
    fake = halo_fake_factory(tickets=1000)
    client = fast_client(fake)
    fake.clear_requests()
    rows = iter(client.tickets.all().concurrency(2)[:5000])
    first = next(rows)
    assert first.id == all_ticket_ids(fake)[0]
    assert len(api_gets(fake)) == 1  # page 1 reached the caller before any other page was asked for
    second_page_row = [next(rows) for _ in range(100)][-1]
    assert second_page_row.id == all_ticket_ids(fake)[100]
    # pages 1 and 2 read, and at most `concurrency` (2) pages in flight beyond them
    assert len(api_gets(fake)) <= 2 + 2
    assert [t.id for t in rows] == all_ticket_ids(fake)[101:]
    assert len(api_gets(fake)) == 10


@pytest.mark.parametrize("window", [(None, None), (None, 5000), (150, 450), (37, 1100), (1200, 1300), (250, None)])
def test_listings_and_slices_are_exact_under_a_page_cap_of_50(halo_fake_factory, window):
    fake = halo_fake_factory(tickets=1234, page_cap=50)
    client = fast_client(fake)
    start, stop = window
    fake.clear_requests()
    ids = [t.id for t in client.tickets.all()[start:stop]]
    assert ids == all_ticket_ids(fake)[start:stop]
    assert len(ids) == len(set(ids))
    gets = api_gets(fake)
    assert all((int(r.params["page_no"]) - 1) * int(r.params["page_size"]) < 1234 for r in gets)
    # the pages of 50 holding the rows (a listing reads from page 1), plus one asked for 100 and clamped
    first_row, last_row = (0 if stop is None else start or 0), min(stop or 1234, 1234)
    assert len(gets) <= -(-(last_row - first_row) // 50) + 2


def test_a_listing_under_a_page_cap_keeps_the_clamped_first_page(halo_fake_factory):
    fake = halo_fake_factory(tickets=1000, page_cap=50)
    client = fast_client(fake)
    fake.clear_requests()
    assert len(list(client.tickets.all())) == 1000
    assert len(list(client.tickets.all()[:200])) == 200
    gets = api_gets(fake)
    assert len(gets) == 20 + 4
    assert [r.params["page_size"] for r in gets].count("100") == 2  # only the first page of each was asked as 100


@pytest.mark.parametrize("window", [(None, None), (None, 5000), (150, 450), (250, None), (5000, 5010)])
def test_listings_and_slices_are_exact_when_the_server_ignores_page_no(halo_fake_factory, window):
    fake = halo_fake_factory(tickets=260, ignore_page_no=True)
    client = fast_client(fake)
    start, stop = window
    with pytest.warns(HaloDriftWarning, match="ignores page_no"):
        ids = [t.id for t in client.tickets.all()[start:stop]]
    assert ids == all_ticket_ids(fake)[start:stop]
    assert len(ids) == len(set(ids))


def test_records_appearing_mid_listing_are_read_and_reported(halo_fake_factory):
    fake = halo_fake_factory(tickets=300, page_cap=50)
    client = fast_client(fake)  # concurrency 4: pages 2 to 6 are planned from the first record_count
    fake.clear_requests()
    seen = []
    with pytest.warns(HaloDriftWarning, match="7 record\\(s\\) appeared"):
        for number, ticket in enumerate(client.tickets.all()):
            if number == 10:
                added = [fake.add("tickets", summary="Appeared mid-listing", client_id=1)["id"] for _ in range(7)]
            seen.append(ticket.id)
    assert sorted(seen) == all_ticket_ids(fake) and set(added) <= set(seen)
    assert len(seen) == len(set(seen))
    assert len(api_gets(fake)) == 7  # every planned page was full: one more page, one at a time, held the 7


def test_records_vanishing_mid_listing_are_reported(halo_fake_factory):
    fake = halo_fake_factory(tickets=300, page_cap=50)
    client = fast_client(fake, concurrency=1)
    first_ids = all_ticket_ids(fake)[:10]
    seen = []
    with pytest.warns(HaloDriftWarning, match="10 record\\(s\\) vanished"):
        for number, ticket in enumerate(client.tickets.all()):
            if number == 10:
                for record_id in first_ids:
                    fake.remove("tickets", record_id)
            seen.append(ticket.id)
    assert len(seen) == len(set(seen)) == 290  # pages shifted by 10 under the reader: 10 were skipped


def test_records_appearing_where_the_listing_has_passed_are_reported(halo_fake_factory):
    fake = halo_fake_factory(tickets=300, page_cap=50)
    client = fast_client(fake, concurrency=1)
    original = all_ticket_ids(fake)
    seen = []
    with pytest.warns(HaloDriftWarning, match="300 when the listing started, 305 at the end"):
        for number, ticket in enumerate(client.tickets.order_by("-id")):
            if number == 10:  # newest first: the new tickets push every later page down by 5 rows
                for _ in range(5):
                    fake.add("tickets", summary="Appeared at the top", client_id=1)
            seen.append(ticket.id)
    assert len(seen) == len(set(seen))  # the 5 rows read twice are yielded once
    assert sorted(seen) == original


def test_a_steady_listing_does_not_warn(halo_fake_factory):
    fake = halo_fake_factory(tickets=1000, page_cap=50)
    client = fast_client(fake)
    with warnings.catch_warnings():
        warnings.simplefilter("error", HaloDriftWarning)
        assert len(list(client.tickets.all())) == 1000
        assert len(list(client.tickets.all()[:5000])) == 1000


def test_without_record_count_pages_go_one_at_a_time_to_the_first_short_one(halo_fake_factory):
    fake = halo_fake_factory(tickets=1000, envelopes={"tickets": "array"})  # bare arrays: no record_count
    client = fast_client(fake)
    for window, gets in [((None, None), 11), ((None, 5000), 11), ((150, 450), 4)]:
        fake.clear_requests()
        assert [t.id for t in client.tickets.all()[slice(*window)]] == all_ticket_ids(fake)[slice(*window)]
        assert len(api_gets(fake)) == gets, window  # only the empty page 11 finds the end


# -- where(): every lookup, over fields list rows carry and fields only full records carry ---------------------


def _wire_value(record, name):
    if name in record:
        return record[name]
    for entry in record.get("customfields") or ():
        if entry.get("name") == name:
            return entry.get("value")
    return None


WHERE_CASES = [
    ({"status_id": 2}, lambda r: r["status_id"] == 2),
    ({"status_id__ne": 2}, lambda r: r["status_id"] != 2),
    ({"id__gt": 40}, lambda r: r["id"] > 40),
    ({"id__gte": 40}, lambda r: r["id"] >= 40),
    ({"id__lt": 7}, lambda r: r["id"] < 7),
    ({"id__lte": 7}, lambda r: r["id"] <= 7),
    ({"priority_id__in": [1, 3]}, lambda r: r["priority_id"] in (1, 3)),
    ({"summary__contains": "Printer"}, lambda r: "Printer" in r["summary"]),
    ({"summary__icontains": "printer"}, lambda r: "printer" in r["summary"].lower()),
    ({"summary__startswith": "Install"}, lambda r: r["summary"].startswith("Install")),
    ({"dateclosed__isnull": True}, lambda r: not r.get("dateclosed")),
    ({"summary__regex": r"^(VPN|Wi-Fi)"}, lambda r: bool(__import__("re").match(r"^(VPN|Wi-Fi)", r["summary"]))),
    ({"dateoccurred__gte": "2023-06-01T00:00:00"}, lambda r: r["dateoccurred"] >= "2023-06-01T00:00:00"),
]


@pytest.mark.parametrize("lookups, expected", WHERE_CASES, ids=[next(iter(c[0])) for c in WHERE_CASES])
def test_every_where_lookup_over_list_rows(halo_fake_factory, lookups, expected):
    fake = halo_fake_factory(tickets=60)
    client = fast_client(fake)
    want = sorted(r["id"] for r in fake.records("tickets") if expected(r))
    assert want, "the demo data should hold a match"
    fake.clear_requests()
    got = [t.id for t in client.tickets.where(**lookups)]
    assert got == want
    assert len(api_calls(fake, "GET")) == 1  # list rows carry these fields: no record read in full


def test_where_on_a_custom_field_reads_list_rows_in_full(halo_fake_factory):
    fake = halo_fake_factory(tickets=30)
    client = fast_client(fake)
    records = fake.records("tickets")
    target = _wire_value(records[4], "CFSerial")
    assert target is not None
    fake.clear_requests()
    got = [t.id for t in client.tickets.where(CFSerial=target)]
    assert got == [r["id"] for r in records if _wire_value(r, "CFSerial") == target]
    reads = api_calls(fake, "GET")
    assert len(reads) == 1 + len(records)  # the listing, then each row in full (custom fields are detail-only)
    assert all(r.params.get("includedetails") == "true" for r in reads[1:])


def test_where_first_reads_only_the_rows_it_needs(halo_fake_factory):
    fake = halo_fake_factory(tickets=200)
    client = fast_client(fake)
    first = sorted(fake.records("tickets"), key=lambda r: r["id"])[0]
    fake.clear_requests()
    found = client.tickets.concurrency(2).where(CFSerial=_wire_value(first, "CFSerial")).first()
    assert found.id == first["id"]
    assert len(api_calls(fake, "GET")) <= 1 + 2 + 1  # first() asks for one: a batch of 2 rows read in full


def test_where_on_a_field_no_record_has_warns_once_and_matches_nothing(halo_fake_factory):
    fake = halo_fake_factory(tickets=120)
    client = fast_client(fake)
    fake.clear_requests()
    with pytest.warns(UserWarning, match="no field 'sumary'") as caught:
        got = list(client.tickets.where(sumary__icontains="printer"))
    assert got == []
    assert len([w for w in caught if "sumary" in str(w.message)]) == 1
    assert len(api_calls(fake, "GET")) < 2 + 10  # pages, plus one batch read in full, not every row


def test_a_slice_keeps_to_the_page_size_asked_for(halo_fake_factory):
    fake = halo_fake_factory(tickets=200)
    client = fast_client(fake)
    fake.clear_requests()
    got = [t.id for t in client.tickets.all().page_size(30)[:70]]
    assert got == sorted(r["id"] for r in fake.records("tickets"))[:70]
    # pages after the first are fetched concurrently, so they arrive in any order
    assert sorted((r.params["page_size"], int(r.params["page_no"])) for r in api_calls(fake, "GET")) == [
        ("30", 1), ("30", 2), ("30", 3)]


def test_a_download_cut_short_leaves_no_partial_file(halo_fake_factory, tmp_path, monkeypatch):
    import requests

    fake = halo_fake_factory(tickets=5)
    client = fast_client(fake)
    attachment = client.attachments.upload(io.BytesIO(b"z" * 10_000), ticket_id=client.tickets.first().id,
                                           filename="z.bin")
    target = tmp_path / "z.bin"
    target.write_bytes(b"the old copy")

    def broken(self, chunk_size=1, decode_unicode=False):
        yield b"zz"
        raise requests.exceptions.ChunkedEncodingError("Connection broken: IncompleteRead")

    monkeypatch.setattr(requests.Response, "iter_content", broken)
    with pytest.raises(HaloConnectionError, match="cut short"):
        client.attachments.download(attachment.id, target)
    assert target.read_bytes() == b"the old copy"
    assert [p.name for p in tmp_path.iterdir()] == ["z.bin"]


def test_get_with_a_text_filter_asks_the_server(halo_fake_factory):
    fake = halo_fake_factory(tickets=80)
    client = fast_client(fake)
    target = sorted(fake.records("tickets"), key=lambda r: r["id"])[7]
    matching = [t.id for t in client.tickets.filter(search=target["summary"])]
    fake.clear_requests()
    if len(matching) == 1:
        assert client.tickets.get(search=target["summary"]).id == target["id"]
    else:
        with pytest.raises(MultipleObjectsReturned, match=f"it returned {len(matching)}!"):
            client.tickets.get(search=target["summary"])
    assert all(r.params.get("search") == target["summary"] for r in api_calls(fake, "GET"))


def test_get_or_create_never_sends_a_filter_as_a_field(halo_fake_factory):
    fake = halo_fake_factory(tickets=10)
    client = fast_client(fake)
    fake.clear_requests()
    record, created = client.clients.get_or_create(search="No Such Company", defaults={"name": "No Such Company"})
    assert created and record.name == "No Such Company"
    (post,) = api_calls(fake, "POST")
    assert post.json == [{"name": "No Such Company"}]
    with pytest.raises(HaloQueryError, match="only filter; pass the fields in defaults"):
        client.clients.get_or_create(search="Another One That Is Not There")


def test_get_by_id_on_a_filtered_queryset_checks_id_filters(halo_fake_factory):
    fake = halo_fake_factory(tickets=40)
    client = fast_client(fake)
    ticket = sorted(fake.records("tickets"), key=lambda r: r["id"])[0]
    other_client = next(r["client_id"] for r in fake.records("tickets") if r["client_id"] != ticket["client_id"])
    assert client.tickets.filter(client_id=ticket["client_id"]).get(ticket["id"]).id == ticket["id"]
    with pytest.raises(client.tickets.model.DoesNotExist,
                       match=f"its client_id is {ticket['client_id']}, the query asks for {other_client}"):
        client.tickets.filter(client_id=other_client).get(ticket["id"])


def test_where_rejects_a_date_that_is_not_one_before_sending(halo_fake_factory):
    fake = halo_fake_factory(tickets=10)
    client = fast_client(fake)
    fake.clear_requests()
    with pytest.raises(HaloQueryError, match=r"where\(dateoccurred__gt='yesterday'\): not a date; give it in ISO"):
        client.tickets.where(dateoccurred__gt="yesterday")
    assert fake.requests == []
    cutoff = "2023-06-01"
    expected = sorted(r["id"] for r in fake.records("tickets") if r["dateoccurred"] >= cutoff)
    assert [t.id for t in client.tickets.where(dateoccurred__gte=cutoff)] == expected


def test_a_local_does_not_exist_does_not_claim_a_404(halo_fake_factory):
    fake = halo_fake_factory(tickets=10)
    client = fast_client(fake)
    with pytest.raises(client.tickets.model.DoesNotExist) as caught:
        client.tickets.where(summary="no such ticket").get()
    assert str(caught.value) == "Ticket matching query does not exist"


def test_refresh_of_a_resource_without_includedetails(halo_fake_factory):
    fake = halo_fake_factory(tickets=10)
    client = fast_client(fake)
    timesheet = client.timesheets.first()
    fake.clear_requests()
    assert timesheet.refresh().id == timesheet.id and not timesheet.is_partial
    (read,) = api_calls(fake, "GET")
    assert "includedetails" not in read.params
    with pytest.warns(UserWarning, match="no field 'nosuchfield'"):
        assert list(client.timesheets.where(nosuchfield=1)) == []  # rows are read in full without includedetails


def test_a_bulk_update_stopped_by_an_error_says_how_far_it_got(halo_fake_factory):
    fake = halo_fake_factory(tickets=120)
    client = fast_client(fake)
    ids = sorted(r["id"] for r in fake.records("tickets"))
    before = {r["id"]: r["status_id"] for r in fake.records("tickets")}
    send = client.tickets._post
    posts = []

    def refuse_the_second_post(bodies):  # the server refuses the second chunk (a 400: never retried)
        posts.append(bodies)
        if len(posts) == 2:
            fake.fail_next(1, status=400)
        return send(bodies)

    client.tickets._post = refuse_the_second_post
    with pytest.raises(HaloValidationError) as caught:
        client.tickets.all().update(status_id=4)
    assert "50 of 120 tickets were updated before this failure" in str(caught.value)
    assert f"the first not updated: #{ids[50]}" in str(caught.value)
    after = {r["id"]: r["status_id"] for r in fake.records("tickets")}
    assert all(after[i] == 4 for i in ids[:50]) and all(after[i] == before[i] for i in ids[50:])


def test_bulk_create_fills_in_the_objects_given(halo_fake_factory):
    fake = halo_fake_factory(tickets=5)
    client = fast_client(fake)
    objects = [client.tickets.new(summary=f"Bulk {n}", client_id=1) for n in range(3)]
    created = client.tickets.bulk_create(objects)
    assert [o.id for o in objects] == [c.id for c in created] and all(o.id for o in objects)
    assert {r["id"]: r["summary"] for r in fake.records("tickets")}[objects[2].id] == "Bulk 2"


def test_bulk_create_warns_when_the_server_echoes_only_one_record(halo_fake_factory):
    fake = halo_fake_factory(tickets=5, post_echo="first")
    client = fast_client(fake)
    with pytest.warns(UserWarning, match=r"answered a POST of 3 tickets with 1 saved record.*order_by\('-id'\)\[:3\]"):
        created = client.tickets.bulk_create([{"summary": f"Echo {n}", "client_id": 1} for n in range(3)])
    assert len(created) == 1
    assert sum(r["summary"].startswith("Echo ") for r in fake.records("tickets")) == 3


def test_a_far_slice_on_a_clamping_server_whose_short_page_seems_to_end_the_listing(halo_fake_factory):
    """Page 11 of 50 clamped to 37 rows is rows 370-406, and looks like the last 37 rows of 537."""
    fake = halo_fake_factory(tickets=537, page_cap=37)
    client = fast_client(fake, concurrency=1)
    ids = sorted(r["id"] for r in fake.records("tickets"))
    assert [t.id for t in client.tickets.all()[500:541]] == ids[500:541]


@pytest.mark.parametrize("workers", [1, 3])
def test_bulk_delete_keeps_to_the_concurrency_and_counts_exactly_on_error(halo_fake_factory, workers):
    import threading
    import time

    fake = halo_fake_factory(tickets=40)
    client = fast_client(fake)
    ids = sorted(r["id"] for r in fake.records("tickets"))
    send = client.tickets.delete
    lock, in_flight, most = threading.Lock(), [0], [0]

    def delete(record_id, **params):
        with lock:
            in_flight[0] += 1
            most[0] = max(most[0], in_flight[0])
        try:
            time.sleep(0.01)
            if record_id == ids[20]:
                fake.fail_next(1, status=400)
            return send(record_id, **params)
        finally:
            with lock:
                in_flight[0] -= 1

    client.tickets.delete = delete
    with pytest.raises(HaloValidationError) as caught:
        client.tickets.all().concurrency(workers).delete()
    assert most[0] <= workers
    gone = len(ids) - len(fake.records("tickets"))
    assert f"{gone} of 40 tickets were deleted before this failure" in str(caught.value)
    assert in_flight[0] == 0  # nothing still running behind the caller's back


def test_a_server_found_to_ignore_page_no_is_remembered_by_the_client(halo_fake_factory):
    fake = halo_fake_factory(tickets=300, ignore_page_no=True)
    client = fast_client(fake)
    ids = sorted(r["id"] for r in fake.records("tickets"))
    with pytest.warns(HaloDriftWarning, match="ignores page_no"):
        assert [t.id for t in client.tickets.all()] == ids
    fake.clear_requests()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # said once is enough
        assert [t.id for t in client.tickets.all()[210:220]] == ids[210:220]  # not page 1's rows again
        assert [t.id for t in client.tickets.all()] == ids
    gets = api_calls(fake, "GET")
    assert [("pageinate" in g.params, g.params.get("count")) for g in gets] == [
        (True, None), (False, "220"), (True, None), (False, "300")]


def test_a_mistyped_field_suggests_the_field(halo_fake_factory):
    fake = halo_fake_factory(tickets=3)
    client = fast_client(fake)
    with pytest.raises(AttributeError, match=r"Ticket has no field 'summry'; did you mean 'summary'\?"):
        client.tickets.get(1).summry


@pytest.mark.parametrize("name, advice", [("order", r"\.order_by\("), ("orderdesc2", r"\.order_by\("),
                                          ("page_size", r"\.page_size\(N\)"), ("pageinate", "paging is done for you")])
def test_paging_and_ordering_parameters_point_at_their_methods(halo_fake_factory, name, advice):
    fake = halo_fake_factory(tickets=3)
    client = fast_client(fake)
    fake.clear_requests()
    with pytest.raises(HaloQueryError, match=f"unknown filter '{name}' for tickets; .*{advice}"):
        client.tickets.filter(**{name: 1})
    assert fake.requests == []


def test_text_lookups_on_a_date_field_compare_text(halo_fake_factory):
    fake = halo_fake_factory(tickets=40)
    client = fast_client(fake)
    month = sorted(r["dateoccurred"] for r in fake.records("tickets"))[5][:7]  # e.g. "2023-03"
    expected = sorted(r["id"] for r in fake.records("tickets") if r["dateoccurred"].startswith(month))
    assert [t.id for t in client.tickets.where(dateoccurred__startswith=month)] == expected


def test_leaving_a_listing_early_leaves_no_request_running(halo_fake_factory):
    """Pages are fetched ahead, concurrently; a loop left with break drops the pages not started and waits for
    the ones in flight, so nothing of the listing still runs (or lands in the server's log) once it has ended."""
    import time

    fake = halo_fake_factory(tickets=1000, latency=0.2)
    client = fast_client(fake)
    for read, _ in enumerate(client.tickets.all().page_size(50).concurrency(2).iterator(), start=1):
        if read == 60:  # on page 2, which asked for page 4 when it arrived
            time.sleep(0.05)  # page 4 is on its way now: past cancelling
            break
    seen = len(fake.api_requests("GET", "/api/Tickets"))
    time.sleep(0.5)  # a request still in flight would be answered (and logged) by now
    assert len(fake.api_requests("GET", "/api/Tickets")) == seen < 1000 // 50


def test_a_listing_closed_early_waits_no_longer_than_close_wait(halo_fake_factory, monkeypatch):
    """A hung page does not hold up the end of a loop (or a Ctrl-C that left it) for its whole read timeout."""
    import time

    from halopsa.query import pagination

    monkeypatch.setattr(pagination, "CLOSE_WAIT", 0)
    fake = halo_fake_factory(tickets=1000, latency=0.5)
    client = fast_client(fake)
    for read, _ in enumerate(client.tickets.all().page_size(50).concurrency(2).iterator(), start=1):
        if read == 60:
            time.sleep(0.05)  # page 4 is on its way, and will be for about 0.45 s more
            break
    answered = sorted(int(r.params["page_no"]) for r in fake.api_requests("GET", "/api/Tickets"))
    assert answered[:2] == [1, 2] and 4 not in answered  # the loop ended without waiting for page 4


def test_an_async_listing_left_early_waits_for_its_pages_off_the_event_loop(halo_fake_factory, monkeypatch):
    """Closing waits for the pages in flight (as in the sync test above), but in a worker thread: the event
    loop is never blocked by it."""
    import threading

    from halopsa.query import pagination

    waited_in = []
    real_wait = pagination.futures_wait

    def recording_wait(futures, timeout=None):
        waited_in.append(threading.current_thread())
        return real_wait(futures, timeout=timeout)

    monkeypatch.setattr(pagination, "futures_wait", recording_wait)
    fake = halo_fake_factory(tickets=1000, latency=0.05)

    async def main():
        from halopsa import AsyncHaloClient

        async with AsyncHaloClient.from_client(fast_client(fake)) as client:
            listing = client.tickets.all().page_size(50).__aiter__()
            first = await listing.__anext__()
            await listing.aclose()
            return first, threading.current_thread()

    first, loop_thread = asyncio.run(main())
    assert first.id == min(r["id"] for r in fake.records("tickets"))
    assert waited_in and loop_thread not in waited_in
    answered = len(fake.api_requests("GET", "/api/Tickets"))
    assert answered < 1000 // 50  # the listing stopped


def test_an_async_listing_cancelled_during_a_page_raises_the_cancellation(halo_fake_factory):
    """A timeout around ``async for`` lands while a page is being read in a worker thread; the caller gets the
    timeout (not an error from closing the listing under that thread), and nothing waits for the page."""
    fake = halo_fake_factory(tickets=1000, latency=0.5)

    async def main():
        from halopsa import AsyncHaloClient

        async with AsyncHaloClient.from_client(fast_client(fake)) as client:
            async def consume():
                return [t.id async for t in client.tickets.all()]

            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(consume(), timeout=0.2)  # during the token request or page 1

            task = asyncio.ensure_future(consume())
            await asyncio.sleep(0.2)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert len([t async for t in client.tickets.all()[:3]]) == 3  # the client still works

    asyncio.run(main())
