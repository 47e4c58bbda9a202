# api/index.py, now taking POST as well: the same class, one more method.
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
        length = int(self.headers.get("Content-Length", 0))
        try:
            data = json.loads(self.rfile.read(length))
        except ValueError:
            self.send_error(400, "body must be JSON")
            return
        self.send_json(200, {"message": f"Hello, {data['name']}!"})

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
