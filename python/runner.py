"""
Runs a learner's code, then an exercise's checks, in one interpreter.

The same file runs in CPython on the build machine (the content check proves every solution
passes its checks and every starting code does not) and in Pyodide in the browser's worker, so
what the build promises is what the learner's Run does.

The learner's code runs as a module named ``main`` from a file named ``main.py``: a
``if __name__ == "__main__":`` block (a server's serve_forever) does not run, and tracebacks
name the learner's own line numbers. Frames of this runner are cut from tracebacks.

Checks are Python code run after the learner's code, with these names in scope:
  ``learner``  the learner's module (``learner.handler``, ``learner.fetch_all`` ...)
  ``output``   everything the learner's code printed to stdout, as one string
  ``check(ok, message)``  records ``message`` as a failed expectation when ``ok`` is false
An ``AssertionError`` raised by a check is a failed expectation with its message; any other
exception in the checks is reported as a failure that names it, and the checks stop there.

The result is a dict: status ("passed", "failed" or "error"), failures (plain sentences),
error (the formatted traceback when the learner's code itself raised, else None), and checks
(how many check() calls ran, so the page can say "All 3 checks passed").
"""
import io
import json
import linecache
import sys
import traceback
import types

MAIN = "main.py"


def _learner_traceback(exc: BaseException) -> str:
    tb = exc.__traceback__
    # Skip this runner's own frames: the learner should see only their code and what it called.
    while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    return "".join(traceback.format_exception(type(exc), exc, tb))


class _Tee(io.TextIOBase):
    """Writes through to the real stream (so output streams live) and keeps a copy."""

    def __init__(self, stream):
        self.stream = stream
        self.copy = io.StringIO()

    def write(self, text):
        self.copy.write(text)
        return self.stream.write(text)

    def flush(self):
        self.stream.flush()


def run_exercise(code: str, checks: str) -> dict:
    # Register the source so tracebacks print the learner's lines, not just their numbers.
    linecache.cache[MAIN] = (len(code), None, code.splitlines(True), MAIN)
    learner = types.ModuleType("main")
    learner.__file__ = MAIN
    sys.modules["main"] = learner
    tee = _Tee(sys.stdout)
    real_stdout, sys.stdout = sys.stdout, tee
    try:
        exec(compile(code, MAIN, "exec"), learner.__dict__)
    except SyntaxError as exc:
        sys.stdout = real_stdout
        return {"status": "error", "failures": [], "error": "".join(traceback.format_exception_only(type(exc), exc))}
    except BaseException as exc:  # SystemExit and KeyboardInterrupt are the learner's errors too
        sys.stdout = real_stdout
        return {"status": "error", "failures": [], "error": _learner_traceback(exc)}
    finally:
        sys.stdout = real_stdout

    failures: list[str] = []
    checked = 0

    def check(ok, message):
        nonlocal checked
        checked += 1
        if not ok:
            failures.append(str(message))
        return bool(ok)

    scope = {"__name__": "checks", "learner": learner, "output": tee.copy.getvalue(), "check": check}
    try:
        exec(compile(checks, "checks.py", "exec"), scope)
    except AssertionError as exc:
        failures.append(str(exc) or "A check failed without a message.")
    except BaseException as exc:
        failures.append(f"The checks stopped: {type(exc).__name__}: {exc}")
    return {"status": "failed" if failures else "passed", "failures": failures, "error": None, "checks": checked}


if __name__ == "__main__":
    # python3 python/runner.py CODE_FILE CHECKS_FILE: prints the learner's output, then the
    # result as JSON on a last line of its own, after a marker no program prints by accident.
    import os

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    with open(sys.argv[1], encoding="utf-8") as f:
        code = f.read()
    with open(sys.argv[2], encoding="utf-8") as f:
        checks = f.read()
    result = run_exercise(code, checks)
    sys.stdout.flush()
    print("\n\x1eRESULT " + json.dumps(result))
