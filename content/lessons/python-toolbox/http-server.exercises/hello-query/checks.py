from course.http_harness import get

assert hasattr(learner, "HelloHandler"), "Keep the class named HelloHandler: the checks send their requests to it."


def greeting(path, expected):
    answer = get(learner.HelloHandler, path)
    if answer.status != 200:
        return check(False, f"GET {path} should answer 200; yours answered {answer.describe()}.")
    check(
        answer.headers.get("Content-Type") == "application/json",
        f"GET {path} should say Content-Type: application/json; yours said {answer.headers.get('Content-Type')!r}.",
    )
    try:
        data = answer.json()
    except ValueError as error:
        return check(False, f"GET {path}: {error}.")
    check(data == {"message": expected}, f'GET {path} should answer {{"message": "{expected}"}}; yours answered {answer.text}.')


greeting("/hello?name=Ada", "Hello, Ada!")
greeting("/hello?name=Grace%20Hopper", "Hello, Grace Hopper!")  # parse_qs decodes %20
greeting("/hello", "Hello, world!")
greeting("/hello?lang=fr", "Hello, world!")
missing = get(learner.HelloHandler, "/goodbye")
check(missing.status == 404, f"GET /goodbye should answer 404; yours answered {missing.describe()}.")
if missing.status == 404:
    check(missing.headers.get("Content-Type") == "application/json", "The 404 should be JSON too, with Content-Type: application/json.")
