import random

from course import fake_session as requests

ok = requests.reply(200, json={"message": "Hello, Ada!"})
HELLO = {"message": "Hello, Ada!"}


def run(script, attempts=3, seed=0):
    """The learner's get_greeting against a script: (result or exception, calls made, waits)."""
    random.seed(seed)
    session = requests.FakeSession(script, max_calls=20)
    with requests.FakeClock() as clock:
        try:
            outcome = learner.get_greeting(session, "Ada", attempts=attempts)
        except Exception as error:
            outcome = error
    return outcome, len(session.calls), clock.sleeps


def said(outcome):
    return f"raised {type(outcome).__name__}: {outcome}" if isinstance(outcome, Exception) else f"returned {outcome!r}"


def secs(waits):
    return "[" + ", ".join(f"{w:.2f} s" for w in waits) + "]"


outcome, calls, waits = run([requests.reply(429, headers={"Retry-After": "3"}), ok])
check(outcome == HELLO, f"After a 429 then a 200, get_greeting should return the greeting; yours {said(outcome)}.")
check(len(waits) == 1 and 3 <= waits[0] <= 4, f"After a 429 with Retry-After: 3, wait between 3 and 4 s (the server's 3, plus up to 1 of jitter); yours waited {secs(waits)}.")

outcome, calls, waits = run([requests.timeout(), requests.connection_error(), ok])
check(outcome == HELLO, f"After a timeout and a lost connection, the third attempt's greeting should come back; yours {said(outcome)}.")
if len(waits) == 2:
    check(0 <= waits[0] <= 2 and 0 <= waits[1] <= 4, f"Wait a random time up to 2 s after the first failure and up to 4 s after the second; yours waited {secs(waits)}.")
else:
    check(False, f"A timeout then a lost connection should mean two waits before the third attempt; yours waited {secs(waits)}.")

def first_wait(seed):
    waits = run([requests.timeout(), ok], seed=seed)[2]
    return round(waits[0], 6) if waits else None


firsts = {first_wait(seed) for seed in range(5)}
check(len(firsts) > 1, "Your wait after a timeout is the same every time: add jitter (random.uniform(0, limit)) so that clients that failed together do not retry together.")

outcome, calls, waits = run([requests.timeout()] * 7 + [ok], attempts=8)
check(all(w <= 30 for w in waits), f"No wait should be longer than MAX_WAIT (30 s), however many attempts; yours waited {secs(waits)}.")

outcome, calls, waits = run([requests.reply(429, headers={"Retry-After": "3600"}), ok])
check(isinstance(outcome, requests.HTTPError) and calls == 1 and not waits, f"When Retry-After asks for 3600 s, more than MAX_WAIT, give up at once by raising the 429's HTTPError; yours {said(outcome)} after {calls} call(s), waiting {secs(waits)}.")

outcome, calls, waits = run([requests.reply(503, headers={"Retry-After": "Wed, 21 Oct 2026 07:28:00 GMT"}), ok])
check(outcome == HELLO and len(waits) == 1 and waits[0] <= 2, f"A Retry-After given as a date counts as no header here: back off up to 2 s and retry; yours {said(outcome)}, waiting {secs(waits)}.")

outcome, calls, waits = run([requests.reply(404, json={"error": "not found"}), ok])
check(isinstance(outcome, requests.HTTPError) and calls == 1, f"A 404 will not change if you ask again: raise HTTPError at once; yours {said(outcome)} after {calls} call(s).")

outcome, calls, waits = run([requests.timeout()] * 3)
check(isinstance(outcome, requests.Timeout) and calls == 3, f"After 3 timeouts in 3 attempts, let the last Timeout propagate; yours {said(outcome)} after {calls} call(s).")

outcome, calls, waits = run([requests.reply(503)] * 3)
check(isinstance(outcome, requests.HTTPError) and calls == 3 and len(waits) == 2, f"After three 503s in 3 attempts, raise the last one's HTTPError; yours {said(outcome)} after {calls} call(s).")
