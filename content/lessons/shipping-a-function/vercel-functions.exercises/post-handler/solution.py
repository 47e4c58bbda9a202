import json
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse

from course.http_harness import post, post_json

MAX_BODY = 64 * 1024


class handler(BaseHTTPRequestHandler):
    def do_GET(self):
        name = parse_qs(urlparse(self.path).query).get("name", ["world"])[0]
        self.send_json(200, {"message": f"Hello, {name}!"})

    def do_POST(self):
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
        except ValueError:
            self.send_json(400, {"error": "body must be JSON"})
            return
        name = data.get("name") if isinstance(data, dict) else None
        if not isinstance(name, str):
            self.send_json(400, {"error": 'body must be a JSON object with a text "name"'})
            return
        self.send_json(200, {"message": f"Hello, {name}!"})

    def send_json(self, status, payload):
        body = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


print(post_json(handler, "/api", {"name": "Ada"}))
print()
print(post(handler, "/api", "not json"))
