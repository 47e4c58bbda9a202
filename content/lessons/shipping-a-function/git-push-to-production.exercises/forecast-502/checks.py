import logging

from course import fake_session as requests
from course.http_harness import get

handler = getattr(learner, "handler", None)
assert handler is not None, "Vercel looks for a class named handler, in lowercase; your file has none."
FORECAST = {"city": "Lyon", "tomorrow": "sunny", "high_c": 21}


class Recorder(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)


def call(upstream, key="test-key"):
    """GET /api/forecast with SESSION answering `upstream`: (the exchange, the session, the log records)."""
    learner.API_KEY = key
    learner.SESSION = requests.FakeSession([upstream])
    recorder = Recorder()
    logging.getLogger().addHandler(recorder)
    try:
        return get(handler, "/api/forecast"), learner.SESSION, recorder.records
    finally:
        logging.getLogger().removeHandler(recorder)


answer, session, _ = call(requests.reply(200, json=FORECAST))
if answer.status == 200:
    check(answer.json() == FORECAST, f"When the API answers 200, pass its forecast on unchanged; yours sent {answer.text}.")
else:
    check(False, f"When the forecast API answers 200, GET /api/forecast should answer 200; yours answered {answer.describe()}.")
if session.calls:
    sent = session.calls[0]
    check(sent.headers.get("Authorization") == "Bearer test-key", "Send the key as Authorization: Bearer <key>.")
    check(sent.timeout is not None, "Keep the timeout on the call to the forecast API.")

failures = [
    ("times out", requests.timeout()),
    ("cannot be reached", requests.connection_error()),
    ("answers 500", requests.reply(500, json={"error": "boom"})),
    ("answers 401 (a bad key)", requests.reply(401, json={"error": "unauthorized"})),
    ("answers 200 with an HTML page", requests.reply(200, text="<html>Maintenance</html>", headers={"Content-Type": "text/html"})),
]
for what, upstream in failures:
    answer, _, records = call(upstream)
    if answer.status != 502:
        check(False, f"When the forecast API {what}, GET /api/forecast should answer 502; yours answered {answer.describe()}.")
        continue
    if answer.headers.get("Content-Type") != "application/json" or answer.json() != {"error": "forecast service unavailable"}:
        check(False, f'When the forecast API {what}, the 502 should be the JSON {{"error": "forecast service unavailable"}}; yours sent {answer.text!r}.')
    check(any(r.levelno >= logging.WARNING for r in records), f"When the forecast API {what}, log a warning: the logs are all you will have to debug it.")

answer, session, _ = call(requests.reply(200, json=FORECAST), key="")
check(answer.status == 500, f"Without FORECAST_API_KEY the function should answer 500; yours answered {answer.describe()}.")
check(not session.calls, "Without a key, do not call the forecast API at all.")
