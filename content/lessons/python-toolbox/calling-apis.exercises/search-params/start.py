# The browser's offline stand-in for `import requests`: the same names
# (Session, Timeout, HTTPError ...), answered by a scripted fake API.
from course import fake_session as requests

API = "https://api.github.com/search/repositories"


def top_repos(session, query, count=5):
    """The full names of the `count` most-starred repositories matching `query`."""
    url = API + "?q=" + query + "&sort=stars&per_page=" + str(count)
    response = session.get(url)
    return [repo["full_name"] for repo in response.json()["items"]]


# Try it against a fake API that answers once:
fake = requests.FakeSession([requests.reply(200, json={"items": [{"full_name": "serverless/serverless"}]})])
print(top_repos(fake, "serverless language:python", 1))
print("The request your code made:", fake.calls[0])
