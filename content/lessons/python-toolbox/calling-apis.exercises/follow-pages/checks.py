from collections import Counter

from course import fake_session as requests

URL = "https://api.example.com/items"


def paged(last_page, fail_on=None):
    """A fake list API: page n holds items 3n-2 .. 3n, and links to page n+1 until last_page."""
    def answer(call):
        page = int(call.query.get("page", "1"))
        if page == fail_on:
            return requests.reply(500, json={"message": "Server Error"})
        headers = {"Link": f'<{URL}?cursor=x&page={page + 1}>; rel="next", <{URL}?page={last_page}>; rel="last"'} if page < last_page else {}
        return requests.reply(200, json=list(range(3 * page - 2, 3 * page + 1)), headers=headers)
    return answer


def attempt(session, **kwargs):
    try:
        return learner.fetch_all(session, URL, params={"cursor": "x"}, **kwargs), None
    except requests.ScriptExhausted as error:
        return None, f"made too many calls ({error})"
    except Exception as error:
        return None, error


session = requests.FakeSession(paged(4))
items, error = attempt(session)
check(items == list(range(1, 13)), f"fetch_all over 4 pages should return items 1 to 12 in order; yours {'returned ' + repr(items) if error is None else 'raised ' + repr(error)}.")
repeated = [page for page, n in Counter(session.asked("page")).items() if n > 1]
for page in repeated:
    check(False, f"You asked for page {page or 1} {Counter(session.asked('page'))[page]} times: follow the next link each time.")
if len(session.calls) > 1 and not repeated:
    check(all(not call.params for call in session.calls[1:]), "After the first page, call the next URL as given with params=None: it already carries the query string.")
check(all(call.timeout is not None for call in session.calls), "Set timeout= on every call, not only the first.")

endless = requests.FakeSession(paged(1000))
items, error = attempt(endless, max_pages=3)
check(isinstance(error, RuntimeError), f"With max_pages=3 and a list that never ends, fetch_all should raise RuntimeError; yours {'returned ' + repr(items) if error is None else 'raised ' + repr(error)}.")
check(len(endless.calls) <= 3, f"With max_pages=3, fetch at most 3 pages; yours asked for {len(endless.calls)}.")

broken = requests.FakeSession(paged(4, fail_on=2))
items, error = attempt(broken)
check(isinstance(error, requests.HTTPError), f"When page 2 answers 500, fetch_all should raise requests.HTTPError, not return a partial list; yours {'returned ' + repr(items) if error is None else 'raised ' + repr(error)}.")
