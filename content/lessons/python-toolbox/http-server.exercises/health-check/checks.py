import io


def ask(raw: bytes) -> bytes:
    # Placeholder until course.http_harness exists: feed raw bytes to the handler in memory.
    out = io.BytesIO()

    class H(learner.Handler):
        def setup(self):
            self.rfile, self.wfile = io.BytesIO(raw), out

        def finish(self):
            pass

        def log_message(self, *args):
            pass

    H(None, ("127.0.0.1", 0), None)
    return out.getvalue()


health = ask(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
status = health.split(b"\r\n", 1)[0].decode()
check(" 200 " in status + " ", f"GET /health should answer 200; yours answered {status!r}.")
check(health.endswith(b"ok"), "GET /health should send the body ok.")
other = ask(b"GET /nope HTTP/1.1\r\nHost: x\r\n\r\n")
check(b" 404 " in other.split(b"\r\n", 1)[0] + b" ", "GET /nope should answer 404.")
