import json
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse

from course.http_harness import get


def greet(name):
    """The business logic: no HTTP, no platform, easy to test."""
    # Return {"message": ...}; a name of None or "" greets "world".


class handler(BaseHTTPRequestHandler):
    """Vercel's adapter: parse the request, call greet, format the response."""

    def do_GET(self):
        name = parse_qs(urlparse(self.path).query).get("name", ["world"])[0]
        body = json.dumps({"message": f"Hello, {name}!"}).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)


def lambda_handler(event, context):
    """AWS Lambda's adapter: the same greeting from an API Gateway event."""
    params = event.get("queryStringParameters") or {}
    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": "{}"}


print(get(handler, "/api?name=Ada"))
print(lambda_handler({"queryStringParameters": {"name": "Ada"}}, None))
