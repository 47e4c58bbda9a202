from course.http_harness import get, post, post_json, send

handler = getattr(learner, "handler", None)
assert handler is not None, "Vercel looks for a class named handler, in lowercase; your file has none."


def expect(what, answer, status, payload=None):
    if answer.hung:
        return check(False, f"{what}: your handler read past the request ({answer.hung}).")
    if answer.status != status:
        return check(False, f"{what} should answer {status}; yours answered {answer.describe()}.")
    kind = answer.headers.get("Content-Type", "")
    if kind != "application/json":
        return check(False, f"{what}: the {status} should be JSON with Content-Type: application/json; yours sent {kind or 'no Content-Type'}{' (an HTML page, which a JSON client cannot parse)' if 'html' in kind else ''}.")
    if payload is not None:
        check(answer.json() == payload, f"{what} should answer {payload}; yours answered {answer.text}.")


expect('POST /api with {"name": "Ada"}', post_json(handler, "/api", {"name": "Ada"}), 200, {"message": "Hello, Ada!"})
expect("POST /api with the body: not json", post(handler, "/api", "not json"), 400)
expect('POST /api with {"nom": "Ada"}', post_json(handler, "/api", {"nom": "Ada"}), 400)
expect('POST /api with {"name": 42}', post_json(handler, "/api", {"name": 42}), 400)
expect("POST /api with the body: [1, 2]", post_json(handler, "/api", [1, 2]), 400)
expect("POST /api with no Content-Length", send(handler, b"POST /api HTTP/1.1\r\nHost: x\r\n\r\n"), 411)
expect("POST /api with Content-Length: -5", send(handler, b"POST /api HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n{}"), 400)
expect("GET /api?name=Grace (it should still work)", get(handler, "/api?name=Grace"), 200, {"message": "Hello, Grace!"})
