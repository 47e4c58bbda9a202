import random
import time

# The browser's offline stand-in for `import requests`:
from course import fake_session as requests

API = "https://your-project.vercel.app/api"
MAX_WAIT = 30  # seconds: the longest this client will wait before a retry


def backoff(attempt):
    """A random wait of up to 2, 4, 8 ... seconds, never more than MAX_WAIT."""
    return random.uniform(0, min(MAX_WAIT, 2**attempt))


def wait_before_retry(response, attempt):
    """Seconds to wait before retrying a 429 or 503, or None to give up now."""
    retry_after = response.headers.get("Retry-After", "").strip()
    if not (retry_after.isascii() and retry_after.isdigit()):
        return backoff(attempt)
    if int(retry_after) > MAX_WAIT:
        return None
    return int(retry_after) + random.uniform(0, 1)


def get_greeting(session, name, attempts=3):
    """GET the greeting, retrying a lost connection, a timeout, a 429 or a 503."""
    for attempt in range(1, attempts + 1):
        try:
            response = session.get(API, params={"name": name}, timeout=(3.05, 10))
        except (requests.ConnectionError, requests.Timeout):
            if attempt == attempts:
                raise
            time.sleep(backoff(attempt))
            continue
        if response.status_code in (429, 503) and attempt < attempts:
            wait = wait_before_retry(response, attempt)
            if wait is not None:
                time.sleep(wait)
                continue
        response.raise_for_status()
        return response.json()
    raise RuntimeError("attempts must be at least 1")


fake = requests.FakeSession([
    requests.reply(429, headers={"Retry-After": "3"}),
    requests.reply(200, json={"message": "Hello, Ada!"}),
])
with requests.FakeClock() as clock:
    print(get_greeting(fake, "Ada"))
print("Waits:", clock.sleeps)
