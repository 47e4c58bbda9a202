from http.server import BaseHTTPRequestHandler

from course.http_harness import get


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        # Answer 200 "ok" on /health, 404 elsewhere.
        self.send_response(404)
        self.end_headers()


# What a client would receive, byte for byte (no socket needed):
print(get(Handler, "/health"))
