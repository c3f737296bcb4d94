"""Attachments: base64 upload, metadata, download, delete, and the presigned-URL flow for large files."""

from __future__ import annotations

import base64

import requests

DATA = b"\x89PNG\r\n\x1a\n fake image bytes \x00\xff"


def _upload(halo, ticket_id=12, **extra):
    body = {"ticket_id": ticket_id, "filename": "screen.png", "data_base64": base64.b64encode(DATA).decode()}
    body.update(extra)
    return halo.post("Attachment", [body])


def test_upload_stores_bytes_and_metadata(halo_fake, halo):
    reply = _upload(halo)
    assert reply.status_code == 201
    meta = reply.json()[0]
    assert meta["filename"] == "screen.png" and meta["filesize"] == len(DATA)
    assert meta["content_type"] == "image/png" and meta["isimage"] is True
    assert meta["ticket_id"] == 12 and "data_base64" not in meta
    assert halo_fake.attachment_data(meta["id"]) == DATA
    assert halo_fake.record("tickets", 12)["attachment_count"] == 1


def test_list_by_ticket_and_action(halo):
    meta = _upload(halo, action_id=3).json()[0]
    rows = halo.rows("Attachment", "attachments", ticket_id=12)
    assert [r["id"] for r in rows] == [meta["id"]]
    assert halo.rows("Attachment", "attachments", action_id=3)[0]["id"] == meta["id"]
    assert halo.rows("Attachment", "attachments", ticket_id=13) == []


def test_get_one_is_metadata_and_includedetails_adds_the_data(halo):
    meta = _upload(halo).json()[0]
    plain = halo.get(f"Attachment/{meta['id']}").json()
    assert "data_base64" not in plain and plain["filename"] == "screen.png"
    detailed = halo.get(f"Attachment/{meta['id']}", includedetails=True).json()
    assert base64.b64decode(detailed["data_base64"]) == DATA


def test_document_endpoint_downloads_the_file(halo):
    meta = _upload(halo).json()[0]
    reply = halo.get(f"Attachment/document/{meta['id']}")
    assert reply.status_code == 200
    assert reply.content == DATA
    assert reply.headers["Content-Type"] == "image/png"
    assert reply.headers["Content-Disposition"] == 'attachment; filename="screen.png"'
    assert halo.get("Attachment/document/9999").status_code == 404


def test_seeded_attachments_download(halo):
    assert halo.get("Attachment/document/1").content.startswith(b"Log file for ticket 1")


def test_upload_validation(halo):
    reply = halo.post("Attachment", [{"ticket_id": 12, "filename": "x.txt", "data_base64": "!!not base64!!"}])
    assert reply.status_code == 400 and "[0].data_base64" in reply.json()
    reply = halo.post("Attachment", [{"filename": "x.txt", "data_base64": "eA=="}])
    assert reply.json() == {"[0].ticket_id": "The ticket_id field is required."}
    reply = halo.post("Attachment", [{"ticket_id": 99999, "filename": "x.txt", "data_base64": "eA=="}])
    assert "[0].ticket_id" in reply.json()


def test_delete_removes_the_file(halo_fake, halo):
    meta = _upload(halo).json()[0]
    assert halo.delete(f"Attachment/{meta['id']}").status_code == 200
    assert halo.get(f"Attachment/{meta['id']}").status_code == 404
    assert halo_fake.attachment_data(meta["id"]) is None
    assert halo_fake.record("tickets", 12)["attachment_count"] == 0


def test_presigned_upload_flow(halo_fake, halo):
    data = b"x" * 200_000
    reply = halo.post("Attachment/GetS3PresignedURL", [{"filename": "big.zip", "filesize": len(data),
                                                        "ticket_id": 14}])
    assert reply.status_code == 200
    [target] = reply.json()
    assert target["url"].startswith(halo_fake.url) and target["method"] == "PUT" and target["_tempid"]
    # The upload goes straight to "S3": no bearer token.
    assert requests.put(target["url"], data=data).status_code == 200
    done = halo.post("Attachment/PresignedURLUploadComplete", [{"_tempid": target["_tempid"]}])
    assert done.status_code == 201
    meta = done.json()[0]
    assert (meta["filename"], meta["filesize"], meta["ticket_id"]) == ("big.zip", len(data), 14)
    assert halo.get(f"Attachment/document/{meta['id']}").content == data


def test_presigned_complete_without_upload_is_400(halo):
    target = halo.post("Attachment/GetS3PresignedURL", [{"filename": "a.bin", "ticket_id": 14}]).json()[0]
    reply = halo.post("Attachment/PresignedURLUploadComplete", [{"_tempid": target["_tempid"]}])
    assert reply.status_code == 400
    assert halo.post("Attachment/PresignedURLUploadComplete", [{"_tempid": "nope"}]).status_code == 400
    assert requests.put(f"{halo.fake.url}/fake-s3/unknown", data=b"x").status_code == 403
