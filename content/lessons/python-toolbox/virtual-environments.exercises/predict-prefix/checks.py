import os
import sys

predictions = {name: getattr(learner, name, None) for name in ("in_venv", "has_site_packages", "pip_installs_under")}
unset = [name for name, value in predictions.items() if value is None]
if unset:
    check(False, f"Predict before you run: set {', '.join(unset)} (they are still None).")

actual_in_venv = sys.prefix != sys.base_prefix
guess = predictions["in_venv"]
if guess is not None:
    check(isinstance(guess, bool), f"in_venv should be True or False; yours is {guess!r}.")
    if isinstance(guess, bool) and guess != actual_in_venv:
        if actual_in_venv:
            check(False, f"in_venv: this Python is in a virtual environment: sys.prefix ({sys.prefix}) differs from sys.base_prefix ({sys.base_prefix}).")
        else:
            check(False, f"in_venv: not a venv. sys.prefix and sys.base_prefix are the same ({sys.prefix}): a venv would point sys.prefix at its own folder. This Python was built into the page; nobody ran python -m venv or activated anything.")

folders = [os.path.basename(entry.rstrip("/")) for entry in sys.path]
actual_site = "site-packages" in folders or "dist-packages" in folders
guess = predictions["has_site_packages"]
if guess is not None:
    check(isinstance(guess, bool), f"has_site_packages should be True or False; yours is {guess!r}.")
    if isinstance(guess, bool) and guess != actual_site:
        where = next((e for e in sys.path if e.rstrip("/").endswith(("site-packages", "dist-packages"))), "")
        check(False, f"has_site_packages: look at sys.path above{': ' + where + ' is there' if where else ''}. Every Python has a place for installed packages; a venv only gives a project one of its own.")

guess = predictions["pip_installs_under"]
if guess is not None and guess != "prefix":
    check(False, f'pip_installs_under: "prefix". Activating a venv points sys.prefix at the venv folder, and pip installs into that folder\'s site-packages; sys.base_prefix keeps naming the Python the venv was made from. (Yours: {guess!r}.)')
