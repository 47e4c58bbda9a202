"""
A stand-in for a ``requests.Session`` with scripted answers, and a clock whose sleeps cost nothing.

The browser's Python cannot reach the network and has no Requests installed, so the exercises
on calling APIs give the learner's code one of these instead. It answers from a script (a list
of responses and exceptions, in order, or a function of the request), records every call, and
raises exception classes named and arranged as Requests' are, so ``except requests.Timeout``
reads the same here as on the learner's own machine:

    from course import fake_session as requests          # offline stand-in for `import requests`
    session = requests.FakeSession([requests.reply(429, headers={"Retry-After": "3"}),
                                    requests.reply(200, json={"ok": True})])
    with requests.FakeClock() as clock:                  # time.sleep now only records the wait
        ...the learner's code...
    clock.sleeps    -> [3.4]
    session.calls   -> [Call(GET https://... params={...}), ...]
"""
import json as _json
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Requests' hierarchy (requests/exceptions.py), without the parts that need urllib3.


class RequestException(IOError):
    def __init__(self, *args, response=None, request=None):
        super().__init__(*args)
        self.response = response
        self.request = request


class ConnectionError(RequestException):  # noqa: A001 - the name Requests uses
    pass


class Timeout(RequestException):
    pass


class ConnectTimeout(ConnectionError, Timeout):
    pass


class ReadTimeout(Timeout):
    pass


class HTTPError(RequestException):
    pass


class JSONDecodeError(RequestException, ValueError):
    pass


class ScriptExhausted(Exception):
    """Not a RequestException on purpose: the learner's ``except`` must not swallow it."""


class CaseInsensitiveDict(dict):
    """Header names compare without case, as in Requests: ``headers["retry-after"]`` works."""

    def __init__(self, data=None):
        super().__init__()
        for key, value in (data or {}).items():
            self[key] = value

    def _find(self, key):
        for existing in super().keys():
            if existing.lower() == str(key).lower():
                return existing
        return key

    def __setitem__(self, key, value):
        super().pop(self._find(key), None)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        return super().__getitem__(self._find(key))

    def __contains__(self, key):
        return super().__contains__(self._find(key))

    def get(self, key, default=None):
        return super().get(self._find(key), default)


REASONS = {200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request", 401: "Unauthorized",
           403: "Forbidden", 404: "Not Found", 429: "Too Many Requests", 500: "Internal Server Error",
           502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}


class Response:
    """The parts of ``requests.Response`` the lessons use."""

    def __init__(self, status_code=200, json=None, text=None, headers=None, url=""):
        self.status_code = status_code
        self.reason = REASONS.get(status_code, "")
        self.headers = CaseInsensitiveDict(headers)
        if json is not None:
            text = _json.dumps(json)
            if "Content-Type" not in self.headers:
                self.headers["Content-Type"] = "application/json"
        self.text = text or ""
        self.content = self.text.encode("utf-8")
        self.url = url

    @property
    def ok(self):
        return self.status_code < 400

    def json(self):
        try:
            return _json.loads(self.text)
        except ValueError as exc:
            raise JSONDecodeError(f"{exc.msg}: line {exc.lineno} column {exc.colno} (char {exc.pos})", response=self) from None

    def raise_for_status(self):
        kind = "Client" if 400 <= self.status_code < 500 else "Server" if self.status_code >= 500 else None
        if kind:
            raise HTTPError(f"{self.status_code} {kind} Error: {self.reason} for url: {self.url}", response=self)

    @property
    def links(self):
        """The ``Link`` header by ``rel``, as ``requests.Response.links`` parses it."""
        found = {}
        for part in self.headers.get("Link", "").split(","):
            if ";" not in part:
                continue
            url, *params = part.split(";")
            entry = {"url": url.strip().strip("<>")}
            for param in params:
                key, _, value = param.strip().partition("=")
                entry[key.strip()] = value.strip().strip('"')
            found[entry.get("rel") or entry["url"]] = entry
        return found

    def __repr__(self):
        return f"<Response [{self.status_code}]>"


def reply(status_code=200, json=None, text=None, headers=None) -> Response:
    """A scripted answer."""
    return Response(status_code, json=json, text=text, headers=headers)


def timeout(message="Read timed out. (read timeout=10)") -> ReadTimeout:
    """A scripted read timeout: the server accepted the connection and then said nothing."""
    return ReadTimeout(message)


def connection_error(message="Failed to establish a new connection: [Errno 111] Connection refused") -> ConnectionError:
    return ConnectionError(message)


@dataclass
class Call:
    """One request the learner's code made."""

    method: str
    url: str
    params: dict
    headers: dict
    json: object = None
    timeout: object = None
    #: The query the server saw: the URL's own query string merged with ``params``.
    query: dict = field(default_factory=dict)

    def __repr__(self):
        return f"Call({self.method} {self.url} params={self.params!r})"


class FakeSession:
    """Answers from ``script``: a list of responses and exceptions, or a function of the Call."""

    def __init__(self, script, max_calls=50):
        self.script = list(script) if not callable(script) else script
        self.max_calls = max_calls
        self.calls: list[Call] = []
        self.headers = CaseInsensitiveDict({"User-Agent": "python-requests/2.34.2"})
        self.closed = False

    def request(self, method, url, params=None, headers=None, json=None, data=None, timeout=None, **_):
        merged = CaseInsensitiveDict(self.headers)
        for key, value in (headers or {}).items():
            merged[key] = value
        parts = urlsplit(url)
        query = dict(parse_qsl(parts.query))
        query.update({k: str(v) for k, v in (params or {}).items() if v is not None})
        call = Call(method.upper(), url, dict(params or {}), dict(merged), json, timeout, query)
        self.calls.append(call)
        if len(self.calls) > self.max_calls:
            raise ScriptExhausted(f"{len(self.calls)} calls to the fake API: is your loop missing a way out?")
        if callable(self.script):
            answer = self.script(call)
        elif self.script:
            answer = self.script.pop(0)
        else:
            raise ScriptExhausted(f"call {len(self.calls)} ({method.upper()} {url}) came after the last scripted answer")
        if isinstance(answer, BaseException):
            raise answer
        answer.url = urlunsplit(parts._replace(query=urlencode(query)))
        return answer

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)

    def post(self, url, **kwargs):
        return self.request("POST", url, **kwargs)

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.close()

    def asked(self, name: str) -> list:
        """The values of one query parameter, call by call (None where it was absent)."""
        return [call.query.get(name) for call in self.calls]


class FakeClock:
    """Within ``with FakeClock() as clock``, ``time.sleep`` records the wait and moves fake time on."""

    def __init__(self, start=1_000_000.0):
        self.now = start
        self.sleeps: list[float] = []
        self._saved = None

    def sleep(self, seconds):
        if not isinstance(seconds, (int, float)) or isinstance(seconds, bool):
            raise TypeError(f"time.sleep() takes a number of seconds, not {type(seconds).__name__}")
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        self.sleeps.append(float(seconds))
        self.now += seconds

    def time(self):
        return self.now

    def __enter__(self):
        self._saved = (time.sleep, time.time, time.monotonic, time.perf_counter)
        time.sleep = self.sleep
        time.time = time.monotonic = time.perf_counter = self.time
        return self

    def __exit__(self, *_):
        time.sleep, time.time, time.monotonic, time.perf_counter = self._saved
