"""The throwaway nbgrader courses the benchmarks grade: one chapter released, configured as
this repository configures it (``nbgrader autograde`` grades with the judge) or as stock
nbgrader runs it (its own Execute step: every cell, the hidden tests included, in the
student's kernel)."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from autograder.config import tool_env  # noqa: E402


def make_course(root, stock, keep_demos=False, assignment="ch03"):
    """Make the course in ``root``; ``keep_demos=False`` drops the demo cells (the judge
    skips them anyway; stock nbgrader would spend half a minute training models)."""
    root.mkdir(parents=True)
    config = (REPO / "nbgrader_config.py").read_text()
    if stock:  # nbgrader's own autograde: drop our Execute and CheckCellMetadata
        config, dropped = re.subn(
            r"c\.Autograde\.(autograde|sanitize)_preprocessors = \[.*?\]\n", "", config,
            flags=re.S)
        assert dropped == 2, "nbgrader_config.py no longer sets both preprocessor lists"
    (root / "nbgrader_config.py").write_text(config)
    shutil.copytree(REPO / "source" / assignment, root / "source" / assignment)
    if not keep_demos:
        path = root / "source" / assignment / f"{assignment}.ipynb"
        nb = nbformat.read(path, as_version=4)
        nb.cells = [c for c in nb.cells if "demo" not in c.metadata.get("tags", [])]
        nbformat.write(nb, path)
    subprocess.run([sys.executable, "-m", "nbgrader", "generate_assignment", assignment,
                    "--force", "--log-level=ERROR"], cwd=root, env=tool_env(), check=True)
    return root
