import json
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse

from course.http_harness import get


class handler(BaseHTTPRequestHandler):
    def do_GET(self):
        query = parse_qs(urlparse(self.path).query)
        name = query.get("name", ["world"])[0]
        body = json.dumps({"message": f"Hello, {name}!"}).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)


print(get(handler, "/api?name=Ada"))
