from http.server import BaseHTTPRequestHandler


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        # Answer 200 "ok" on /health, 404 elsewhere.
        self.send_response(404)
        self.end_headers()
