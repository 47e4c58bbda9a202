import json
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse

from course.http_harness import get


class HelloHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlparse(self.path)
        if url.path != "/hello":
            self.send_json(404, {"error": "not found"})
            return
        name = parse_qs(url.query).get("name", ["world"])[0]
        self.send_json(200, {"message": f"Hello, {name}!"})

    def send_json(self, status, payload):
        body = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


print(get(HelloHandler, "/hello?name=Ada"))
