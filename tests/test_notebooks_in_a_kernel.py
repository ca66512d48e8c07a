"""The notebooks as students and stock nbgrader meet them: executed in a real Jupyter kernel.

Demo cells are left out (they train models for a minute); everything else runs as in
JupyterLab, from the notebook's own folder, with `d2l` installed in the environment.
"""

import nbformat
import pytest
from nbclient import NotebookClient

from autograder import samples
from autograder.notebook import known_assignments, load_assignment

from .conftest import REPO


def run(nb, cwd):
    nb.cells = [c for c in nb.cells if "demo" not in c.metadata.get("tags", [])]
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(cwd)}}).execute()
    return nb


def text_of(cell):
    return "".join(o.get("text", "") for o in cell.get("outputs", []))


def grade_id(cell):
    return cell.metadata.get("nbgrader", {}).get("grade_id", "")


ASSIGNMENTS = known_assignments(REPO)


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_the_release_runs_and_every_check_table_says_not_implemented(assignment):
    nb = run(nbformat.read(REPO / "release" / assignment / f"{assignment}.ipynb", as_version=4),
             REPO / "release" / assignment)
    spec = load_assignment(REPO, assignment)
    tests = [c for c in nb.cells if grade_id(c).startswith("test_")]
    assert len(tests) == len(spec.exercises)
    for cell in tests:
        out = text_of(cell)
        name = grade_id(cell)[len("test_"):]
        assert out.startswith(f"check {name}  (§{int(assignment[2:])}."), out
        assert "FAIL" in out and "not implemented yet" in out, out
    answers = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution")]
    assert len(answers) == len(spec.exercises)
    assert all("raise NotImplementedError()" in c.source for c in answers)
    markdown = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    for ex in spec.exercises:
        assert ex.section in markdown, f"the notebook never names {ex.section}"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_the_solution_passes_the_public_and_the_in_kernel_hidden_checks(assignment):
    """The source's hidden blocks are what stock `nbgrader autograde` runs: the judge's own
    checks, in the kernel, with the score as the cell's value (nbgrader's partial credit)."""
    nb = nbformat.read(REPO / "source" / assignment / f"{assignment}.ipynb", as_version=4)
    nb = run(nb, REPO / "source" / assignment)  # raises CellExecutionError on any failure
    for cell in nb.cells:
        if grade_id(cell).startswith("test_"):
            assert "public checks passed" in text_of(cell), text_of(cell)
            value = [o for o in cell.outputs if o.output_type == "execute_result"]
            points = cell.metadata["nbgrader"]["points"]
            assert float(value[0].data["text/plain"]) == points, text_of(cell)


def test_a_plausible_mistake_fails_its_public_check_in_the_kernel():
    nb = samples.submission(REPO, "ch03", {"softmax": "def softmax(X):\n    e = X.exp()\n"
                                                      "    return e / e.sum(axis=1, "
                                                      "keepdims=True)\n"})
    nb = run(nb, REPO / "release" / "ch03")
    out = text_of(next(c for c in nb.cells if grade_id(c) == "test_softmax"))
    assert "FAIL  softmax(nd.array([[100, 0]]))" in out and "2 of 3 public checks passed" in out
