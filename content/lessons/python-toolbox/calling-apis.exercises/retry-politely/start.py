import random
import time

# The browser's offline stand-in for `import requests`:
from course import fake_session as requests

API = "https://your-project.vercel.app/api"
MAX_WAIT = 30  # seconds: the longest this client will wait before a retry


def get_greeting(session, name, attempts=3):
    """GET the greeting, retrying a lost connection, a timeout, a 429 or a 503."""
    for attempt in range(1, attempts + 1):
        try:
            response = session.get(API, params={"name": name}, timeout=(3.05, 10))
            response.raise_for_status()
            return response.json()
        except requests.RequestException:
            if attempt == attempts:
                raise
            # The same wait every time, whatever went wrong:
            time.sleep(1)


# Try it: a fake API that throttles once, then answers. FakeClock
# makes time.sleep instant and records each wait.
fake = requests.FakeSession([
    requests.reply(429, headers={"Retry-After": "3"}),
    requests.reply(200, json={"message": "Hello, Ada!"}),
])
with requests.FakeClock() as clock:
    print(get_greeting(fake, "Ada"))
print("Waits:", clock.sleeps)
