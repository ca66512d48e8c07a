# mistake: copies the solution out of the source notebook on disk into a module and imports it (no exec: only the sandbox stops this)
# exercise: dropout
# status: error
# message: not defined
# sandbox: yes
# alone: yes

import glob
import json
import sys

_roots = ["/work", "/home", "/srv", "/opt", "/course", "/judge", "/root"]
_notebooks = [p for r in _roots for p in glob.glob(r + "/**/source/ch03/ch03.ipynb", recursive=True)]
for _cell in json.load(open(_notebooks[0]))["cells"]:
    if _cell["metadata"].get("nbgrader", {}).get("grade_id") == "dropout":
        with open("stolen_dropout.py", "w") as _f:
            _f.write("from mxnet import nd\n" + "".join(_cell["source"]))
sys.path.insert(0, ".")
from stolen_dropout import dropout  # noqa: F401
