import json
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlparse

from course.http_harness import post_json, send

MAX_BODY = 64 * 1024  # the largest body accepted, in bytes


class EchoHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        # Check the path (404), then Content-Length before reading:
        # missing (411), not a whole number (400), over MAX_BODY (413).
        # Then a body that is not JSON, or not UTF-8, gets 400.
        length = int(self.headers["Content-Length"])
        data = json.loads(self.rfile.read(length))
        self.send_json(200, {"received": data})

    def send_json(self, status, payload):
        body = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


print(post_json(EchoHandler, "/echo", {"city": "Lyon"}))
print()
# Raw bytes, as a careless or hostile client might send them:
print(send(EchoHandler, b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: lots\r\n\r\n{}"))
