from course.http_harness import get

assert hasattr(learner, "Handler"), "Keep the class named Handler: the checks send their requests to it."
health = get(learner.Handler, "/health")
check(health.status == 200, f"GET /health should answer 200; yours answered {health.describe()}.")
check(health.body == b"ok", f"GET /health should send the body ok; yours sent {health.body!r}.")
if health.body == b"ok":
    length = health.headers.get("Content-Length")
    check(length == "2", f"GET /health should say Content-Length: 2 (the body's size in bytes); yours said {length!r}.")
other = get(learner.Handler, "/nope")
check(other.status == 404, f"GET /nope should answer 404; yours answered {other.describe()}.")
