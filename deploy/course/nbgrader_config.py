"""nbgrader configuration of the course directory on the hub (<root>/course).

``deploy/hubctl.py`` copies the repository's ``nbgrader_config.py`` beside this file as
``course_config.py`` (course id, folders, the judge as nbgrader's Execute step, feedback
without hidden tests, late penalties, the judge's limits) and this file adds what the hub
needs. The judge reads this file too (``c.Judge.*``).
"""

import os

c = get_config()  # noqa: F821 - provided by nbgrader/traitlets when this file is loaded
load_subconfig("course_config.py")  # noqa: F821 - the repository's nbgrader_config.py

HUB_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# nbgrader's exchange: <root>/exchange (root-owned, mode 1777; hubctl.py creates it).
c.Exchange.root = os.path.join(HUB_ROOT, "exchange")

# Students' code is untrusted: grade in the bubblewrap sandbox or not at all.
c.Judge.sandbox = "bwrap"
c.Judge.require_sandbox = True

# A PostgreSQL gradebook (`hubctl.py setup --gradebook postgres`, `make hub
# HUB_GRADEBOOK=postgres`): its URL, password included, in a file only the grading
# account may read.
_GRADEBOOK_URL = os.path.join(HUB_ROOT, "course", ".gradebook_url")
if os.path.exists(_GRADEBOOK_URL):
    with open(_GRADEBOOK_URL) as _f:
        c.CourseDirectory.db_url = _f.read().strip()
