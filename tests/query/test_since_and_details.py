"""Incremental reads (updated_since, --since) and records read in full (details(), values() of detail-only and
custom fields, list --details/--fields), over HTTP to the fake, counted on its request log."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from halopsa import HaloQueryError
from halopsa.query.since import parse_since, since_resources, since_value
from halopsa.resources import REGISTRY


FAKE_OPTIONS = dict(seed=4, tickets=50)


# -- updated_since ----------------------------------------------------------------------------------------------------


NOW = dt.datetime(2026, 12, 7, 12, 0, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("when, sent", [
    (dt.timedelta(hours=2), "2026-12-07T10:00:00Z"),
    (dt.datetime(2026, 12, 1, 8, 30), "2026-12-01T08:30:00Z"),  # naive: UTC
    (dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))), "2026-12-01T08:30:00Z"),
    (dt.date(2026, 11, 1), "2026-11-01T00:00:00Z"),
    ("2026-11-01", "2026-11-01T00:00:00Z"),
    ("7d", "2026-11-30T12:00:00Z"),
    ("30m", "2026-12-07T11:30:00Z"),
    ("2w", "2026-11-23T12:00:00Z"),
])
def test_moments_become_halos_utc_text(when, sent):
    assert since_value(REGISTRY["tickets"], when, now=NOW) == sent


@pytest.mark.parametrize("when", ["yesterday", "2h ago", "2027-01-01", dt.timedelta(hours=-1), 5])
def test_what_is_no_moment_in_the_past_is_refused(when):
    with pytest.raises(HaloQueryError):
        since_value(REGISTRY["tickets"], when, now=NOW)


def test_the_catalog_says_which_resources_can():
    able = since_resources()
    assert {"tickets", "clients", "users", "sites", "assets", "projects", "opportunities"} <= set(able)
    assert "agents" not in able and "actions" not in able


def test_only_what_changed_since(client, fake):
    assert client.tickets.all().updated_since("2h").count() == 0  # the demo's data is older
    ticket, site = client.tickets.first(), client.sites.first()
    ticket.summary = "changed just now"
    ticket.save()
    site.name = "Renamed site"
    site.save()
    fake.clear_requests()
    assert [t.id for t in client.tickets.all().updated_since(dt.timedelta(hours=1))] == [ticket.id]
    assert [s.id for s in client.sites.filter(client_id=site.client_id).updated_since("1h")] == [site.id]
    sent = fake.api_requests("GET", "/api/Tickets")[0].params["lastupdatefromdate"]
    assert sent.endswith("Z") and sent[:10] == dt.datetime.now(dt.timezone.utc).date().isoformat()


def test_a_resource_without_it_says_so_before_sending(client, fake):
    with pytest.raises(HaloQueryError, match="agents cannot be read by last update: .*these can: tickets"):
        client.agents.all().updated_since("2h")
    assert fake.requests == []


@pytest.fixture
def halo(fake, capsys, monkeypatch):
    from halopsa.cli import main

    monkeypatch.setenv("HALO_TENANT_URL", fake.url)
    monkeypatch.setenv("HALO_CLIENT_ID", fake.client_id)
    monkeypatch.setenv("HALO_CLIENT_SECRET", fake.client_secret)

    def run(*argv):
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        capsys.readouterr()
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_cli_since(halo, fake, client):
    user = client.users.first()
    user.name = "Renamed user"
    user.save()
    code, out, _ = halo("users", "list", "--since", "10m", "-o", "json")
    assert code == 0 and [row["id"] for row in json.loads(out)] == [user.id]
    code, _, err = halo("agents", "list", "--since", "2h")
    assert code == 2 and "agents cannot be read by last update" in err and "these can: tickets" in err
    code, _, err = halo("tickets", "count", "--since", "tuesday")
    assert code == 2 and "argument --since: expected a time such as 2024-05-01" in err


def test_parse_since_takes_z_and_offsets():
    assert parse_since("2026-12-01T08:00:00+02:00", NOW) == "2026-12-01T06:00:00Z"
    assert parse_since("2026-12-01T08:00:00Z", NOW) == "2026-12-01T08:00:00Z"


# -- details ------------------------------------------------------------------------------------------------------------


def test_values_read_only_the_records_that_lack_a_field(client, fake):
    rows = list(client.tickets.values("id", "summary")[:5])
    assert len(fake.api_requests()) == 1 and all(row["summary"] for row in rows)
    fake.clear_requests()
    rows = list(client.tickets.values("id", "details")[:5])
    assert all(row["details"] for row in rows)
    gets = [r for r in fake.api_requests("GET") if r.path.startswith("/api/Tickets/")]
    assert len(gets) == 5 and all(r.params.get("includedetails") == "true" for r in gets)


def test_custom_fields_by_name(client, fake):
    """List rows leave custom fields out; values() of one by its name reads the full record."""
    first_ids = [t.id for t in client.tickets.all()[:3]]
    fake.clear_requests()
    serials = list(client.tickets.values_list("CFSerial", flat=True)[:3])
    expected = [next(e["value"] for e in fake.record("tickets", i)["customfields"] if e["name"] == "CFSerial")
                for i in first_ids]
    assert serials == expected and all(serials)
    assert len([r for r in fake.api_requests("GET") if r.path.startswith("/api/Tickets/")]) == 3


def test_details_reads_every_record_in_full_keeping_the_order(client, fake):
    ids = [t.id for t in client.tickets.all()[:7]]
    fake.clear_requests()
    records = list(client.tickets.all().details()[:7])
    assert [r.id for r in records] == ids and not any(r.is_partial for r in records)
    assert len([r for r in fake.api_requests("GET") if r.path.startswith("/api/Tickets/")]) == 7
    listed_only = next(name for name, r in REGISTRY.items() if r.can_list and not r.can_get)
    with pytest.raises(HaloQueryError, match="cannot be read in full"):
        client.resource(listed_only).all().details()


def test_cli_fields_and_details(halo, fake):
    code, out, _ = halo("tickets", "list", "--limit", "3", "--fields", "id,details", "-o", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 3 and all(row["details"] and list(row) == ["id", "details"] for row in rows)
    fake.clear_requests()
    code, out, err = halo("tickets", "list", "--page-size", "4", "--details", "-o", "json")
    assert code == 0 and all("details" in row for row in json.loads(out))
    assert "showing 4 of" in err  # the first page's total is still reported
    assert len([r for r in fake.api_requests("GET") if r.path.startswith("/api/Tickets/")]) == 4
