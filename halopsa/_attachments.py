"""Attachments' file transfer: ``client.attachments.upload()`` and ``download()`` (and ``aupload`` /
``adownload``), mixed into the attachments manager by ``halopsa._managers.manager_class``.

An upload up to ``PRESIGNED_THRESHOLD`` goes base64-encoded inside the JSON body, streamed from the file by
:class:`_Base64JSONArrayBody` (never held in memory whole); a larger one through Halo's presigned-URL flow, whose
PUT goes out by ``Transport.send_outside``. A download streams through ``Transport.download`` into a file beside
the destination, renamed into place once complete. Nothing here touches the ``requests`` session.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Collection, Dict, Iterable, Mapping, Optional, Type, Union

from ._aio import with_twins
from .exceptions import HaloError, HaloQueryError
from .models import Model

if TYPE_CHECKING:  # pragma: no cover
    from .resources import Resource

__all__ = ["AttachmentMixin", "UPLOAD_CHUNK", "PRESIGNED_THRESHOLD"]

UPLOAD_CHUNK = 3 * 256 * 1024  # bytes read at a time when streaming an upload (a multiple of 3 for base64)
PRESIGNED_THRESHOLD = 50 * 1024 * 1024  # larger uploads use the presigned-URL flow


@with_twins("upload", "download")
class AttachmentMixin:
    """What ``client.attachments`` adds to its :class:`~halopsa._managers.ResourceManager`: streamed upload and
    download."""

    resource: "Resource"
    model: Type[Model]
    _client: Any  # the HaloClient: its request() and transport

    if TYPE_CHECKING:  # pragma: no cover - what the ResourceManager it is mixed into provides
        def _check_id(self, id: Any) -> Any: ...

        def _check_write(self, body: Mapping[str, Any], known: Collection[str] = ()) -> Dict[str, Any]: ...

    def upload(self, source: Union[str, "os.PathLike[str]", IO[bytes]], ticket_id: Optional[int] = None,
               action_id: Optional[int] = None, filename: Optional[str] = None, presigned: Optional[bool] = None,
               **fields: Any) -> Model:
        """Upload a file (path or binary file object). Returns the attachment record.

        Files up to ``PRESIGNED_THRESHOLD`` (50 MB) go base64-encoded in the POST body, streamed in chunks so
        the file is never held in memory whole. Larger files (or ``presigned=True``) use Halo's presigned-URL
        flow: ``/Attachment/GetS3PresignedURL``, a PUT of the raw bytes to that URL, then
        ``/Attachment/PresignedURLUploadComplete``."""
        if ticket_id is None and action_id is None:
            raise HaloQueryError("upload() needs ticket_id (and optionally action_id) to attach the file to")
        if isinstance(source, (str, os.PathLike)):
            path = Path(source)
            if not path.is_file():
                raise HaloQueryError(f"no file at {path}")
            handle: IO[bytes] = open(path, "rb")
            name = filename or path.name
            size = path.stat().st_size
            close = True
        else:
            handle = source
            name = filename or Path(getattr(source, "name", "upload.bin")).name
            try:
                size = os.fstat(handle.fileno()).st_size - handle.tell()
            except (AttributeError, OSError, io.UnsupportedOperation):
                data = handle.read()
                handle, size = io.BytesIO(data), len(data)
            close = False
        meta = {"ticket_id": ticket_id, "action_id": action_id, "filename": name, **fields}
        meta = self._check_write({key: value for key, value in meta.items() if value is not None})
        try:
            if presigned or (presigned is None and size > PRESIGNED_THRESHOLD):
                return self._upload_presigned(meta, handle, size)
            body = _Base64JSONArrayBody(meta, handle, size)
            reply = self._client.request("POST", self.resource.path, data=body,
                                         headers={"Content-Type": "application/json"})
        finally:
            if close:
                handle.close()
        rows = reply if isinstance(reply, list) else [reply] if isinstance(reply, dict) else []
        saved = rows[0] if rows else meta
        return self.model._from_api(self._client, saved)

    def _upload_presigned(self, meta: Dict[str, Any], handle: IO[bytes], size: int) -> Model:
        request = {key: value for key, value in meta.items() if key != "action_id"}
        request["filesize"] = size
        reply = self._client.request("POST", f"{self.resource.path}/GetS3PresignedURL", json=[request])
        target = reply[0] if isinstance(reply, list) and reply else reply
        if not isinstance(target, dict):
            raise HaloError("GetS3PresignedURL returned no upload URL; upload with presigned=False instead")
        url = target.get("url") or target.get("presignedurl") or target.get("presigned_url")
        temp_id = target.get("_tempid")
        if not url or not temp_id:
            raise HaloError("GetS3PresignedURL returned no upload URL; upload with presigned=False instead")
        # The URL carries its own authorisation: no Halo token goes to the storage service.
        status = self._client.transport.send_outside(
            str(target.get("method") or "PUT"), url, handle,
            {"Content-Length": str(size), "Content-Type": "application/octet-stream"})
        if status >= 300:
            raise HaloError(f"the presigned upload was refused ({status}); try again later")
        done = self._client.request("POST", f"{self.resource.path}/PresignedURLUploadComplete",
                                    json=[{**request, "_tempid": temp_id}])
        rows = done if isinstance(done, list) else [done] if isinstance(done, dict) else []
        return self.model._from_api(self._client, rows[0] if rows else request)

    def download(self, id: Any, destination: Union[str, "os.PathLike[str]", IO[bytes], None] = None) -> Any:
        """Save an attachment's bytes to a path or binary file object (streamed); with no destination, return
        the bytes. Returns the path written when given one."""
        record_id = self._check_id(id)
        # /Attachment/document/{id} serves the file itself (Halo's document endpoint); a JSON reply carrying
        # data_base64 is decoded too.
        with self._client.transport.download(f"{self.resource.path}/document/{record_id}",
                                             f"attachment #{record_id}") as reply:
            chunks: Iterable[bytes] = reply.chunks
            if "json" in reply.content_type:
                data = json.loads(b"".join(reply.chunks))
                encoded = data.get("data_base64") or data.get("data") if isinstance(data, dict) else None
                if not encoded:
                    raise HaloError(f"attachment #{record_id} came back without its file data")
                chunks = [base64.b64decode(encoded)]
            if destination is None:
                return b"".join(chunks)
            if isinstance(destination, (str, os.PathLike)):
                return _write_atomically(Path(destination), chunks)
            for chunk in chunks:
                destination.write(chunk)
            return destination


def _write_atomically(path: Path, chunks: Iterable[bytes]) -> Path:
    """Write ``chunks`` to ``path`` through a new file beside it, renamed into place once complete: a failed or
    interrupted download leaves no partial file, and an existing file stays as it was. A new file gets the
    usual mode (0666 less the umask); a replaced one keeps its own; a symbolic link is written through."""
    final = Path(os.path.realpath(path)) if path.is_symlink() else path
    temporary = final.with_name(f".{final.name}.{os.getpid()}.part")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        if final.exists():
            os.chmod(descriptor, final.stat().st_mode & 0o7777)
        with os.fdopen(descriptor, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
        os.replace(temporary, final)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return path


class _Base64JSONArrayBody(io.RawIOBase):
    """``[{...meta, "data_base64": "<file as base64>"}]`` as a readable stream of known length."""

    def __init__(self, meta: Mapping[str, Any], handle: IO[bytes], size: int) -> None:
        text = json.dumps(dict(meta), separators=(",", ":"))
        self._prefix = ("[" + text[:-1] + (',' if len(meta) else '') + '"data_base64":"').encode()
        self._suffix = b'"}]'
        self._handle = handle
        self._start = handle.tell() if handle.seekable() else None
        self._length = len(self._prefix) + 4 * ((size + 2) // 3) + len(self._suffix)
        self._buffer = self._prefix
        self._done = False
        self._position = 0

    def rewind(self) -> None:
        """Start again from the beginning (the transport calls this before a retry)."""
        if self._start is None:
            raise HaloError("the upload cannot be retried: its source is not seekable")
        self._handle.seek(self._start)
        self._buffer = self._prefix
        self._done = False
        self._position = 0

    def __len__(self) -> int:
        return self._length

    def tell(self) -> int:
        # requests sizes a body as len() less tell(); io.RawIOBase's tell() raises, which would make it send
        # the body chunked, and servers and proxies that do not take chunked request bodies would get nothing
        return self._position

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        while not self._done and (size < 0 or len(self._buffer) < size):
            chunk = self._handle.read(UPLOAD_CHUNK)
            if chunk:
                self._buffer += base64.b64encode(chunk)
            else:
                self._buffer += self._suffix
                self._done = True
        if size < 0:
            out, self._buffer = self._buffer, b""
        else:
            out, self._buffer = self._buffer[:size], self._buffer[size:]
        self._position += len(out)
        return out
