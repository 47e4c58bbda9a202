import json
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlparse

from course.http_harness import post_json, send

MAX_BODY = 64 * 1024  # the largest body accepted, in bytes


class EchoHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        if urlparse(self.path).path != "/echo":
            self.send_json(404, {"error": "not found"})
            return
        length = self.headers.get("Content-Length")
        if length is None:
            self.send_json(411, {"error": "Content-Length is required"})
            return
        if not (length.isascii() and length.isdigit()):
            self.send_json(400, {"error": "Content-Length must be a whole number"})
            return
        if int(length) > MAX_BODY:
            self.send_json(413, {"error": f"body is larger than {MAX_BODY} bytes"})
            return
        try:
            data = json.loads(self.rfile.read(int(length)))
        except ValueError:  # not JSON, or bytes that are not valid UTF-8
            self.send_json(400, {"error": "body must be JSON"})
            return
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
print(send(EchoHandler, b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: lots\r\n\r\n{}"))
