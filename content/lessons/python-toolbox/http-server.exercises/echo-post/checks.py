from course.http_harness import post, post_json, send

assert hasattr(learner, "EchoHandler"), "Keep the class named EchoHandler: the checks send their requests to it."
Handler = learner.EchoHandler


def expect(what, answer, status):
    if answer.hung:
        return check(False, f"{what}: your handler read past the request ({answer.hung}).")
    if answer.status != status:
        return check(False, f"{what} should answer {status}; yours answered {answer.describe()}.")
    check(answer.headers.get("Content-Type") == "application/json", f"{what}: the {status} should be JSON, with Content-Type: application/json.")


good = post_json(Handler, "/echo", {"city": "Lyon"})
expect("POST /echo with the JSON {\"city\": \"Lyon\"}", good, 200)
if good.status == 200 and not good.hung:
    check(good.json() == {"received": {"city": "Lyon"}}, f'POST /echo should send back {{"received": {{"city": "Lyon"}}}}; yours sent {good.text}.')

expect("POST /nope", post_json(Handler, "/nope", {}), 404)
expect("POST /echo with the body: not json", post(Handler, "/echo", "not json"), 400)
expect("POST /echo with bytes that are not UTF-8", post(Handler, "/echo", b"\xff\xfe"), 400)
expect("POST /echo with no Content-Length", send(Handler, b"POST /echo HTTP/1.1\r\nHost: x\r\n\r\n"), 411)
expect("POST /echo with Content-Length: lots", send(Handler, b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: lots\r\n\r\n{}"), 400)
expect("POST /echo with Content-Length: -1", send(Handler, b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n{}"), 400)
huge = send(Handler, b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 70000\r\n\r\n{}")
expect("POST /echo with Content-Length: 70000 (over MAX_BODY)", huge, 413)
