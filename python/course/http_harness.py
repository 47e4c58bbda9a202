"""
Runs a ``BaseHTTPRequestHandler`` subclass on one raw HTTP request, in memory.

The browser's Python has no sockets, so instead of a server and a client this hands the
handler a stand-in connection: the request bytes to read, a buffer to write into. The handler
class runs exactly as ``HTTPServer`` would run it (its own ``setup``, ``handle`` and
``finish``), so the status line, the headers and the body that come back are the bytes a real
client would receive, including the base class's own answers to a malformed request line (400)
or an unknown method (501).

Where a socket and an in-memory buffer differ, the exchange says what the real server would do:

- a handler that reads more body than the client sent (a ``Content-Length`` larger than the
  body, or ``rfile.read()`` with no size) would wait forever on a real connection; here the read
  ends, and ``exchange.hung`` explains it;
- an exception in the handler ends the connection, as ``socketserver`` does: the client gets
  whatever was written before it (often nothing), and ``exchange.error`` holds the traceback.

    from course.http_harness import get, post_json, send
    exchange = get(Handler, "/hello?name=Ada")
    print(exchange)                  # the raw response, as a client sees it
    exchange.status, exchange.headers["Content-Type"], exchange.json()
"""
import contextlib
import http.client
import io
import json as _json
import traceback
from types import SimpleNamespace

__all__ = ["Exchange", "send", "request", "get", "post", "post_json"]


class _RequestReader(io.BufferedIOBase):
    """The request bytes as ``rfile``; notes a read that a live connection would block on."""

    def __init__(self, data: bytes):
        self._data = data
        self._pos = 0
        self.hung: str | None = None

    def readable(self):
        return True

    def readline(self, size=-1):
        end = self._data.find(b"\n", self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = self._data[self._pos:end]
        self._pos = end
        return line

    def read(self, size=-1):
        remaining = len(self._data) - self._pos
        if size is None or size < 0:
            self._note_hang("rfile.read() with no size, or a negative one, reads until the client closes the connection")
            size = remaining
        elif size > remaining:
            self._note_hang(f"rfile.read({size}) asked for {size} bytes but only {remaining} followed the headers")
            size = remaining
        chunk = self._data[self._pos:self._pos + size]
        self._pos += len(chunk)
        return chunk

    read1 = read

    def readinto(self, buffer):
        chunk = self.read(len(buffer))
        buffer[:len(chunk)] = chunk
        return len(chunk)

    def _note_hang(self, why: str):
        if self.hung is None:
            self.hung = why + ": a real server would wait here until the client gave up"


class _Connection:
    """Just enough of a socket for ``StreamRequestHandler.setup`` and ``_SocketWriter``."""

    def __init__(self, data: bytes):
        self.reader = _RequestReader(data)
        self.sent = bytearray()

    def makefile(self, mode="r", buffering=None, **_):
        if "r" in mode:
            return self.reader
        return _Writer(self)

    def sendall(self, data):
        self.sent += bytes(data)

    def settimeout(self, _):
        pass

    def setsockopt(self, *_):
        pass


class _Writer(io.BufferedIOBase):
    """``wfile`` when a handler asks for a buffered one (``wbufsize`` other than 0)."""

    def __init__(self, connection: _Connection):
        self._connection = connection

    def writable(self):
        return True

    def write(self, data):
        self._connection.sendall(data)
        return len(data)


class Exchange:
    """One request and the response the handler wrote, raw and parsed."""

    def __init__(self, request: bytes, raw: bytes, log: str, error: str | None, hung: str | None):
        self.request = request
        #: The exact bytes a client would have received.
        self.raw = raw
        #: What the handler logged (``log_message`` writes to stderr), one line per request.
        self.log = log
        #: The traceback, when the handler raised: the real server closes the connection there.
        self.error = error
        #: Why a real server would have waited forever on this request, or None.
        self.hung = hung
        self.status: int | None = None
        self.reason = ""
        self.version = ""
        self.headers = http.client.HTTPMessage()
        self.body = b""
        #: Why the raw bytes are not a valid HTTP response, or None.
        self.malformed: str | None = None
        self._parse()

    def _parse(self):
        if not self.raw:
            self.malformed = "the handler sent nothing back (headers go out at end_headers())"
            return
        # The client knows which method it sent: an answer to HEAD has headers only, whatever follows.
        method = self.request.split(b" ", 1)[0].decode("latin-1")
        response = http.client.HTTPResponse(SimpleNamespace(makefile=lambda *a, **k: io.BytesIO(self.raw)), method=method)
        try:
            response.begin()
            # Read only what the headers promise, as a client would.
            self.body = response.read()
        except (http.client.HTTPException, ValueError) as exc:
            self.malformed = f"not a valid HTTP response ({type(exc).__name__}: {exc})"
            return
        self.status = response.status
        self.reason = response.reason
        self.version = {10: "HTTP/1.0", 11: "HTTP/1.1"}.get(response.version, "HTTP/0.9")
        self.headers = response.msg

    @property
    def status_line(self) -> str:
        return self.raw.split(b"\r\n", 1)[0].decode("latin-1") if self.raw else ""

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    def json(self):
        """The body parsed as JSON; raises ``ValueError`` naming what came instead."""
        try:
            return _json.loads(self.body)
        except ValueError:
            raise ValueError(f"the body is not JSON: {self.body[:80]!r}") from None

    def describe(self) -> str:
        """One phrase for a check message: "200 OK", "nothing (it raised KeyError)" ..."""
        if self.error:
            last = self.error.strip().splitlines()[-1]
            return f"nothing: it raised {last}, so the server closed the connection"
        if self.status is None:
            return f"nothing usable ({self.malformed})"
        return f"{self.status} {self.reason}".strip()

    def __str__(self):
        # For reading: lines end in \n here, while ``raw`` keeps the \r\n the protocol sends.
        text = self.raw.decode("utf-8", errors="replace").replace("\r\n", "\n")
        notes = []
        if self.hung:
            notes.append(f"[the handler tried to read past the request: {self.hung}]")
        if self.error:
            notes.append("[the handler raised; the connection closes here]\n" + self.error)
        return "\n".join([text or "[no response]"] + notes)

    def __repr__(self):
        return f"<Exchange {self.describe()}>"


def send(handler_class, raw: bytes, client=("127.0.0.1", 54321)) -> Exchange:
    """Feeds ``raw`` (a whole request: request line, headers, blank line, body) to a new handler."""
    if isinstance(raw, str):
        raw = raw.encode("latin-1")
    connection = _Connection(bytes(raw))
    server = SimpleNamespace(server_address=("127.0.0.1", 8000), server_name="localhost", server_port=8000)
    log = io.StringIO()
    error = None
    with contextlib.redirect_stderr(log):
        try:
            handler_class(connection, client, server)
        except Exception as exc:  # socketserver.BaseServer.handle_error: log it, drop the connection
            error = _handler_traceback(exc)
    return Exchange(bytes(raw), bytes(connection.sent), log.getvalue(), error, connection.reader.hung)


def _handler_traceback(exc: BaseException) -> str:
    # Start at the learner's own code: the harness and http.server frames only add noise.
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != "main.py" and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is not None and tb.tb_frame.f_code.co_filename != "main.py":
        tb = exc.__traceback__
    return "".join(traceback.format_exception(type(exc), exc, tb))


def request(handler_class, method: str, path: str, body: bytes = b"", headers: dict | None = None) -> Exchange:
    """A well-formed HTTP/1.1 request; ``Content-Length`` is set from the body unless given."""
    lines = [f"{method} {path} HTTP/1.1", "Host: localhost:8000"]
    given = {k.lower() for k in (headers or {})}
    for name, value in (headers or {}).items():
        lines.append(f"{name}: {value}")
    if body and "content-length" not in given:
        lines.append(f"Content-Length: {len(body)}")
    head = "\r\n".join(lines) + "\r\n\r\n"
    return send(handler_class, head.encode("latin-1") + body)


def get(handler_class, path: str, headers: dict | None = None) -> Exchange:
    return request(handler_class, "GET", path, headers=headers)


def post(handler_class, path: str, body: bytes | str = b"", headers: dict | None = None) -> Exchange:
    return request(handler_class, "POST", path, body.encode("utf-8") if isinstance(body, str) else body, headers)


def post_json(handler_class, path: str, payload, headers: dict | None = None) -> Exchange:
    return post(handler_class, path, _json.dumps(payload), {"Content-Type": "application/json", **(headers or {})})
