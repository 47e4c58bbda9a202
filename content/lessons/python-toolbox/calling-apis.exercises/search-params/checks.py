from course import fake_session as requests

items = [{"full_name": name} for name in ("a/one", "b/two", "c/three")]
session = requests.FakeSession([requests.reply(200, json={"items": items})])
try:
    names = learner.top_repos(session, "serverless language:python", 3)
except Exception as error:
    names = f"an error: {type(error).__name__}: {error}"
check(names == ["a/one", "b/two", "c/three"], f"top_repos should return the names from the answer, ['a/one', 'b/two', 'c/three']; yours returned {names!r}.")
call = session.calls[0] if session.calls else None
check(call is not None, "top_repos should call session.get once.")
if call:
    check("?" not in call.url, f"Pass the search with params=, and let the session encode it; yours pasted it into the URL: {call.url!r}.")
    expected = {"q": "serverless language:python", "sort": "stars", "per_page": "3"}
    check(call.query == expected, f"The API should see the query {expected}; yours sent {call.query}.")
    check(call.timeout is not None, "Set timeout= on the call: without one, a server that never answers keeps your code waiting forever.")

for status, body in ((500, {"message": "Server Error"}), (403, {"message": "API rate limit exceeded"})):
    session = requests.FakeSession([requests.reply(status, json=body)])
    try:
        got = learner.top_repos(session, "x")
        outcome = f"returned {got!r}"
    except requests.HTTPError:
        continue
    except Exception as error:
        outcome = f"raised {type(error).__name__}: {error}"
    check(False, f"When the API answers {status}, top_repos should raise requests.HTTPError (call raise_for_status() before reading the body); yours {outcome}.")
