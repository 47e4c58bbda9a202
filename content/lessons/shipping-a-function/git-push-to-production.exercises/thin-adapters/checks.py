import json

from course.http_harness import get

for name in ("greet", "handler", "lambda_handler"):
    assert hasattr(learner, name), f"Keep {name}: the checks call it."


def says(value):
    return f"returned {value!r}"


for name, expected in (("Ada", "Hello, Ada!"), (None, "Hello, world!"), ("", "Hello, world!")):
    try:
        got = says(learner.greet(name))
        ok = learner.greet(name) == {"message": expected}
    except Exception as error:
        got, ok = f"raised {type(error).__name__}: {error}", False
    check(ok, f'greet({name!r}) should return {{"message": "{expected}"}}; yours {got}.')


def through_vercel(path):
    answer = get(learner.handler, path)
    try:
        return answer.json() if answer.status == 200 else answer.describe()
    except ValueError as error:
        return str(error)


def through_lambda(params):
    try:
        result = learner.lambda_handler({"queryStringParameters": params}, None)
        if result.get("statusCode") != 200:
            return f"statusCode {result.get('statusCode')!r}"
        return json.loads(result["body"])
    except Exception as error:
        return f"an error: {type(error).__name__}: {error}"


for path, params, expected in (("/api?name=Ada", {"name": "Ada"}, "Hello, Ada!"), ("/api", None, "Hello, world!")):
    got = through_vercel(path)
    check(got == {"message": expected}, f'Vercel: GET {path} should answer {{"message": "{expected}"}}; yours gave {got}.')
    got = through_lambda(params)
    check(got == {"message": expected}, f'Lambda: queryStringParameters={params!r} should give the body {{"message": "{expected}"}}; yours gave {got}.')

# Swap the business logic: adapters that call greet() follow; ones that repeat its work do not.
real = learner.greet
learner.greet = lambda name: {"message": f"Bonjour, {name or 'monde'} !"}
try:
    expected = {"message": "Bonjour, Ada !"}
    check(through_vercel("/api?name=Ada") == expected, "Vercel's handler should call greet() for its answer, not build the greeting itself.")
    check(through_lambda({"name": "Ada"}) == expected, "lambda_handler should call greet() for its answer, not build the greeting itself.")
finally:
    learner.greet = real
