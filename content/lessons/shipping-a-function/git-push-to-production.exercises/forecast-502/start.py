# api/forecast.py from the lesson. The browser has no network, no
# environment variables and no Requests, so SESSION is a fake API here;
# on Vercel it is requests.Session() and the key is a project setting.
import json
import logging
import os
from http.server import BaseHTTPRequestHandler

# The browser's offline stand-in for `import requests`:
from course import fake_session as requests
from course.http_harness import get

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
logger = logging.getLogger("forecast")

API_KEY = os.environ.get("FORECAST_API_KEY", "")
API_URL = os.environ.get("FORECAST_API_URL", "https://api.example.com/v1/forecast")
# A fake forecast API that times out:
SESSION = requests.FakeSession([requests.timeout()])


class handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if not API_KEY:
            logger.error("FORECAST_API_KEY is not set for this environment")
            self.send_json(500, {"error": "server misconfigured"})
            return
        # Any failure of the call below: log a warning, answer 502.
        upstream = SESSION.get(
            API_URL,
            params={"city": "Lyon"},
            headers={"Authorization": f"Bearer {API_KEY}"},
            timeout=(3.05, 8),
        )
        forecast = upstream.json()
        logger.info("forecast for Lyon served")
        self.send_json(200, forecast)

    def send_json(self, status, payload):
        body = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


# Try it, with the key Vercel's settings would provide:
API_KEY = "test-key"
print(get(handler, "/api/forecast"))
