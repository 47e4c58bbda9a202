import json
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse

from course.http_harness import get


class HelloHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        # self.path holds the path and the query: "/hello?name=Ada".
        # Greet the name given (or "world"); 404 on any path but /hello.
        self.send_json(200, {"message": "Hello, world!"})

    def send_json(self, status, payload):
        body = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


print(get(HelloHandler, "/hello?name=Ada"))
