# The browser's offline stand-in for `import requests`:
from course import fake_session as requests

ISSUES = "https://api.github.com/repos/psf/requests/issues"


def fetch_all(session, url, params=None, max_pages=10):
    """Every item of a paginated list, following each response's Link: rel="next"."""
    items = []
    for _ in range(max_pages):
        response = session.get(url, params=params, timeout=10)
        response.raise_for_status()
        items.extend(response.json())
        next_url = response.links.get("next", {}).get("url")
        if next_url is None:
            return items
        # The next URL already carries the query string:
        url, params = next_url, None
    raise RuntimeError(f"more than {max_pages} pages; raise max_pages to fetch them all")


def fake_api(call):
    page = int(call.query.get("page", "1"))
    headers = {"Link": f'<{ISSUES}?state=open&per_page=2&page={page + 1}>; rel="next"'} if page < 3 else {}
    return requests.reply(200, json=[f"issue {n}" for n in range(2 * page - 1, min(2 * page, 5) + 1)], headers=headers)


session = requests.FakeSession(fake_api)
print(fetch_all(session, ISSUES, params={"state": "open", "per_page": 2}))
print("Pages asked for:", session.asked("page"))
