from course.http_harness import get

handler = getattr(learner, "handler", None)
assert handler is not None, "Vercel looks for a class named handler, in lowercase; your file has none."


def greeting(path, expected, check_type=False):
    answer = get(handler, path)
    if answer.status != 200:
        return check(False, f"GET {path} should answer 200; yours answered {answer.describe()}.")
    kind = answer.headers.get("Content-Type")
    check(not check_type or kind == "application/json", f"GET {path} should say Content-Type: application/json; yours said {kind!r}.")
    try:
        data = answer.json()
    except ValueError as error:
        return check(False, f"GET {path}: {error}.")
    check(data == {"message": expected}, f'GET {path} should answer {{"message": "{expected}"}}; yours answered {answer.text}.')


greeting("/api?name=Ada", "Hello, Ada!", check_type=True)
greeting("/api?name=Linus", "Hello, Linus!")
greeting("/api", "Hello, world!")
