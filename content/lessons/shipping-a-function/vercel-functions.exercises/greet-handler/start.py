# api/index.py, the whole function. Vercel owns the server and
# the port; you write the handler.
import json
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse

from course.http_harness import get


class handler(BaseHTTPRequestHandler):
    def do_GET(self):
        # Greet the name from the query string, or "world",
        # as JSON with its Content-Type.
        body = json.dumps({"message": "Hello, world!"}).encode("utf-8")
        self.send_response(200)
        self.end_headers()
        self.wfile.write(body)


# What `curl -i "https://your-project.vercel.app/api?name=Ada"` shows:
print(get(handler, "/api?name=Ada"))
