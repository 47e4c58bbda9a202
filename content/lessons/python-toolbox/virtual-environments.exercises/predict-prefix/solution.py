import sys

# This page's Python is Pyodide, built for the browser:
# no venv was ever created or activated.
in_venv = False

# A site-packages folder is on sys.path, venv or not.
has_site_packages = True

# A venv points sys.prefix at its own folder; sys.base_prefix
# stays the Python it was made from.
pip_installs_under = "prefix"


print("sys.prefix:     ", sys.prefix)
print("sys.base_prefix:", sys.base_prefix)
print("In a virtual environment:", sys.prefix != sys.base_prefix)
print("sys.path, searched in this order by import:")
for entry in sys.path:
    print("   ", entry or "(the folder of the script being run)")
