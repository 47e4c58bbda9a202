import sys

# Predict first: replace each None, then press Run and compare
# with what is printed below.

# 1. Is the Python running this page in a virtual environment?
#    True or False.
in_venv = None

# 2. Is one of the folders on sys.path a site-packages folder
#    (dist-packages on Debian)? True or False.
has_site_packages = None

# 3. In an activated venv, `python -m pip install` puts packages
#    under "prefix" (sys.prefix) or "base_prefix" (sys.base_prefix)?
pip_installs_under = None


print("sys.prefix:     ", sys.prefix)
print("sys.base_prefix:", sys.base_prefix)
print("In a virtual environment:", sys.prefix != sys.base_prefix)
print("sys.path, searched in this order by import:")
for entry in sys.path:
    print("   ", entry or "(the folder of the script being run)")
