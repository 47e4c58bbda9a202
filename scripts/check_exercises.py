"""
The content check's side of the exercises: runs many (code, checks) pairs through runner.py in
one interpreter, each under its own time limit, and prints one JSON line per run.

    python3 scripts/check_exercises.py RUNS.json
    RUNS.json: [{"key": "...", "code": "...", "checks": "...", "timeLimitMs": 5000}, ...]
    stdout:    {"key": "...", "status": "passed|failed|error", "failures": [...], "error": ..., "ms": 12.3}

One process for all of them keeps the check fast (an interpreter start costs more than most
exercises). The learner's output goes to a buffer, not to the terminal.
"""
import contextlib
import io
import json
import os
import signal
import sys
import time

# The browser's interpreter is not in a virtual environment, and an exercise asks the learner to
# predict exactly that: run the checks in the base interpreter when the build's python3 is a venv
# (the runner needs nothing but the standard library).
if sys.prefix != sys.base_prefix and getattr(sys, "_base_executable", sys.executable) != sys.executable:
    os.execv(sys._base_executable, [sys._base_executable, *sys.argv])

# runner.py and the course package live in python/, which the browser gets whole; this driver
# stays out of it, since only the build needs it.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))

from runner import run_exercise  # noqa: E402


class TimeLimit(BaseException):
    """BaseException, so that no ``except Exception`` in learner code or checks can swallow it."""


def _expire(signum, frame):
    raise TimeLimit("the run went past its time limit")


def run_one(spec: dict) -> dict:
    limit_s = spec.get("timeLimitMs", 5000) / 1000
    started = time.perf_counter()
    sink = io.StringIO()
    timed_out = False
    # Windows has no SIGALRM: there the runs go without a limit, and the caller's own timeout
    # (lib/exercises/check.ts) is what stops a run that never ends.
    timed = hasattr(signal, "SIGALRM")
    if timed:
        signal.signal(signal.SIGALRM, _expire)
        signal.setitimer(signal.ITIMER_REAL, limit_s)
    try:
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            result = run_exercise(spec["code"], spec["checks"])
    except TimeLimit:
        result = {"status": "error", "failures": [], "error": None}
        timed_out = True
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
    # The runner turns a TimeLimit raised inside the learner's code or the checks into an error
    # or a failure; either way it names TimeLimit.
    text = json.dumps(result)
    timed_out = timed_out or "TimeLimit" in text
    sys.modules.pop("main", None)
    return {
        "key": spec["key"],
        **result,
        "timedOut": timed_out,
        "ms": round((time.perf_counter() - started) * 1000, 1),
        "output": sink.getvalue()[-2000:],
    }


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        specs = json.load(f)
    out = sys.stdout
    for spec in specs:
        out.write(json.dumps(run_one(spec)) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
