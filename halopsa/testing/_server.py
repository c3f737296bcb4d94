"""HTTP plumbing for the fake: a threading HTTP/1.1 server that hands each request to an application callable.

Tuned for many small requests over keep-alive connections: ``TCP_NODELAY`` on every accepted socket (without it
the kernel's Nagle delay interacting with delayed ACKs costs ~40 ms per request), the whole reply written with
one ``send``, ``Content-Length`` on every reply, no per-request logging. A reply can also ask for the connection
to be dropped without any answer, to imitate a proxy or load balancer cutting it.
"""

from __future__ import annotations

import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, List, NamedTuple, Optional, Set, Tuple

__all__ = ["HttpRequest", "HttpReply", "Server"]

_REASONS = {
    200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
    404: "Not Found", 405: "Method Not Allowed", 409: "Conflict", 413: "Payload Too Large",
    429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
    504: "Gateway Timeout",
}


class HttpRequest(NamedTuple):
    method: str
    target: str                          # path and query as sent
    headers: List[Tuple[str, str]]
    body: bytes


class HttpReply(NamedTuple):
    status: int
    body: bytes = b""
    headers: Tuple[Tuple[str, str], ...] = ()
    drop: bool = False                   # close the connection without answering


Application = Callable[[HttpRequest], HttpReply]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeHalo"
    sys_version = ""
    timeout = 120  # idle keep-alive connections end after this many seconds
    server: "Server"  # pyright: ignore[reportIncompatibleVariableOverride] - always our Server subclass

    def setup(self) -> None:
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().setup()
        self.server.track(self.request, True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.track(self.request, False)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks: List[bytes] = []
            while True:
                size_line = self.rfile.readline(65537)
                size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline(65537)
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _serve(self) -> None:
        try:
            body = self._read_body()
        except (ValueError, OSError):
            self.close_connection = True
            return
        request = HttpRequest(self.command, self.path, list(self.headers.items()), body)
        try:
            reply = self.server.app(request)
        except Exception as error:  # a bug in the fake: answer 500 and say so on stderr
            import traceback

            traceback.print_exc(file=sys.stderr)
            reply = HttpReply(500, f'{{"Message": "FakeHalo internal error: {type(error).__name__}"}}'.encode(),
                              (("Content-Type", "application/json; charset=utf-8"),))
        if reply.drop:
            self.close_connection = True
            try:
                self.request.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        head = [f"HTTP/1.1 {reply.status} {_REASONS.get(reply.status, 'Unknown')}"]
        for name, value in reply.headers:
            head.append(f"{name}: {value}")
        head.append(f"Content-Length: {len(reply.body)}")
        if self.close_connection:
            head.append("Connection: close")
        data = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1")
        if self.command != "HEAD":
            data += reply.body
        try:
            self.wfile.write(data)
        except OSError:
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _serve


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    block_on_close = False
    request_queue_size = 128

    def __init__(self, address: Tuple[str, int], app: Application) -> None:
        self.app = app
        self._connections: Set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)
        self.thread: Optional[threading.Thread] = None

    def track(self, sock: socket.socket, alive: bool) -> None:
        with self._connections_lock:
            if alive:
                self._connections.add(sock)
            else:
                self._connections.discard(sock)

    def handle_error(self, request: object, client_address: object) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError, socket.timeout, OSError)):
            return  # clients hang up; not worth a traceback
        super().handle_error(request, client_address)  # type: ignore[arg-type]

    def start(self) -> None:
        self.thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05},
                                       name=f"FakeHalo:{self.server_address[1]}", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        # shutdown() waits for serve_forever to notice, which takes up to poll_interval; a throwaway connection
        # wakes its select() at once (the loop checks the shutdown flag before accepting anything).
        stopper = threading.Thread(target=self.shutdown, daemon=True)
        stopper.start()
        host, port = self.socket.getsockname()[:2]  # server_address: the bound address, its host a str
        while stopper.is_alive():
            try:
                socket.create_connection((host, port), timeout=0.2).close()
            except OSError:
                pass
            stopper.join(0.005)
        with self._connections_lock:
            connections = list(self._connections)
        for sock in connections:  # wake handler threads blocked on idle keep-alive connections
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self.server_close()
        if self.thread is not None:
            self.thread.join(timeout=5)
